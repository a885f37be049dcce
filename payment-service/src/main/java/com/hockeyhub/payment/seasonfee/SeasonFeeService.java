package com.hockeyhub.payment.seasonfee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.payment.access.PaymentAccessPolicy;
import com.hockeyhub.payment.common.Money;
import com.hockeyhub.payment.invoice.Invoice;
import com.hockeyhub.payment.invoice.InvoiceService;
import com.hockeyhub.payment.invoice.InvoiceService.SeasonFeeInvoice;
import com.hockeyhub.payment.seasonfee.SeasonFeeResult.Instalment;
import com.hockeyhub.payment.seasonfee.SeasonFeeResult.PlayerBill;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Season fees: for a team and season, one invoice per rostered player and instalment, issued at once and addressed
 * to the player's primary-contact parent when there is one (parents are linked to minors only), else to the player.
 * The fee (and its tax, computed once on the whole fee) is split into instalments whose amounts differ by at most a
 * cent and add up to the fee exactly. Runs of one team and season are serialized by an advisory lock and skip every
 * player already billed for that team and season (unique on club, team, season, player and instalment as well), so
 * running it twice issues nothing new — even when the second run asks for another number of instalments, which
 * would otherwise bill the missing instalment numbers on top of the fee already billed.
 */
@Service
public class SeasonFeeService {

    private final Roster roster;
    private final InvoiceService invoices;
    private final PaymentAccessPolicy policy;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SeasonFeeService(Roster roster, InvoiceService invoices, PaymentAccessPolicy policy, JdbcTemplate jdbc,
            Clock clock) {
        this.roster = roster;
        this.invoices = invoices;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A player to bill and who pays. */
    public record Billed(UUID playerId, UUID payerId) {
    }

    @Transactional
    public SeasonFeeResult bill(CurrentUser user, SeasonFeeRequest request) {
        UUID organizationId = policy.requireBillingAdmin(user);
        RosterTeam team = roster.team(request.teamId()).filter(t -> organizationId.equals(t.organizationId()))
                .orElseThrow(() -> new NotFoundException("Team", request.teamId()));
        if (request.firstDueDate().isBefore(LocalDate.now(clock))) {
            throw new InvalidRequestException("firstDueDate", "must not be in the past");
        }
        List<Billed> players = roster.players(team.teamId()).stream().map(RosterMember::userId)
                .map(player -> new Billed(player, roster.primaryContactOf(player).orElse(player))).toList();
        String description = request.description() != null && !request.description().isBlank()
                ? request.description().trim() : "Season fee " + request.season().trim() + " – " + team.name();
        return bill(organizationId, team.teamId(), request, description, players);
    }

    /** Bills {@code players} (already resolved to their payers); used by the API and the demo seed. */
    @Transactional
    public SeasonFeeResult bill(UUID organizationId, UUID teamId, SeasonFeeRequest request, String description,
            List<Billed> players) {
        Currency currency = Money.currency("currency", request.currency());
        BigDecimal amount = Money.positive("amount", request.amount(), currency);
        BigDecimal taxRate = request.taxRate() == null ? BigDecimal.ZERO.setScale(2)
                : request.taxRate().setScale(2, RoundingMode.UNNECESSARY);
        int count = request.instalments() == null ? 1 : request.instalments();
        int months = request.monthsBetween() == null ? 1 : request.monthsBetween();
        if (amount.movePointRight(currency.getDefaultFractionDigits()).longValue() < count) {
            throw new InvalidRequestException("instalments", "each instalment must be at least one minor unit");
        }
        String season = request.season().trim();
        BigDecimal tax = Money.percentOf(amount, taxRate, currency);
        if (amount.add(tax).compareTo(Money.MAX) > 0) {
            throw new InvalidRequestException("amount", "the fee with tax must not exceed " + Money.MAX.toPlainString());
        }
        List<BigDecimal> subtotals = Money.split(amount, count, currency);
        List<BigDecimal> taxes = Money.split(tax, count, currency);

        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                "season-fee:" + organizationId + ":" + teamId + ":" + season);
        Map<String, Long> billed = invoices.billedSeasonFees(organizationId, teamId, season).stream()
                .collect(Collectors.groupingBy(key -> key.substring(0, key.indexOf(':')), Collectors.counting()));
        List<PlayerBill> bills = new ArrayList<>();
        int issued = 0;
        int already = 0;
        for (Billed player : players) {
            List<Instalment> issuedNow = new ArrayList<>();
            long billedBefore = billed.getOrDefault(player.playerId().toString(), 0L);
            for (int i = 1; i <= count && billedBefore == 0; i++) {
                LocalDate due = request.firstDueDate().plusMonths((long) (i - 1) * months);
                String text = count == 1 ? description : description + " (instalment " + i + " of " + count + ")";
                Invoice invoice = invoices.issueSeasonFee(new SeasonFeeInvoice(organizationId, teamId, season,
                        player.playerId(), player.payerId(), text, currency.getCurrencyCode(), taxRate,
                        subtotals.get(i - 1), taxes.get(i - 1), due, i, count));
                issuedNow.add(new Instalment(invoice.getId(), invoice.getNumber(), i, invoice.getSubtotal(),
                        invoice.getTax(), invoice.getTotal(), due));
                issued++;
            }
            already += (int) billedBefore;
            bills.add(new PlayerBill(player.playerId(), player.payerId(), !player.payerId().equals(player.playerId()),
                    issuedNow));
        }
        invoices.clubChanged(organizationId);
        return new SeasonFeeResult(teamId, season, players.size(), issued, already, bills);
    }
}
