package com.hockeyhub.statistics.division;

import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A league division of one season: its rules (ties, game length) and whether its standings are public. */
@Entity
@Table(name = "divisions")
public class Division extends ClubScopedEntity {

    @Column(name = "season", nullable = false, updatable = false)
    private String season;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "ties_allowed", nullable = false)
    private boolean tiesAllowed;

    @Column(name = "public_standings", nullable = false)
    private boolean publicStandings;

    @Column(name = "period_minutes", nullable = false)
    private int periodMinutes;

    @Column(name = "periods", nullable = false)
    private int periods;

    @Column(name = "overtime_minutes", nullable = false)
    private int overtimeMinutes;

    protected Division() {
    }

    Division(UUID organizationId, String season) {
        super(organizationId);
        this.season = season;
    }

    void describe(String name, boolean tiesAllowed, boolean publicStandings, int periodMinutes, int periods,
            int overtimeMinutes) {
        this.name = name;
        this.tiesAllowed = tiesAllowed;
        this.publicStandings = publicStandings;
        this.periodMinutes = periodMinutes;
        this.periods = periods;
        this.overtimeMinutes = overtimeMinutes;
    }

    /** The longest a game can last, in seconds: regulation, plus overtime when the game went past it. */
    public int gameLengthSeconds(boolean beyondRegulation) {
        return (periods * periodMinutes + (beyondRegulation ? overtimeMinutes : 0)) * 60;
    }

    public String getSeason() {
        return season;
    }

    public String getName() {
        return name;
    }

    public boolean isTiesAllowed() {
        return tiesAllowed;
    }

    public boolean isPublicStandings() {
        return publicStandings;
    }

    public int getPeriodMinutes() {
        return periodMinutes;
    }

    public int getPeriods() {
        return periods;
    }

    public int getOvertimeMinutes() {
        return overtimeMinutes;
    }
}
