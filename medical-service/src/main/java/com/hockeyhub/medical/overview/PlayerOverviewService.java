package com.hockeyhub.medical.overview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.medical.access.MedicalAccessAudit;
import com.hockeyhub.medical.access.MedicalAccessPolicy;
import com.hockeyhub.medical.access.MedicalResource;
import com.hockeyhub.medical.access.PlayerAccess;
import com.hockeyhub.medical.availability.AvailabilityResponses;
import com.hockeyhub.medical.availability.AvailabilityService;
import com.hockeyhub.medical.availability.AvailabilityStatus;
import com.hockeyhub.medical.availability.PlayerAvailability;
import com.hockeyhub.medical.injury.Injury;
import com.hockeyhub.medical.injury.InjuryResponse;
import com.hockeyhub.medical.injury.InjuryService;
import com.hockeyhub.medical.returntoplay.Phase;
import com.hockeyhub.medical.returntoplay.ReturnToPlayProtocol;
import com.hockeyhub.medical.returntoplay.ReturnToPlayService;
import com.hockeyhub.medical.wellness.WellnessEntry;
import com.hockeyhub.medical.wellness.WellnessResponse;
import com.hockeyhub.medical.wellness.WellnessService;
import com.hockeyhub.shared.api.medical.TransferClearanceDto;
import com.hockeyhub.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A player's medical picture for the three audiences that ask: medical staff and the family (the overview with risk
 * flags), training (restrictions without medical detail) and the transfer saga (clearance). Every read is audited.
 */
@Service
class PlayerOverviewService {

    /** A flagged check-in older than this no longer counts as a current risk. */
    static final int WELLNESS_RISK_DAYS = 3;
    static final int SEVERE = 4;

    private final MedicalAccessPolicy policy;
    private final MedicalAccessAudit audit;
    private final AvailabilityService availability;
    private final InjuryService injuries;
    private final WellnessService wellness;
    private final ReturnToPlayService returnToPlay;
    private final Clock clock;

    PlayerOverviewService(MedicalAccessPolicy policy, MedicalAccessAudit audit, AvailabilityService availability,
            InjuryService injuries, WellnessService wellness, ReturnToPlayService returnToPlay, Clock clock) {
        this.policy = policy;
        this.audit = audit;
        this.availability = availability;
        this.injuries = injuries;
        this.wellness = wellness;
        this.returnToPlay = returnToPlay;
        this.clock = clock;
    }

    record ReturnToPlaySummary(UUID protocolId, UUID injuryId, Phase currentPhase) {
    }

    record MedicalOverview(UUID playerId, AvailabilityResponses.Full availability, List<InjuryResponse> openInjuries,
                           WellnessResponse latestWellness, ReturnToPlaySummary returnToPlay,
                           List<String> riskFlags) {
    }

    /** What training needs to plan a player's load: no diagnosis, notes or treatment. */
    record Restrictions(UUID playerId, AvailabilityStatus status, BigDecimal loadMultiplier, boolean canTrain,
                        boolean canPlay, boolean contactAllowed, boolean clearanceRequired, LocalDate expectedReturn,
                        Phase returnToPlayPhase) {
    }

    @Transactional
    public MedicalOverview overview(CurrentUser user, UUID playerId) {
        PlayerAccess access = policy.requireFull(user, playerId);
        Optional<PlayerAvailability> current = availability.current(playerId);
        List<Injury> open = injuries.openInjuries(playerId);
        Optional<WellnessEntry> latest = wellness.latestOf(playerId);
        Optional<ReturnToPlayProtocol> protocol = returnToPlay.inProgressFor(playerId);
        List<String> risks = new ArrayList<>();
        if (!open.isEmpty()) {
            risks.add("open_injury");
        }
        if (open.stream().anyMatch(i -> i.getSeverity() >= SEVERE)) {
            risks.add("severe_injury");
        }
        if (open.stream().anyMatch(Injury::isClearanceRequired)) {
            risks.add("clearance_required");
        }
        if (protocol.isPresent()) {
            risks.add("return_to_play_in_progress");
        }
        LocalDate today = LocalDate.now(clock);
        latest.filter(w -> !w.getEntryDate().isBefore(today.minusDays(WELLNESS_RISK_DAYS))).ifPresent(w -> {
            if (w.isFlagged()) {
                risks.add("wellness_flagged");
            }
            risks.addAll(w.redFlagList());
        });
        if (current.map(c -> c.getStatus() == AvailabilityStatus.LOAD_MANAGEMENT).orElse(false)) {
            risks.add("load_management");
        }
        audit.playerRead(user, access, MedicalResource.MEDICAL_OVERVIEW, null);
        return new MedicalOverview(playerId,
                current.map(AvailabilityResponses.Full::of).orElseGet(() -> AvailabilityResponses.Full.defaultFor(playerId)),
                open.stream().map(InjuryResponse::of).toList(), latest.map(WellnessResponse::of).orElse(null),
                protocol.map(p -> new ReturnToPlaySummary(p.getId(), p.getInjuryId(), p.getCurrentPhase())).orElse(null),
                risks);
    }

    @Transactional
    public TransferClearanceDto transferClearance(CurrentUser user, UUID playerId) {
        PlayerAccess access = policy.requireAvailability(user, playerId);
        boolean severe = injuries.openInjuries(playerId).stream().anyMatch(i -> i.getSeverity() >= SEVERE);
        List<String> blockers = !severe ? List.of()
                : List.of(policy.mayKnowMedicalReasons(user, access) ? "active_severe_injury" : "medical_clearance_required");
        audit.playerRead(user, access, MedicalResource.TRANSFER_CLEARANCE, null);
        return new TransferClearanceDto(playerId, blockers.isEmpty(), blockers);
    }

    @Transactional
    public Restrictions restrictions(CurrentUser user, UUID playerId) {
        PlayerAccess access = policy.requireAvailability(user, playerId);
        Optional<PlayerAvailability> current = availability.current(playerId);
        Optional<ReturnToPlayProtocol> protocol = returnToPlay.inProgressFor(playerId);
        AvailabilityStatus status = current.map(PlayerAvailability::getStatus).orElse(AvailabilityStatus.AVAILABLE);
        BigDecimal multiplier = current.map(PlayerAvailability::getLoadMultiplier).orElse(BigDecimal.ONE);
        Phase phase = protocol.map(ReturnToPlayProtocol::getCurrentPhase).orElse(null);
        boolean canTrain = multiplier.signum() > 0;
        boolean contactAllowed = status.canPlay() && (phase == null || phase.allowsContact());
        boolean canPlay = status.canPlay() && (phase == null || phase == Phase.GAME_READY);
        audit.playerRead(user, access, MedicalResource.RESTRICTIONS, null);
        return new Restrictions(playerId, status, multiplier, canTrain, canPlay, contactAllowed,
                current.map(PlayerAvailability::isClearanceRequired).orElse(false),
                current.map(PlayerAvailability::getExpectedReturn).orElse(null), phase);
    }
}
