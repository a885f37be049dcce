package com.hockeyhub.payment.seed;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.hockeyhub.payment.PaymentApiTestBase;
import com.hockeyhub.payment.invoice.InvoiceService;
import com.hockeyhub.payment.invoice.OverdueSweep;
import com.hockeyhub.payment.payment.PaymentService;
import com.hockeyhub.payment.payment.StoredCardService;
import com.hockeyhub.payment.seasonfee.SeasonFeeService;
import com.hockeyhub.payment.subscription.SubscriptionService;
import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoPaymentSeedTest extends PaymentApiTestBase {

    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    SeasonFeeService fees;
    @Autowired
    InvoiceService invoices;
    @Autowired
    PaymentService payments;
    @Autowired
    OverdueSweep sweep;
    @Autowired
    Clock clock;
    @Autowired
    StoredCardService cards;

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("SELECT id, number, status, payer_id, paid_amount, refunded_amount, version "
                + "FROM invoices WHERE organization_id = ? ORDER BY number", DemoClub.ORGANIZATION);
    }

    @Test
    void theDemoClubsBillingIsSeededOnceAndConvergesWithTheTrialEvent() {
        DemoPaymentSeed seed = new DemoPaymentSeed(subscriptions, fees, invoices, payments, sweep, cards, clock);
        subscriptions.startTrial(DemoClub.ORGANIZATION, null); // organization.created arrived first
        seed.seed();
        List<Map<String, Object>> first = snapshot();
        int events = count("SELECT count(*) FROM hockeyhub_outbox WHERE organization_id = ?", DemoClub.ORGANIZATION);
        seed.seed();
        subscriptions.startTrial(DemoClub.ORGANIZATION, null); // a late organization.created changes nothing
        assertThat(snapshot()).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM hockeyhub_outbox WHERE organization_id = ?", DemoClub.ORGANIZATION))
                .isEqualTo(events);

        assertThat(jdbc.queryForMap("SELECT tier, status, billing_interval FROM subscriptions WHERE organization_id = ?",
                DemoClub.ORGANIZATION)).containsEntry("tier", "standard").containsEntry("status", "active")
                .containsEntry("billing_interval", "yearly");
        assertThat(first).hasSize(9);
        Map<String, Object> connor = first(DemoClub.PLAYER_1);
        Map<String, Object> lucas = first(DemoClub.PLAYER_2);
        Map<String, Object> mikko = first(DemoClub.PLAYER_3);
        assertThat(connor).containsEntry("status", "paid")
                .containsEntry("payer_id", DemoClub.PEOPLE.get("parent@hockeyhub.demo"));
        assertThat(lucas).containsEntry("status", "refunded")
                .containsEntry("payer_id", DemoClub.PEOPLE.get("parent2@hockeyhub.demo"));
        assertThat(lucas.get("refunded_amount").toString()).isEqualTo("50.00");
        assertThat(mikko).containsEntry("status", "overdue").containsEntry("payer_id", DemoClub.PLAYER_3);
        // Karen's card on file, saved once however often the seed runs
        assertThat(jdbc.queryForList("SELECT card_brand, card_last4 FROM payment_methods WHERE organization_id = ? "
                + "AND user_id = ?", DemoClub.ORGANIZATION, DemoClub.PEOPLE.get("parent@hockeyhub.demo")))
                .containsExactly(Map.of("card_brand", "visa", "card_last4", "4242"));
    }

    private Map<String, Object> first(java.util.UUID player) {
        return jdbc.queryForMap("SELECT status, payer_id, refunded_amount FROM invoices WHERE organization_id = ? "
                + "AND player_id = ? AND instalment_no = 1", DemoClub.ORGANIZATION, player);
    }
}
