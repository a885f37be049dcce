package com.hockeyhub.payment.invoice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.payment.access.PaymentAccessPolicy;
import com.hockeyhub.payment.access.PaymentAccessPolicy.InvoiceAccess;
import com.hockeyhub.payment.common.Money;
import com.hockeyhub.payment.invoice.InvoiceRequests.CreateInvoice;
import com.hockeyhub.payment.invoice.InvoiceRequests.Line;
import com.hockeyhub.shared.api.FieldError;
import com.hockeyhub.shared.api.payment.PaymentEvents.InvoiceChanged;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices: drafting with exact amounts, issuing with a gap-free number, voiding, reading by the club or the family,
 * and the balance changes that payments and refunds make (called by the payment feature with the invoice locked).
 * Publishes {@code payment.invoice.issued} and {@code payment.invoice.paid}; every change invalidates the club's
 * cached dashboard.
 */
@Service
public class InvoiceService {

    private final InvoiceRepository invoices;
    private final InvoiceNumbers numbers;
    private final PaymentAccessPolicy policy;
    private final Roster roster;
    private final EventPublisher events;
    private final CacheTagInvalidator cacheTags;
    private final Clock clock;

    InvoiceService(InvoiceRepository invoices, InvoiceNumbers numbers, PaymentAccessPolicy policy, Roster roster,
            EventPublisher events, CacheTagInvalidator cacheTags, Clock clock) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.policy = policy;
        this.roster = roster;
        this.events = events;
        this.cacheTags = cacheTags;
        this.clock = clock;
    }

    /**
     * The payer and the player must be people of the club (the shared roster, from user-service's events): a bill
     * naming another club's or an unknown person is refused, never stored in this club's books.
     */
    private void requirePeopleOfClub(UUID organizationId, UUID payerId, UUID playerId) {
        List<UUID> people = playerId == null ? List.of(payerId) : List.of(payerId, playerId);
        Set<UUID> ofClub = roster.ofClub(organizationId, people);
        if (!ofClub.contains(payerId)) {
            throw new InvalidRequestException("payerId", "is not a person of the club");
        }
        if (playerId != null && !ofClub.contains(playerId)) {
            throw new InvalidRequestException("playerId", "is not a person of the club");
        }
    }

    /** Filters of the invoice list. */
    public record InvoiceFilter(InvoiceStatus status, UUID payerId, UUID playerId, LocalDate dueFrom,
                                LocalDate dueTo) {
    }

    /** A season-fee instalment to bill (amounts already split exactly). */
    public record SeasonFeeInvoice(UUID organizationId, UUID teamId, String season, UUID playerId, UUID payerId,
                                   String description, String currency, BigDecimal taxRate, BigDecimal subtotal,
                                   BigDecimal tax, LocalDate dueDate, int instalmentNo, int instalmentCount) {
    }

    @Transactional
    public Invoice create(CurrentUser user, CreateInvoice request) {
        UUID organizationId = policy.requireBillingAdmin(user);
        requirePeopleOfClub(organizationId, request.payerId(), request.playerId());
        Currency currency = Money.currency("currency", request.currency());
        BigDecimal taxRate = request.taxRate() == null ? BigDecimal.ZERO.setScale(2) : request.taxRate().setScale(2);
        boolean issueNow = Boolean.TRUE.equals(request.issue());
        LocalDate today = today();
        if (issueNow && request.dueDate().isBefore(today)) {
            throw new InvalidRequestException("dueDate", "must not be before today's issue date " + today);
        }
        Invoice invoice = new Invoice(organizationId, request.payerId(), request.playerId(),
                request.description().trim(), currency.getCurrencyCode(), taxRate, request.dueDate());
        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = request.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            try {
                invoice.addLine(line.description().trim(), line.quantity(),
                        Money.positive("lines[" + i + "].unitPrice", line.unitPrice(), currency));
            } catch (InvalidRequestException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        BigDecimal subtotal = lines.isEmpty() ? BigDecimal.ZERO : invoice.getLines().stream()
                .map(InvoiceLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = Money.percentOf(subtotal, taxRate, currency);
        if (subtotal.add(tax).compareTo(Money.MAX) > 0) {
            throw new InvalidRequestException("lines", "the invoice total must not exceed " + Money.MAX.toPlainString());
        }
        invoice.price(tax);
        if (issueNow) {
            assignNumberAndIssue(invoice, today);
        }
        invoice = invoices.saveAndFlush(invoice);
        if (issueNow) {
            publish(EventTypes.PAYMENT_INVOICE_ISSUED, invoice);
        }
        cacheTags.invalidate(CacheTag.org(organizationId));
        return invoice;
    }

    @Transactional
    public Invoice issue(CurrentUser user, UUID invoiceId) {
        Invoice invoice = lockManaged(user, invoiceId);
        assignNumberAndIssue(invoice, today());
        invoice = invoices.saveAndFlush(invoice);
        publish(EventTypes.PAYMENT_INVOICE_ISSUED, invoice);
        cacheTags.invalidate(CacheTag.org(invoice.getOrganizationId()));
        return invoice;
    }

    @Transactional
    public Invoice voidInvoice(CurrentUser user, UUID invoiceId, String reason) {
        Invoice invoice = lockManaged(user, invoiceId);
        invoice.markVoid(reason, clock.instant());
        invoice = invoices.saveAndFlush(invoice);
        cacheTags.invalidate(CacheTag.org(invoice.getOrganizationId()));
        return invoice;
    }

    @Transactional
    public Invoice changeDueDate(CurrentUser user, UUID invoiceId, LocalDate dueDate) {
        Invoice invoice = lockManaged(user, invoiceId);
        invoice.changeDueDate(dueDate);
        return invoices.saveAndFlush(invoice);
    }

    /** The invoice if the caller may read it (the club's admins, the family); 404 otherwise. */
    @Transactional(readOnly = true)
    public Invoice read(CurrentUser user, UUID invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        policy.requireInvoiceReader(user, invoice.getOrganizationId(), invoice.getPayerId(), invoice.getPlayerId(),
                invoiceId);
        return invoice;
    }

    /** The club's invoices for its admins; the caller's family's for everyone else. */
    @Transactional(readOnly = true)
    public Page<Invoice> list(CurrentUser user, InvoiceFilter filter, Pageable pageable) {
        UUID organizationId = policy.requireClubMember(user);
        boolean club = policy.seesWholeClub(user);
        // another club's person in a filter: 404; a former member stays listable by the club's invoices of them
        roster.requireKnownToClub(organizationId, filter.payerId(),
                person -> invoices.existsByOrganizationIdAndPersonId(organizationId, person));
        roster.requireKnownToClub(organizationId, filter.playerId(),
                person -> invoices.existsByOrganizationIdAndPersonId(organizationId, person));
        Specification<Invoice> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("organizationId"), organizationId));
            if (!club) {
                List<Predicate> family = new ArrayList<>();
                family.add(cb.equal(root.get("payerId"), user.id()));
                family.add(cb.equal(root.get("playerId"), user.id()));
                if (!user.childIds().isEmpty()) {
                    family.add(root.get("playerId").in(user.childIds()));
                }
                where.add(cb.or(family.toArray(Predicate[]::new)));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.payerId() != null) {
                where.add(cb.equal(root.get("payerId"), filter.payerId()));
            }
            if (filter.playerId() != null) {
                where.add(cb.equal(root.get("playerId"), filter.playerId()));
            }
            if (filter.dueFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("dueDate"), filter.dueFrom()));
            }
            if (filter.dueTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("dueDate"), filter.dueTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return invoices.findAll(spec, pageable);
    }

    /**
     * For a payment: the invoice locked (payments of one invoice queue up, so the paid amount never passes the
     * total), if the caller may pay it by the given method — the club's admins any method, the family by card.
     */
    @Transactional
    public Invoice lockForPayment(CurrentUser user, UUID invoiceId, boolean card) {
        Invoice invoice = invoices.findForUpdate(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        policy.requirePayer(user, invoice.getOrganizationId(), invoice.getPayerId(), invoice.getPlayerId(), invoiceId,
                card);
        return invoice;
    }

    /** For a refund: the invoice locked; the caller's right to refund was checked on the payment. */
    @Transactional
    public Invoice lockForRefund(UUID invoiceId) {
        return invoices.findForUpdate(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
    }

    /** A payment was taken: the balance and state follow; {@code payment.invoice.paid} when nothing is left. */
    @Transactional
    public Invoice paymentRecorded(Invoice invoice, BigDecimal amount, Instant at) {
        invoice.applyPayment(amount, at);
        invoice = invoices.saveAndFlush(invoice);
        if (invoice.getStatus() == InvoiceStatus.PAID) {
            publish(EventTypes.PAYMENT_INVOICE_PAID, invoice);
        }
        cacheTags.invalidate(CacheTag.org(invoice.getOrganizationId()));
        return invoice;
    }

    @Transactional
    public Invoice refundRecorded(Invoice invoice, BigDecimal amount) {
        invoice.applyRefund(amount);
        invoice = invoices.saveAndFlush(invoice);
        cacheTags.invalidate(CacheTag.org(invoice.getOrganizationId()));
        return invoice;
    }

    /** Bills one season-fee instalment, issued at once (numbered, open, {@code payment.invoice.issued}). */
    @Transactional
    public Invoice issueSeasonFee(SeasonFeeInvoice fee) {
        Invoice invoice = new Invoice(fee.organizationId(), fee.payerId(), fee.playerId(), fee.description(),
                fee.currency(), fee.taxRate(), fee.dueDate());
        invoice.seasonFee(fee.teamId(), fee.season(), fee.instalmentNo(), fee.instalmentCount());
        invoice.addLine(fee.description(), 1, fee.subtotal());
        invoice.price(fee.tax());
        LocalDate today = today();
        assignNumberAndIssue(invoice, fee.dueDate().isBefore(today) ? fee.dueDate() : today);
        invoice = invoices.save(invoice);
        publish(EventTypes.PAYMENT_INVOICE_ISSUED, invoice);
        return invoice;
    }

    /** The season-fee instalments already billed for a team and season: "playerId:instalmentNo". */
    @Transactional(readOnly = true)
    public Set<String> billedSeasonFees(UUID organizationId, UUID teamId, String season) {
        return new HashSet<>(invoices.findSeasonFeeKeys(organizationId, teamId, season));
    }

    /** A season-fee instalment of a player, if billed. */
    @Transactional(readOnly = true)
    public Optional<Invoice> seasonFee(UUID organizationId, UUID teamId, String season, UUID playerId,
            int instalmentNo) {
        return invoices.findByOrganizationIdAndTeamIdAndSeasonAndPlayerIdAndInstalmentNo(organizationId, teamId,
                season, playerId, instalmentNo);
    }

    /** After a batch of season fees: the club's dashboard is stale. */
    public void clubChanged(UUID organizationId) {
        cacheTags.invalidate(CacheTag.org(organizationId));
    }

    private void assignNumberAndIssue(Invoice invoice, LocalDate on) {
        invoice.requireIssuable(on);
        InvoiceNumbers.Number number = numbers.next(invoice.getOrganizationId(), on.getYear());
        invoice.issue(number.text(), number.year(), number.sequence(), on);
    }

    private Invoice lockManaged(CurrentUser user, UUID invoiceId) {
        Invoice invoice = invoices.findForUpdate(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        policy.requireInvoiceManager(user, invoice.getOrganizationId(), invoiceId);
        return invoice;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    void publish(String type, Invoice i) {
        events.publish(type, i.getOrganizationId(), toEvent(i));
    }

    static InvoiceChanged toEvent(Invoice i) {
        return new InvoiceChanged(i.getId(), i.getOrganizationId(), i.getNumber(), i.getPayerId(), i.getPlayerId(),
                i.getStatus().value(), i.getDescription(), i.getTotal(), i.getPaidAmount(), i.balanceDue(),
                i.getCurrency(), i.getDueDate());
    }
}
