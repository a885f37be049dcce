package com.hockeyhub.planning.season;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.shared.entity.Uuid7;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The phases of season plans: whole weeks from the plan's start, back to back. */
@Component
class Phases {

    record Phase(UUID id, int position, String name, LocalDate startsOn, LocalDate endsOn, Intensity intensity,
                 String focus) {
    }

    private final JdbcTemplate jdbc;

    Phases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The template's phases as date ranges from {@code start}: each one starts the day after the last ended. */
    static List<Phase> fromTemplate(SeasonTemplates.Template template, LocalDate start) {
        List<Phase> phases = new ArrayList<>();
        LocalDate from = start;
        int position = 0;
        for (SeasonTemplates.PhaseTemplate p : template.phases()) {
            LocalDate to = from.plusWeeks(p.weeks()).minusDays(1);
            phases.add(new Phase(Uuid7.next(), position++, p.name(), from, to, p.intensity(), p.focus()));
            from = to.plusDays(1);
        }
        return phases;
    }

    /** Edited phases as date ranges from {@code start}, back to back. */
    static List<Phase> fromEdits(List<SeasonPlanViews.PhaseEdit> edits, LocalDate start) {
        return fromTemplate(new SeasonTemplates.Template("edit", "edit", edits.stream()
                .map(e -> new SeasonTemplates.PhaseTemplate(e.name().trim(), e.weeks(), e.intensity(), e.focus()))
                .toList()), start);
    }

    /** The plan's phases as edits (whole weeks), to move them to a new start. */
    List<SeasonPlanViews.PhaseEdit> asEdits(UUID planId) {
        return of(planId).stream().map(p -> new SeasonPlanViews.PhaseEdit(p.name(),
                (int) ((p.endsOn().toEpochDay() - p.startsOn().toEpochDay() + 1) / 7), p.intensity(), p.focus()))
                .toList();
    }

    void replace(UUID organizationId, UUID planId, List<Phase> phases) {
        jdbc.update("DELETE FROM plan_phases WHERE plan_id = ?", planId);
        save(organizationId, planId, phases);
    }

    void save(UUID organizationId, UUID planId, List<Phase> phases) {
        for (Phase p : phases) {
            jdbc.update("INSERT INTO plan_phases (id, organization_id, plan_id, position, name, starts_on, ends_on, "
                    + "intensity, focus) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", p.id(), organizationId, planId,
                    p.position(), p.name(), Date.valueOf(p.startsOn()), Date.valueOf(p.endsOn()),
                    p.intensity().value(), p.focus());
        }
    }

    List<Phase> of(UUID planId) {
        return jdbc.query("SELECT id, position, name, starts_on, ends_on, intensity, focus FROM plan_phases "
                + "WHERE plan_id = ? ORDER BY position", (rs, i) -> new Phase(rs.getObject("id", UUID.class),
                rs.getInt("position"), rs.getString("name"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), Intensity.of(rs.getString("intensity")), rs.getString("focus")),
                planId);
    }

    /** The phase of the team's published plan that contains the day. */
    Optional<Phase> current(UUID teamId, LocalDate day) {
        return jdbc.query("""
                SELECT ph.id, ph.position, ph.name, ph.starts_on, ph.ends_on, ph.intensity, ph.focus
                FROM plan_phases ph JOIN season_plans p ON p.id = ph.plan_id
                WHERE p.team_id = ? AND p.status = 'published' AND p.deleted_at IS NULL
                  AND ? BETWEEN ph.starts_on AND ph.ends_on
                ORDER BY p.starts_on DESC LIMIT 1""", (rs, i) -> new Phase(rs.getObject("id", UUID.class),
                rs.getInt("position"), rs.getString("name"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), Intensity.of(rs.getString("intensity")), rs.getString("focus")),
                teamId, Date.valueOf(day)).stream().findFirst();
    }
}
