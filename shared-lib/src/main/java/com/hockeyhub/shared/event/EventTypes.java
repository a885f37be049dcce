package com.hockeyhub.shared.event;

/**
 * The one catalog of event types (domain.md lists who publishes what). The NATS subject of a type is
 * {@code hockeyhub.events.<type>}.
 */
public final class EventTypes {

    // user-service
    public static final String USER_CREATED = "user.created";
    public static final String USER_UPDATED = "user.updated";
    public static final String USER_DELETED = "user.deleted";
    public static final String USER_ROLE_CHANGED = "user.role.changed";
    public static final String USER_ACTIVATED = "user.activated";
    public static final String USER_DEACTIVATED = "user.deactivated";
    public static final String ORGANIZATION_CREATED = "organization.created";
    public static final String ORGANIZATION_UPDATED = "organization.updated";
    public static final String ORGANIZATION_DELETED = "organization.deleted";
    public static final String TEAM_CREATED = "team.created";
    public static final String TEAM_UPDATED = "team.updated";
    public static final String TEAM_DELETED = "team.deleted";
    public static final String TEAM_MEMBER_ADDED = "team.member.added";
    public static final String TEAM_MEMBER_REMOVED = "team.member.removed";
    public static final String TEAM_MEMBER_ROLE_CHANGED = "team.member.role.changed";
    public static final String FAMILY_LINK_CREATED = "family.link.created";
    public static final String FAMILY_LINK_REMOVED = "family.link.removed";

    // admin-service
    public static final String CONFIG_CHANGED = "config.changed";
    public static final String FEATURE_TOGGLED = "feature.toggled";

    // calendar-service
    public static final String CALENDAR_EVENT_CREATED = "calendar.event.created";
    public static final String CALENDAR_EVENT_UPDATED = "calendar.event.updated";
    public static final String CALENDAR_EVENT_CANCELLED = "calendar.event.cancelled";
    public static final String CALENDAR_RSVP_CHANGED = "calendar.rsvp.changed";
    public static final String CALENDAR_REMINDER_DUE = "calendar.reminder.due";
    public static final String CALENDAR_BOOKING_CONFIRMED = "calendar.booking.confirmed";
    public static final String CALENDAR_BOOKING_CANCELLED = "calendar.booking.cancelled";

    // medical-service
    public static final String MEDICAL_INJURY_REPORTED = "medical.injury.reported";
    public static final String MEDICAL_INJURY_UPDATED = "medical.injury.updated";
    public static final String MEDICAL_INJURY_RECOVERED = "medical.injury.recovered";
    public static final String MEDICAL_PLAYER_STATUS_CHANGED = "medical.player.status.changed";
    public static final String MEDICAL_WELLNESS_FLAGGED = "medical.wellness.flagged";
    public static final String MEDICAL_RECORD_ACCESSED = "medical.record.accessed";

    // payment-service
    public static final String PAYMENT_INVOICE_ISSUED = "payment.invoice.issued";
    public static final String PAYMENT_INVOICE_PAID = "payment.invoice.paid";
    public static final String PAYMENT_INVOICE_OVERDUE = "payment.invoice.overdue";
    public static final String PAYMENT_RECEIVED = "payment.received";
    public static final String PAYMENT_REFUNDED = "payment.refunded";
    public static final String SUBSCRIPTION_CHANGED = "subscription.changed";

    // planning-service
    public static final String PLANNING_PHASE_CHANGED = "planning.phase.changed";
    public static final String PLANNING_PRACTICE_COMPLETED = "planning.practice.completed";
    public static final String PLANNING_SEASON_PLAN_UPDATED = "planning.season_plan.updated";

    // statistics-service
    public static final String STATISTICS_WORKLOAD_RISK_CHANGED = "statistics.workload.risk_changed";

    // training-service
    public static final String TRAINING_SESSION_SCHEDULED = "training.session.scheduled";
    public static final String TRAINING_SESSION_CANCELLED = "training.session.cancelled";
    public static final String TRAINING_SESSION_COMPLETED = "training.session.completed";
    public static final String TRAINING_ASSIGNMENT_CREATED = "training.assignment.created";
    public static final String TRAINING_WORKOUT_COMPLETED = "training.workout.completed";

    private EventTypes() {
    }
}
