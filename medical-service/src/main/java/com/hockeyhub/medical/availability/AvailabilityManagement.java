package com.hockeyhub.medical.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.medical.access.AccessLevel;
import com.hockeyhub.medical.access.MedicalAccessAudit;
import com.hockeyhub.medical.access.MedicalAccessPolicy;
import com.hockeyhub.medical.access.MedicalResource;
import com.hockeyhub.medical.access.PlayerAccess;
import com.hockeyhub.medical.access.TeamAccess;
import com.hockeyhub.medical.availability.AvailabilityResponses.Full;
import com.hockeyhub.medical.availability.AvailabilityResponses.StatusView;
import com.hockeyhub.medical.availability.AvailabilityResponses.TeamView;
import com.hockeyhub.medical.roster.PlayerRef;
import com.hockeyhub.medical.roster.RosterService;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The availability endpoints' rules: who sees the status only and who the reason, team counts, and setting a status
 * by hand (never "available" while an injury awaits clearance). Every read is audited.
 */
@Service
class AvailabilityManagement {

    private final AvailabilityService availability;
    private final ClearancePending clearance;
    private final MedicalAccessPolicy policy;
    private final MedicalAccessAudit audit;
    private final RosterService roster;
    private final Clock clock;

    AvailabilityManagement(AvailabilityService availability, ClearancePending clearance, MedicalAccessPolicy policy,
            MedicalAccessAudit audit, RosterService roster, Clock clock) {
        this.availability = availability;
        this.clearance = clearance;
        this.policy = policy;
        this.audit = audit;
        this.roster = roster;
        this.clock = clock;
    }

    @Transactional
    public TeamView team(CurrentUser user, UUID teamId) {
        TeamAccess team = policy.requireTeamAvailability(user, teamId);
        List<UUID> players = roster.teamPlayers(teamId, team.organizationId());
        Map<UUID, PlayerAvailability> current = availability.currentOf(players);
        List<StatusView> views = players.stream().map(p -> current.containsKey(p) ? StatusView.of(current.get(p))
                : StatusView.defaultFor(p)).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (AvailabilityStatus status : AvailabilityStatus.values()) {
            counts.put(status.value(), 0L);
        }
        views.forEach(v -> counts.merge(v.status().value(), 1L, Long::sum));
        audit.teamRead(user, team, MedicalResource.TEAM_AVAILABILITY, AccessLevel.AVAILABILITY);
        return new TeamView(teamId, players.size(), counts, views);
    }

    @Transactional
    public Object current(CurrentUser user, UUID playerId) {
        PlayerAccess access = policy.requireAvailability(user, playerId);
        var current = availability.current(playerId);
        audit.playerRead(user, access, MedicalResource.AVAILABILITY, current.map(PlayerAvailability::getId).orElse(null));
        if (access.full()) {
            return current.map(Full::of).orElseGet(() -> Full.defaultFor(playerId));
        }
        return current.map(StatusView::of).orElseGet(() -> StatusView.defaultFor(playerId));
    }

    @Transactional
    public PageResponse<?> history(CurrentUser user, UUID playerId, Integer page, Integer size) {
        PlayerAccess access = policy.requireAvailability(user, playerId);
        var rows = availability.history(playerId, Paging.pageable(page, size, null, Set.of(),
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        audit.playerRead(user, access, MedicalResource.AVAILABILITY_HISTORY, null);
        return access.full() ? PageResponse.of(rows, Full::of) : PageResponse.of(rows, StatusView::of);
    }

    @Transactional
    public Full set(CurrentUser user, UUID playerId, SetAvailabilityRequest request) {
        PlayerRef player = policy.requireMedicalStaffFor(user, playerId);
        LocalDate effective = request.effectiveDate() != null ? request.effectiveDate() : LocalDate.now(clock);
        if (request.expectedReturn() != null && request.expectedReturn().isBefore(effective)) {
            throw new InvalidRequestException("expectedReturn", "must not be before effectiveDate");
        }
        if (request.status().canPlay() && clearance.awaitsClearance(playerId)) {
            throw new BusinessRuleException("The player has an open injury that requires clearance; recover it "
                    + "with clearance first");
        }
        return Full.of(availability.change(player, new AvailabilityChange(request.status(), effective,
                request.expectedReturn(), Boolean.TRUE.equals(request.clearanceRequired()), request.loadMultiplier(),
                request.reason(), AvailabilitySource.MANUAL, null)));
    }
}
