package com.hockeyhub.communication.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.calendar.CalendarEvents.EventChanged;
import com.hockeyhub.shared.api.calendar.CalendarEvents.ReminderDue;
import com.hockeyhub.shared.api.medical.MedicalEvents.PlayerStatusChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.api.medical.MedicalEvents.InjuryChanged;
import com.hockeyhub.shared.api.payment.PaymentEvents.InvoiceChanged;
import com.hockeyhub.shared.api.training.TrainingEvents.AssignmentsCreated;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import org.springframework.stereotype.Component;

/**
 * Notifications from the suite's events: reminders and changes of team events, injuries and availability changes
 * (to the staff only), invoices issued and overdue, training assignments, team membership.
 */
@Component
class NotificationEventHandlers {

    private final NotificationService notifications;
    private final Roster roster;

    NotificationEventHandlers(NotificationService notifications, Roster roster) {
        this.notifications = notifications;
        this.roster = roster;
    }

    @EventHandler(type = EventTypes.CALENDAR_REMINDER_DUE, name = "notify-reminder")
    void reminder(ReminderDue reminder, EventEnvelope envelope) {
        notifications.notify(reminder.organizationId(), List.of(reminder.userId()),
                new NotificationService.Notice("calendar.reminder", Priority.NORMAL,
                        reminder.title() + " in " + reminder.leadMinutes() + " min",
                        reminder.location() == null ? null : "At " + reminder.location(),
                        "/events/" + reminder.eventId()), source(envelope));
    }

    /** An injury is urgent for the staff of the player's teams: never held back by quiet hours. No diagnosis. */
    @EventHandler(type = EventTypes.MEDICAL_INJURY_REPORTED, name = "notify-injury")
    void injury(InjuryChanged injury, EventEnvelope envelope) {
        List<UUID> staff = roster.memberships(injury.playerId()).stream()
                .flatMap(team -> roster.members(team.teamId()).stream())
                .filter(member -> !"player".equals(member.teamRole()))
                .map(RosterMember::userId).distinct().toList();
        String player = roster.person(injury.playerId()).map(p -> p.firstName() + " " + p.lastName())
                .orElse("A player");
        notifications.notify(injury.organizationId(), staff, new NotificationService.Notice("medical.injury",
                Priority.URGENT, "Injury reported: " + player, "Severity " + injury.severity() + " of 5; see "
                + "availability before the next practice.", "/players/" + injury.playerId() + "/availability"),
                source(envelope));
    }

    @EventHandler(type = EventTypes.PAYMENT_INVOICE_ISSUED, name = "notify-invoice")
    void invoice(InvoiceChanged invoice, EventEnvelope envelope) {
        notifications.notify(invoice.organizationId(), List.of(invoice.payerId()), new NotificationService.Notice(
                "payment.invoice", Priority.NORMAL, "New invoice " + invoice.number(),
                invoice.total() + " " + invoice.currency() + ", due " + invoice.dueDate(),
                "/invoices/" + invoice.invoiceId()), source(envelope));
    }

    @EventHandler(type = EventTypes.TRAINING_ASSIGNMENT_CREATED, name = "notify-training-assignment")
    void assignment(AssignmentsCreated assignment, EventEnvelope envelope) {
        notifications.notify(assignment.organizationId(), assignment.playerIds(), new NotificationService.Notice(
                "training.assignment", Priority.NORMAL, "New training session assigned", null,
                "/training/sessions/" + assignment.sessionId()), source(envelope));
    }

    /** A team event changed or was cancelled: the team's members and its players' parents. */
    @EventHandler(type = EventTypes.CALENDAR_EVENT_UPDATED, name = "notify-calendar-updated")
    void eventUpdated(EventChanged event, EventEnvelope envelope) {
        calendarChange(event, envelope, "Changed: " + event.title(),
                event.startAt() == null ? null : "Now starts " + event.startAt()
                        + (event.location() == null ? "" : " at " + event.location()));
    }

    @EventHandler(type = EventTypes.CALENDAR_EVENT_CANCELLED, name = "notify-calendar-cancelled")
    void eventCancelled(EventChanged event, EventEnvelope envelope) {
        calendarChange(event, envelope, "Cancelled: " + event.title(), event.cancelReason());
    }

    private void calendarChange(EventChanged event, EventEnvelope envelope, String title, String body) {
        if (event.teamId() == null) {
            return;
        }
        Set<UUID> people = new LinkedHashSet<>();
        for (RosterMember member : roster.members(event.teamId())) {
            people.add(member.userId());
            if (member.isPlayer()) {
                people.addAll(roster.parentsOf(member.userId()));
            }
        }
        people.remove(event.organizerId());
        notifications.notify(event.organizationId(), people, new NotificationService.Notice("calendar.change",
                Priority.NORMAL, title, body, "/events/" + event.eventId()), source(envelope));
    }

    @EventHandler(type = EventTypes.PAYMENT_INVOICE_OVERDUE, name = "notify-invoice-overdue")
    void overdue(InvoiceChanged invoice, EventEnvelope envelope) {
        notifications.notify(invoice.organizationId(), List.of(invoice.payerId()), new NotificationService.Notice(
                "payment.overdue", Priority.NORMAL, "Invoice " + invoice.number() + " is overdue",
                invoice.balanceDue() + " " + invoice.currency() + " was due " + invoice.dueDate(),
                "/invoices/" + invoice.invoiceId()), source(envelope));
    }

    /** A player's availability changed: the staff of their teams only (no diagnosis, only the status). */
    @EventHandler(type = EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, name = "notify-medical-status")
    void status(PlayerStatusChanged status, EventEnvelope envelope) {
        List<UUID> staff = roster.memberships(status.playerId()).stream()
                .flatMap(team -> roster.members(team.teamId()).stream())
                .filter(member -> !member.isPlayer())
                .map(RosterMember::userId).distinct().toList();
        String player = roster.person(status.playerId()).map(p -> p.firstName() + " " + p.lastName())
                .orElse("A player");
        notifications.notify(status.organizationId(), staff, new NotificationService.Notice("medical.status",
                Priority.NORMAL, player + ": " + status.status().replace('_', ' '),
                "Was " + (status.previousStatus() == null ? "unknown" : status.previousStatus().replace('_', ' '))
                        + (status.expectedReturn() == null ? "" : "; expected back " + status.expectedReturn()),
                "/players/" + status.playerId() + "/availability"), source(envelope));
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "notify-team-member-added")
    void memberAdded(TeamMemberChanged member, EventEnvelope envelope) {
        String team = roster.team(member.teamId()).map(t -> t.name()).orElse("a team");
        notifications.notify(member.organizationId(), List.of(member.userId()), new NotificationService.Notice(
                "team.membership", Priority.NORMAL, "You joined " + team, null, "/teams/" + member.teamId()),
                source(envelope));
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_REMOVED, name = "notify-team-member-removed")
    void memberRemoved(TeamMemberChanged member, EventEnvelope envelope) {
        String team = roster.team(member.teamId()).map(t -> t.name()).orElse("a team");
        notifications.notify(member.organizationId(), List.of(member.userId()), new NotificationService.Notice(
                "team.membership", Priority.NORMAL, "You left " + team, null, null), source(envelope));
    }

    private static String source(EventEnvelope envelope) {
        return "event:" + envelope.id();
    }
}
