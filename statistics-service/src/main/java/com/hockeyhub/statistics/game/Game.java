package com.hockeyhub.statistics.game;

import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A played game of a division: who played whom, when, the score and how it was decided. */
@Entity
@Table(name = "games")
public class Game extends ClubScopedEntity {

    @Column(name = "division_id", nullable = false, updatable = false)
    private UUID divisionId;

    @Column(name = "season", nullable = false, updatable = false)
    private String season;

    @Column(name = "home_team_id", nullable = false, updatable = false)
    private UUID homeTeamId;

    @Column(name = "away_team_id", nullable = false, updatable = false)
    private UUID awayTeamId;

    @Column(name = "played_at", nullable = false, updatable = false)
    private Instant playedAt;

    @Column(name = "home_score", nullable = false)
    private int homeScore;

    @Column(name = "away_score", nullable = false)
    private int awayScore;

    @Column(name = "decision", nullable = false)
    private GameDecision decision;

    @Column(name = "home_shots")
    private Integer homeShots;

    @Column(name = "away_shots")
    private Integer awayShots;

    protected Game() {
    }

    Game(UUID organizationId, UUID divisionId, String season, UUID homeTeamId, UUID awayTeamId, Instant playedAt) {
        super(organizationId);
        this.divisionId = divisionId;
        this.season = season;
        this.homeTeamId = homeTeamId;
        this.awayTeamId = awayTeamId;
        this.playedAt = playedAt;
    }

    void result(int homeScore, int awayScore, GameDecision decision, Integer homeShots, Integer awayShots) {
        this.homeScore = homeScore;
        this.awayScore = awayScore;
        this.decision = decision;
        this.homeShots = homeShots;
        this.awayShots = awayShots;
    }

    public UUID teamOf(Side side) {
        return side == Side.HOME ? homeTeamId : awayTeamId;
    }

    public UUID getDivisionId() {
        return divisionId;
    }

    public String getSeason() {
        return season;
    }

    public UUID getHomeTeamId() {
        return homeTeamId;
    }

    public UUID getAwayTeamId() {
        return awayTeamId;
    }

    public Instant getPlayedAt() {
        return playedAt;
    }

    public int getHomeScore() {
        return homeScore;
    }

    public int getAwayScore() {
        return awayScore;
    }

    public GameDecision getDecision() {
        return decision;
    }

    public Integer getHomeShots() {
        return homeShots;
    }

    public Integer getAwayShots() {
        return awayShots;
    }
}
