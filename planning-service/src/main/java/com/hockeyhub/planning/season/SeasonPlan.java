package com.hockeyhub.planning.season;

import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import com.hockeyhub.shared.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A team's plan for a season; its phases are in plan_phases. */
@Entity
@Table(name = "season_plans")
public class SeasonPlan extends ClubScopedEntity {

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "season", nullable = false, updatable = false)
    private String season;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "status", nullable = false)
    private PlanStatus status;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    protected SeasonPlan() {
    }

    public SeasonPlan(UUID organizationId, UUID teamId, String season, String name, LocalDate startsOn) {
        super(organizationId);
        this.teamId = teamId;
        this.season = season;
        this.name = name;
        this.startsOn = startsOn;
        this.status = PlanStatus.DRAFT;
    }

    /** Renames the plan; a new start only while it is a draft (publishing locks the dates). */
    public void edit(String name, LocalDate startsOn) {
        this.name = name.trim();
        if (startsOn != null && !startsOn.equals(this.startsOn)) {
            requireDraft();
            this.startsOn = startsOn;
        }
    }

    public void requireDraft() {
        if (status == PlanStatus.PUBLISHED) {
            throw new ConflictException("A published plan's dates and phases are locked");
        }
    }

    public void publish() {
        if (status == PlanStatus.PUBLISHED) {
            throw new ConflictException("The plan is published already");
        }
        status = PlanStatus.PUBLISHED;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public String getSeason() {
        return season;
    }

    public String getName() {
        return name;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }
}
