package com.hockeyhub.statistics.injury;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.medical.MedicalEvents.InjuryChanged;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The players' injury periods, kept from medical-service's events (dates only, never medical text), so a player's
 * stats can show the games they missed while injured. Every event is an insert-or-update on the injury id, so
 * redeliveries and out-of-order updates converge.
 */
@Service
public class InjuryHistory {

    /** An injury period: from the injury date up to (excluding) the recovery date, or open. */
    public record Period(LocalDate from, LocalDate until) {
    }

    private final JdbcTemplate jdbc;

    InjuryHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler(type = EventTypes.MEDICAL_INJURY_REPORTED, name = "injury-reported")
    @Transactional
    public void reported(InjuryChanged injury, EventEnvelope envelope) {
        save(injury, null, envelope);
    }

    @EventHandler(type = EventTypes.MEDICAL_INJURY_UPDATED, name = "injury-updated")
    @Transactional
    public void updated(InjuryChanged injury, EventEnvelope envelope) {
        save(injury, null, envelope);
    }

    @EventHandler(type = EventTypes.MEDICAL_INJURY_RECOVERED, name = "injury-recovered")
    @Transactional
    public void recovered(InjuryChanged injury, EventEnvelope envelope) {
        save(injury, envelope.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), envelope);
    }

    @Transactional(readOnly = true)
    public List<Period> periods(UUID playerId) {
        return jdbc.query("SELECT injury_date, recovered_on FROM player_injuries WHERE player_id = ? "
                + "ORDER BY injury_date", (rs, i) -> new Period(rs.getDate(1).toLocalDate(),
                rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()), playerId);
    }

    private void save(InjuryChanged injury, LocalDate recoveredOn, EventEnvelope envelope) {
        if (injury.injuryId() == null || injury.playerId() == null || injury.organizationId() == null
                || injury.injuryDate() == null) {
            return;
        }
        jdbc.update("""
                INSERT INTO player_injuries (injury_id, organization_id, player_id, injury_date, recovered_on,
                                             updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (injury_id) DO UPDATE SET injury_date = excluded.injury_date,
                    recovered_on = coalesce(excluded.recovered_on, player_injuries.recovered_on),
                    updated_at = excluded.updated_at
                """, injury.injuryId(), injury.organizationId(), injury.playerId(),
                Date.valueOf(injury.injuryDate()), recoveredOn == null ? null : Date.valueOf(recoveredOn),
                Timestamp.from(envelope.occurredAt()));
    }
}
