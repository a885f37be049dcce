package com.hockeyhub.payment.invoice;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.payment.common.PaymentProperties;
import com.hockeyhub.shared.api.payment.PaymentEvents;
import com.hockeyhub.shared.api.payment.PaymentEvents.InvoiceChanged;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily sweep, safe on any number of replicas: open or partly paid invoices whose due date passed become
 * {@code overdue} and publish {@code payment.invoice.overdue}; invoices due within
 * {@code reminder-days-before-due} days get one {@code payment.invoice.due_soon}. Each batch claims its rows with
 * {@code FOR UPDATE SKIP LOCKED} and changes them in the same statement (status or reminder stamp, version bumped),
 * together with the outbox rows: a replica running at the same moment skips the claimed rows and, once they are
 * committed, no longer matches them — every invoice goes overdue, and is announced, exactly once. Replicas take turns
 * batch by batch (a transaction-scoped advisory lock): a batch spans clubs, and the row trigger of V4 updates each
 * changed invoice's club totals ({@code invoice_totals}) in the order of the rows, so two batches at once could each
 * hold a total the other needs; PostgreSQL then aborted one of them as a deadlock (seen in CI with four sweeps).
 */
@Service
public class OverdueSweep {

    private static final String COLUMNS = "id, organization_id, number, payer_id, player_id, status, description, "
            + "total, paid_amount, currency, due_date";

    private static final String MARK_OVERDUE = """
            UPDATE invoices SET status = 'overdue', overdue_at = ?, updated_at = ?, version = version + 1
            WHERE id IN (SELECT id FROM invoices
                         WHERE deleted_at IS NULL AND status IN ('open', 'partially_paid') AND due_date < ?
                         ORDER BY due_date, id LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING\s""" + COLUMNS;

    private static final String MARK_REMINDED = """
            UPDATE invoices SET reminder_sent_at = ?, updated_at = ?, version = version + 1
            WHERE id IN (SELECT id FROM invoices
                         WHERE deleted_at IS NULL AND status IN ('open', 'partially_paid') AND reminder_sent_at IS NULL
                           AND due_date >= ? AND due_date <= ?
                         ORDER BY due_date, id LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING\s""" + COLUMNS;

    /** pg_advisory lock of the sweep's batches (any constant unique within payment-service's database). */
    private static final long SWEEP_LOCK = 0x5EEB_0001L;

    private static final RowMapper<InvoiceChanged> ROW = (rs, n) -> {
        BigDecimal total = rs.getBigDecimal("total");
        BigDecimal paid = rs.getBigDecimal("paid_amount");
        return new InvoiceChanged(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("number"), rs.getObject("payer_id", UUID.class), rs.getObject("player_id", UUID.class),
                rs.getString("status"), rs.getString("description"), total, paid, total.subtract(paid),
                rs.getString("currency"), rs.getDate("due_date").toLocalDate());
    };

    private final JdbcTemplate jdbc;
    private final EventPublisher events;
    private final CacheTagInvalidator cacheTags;
    private final PaymentProperties properties;
    private final Clock clock;

    public OverdueSweep(JdbcTemplate jdbc, EventPublisher events, CacheTagInvalidator cacheTags,
            PaymentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.cacheTags = cacheTags;
        this.properties = properties;
        this.clock = clock;
    }

    /** One batch of invoices due before {@code today} marked overdue; returns how many this call marked. */
    @Transactional
    public int markOverdue(LocalDate today) {
        takeTurn();
        Timestamp now = Timestamp.from(clock.instant());
        List<InvoiceChanged> marked = jdbc.query(MARK_OVERDUE, ROW, now, now, Date.valueOf(today),
                properties.sweepBatchSize());
        marked.forEach(i -> events.publish(EventTypes.PAYMENT_INVOICE_OVERDUE, i.organizationId(), i));
        cacheTags.invalidate(marked.stream().map(i -> CacheTag.org(i.organizationId())).distinct().toList());
        return marked.size();
    }

    /** One batch of reminders for invoices due from {@code today} to the configured days ahead; returns how many. */
    @Transactional
    public int remindDueSoon(LocalDate today) {
        if (properties.reminderDaysBeforeDue() == 0) {
            return 0;
        }
        takeTurn();
        Timestamp now = Timestamp.from(clock.instant());
        List<InvoiceChanged> reminded = jdbc.query(MARK_REMINDED, ROW, now, now, Date.valueOf(today),
                Date.valueOf(today.plusDays(properties.reminderDaysBeforeDue())), properties.sweepBatchSize());
        reminded.forEach(i -> events.publish(PaymentEvents.INVOICE_DUE_SOON, i.organizationId(), i));
        return reminded.size();
    }

    /** Waits for another replica's batch to commit; released when this batch's transaction ends. */
    private void takeTurn() {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, SWEEP_LOCK);
    }
}
