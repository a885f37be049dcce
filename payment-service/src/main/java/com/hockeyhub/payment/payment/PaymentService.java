package com.hockeyhub.payment.payment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.payment.access.PaymentAccessPolicy;
import com.hockeyhub.payment.common.Money;
import com.hockeyhub.payment.invoice.Invoice;
import com.hockeyhub.payment.invoice.InvoiceService;
import com.hockeyhub.payment.payment.PaymentRequests.RecordPayment;
import com.hockeyhub.payment.payment.PaymentRequests.RefundPayment;
import com.hockeyhub.payment.payment.PaymentResponses.PaymentResponse;
import com.hockeyhub.payment.payment.PaymentResponses.RefundResponse;
import com.hockeyhub.shared.api.payment.PaymentEvents.PaymentReceived;
import com.hockeyhub.shared.api.payment.PaymentEvents.PaymentRefunded;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.idempotency.IdempotencyStore;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments and refunds, each idempotent by its {@code Idempotency-Key} (required): the first request acts and its
 * answer is stored with the payment in one transaction; a repeat — sequential or concurrent — gets that answer
 * without acting; the same key with another body is refused (422). The invoice row is locked first, so payments and
 * refunds of one invoice queue up and the paid amount never passes the total nor a refund what was paid. A card is
 * charged through the {@link CardProcessor} with a reference derived from the key, so a retry after a processor
 * timeout never charges twice. Publishes {@code payment.received} and {@code payment.refunded}.
 */
@Service
public class PaymentService {

    private static final String RECORD = "invoice-payments";
    private static final String REFUND = "payment-refunds";

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final InvoiceService invoices;
    private final PaymentAccessPolicy policy;
    private final CardProcessor processor;
    private final StoredCardService cards;
    private final IdempotencyStore idempotency;
    private final EventPublisher events;
    private final Clock clock;

    PaymentService(PaymentRepository payments, RefundRepository refunds, InvoiceService invoices,
            PaymentAccessPolicy policy, CardProcessor processor, StoredCardService cards, IdempotencyStore idempotency,
            EventPublisher events, Clock clock) {
        this.cards = cards;
        this.payments = payments;
        this.refunds = refunds;
        this.invoices = invoices;
        this.policy = policy;
        this.processor = processor;
        this.idempotency = idempotency;
        this.events = events;
        this.clock = clock;
    }

    /** What a payment request's key is bound to: the invoice and the body. */
    record PaymentFingerprint(UUID invoiceId, RecordPayment request) {
    }

    record RefundFingerprint(UUID paymentId, RefundPayment request) {
    }

    public PaymentResponse record(CurrentUser user, UUID invoiceId, IdempotencyKey key, RecordPayment request) {
        requireKey(key);
        return idempotency.execute(RECORD, key, new PaymentFingerprint(invoiceId, request), PaymentResponse.class,
                () -> takePayment(user, invoiceId, key, request));
    }

    public RefundResponse refund(CurrentUser user, UUID paymentId, IdempotencyKey key, RefundPayment request) {
        requireKey(key);
        return idempotency.execute(REFUND, key, new RefundFingerprint(paymentId, request), RefundResponse.class,
                () -> giveBack(user, paymentId, key, request));
    }

    @Transactional(readOnly = true)
    public List<PaymentResponse> ofInvoice(CurrentUser user, UUID invoiceId) {
        Invoice invoice = invoices.read(user, invoiceId);
        return payments.findByInvoiceIdOrderByReceivedAtAscIdAsc(invoiceId).stream()
                .map(p -> PaymentResponse.of(p, invoice)).toList();
    }

    @Transactional(readOnly = true)
    public PaymentResponse get(CurrentUser user, UUID paymentId) {
        Payment payment = readable(user, paymentId);
        return PaymentResponse.of(payment, invoices.read(user, payment.getInvoiceId()));
    }

    @Transactional(readOnly = true)
    public List<RefundResponse> refundsOf(CurrentUser user, UUID paymentId) {
        Payment payment = readable(user, paymentId);
        Invoice invoice = invoices.read(user, payment.getInvoiceId());
        return refunds.findByPaymentIdOrderByRefundedAtAscIdAsc(paymentId).stream()
                .map(r -> RefundResponse.of(r, payment, invoice)).toList();
    }

    private PaymentResponse takePayment(CurrentUser user, UUID invoiceId, IdempotencyKey key, RecordPayment request) {
        boolean card = request.method() == PaymentMethod.CARD;
        Invoice invoice = invoices.lockForPayment(user, invoiceId, card);
        Currency currency = Money.currency("currency", invoice.getCurrency());
        if (request.currency() != null && !invoice.getCurrency().equals(request.currency())) {
            Money.currency("currency", request.currency());
            throw new InvalidRequestException("currency", "must be the invoice's currency " + invoice.getCurrency());
        }
        BigDecimal amount = Money.positive("amount", request.amount(), currency);
        if (card && (request.cardToken() == null) == (request.paymentMethodId() == null)) {
            throw new InvalidRequestException("cardToken", "card payments need a cardToken or a paymentMethodId");
        }
        if (!card && (request.cardToken() != null || request.paymentMethodId() != null)) {
            throw new InvalidRequestException(request.cardToken() != null ? "cardToken" : "paymentMethodId",
                    "is only for card payments");
        }
        String cardToken = request.paymentMethodId() == null ? request.cardToken()
                : cards.tokenOf(cards.owned(user, request.paymentMethodId()));
        invoice.requirePayable(amount);
        Instant now = clock.instant();
        Payment payment = new Payment(invoice.getOrganizationId(), invoice.getId(), invoice.getPayerId(), amount,
                invoice.getCurrency(), request.method(), request.reference(), user.id(), now);
        if (card) {
            payment.chargedBy(processor.name(), processor.charge(reference("pay", user, key), cardToken,
                    amount, invoice.getCurrency()));
        }
        payment = payments.save(payment);
        invoice = invoices.paymentRecorded(invoice, amount, now);
        events.publish(EventTypes.PAYMENT_RECEIVED, payment.getOrganizationId(), new PaymentReceived(payment.getId(),
                invoice.getId(), payment.getOrganizationId(), payment.getPayerId(), amount, payment.getCurrency(),
                payment.getMethod().value(), invoice.getStatus().value(), now));
        return PaymentResponse.of(payment, invoice);
    }

    private RefundResponse giveBack(CurrentUser user, UUID paymentId, IdempotencyKey key, RefundPayment request) {
        PaymentRepository.Owner owner = payments.findOwner(paymentId)
                .orElseThrow(() -> new NotFoundException("Payment", paymentId));
        if (user.organizationId() == null || !user.organizationId().equals(owner.organizationId())) {
            throw new NotFoundException("Payment", paymentId);
        }
        policy.requireBillingAdmin(user);
        Invoice invoice = invoices.lockForRefund(owner.invoiceId());
        Payment payment = payments.findById(paymentId).orElseThrow(() -> new NotFoundException("Payment", paymentId));
        BigDecimal amount = Money.positive("amount", request.amount(), Money.currency("currency",
                payment.getCurrency()));
        payment.requireRefundable(amount);
        invoice.requireRefundable(amount);
        String providerReference = null;
        if (payment.getMethod() == PaymentMethod.CARD) {
            providerReference = processor.refund(reference("refund", user, key), payment.getProviderReference(),
                    amount, payment.getCurrency());
        }
        Instant now = clock.instant();
        payment.refund(amount);
        payment = payments.save(payment);
        invoice = invoices.refundRecorded(invoice, amount);
        Refund refund = refunds.save(new Refund(payment, amount, request.reason(), providerReference, user.id(), now));
        events.publish(EventTypes.PAYMENT_REFUNDED, payment.getOrganizationId(), new PaymentRefunded(refund.getId(),
                payment.getId(), invoice.getId(), payment.getOrganizationId(), payment.getPayerId(), amount,
                payment.getCurrency(), request.reason(), now));
        return RefundResponse.of(refund, payment, invoice);
    }

    private Payment readable(CurrentUser user, UUID paymentId) {
        Payment payment = payments.findById(paymentId).orElseThrow(() -> new NotFoundException("Payment", paymentId));
        if (user.organizationId() == null || !user.organizationId().equals(payment.getOrganizationId())) {
            throw new NotFoundException("Payment", paymentId);
        }
        return payment;
    }

    /** The processor's deduplication reference of a request: stable for the caller and key, opaque. */
    private static String reference(String kind, CurrentUser user, IdempotencyKey key) {
        return kind + "_" + UUID.nameUUIDFromBytes((kind + ":" + user.id() + ":" + key.value())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void requireKey(IdempotencyKey key) {
        if (key == null) {
            throw new InvalidRequestException(IdempotencyKey.HEADER, "is required: a unique key per payment or "
                    + "refund, repeated unchanged on retries");
        }
    }
}
