package com.hockeyhub.planning.strategy;

import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import com.hockeyhub.shared.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A team's plan for one calendar game; its lineups and period adjustments are stored whole as JSON. */
@Entity
@Table(name = "game_strategies")
public class GameStrategy extends ClubScopedEntity {

    static final String ACTIVE = "active";
    static final String CANCELLED = "cancelled";

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "calendar_event_id", nullable = false, updatable = false)
    private UUID calendarEventId;

    @Column(name = "opponent", nullable = false)
    private String opponent;

    @Column(name = "game_date", nullable = false)
    private LocalDate gameDate;

    @Column(name = "status", nullable = false)
    private String status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lineups", nullable = false)
    private String lineups;

    @Column(name = "tactics")
    private String tactics;

    @Column(name = "scouting_notes")
    private String scoutingNotes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "period_adjustments", nullable = false)
    private String periodAdjustments;

    @Column(name = "post_game_analysis")
    private String postGameAnalysis;

    protected GameStrategy() {
    }

    public GameStrategy(UUID organizationId, UUID teamId, UUID calendarEventId) {
        super(organizationId);
        this.teamId = teamId;
        this.calendarEventId = calendarEventId;
        this.status = ACTIVE;
    }

    void plan(String opponent, LocalDate gameDate, String lineupsJson, String tactics, String scoutingNotes,
            String adjustmentsJson) {
        requireActive();
        this.opponent = opponent.trim();
        this.gameDate = gameDate;
        this.lineups = lineupsJson;
        this.tactics = tactics;
        this.scoutingNotes = scoutingNotes;
        this.periodAdjustments = adjustmentsJson;
    }

    void analyse(String analysis) {
        requireActive();
        this.postGameAnalysis = analysis;
    }

    /** The game was cancelled; false when the strategy was cancelled already. */
    boolean cancel() {
        if (CANCELLED.equals(status)) {
            return false;
        }
        status = CANCELLED;
        return true;
    }

    void requireActive() {
        if (CANCELLED.equals(status)) {
            throw new ConflictException("The game was cancelled: its strategy is read-only");
        }
    }

    public UUID getTeamId() {
        return teamId;
    }

    public UUID getCalendarEventId() {
        return calendarEventId;
    }

    public String getOpponent() {
        return opponent;
    }

    public LocalDate getGameDate() {
        return gameDate;
    }

    public String getStatus() {
        return status;
    }

    public String getLineups() {
        return lineups;
    }

    public String getTactics() {
        return tactics;
    }

    public String getScoutingNotes() {
        return scoutingNotes;
    }

    public String getPeriodAdjustments() {
        return periodAdjustments;
    }

    public String getPostGameAnalysis() {
        return postGameAnalysis;
    }
}
