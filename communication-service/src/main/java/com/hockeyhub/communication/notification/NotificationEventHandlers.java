package com.hockeyhub.communication.notification;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.calendar.CalendarEvents.ReminderDue;
import com.hockeyhub.shared.api.medical.MedicalEvents.InjuryChanged;
import com.hockeyhub.shared.api.payment.PaymentEvents.InvoiceChanged;
import com.hockeyhub.shared.api.training.TrainingEvents.AssignmentsCreated;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import org.springframework.stereotype.Component;

/** Notifications from the suite's events: reminders, injury alerts to the staff, invoices, training assignments. */
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

    private static String source(EventEnvelope envelope) {
        return "event:" + envelope.id();
    }
}
