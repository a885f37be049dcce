package com.hockeyhub.medical.wellness;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.medical.access.AccessLevel;
import com.hockeyhub.medical.access.MedicalAccessAudit;
import com.hockeyhub.medical.access.MedicalAccessPolicy;
import com.hockeyhub.medical.access.MedicalResource;
import com.hockeyhub.medical.access.PlayerAccess;
import com.hockeyhub.medical.access.TeamAccess;
import com.hockeyhub.medical.availability.AvailabilityChange;
import com.hockeyhub.medical.availability.AvailabilityService;
import com.hockeyhub.medical.availability.AvailabilitySource;
import com.hockeyhub.medical.availability.AvailabilityStatus;
import com.hockeyhub.medical.availability.PlayerAvailability;
import com.hockeyhub.medical.roster.RosterService;
import com.hockeyhub.shared.api.medical.MedicalEvents.WellnessFlagged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily wellness check-ins. Red flags: sleep under 5 h, stress over 8, soreness over 8; two or more put an available
 * player on load management and publish {@code medical.wellness.flagged}.
 */
@Service
public class WellnessService {

    public static final String LOW_SLEEP = "low_sleep";
    public static final String HIGH_STRESS = "high_stress";
    public static final String HIGH_SORENESS = "high_soreness";
    static final int MAX_RANGE_DAYS = 366;
    /** Below this many check-ins on a day, coaches see the count but no averages (they would reveal individuals). */
    static final int MIN_GROUP_FOR_AVERAGES = 3;

    private final WellnessRepository entries;
    private final MedicalAccessPolicy policy;
    private final MedicalAccessAudit audit;
    private final AvailabilityService availability;
    private final RosterService roster;
    private final EventPublisher events;
    private final Clock clock;

    WellnessService(WellnessRepository entries, MedicalAccessPolicy policy, MedicalAccessAudit audit,
            AvailabilityService availability, RosterService roster, EventPublisher events, Clock clock) {
        this.entries = entries;
        this.policy = policy;
        this.audit = audit;
        this.availability = availability;
        this.roster = roster;
        this.events = events;
        this.clock = clock;
    }

    public record Submitted(WellnessEntry entry, boolean created) {
    }

    /** Submit (or, the same day again, replace) a check-in: the player, their parent, or medical staff. */
    @Transactional
    public Submitted submit(CurrentUser user, UUID playerId, WellnessRequest request) {
        PlayerAccess access = policy.requireFull(user, playerId);
        LocalDate date = request.entryDate() != null ? request.entryDate() : LocalDate.now(clock);
        // one writer per player at a time: a double submit finds the first one's row instead of racing it
        roster.lock(playerId);
        Optional<WellnessEntry> existing = entries.findByPlayerIdAndEntryDate(playerId, date);
        List<String> previousFlags = existing.map(WellnessEntry::redFlagList).orElse(List.of());
        WellnessEntry entry = existing.orElseGet(() -> new WellnessEntry(access.organizationId(), playerId, date));
        List<String> flags = redFlags(request);
        boolean flagged = flags.size() >= 2;
        entry.record(request, flags, flagged);
        entry = entries.saveAndFlush(entry);
        if (flagged && !flags.equals(previousFlags)) {
            events.publish(EventTypes.MEDICAL_WELLNESS_FLAGGED, access.organizationId(),
                    new WellnessFlagged(playerId, access.organizationId(), date, flags));
            Optional<PlayerAvailability> current = availability.current(playerId);
            if (current.map(c -> c.getStatus() == AvailabilityStatus.AVAILABLE).orElse(true)) {
                LocalDate today = LocalDate.now(clock);
                LocalDate effective = current.map(c -> c.getEffectiveDate().isAfter(today) ? c.getEffectiveDate()
                        : today).orElse(today);
                availability.change(access.player(), new AvailabilityChange(AvailabilityStatus.LOAD_MANAGEMENT,
                        effective, null, false, null, null, AvailabilitySource.WELLNESS, null));
            }
        }
        return new Submitted(entry, existing.isEmpty());
    }

    @Transactional
    public Page<WellnessEntry> history(CurrentUser user, UUID playerId, LocalDate from, LocalDate to,
            Pageable pageable) {
        PlayerAccess access = policy.requireFull(user, playerId);
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(29);
        requireRange(start, end);
        Page<WellnessEntry> page = entries.findByPlayerIdAndEntryDateBetween(playerId, start, end, pageable);
        audit.playerRead(user, access, MedicalResource.WELLNESS_HISTORY, null);
        return page;
    }

    @Transactional
    public Optional<WellnessEntry> latest(CurrentUser user, UUID playerId) {
        PlayerAccess access = policy.requireFull(user, playerId);
        Optional<WellnessEntry> latest = entries.findFirstByPlayerIdOrderByEntryDateDesc(playerId);
        audit.playerRead(user, access, MedicalResource.WELLNESS_LATEST, latest.map(WellnessEntry::getId).orElse(null));
        return latest;
    }

    /** Latest check-in for another feature that already checked and audited the access. */
    @Transactional(readOnly = true)
    public Optional<WellnessEntry> latestOf(UUID playerId) {
        return entries.findFirstByPlayerIdOrderByEntryDateDesc(playerId);
    }

    public record TeamAverages(UUID teamId, LocalDate from, LocalDate to, int players, List<DailyAverage> days) {
    }

    @Transactional
    public TeamAverages teamAverages(CurrentUser user, UUID teamId, LocalDate from, LocalDate to) {
        TeamAccess team = policy.requireTeamWellness(user, teamId);
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(6);
        requireRange(start, end);
        List<UUID> players = roster.teamPlayers(teamId, team.organizationId());
        List<DailyAverage> days = players.isEmpty() ? List.of()
                : entries.dailyAverages(team.organizationId(), players, start, end);
        if (!user.hasRole(Role.MEDICAL_STAFF)) {
            days = days.stream().map(d -> d.entries() >= MIN_GROUP_FOR_AVERAGES ? d
                    : new DailyAverage(d.date(), d.entries(), null, null, null, null, null, null, null, null,
                            null)).toList();
        }
        audit.teamRead(user, team, MedicalResource.TEAM_WELLNESS, AccessLevel.AVAILABILITY);
        return new TeamAverages(teamId, start, end, players.size(), days);
    }

    static List<String> redFlags(WellnessRequest r) {
        List<String> flags = new ArrayList<>();
        if (r.sleepHours().compareTo(BigDecimal.valueOf(5)) < 0) {
            flags.add(LOW_SLEEP);
        }
        if (r.stress() > 8) {
            flags.add(HIGH_STRESS);
        }
        if (r.soreness() > 8) {
            flags.add(HIGH_SORENESS);
        }
        return flags;
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new InvalidRequestException("from", "must not be after 'to'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new InvalidRequestException("to", "the range may span at most " + MAX_RANGE_DAYS + " days");
        }
    }
}
