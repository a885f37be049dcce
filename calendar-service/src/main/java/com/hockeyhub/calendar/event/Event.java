package com.hockeyhub.calendar.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.calendar.participant.Attendable;
import com.hockeyhub.shared.entity.BaseEntity;
import com.hockeyhub.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A calendar event. Occurrences of a recurring series are events too ({@code seriesId}, {@code recurrenceId} = the
 * start the rule gave it; {@code detached} once edited on its own), so RSVPs, reminders and bookings work the same.
 */
@Entity
@Table(name = "events")
public class Event extends BaseEntity implements Attendable {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "type", nullable = false)
    private EventType type;

    @Column(name = "status", nullable = false)
    private EventStatus status;

    @Column(name = "visibility", nullable = false)
    private Visibility visibility;

    /** For role_based visibility: ",coach,medical_staff," so a LIKE '%,role,%' matches whole names. */
    @Column(name = "visible_roles")
    private String visibleRoles;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "location")
    private String location;

    @Column(name = "team_id")
    private UUID teamId;

    @Column(name = "organizer_id", nullable = false)
    private UUID organizerId;

    @Column(name = "opponent")
    private String opponent;

    @Column(name = "home_away")
    private HomeAway homeAway;

    @Column(name = "result")
    private String result;

    @Column(name = "max_participants")
    private Integer maxParticipants;

    @Column(name = "default_attending", nullable = false)
    private boolean defaultAttending;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reminder_minutes", nullable = false)
    private List<Integer> reminderMinutes = new ArrayList<>();

    @Column(name = "series_id")
    private UUID seriesId;

    @Column(name = "recurrence_id")
    private Instant recurrenceId;

    @Column(name = "detached", nullable = false)
    private boolean detached;

    @Column(name = "cancel_reason")
    private String cancelReason;

    protected Event() {
    }

    public Event(UUID organizationId, UUID organizerId) {
        this.organizationId = organizationId;
        this.organizerId = organizerId;
        this.status = EventStatus.SCHEDULED;
    }

    /** A copy of the descriptive fields (not times, series or status) for a new occurrence of a series. */
    public Event copyForOccurrence() {
        Event copy = new Event(organizationId, organizerId);
        copy.title = title;
        copy.description = description;
        copy.type = type;
        copy.status = status == EventStatus.CANCELLED ? EventStatus.SCHEDULED : status;
        copy.visibility = visibility;
        copy.visibleRoles = visibleRoles;
        copy.allDay = allDay;
        copy.timeZone = timeZone;
        copy.location = location;
        copy.teamId = teamId;
        copy.opponent = opponent;
        copy.homeAway = homeAway;
        copy.result = result;
        copy.maxParticipants = maxParticipants;
        copy.defaultAttending = defaultAttending;
        copy.reminderMinutes = new ArrayList<>(reminderMinutes);
        return copy;
    }

    @Override
    public boolean isOpenToClub() {
        return visibility == Visibility.PUBLIC;
    }

    @Override
    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean isFull(long accepted) {
        return maxParticipants != null && accepted >= maxParticipants;
    }

    public void cancel(String reason) {
        this.status = EventStatus.CANCELLED;
        this.cancelReason = reason;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public Set<Role> getVisibleRoles() {
        if (visibleRoles == null || visibleRoles.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(visibleRoles.split(",")).filter(s -> !s.isBlank()).map(Role::parse)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void setVisibleRoles(Set<Role> roles) {
        this.visibleRoles = roles == null || roles.isEmpty() ? null
                : roles.stream().map(Role::claimValue).collect(Collectors.joining(",", ",", ","));
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public void setTimes(Instant startAt, Instant endAt) {
        this.startAt = startAt;
        this.endAt = endAt;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public void setAllDay(boolean allDay) {
        this.allDay = allDay;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public void setTeamId(UUID teamId) {
        this.teamId = teamId;
    }

    public UUID getOrganizerId() {
        return organizerId;
    }

    public String getOpponent() {
        return opponent;
    }

    public HomeAway getHomeAway() {
        return homeAway;
    }

    public String getResult() {
        return result;
    }

    public void setGameDetails(String opponent, HomeAway homeAway, String result) {
        this.opponent = opponent;
        this.homeAway = homeAway;
        this.result = result;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(Integer maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public boolean isDefaultAttending() {
        return defaultAttending;
    }

    public void setDefaultAttending(boolean defaultAttending) {
        this.defaultAttending = defaultAttending;
    }

    public List<Integer> getReminderMinutes() {
        return List.copyOf(reminderMinutes);
    }

    public void setReminderMinutes(List<Integer> reminderMinutes) {
        this.reminderMinutes = new ArrayList<>(reminderMinutes);
    }

    public UUID getSeriesId() {
        return seriesId;
    }

    public Instant getRecurrenceId() {
        return recurrenceId;
    }

    public void setOccurrence(UUID seriesId, Instant recurrenceId) {
        this.seriesId = seriesId;
        this.recurrenceId = recurrenceId;
        this.detached = false;
    }

    public boolean isDetached() {
        return detached;
    }

    public void setDetached(boolean detached) {
        this.detached = detached;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
