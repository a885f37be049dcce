package com.hockeyhub.payment.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.payment.invoice.Invoice;
import com.hockeyhub.payment.invoice.InvoiceService;
import com.hockeyhub.payment.invoice.InvoiceStatus;
import com.hockeyhub.payment.invoice.OverdueSweep;
import com.hockeyhub.payment.payment.PaymentMethod;
import com.hockeyhub.payment.payment.PaymentRequests.RecordPayment;
import com.hockeyhub.payment.payment.PaymentRequests.RefundPayment;
import com.hockeyhub.payment.payment.PaymentService;
import com.hockeyhub.payment.payment.StoredCardService;
import com.hockeyhub.payment.seasonfee.SeasonFeeRequest;
import com.hockeyhub.payment.seasonfee.SeasonFeeService;
import com.hockeyhub.payment.seasonfee.SeasonFeeService.Billed;
import com.hockeyhub.payment.subscription.BillingInterval;
import com.hockeyhub.payment.subscription.SubscriptionService;
import com.hockeyhub.payment.subscription.SubscriptionTier;
import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Profile {@code seed}: the demo club on a standard (yearly) subscription, and this season's fees for U18 AAA — 900 EUR
 * per player in three instalments, the first due three weeks ago: Connor's (billed to his mother) paid by card,
 * Lucas's (billed to his father) paid by bank transfer and 50 EUR of it refunded, Mikko's (an adult, billed to
 * himself) unpaid and therefore overdue. Written through the services, so events, numbers and states are real.
 * Converges: the plan and the fees are insert-or-update on their natural keys (club; club, team, season, player,
 * instalment), and a payment or refund is made only while its invoice still needs it — a second run changes nothing.
 */
@Component
@Profile("seed")
class DemoPaymentSeed implements ApplicationRunner, Ordered {

    static final String SEASON = "2025-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoPaymentSeed.class);

    private final SubscriptionService subscriptions;
    private final SeasonFeeService fees;
    private final InvoiceService invoices;
    private final PaymentService payments;
    private final OverdueSweep sweep;
    private final StoredCardService cards;
    private final Clock clock;

    DemoPaymentSeed(SubscriptionService subscriptions, SeasonFeeService fees, InvoiceService invoices,
            PaymentService payments, OverdueSweep sweep, StoredCardService cards, Clock clock) {
        this.subscriptions = subscriptions;
        this.fees = fees;
        this.invoices = invoices;
        this.payments = payments;
        this.sweep = sweep;
        this.cards = cards;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after shared-lib's demo roster
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    void seed() {
        UUID club = DemoClub.ORGANIZATION;
        subscriptions.ensurePlan(club, SubscriptionTier.STANDARD, BillingInterval.YEARLY);

        UUID mother = DemoClub.PEOPLE.get("parent@hockeyhub.demo");
        UUID father = DemoClub.PEOPLE.get("parent2@hockeyhub.demo");
        LocalDate firstDue = LocalDate.now(clock).minusDays(21);
        var result = fees.bill(club, DemoClub.TEAM_U18_AAA, new SeasonFeeRequest(DemoClub.TEAM_U18_AAA, SEASON,
                new BigDecimal("900.00"), "EUR", BigDecimal.ZERO, 3, firstDue, 1, null),
                "Season fee " + SEASON + " – U18 AAA", List.of(new Billed(DemoClub.PLAYER_1, mother),
                        new Billed(DemoClub.PLAYER_2, father), new Billed(DemoClub.PLAYER_3, DemoClub.PLAYER_3)));

        CurrentUser admin = new CurrentUser(DemoClub.PEOPLE.get("admin@hockeyhub.demo"), club, "admin@hockeyhub.demo",
                Set.of(Role.CLUB_ADMIN), Set.of(), Set.of());
        CurrentUser karen = new CurrentUser(mother, club, "parent@hockeyhub.demo", Set.of(Role.PARENT), Set.of(),
                Set.of(DemoClub.PLAYER_1));
        Invoice connor = first(club, DemoClub.PLAYER_1);
        if (connor.getStatus() == InvoiceStatus.OPEN || connor.getStatus() == InvoiceStatus.OVERDUE) {
            payments.record(karen, connor.getId(), new IdempotencyKey("seed-connor-1", karen.id()),
                    new RecordPayment(connor.balanceDue(), "EUR", PaymentMethod.CARD, "tok_visa", null, null));
        }
        Invoice lucas = first(club, DemoClub.PLAYER_2);
        if (lucas.getStatus() == InvoiceStatus.OPEN || lucas.getStatus() == InvoiceStatus.OVERDUE) {
            payments.record(admin, lucas.getId(), new IdempotencyKey("seed-lucas-1", admin.id()),
                    new RecordPayment(lucas.balanceDue(), "EUR", PaymentMethod.BANK_TRANSFER, null, null,
                            "BG 5050-1055"));
            lucas = first(club, DemoClub.PLAYER_2);
        }
        if (lucas.getStatus() == InvoiceStatus.PAID) {
            UUID payment = payments.ofInvoice(admin, lucas.getId()).get(0).id();
            payments.refund(admin, payment, new IdempotencyKey("seed-lucas-1-refund", admin.id()),
                    new RefundPayment(new BigDecimal("50.00"), "Missed the November tournament"));
        }
        if (cards.mine(karen).isEmpty()) {
            cards.save(karen, "tok_visa"); // Karen keeps her Visa on file for the next instalments
        }
        int overdue = sweep.markOverdue(LocalDate.now(clock));
        log.info("Demo club billing: standard plan; U18 AAA season fees ({} invoices issued now, {} present); {} "
                + "invoice(s) marked overdue", result.invoicesIssued(), result.alreadyBilled(), overdue);
    }

    private Invoice first(UUID club, UUID player) {
        return invoices.seasonFee(club, DemoClub.TEAM_U18_AAA, SEASON, player, 1).orElseThrow();
    }
}
