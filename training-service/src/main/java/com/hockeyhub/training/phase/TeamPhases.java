package com.hockeyhub.training.phase;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.shared.api.planning.PlanningEvents;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * planning-service's season phases per team, kept from {@code planning.phase.changed}: which phase (and intensity)
 * a session's day falls in. A repeated event only refreshes its row.
 */
@Component
public class TeamPhases {

    /** The phase a session is in: shown on the session. */
    public record Phase(UUID phaseId, String name, String intensity) {
    }

    private final JdbcTemplate jdbc;

    TeamPhases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler(type = EventTypes.PLANNING_PHASE_CHANGED, name = "planning-phase")
    void changed(PlanningEvents.PhaseChanged phase) {
        if (phase.teamId() == null || phase.phaseId() == null || phase.startsOn() == null || phase.endsOn() == null) {
            return;
        }
        jdbc.update("""
                INSERT INTO team_phases (team_id, phase_id, organization_id, name, intensity, starts_on, ends_on,
                                         received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (team_id, phase_id) DO UPDATE SET name = excluded.name, intensity = excluded.intensity,
                    starts_on = excluded.starts_on, ends_on = excluded.ends_on, received_at = excluded.received_at""",
                phase.teamId(), phase.phaseId(), phase.organizationId(),
                phase.name() == null ? "Phase" : phase.name(), phase.intensity(), Date.valueOf(phase.startsOn()),
                Date.valueOf(phase.endsOn()), Timestamp.from(Instant.now()));
    }

    /** The team's phase on the (UTC) day of {@code at}; the latest-starting one when phases overlap. */
    public Optional<Phase> at(UUID teamId, Instant at) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        List<Phase> phases = jdbc.query("""
                SELECT phase_id, name, intensity FROM team_phases
                WHERE team_id = ? AND ? BETWEEN starts_on AND ends_on ORDER BY starts_on DESC LIMIT 1""",
                (rs, i) -> new Phase(rs.getObject("phase_id", UUID.class), rs.getString("name"),
                        rs.getString("intensity")), teamId, Date.valueOf(day));
        return phases.stream().findFirst();
    }
}
