package com.hockeyhub.payment.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.payment.common.PaymentProperties;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.test.FixturesAcrossClubs;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily sweep with a controllable clock, raced by two replicas. */
@IntegrationTest
class OverdueSweepTest extends PaymentApiTestBase {

    @Autowired
    EventPublisher events;
    @Autowired
    CacheTagInvalidator cacheTags;
    @Autowired
    PaymentProperties properties;
    @Autowired
    TransactionTemplate transactions;

    /** A replica's sweep run, in its own transaction as the job's proxied call would be. */
    private int markOverdue(OverdueSweep sweep, LocalDate today) {
        return transactions.execute(s -> sweep.markOverdue(today));
    }

    private int remind(OverdueSweep sweep, LocalDate today) {
        return transactions.execute(s -> sweep.remindDueSoon(today));
    }

    /** A replica's sweep: its own instance, small batches so two replicas interleave, its own clock. */
    private OverdueSweep replica(LocalDate today) {
        PaymentProperties small = new PaymentProperties(properties.trialTier(), properties.trialDays(),
                properties.sweepCron(), 3, 4);
        return new OverdueSweep(jdbc, events, cacheTags, small,
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private int outbox(String type, UUID organization) {
        return count("SELECT count(*) FROM hockeyhub_outbox WHERE type = ? AND organization_id = ?", type,
                organization);
    }

    @Test
    void twoReplicasMarkEachInvoiceOverdueOnceWhenTheClockPassesItsDueDate() throws Exception {
        Club club = club();
        LocalDate due = today().plusDays(40);
        List<UUID> invoices = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            invoices.add(createInvoice(club, invoiceJson(club.parentId, club.childId, "EUR", "10.00", "0", due, true)));
        }
        pay(club.admin(), invoices.get(0), "4.00", "cash");          // partly paid: still goes overdue
        pay(club.admin(), invoices.get(1), "10.00", "cash");         // paid: never overdue
        mvc.perform(postAs(club.admin(), "", "/api/invoices/{id}/void", invoices.get(2)));  // void: never overdue

        // on the due date nothing is overdue yet (the sweep covers the whole database: count this club's)
        markOverdue(replica(due), due);
        assertThat(count("SELECT count(*) FROM invoices WHERE organization_id = ? AND status = 'overdue'", club.id))
                .isZero();

        LocalDate dayAfter = due.plusDays(1);
        ExecutorService pool = Executors.newFixedThreadPool(4, FixturesAcrossClubs.threads());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                OverdueSweep sweep = replica(dayAfter);
                runs.add(pool.submit(() -> {
                    go.await();
                    int total = 0;
                    int marked;
                    do {
                        marked = markOverdue(sweep, dayAfter);
                        total += marked;
                    } while (marked > 0);
                    return total;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertThat(total).as("marked by all replicas together").isGreaterThanOrEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM invoices WHERE organization_id = ? AND status = 'overdue'", club.id))
                .isEqualTo(10);
        assertThat(outbox("payment.invoice.overdue", club.id)).as("announced once each").isEqualTo(10);
        assertThat(count("SELECT count(DISTINCT envelope->'data'->>'invoiceId') FROM hockeyhub_outbox "
                + "WHERE type = 'payment.invoice.overdue' AND organization_id = ?", club.id)).isEqualTo(10);
        assertThat(invoice(club, invoices.get(0)).get("status").asString()).isEqualTo("overdue");
        assertThat(invoice(club, invoices.get(1)).get("status").asString()).isEqualTo("paid");
        assertThat(invoice(club, invoices.get(2)).get("status").asString()).isEqualTo("void");
        markOverdue(replica(dayAfter.plusDays(1)), dayAfter.plusDays(1));
        assertThat(outbox("payment.invoice.overdue", club.id)).as("nothing twice").isEqualTo(10);
        // an overdue invoice can still be paid in full
        assertThat(json(pay(club.admin(), invoices.get(0), "6.00", "cash")).get("invoiceStatus").asString())
                .isEqualTo("paid");
    }

    @Test
    void aReminderGoesOutOnceAConfigurableNumberOfDaysBeforeDue() throws Exception {
        Club club = club();
        LocalDate due = today().plusDays(50);
        UUID invoice = createInvoice(club, invoiceJson(club.parentId, club.childId, "EUR", "10.00", "0", due, true));
        remind(replica(due.minusDays(4)), due.minusDays(4));
        assertThat(count("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'payment.invoice.due_soon' "
                + "AND envelope->'data'->>'invoiceId' = ?", invoice.toString())).as("4 days ahead: not yet").isZero();
        OverdueSweep a = replica(due.minusDays(3));
        OverdueSweep b = replica(due.minusDays(3));
        remind(a, due.minusDays(3));
        remind(b, due.minusDays(3));
        remind(replica(due.minusDays(1)), due.minusDays(1));
        assertThat(count("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'payment.invoice.due_soon' "
                + "AND envelope->'data'->>'invoiceId' = ?", invoice.toString())).isEqualTo(1);
    }
}
