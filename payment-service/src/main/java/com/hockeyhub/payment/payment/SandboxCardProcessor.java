package com.hockeyhub.payment.payment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * The sandbox card processor (the only one until a real provider is wired): test card tokens decide the outcome —
 * {@code tok_visa} (Visa •••• 4242), {@code tok_mastercard} (Mastercard •••• 4444), {@code tok_amex} (Amex •••• 0005)
 * succeed; {@code tok_declined}, {@code tok_insufficient_funds}, {@code tok_expired} are declined;
 * {@code tok_timeout} never answers in time; a saved card's token charges that card. Tests can also {@link #script} the next outcomes. Like a real
 * processor it deduplicates charges by reference: a repeated reference returns the first charge.
 */
@Component
public class SandboxCardProcessor implements CardProcessor {

    /** A scripted outcome for the next call. */
    public enum Outcome { SUCCEED, DECLINE, TIMEOUT }

    private static final Map<String, String[]> CARDS = Map.of(
            "tok_visa", new String[] {"visa", "4242"},
            "tok_mastercard", new String[] {"mastercard", "4444"},
            "tok_amex", new String[] {"amex", "0005"});
    private static final Map<String, String> DECLINES = Map.of(
            "tok_declined", "card_declined",
            "tok_insufficient_funds", "insufficient_funds",
            "tok_expired", "expired_card");

    private final Queue<Outcome> script = new ConcurrentLinkedQueue<>();
    private final Map<String, Charge> charges = new ConcurrentHashMap<>();
    private final Map<String, String[]> saved = new ConcurrentHashMap<>();
    private final AtomicInteger chargeCalls = new AtomicInteger();
    private final Set<String> refunds = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "sandbox";
    }

    /** The next calls' outcomes, in order (then the card tokens decide again). */
    public void script(Outcome... outcomes) {
        script.addAll(List.of(outcomes));
    }

    public void clearScript() {
        script.clear();
    }

    /** How many distinct charges the processor made (a deduplicated repeat does not count). */
    public int chargesMade() {
        return charges.size();
    }

    /** How many distinct refunds the processor made (a repeated reference is the same refund). */
    public int refundsMade() {
        return refunds.size();
    }

    public int chargeCalls() {
        return chargeCalls.get();
    }

    @Override
    public Charge charge(String reference, String cardToken, BigDecimal amount, String currency) {
        chargeCalls.incrementAndGet();
        Charge earlier = charges.get(reference);
        if (earlier != null) {
            return earlier;
        }
        String[] card = decide(cardToken);
        return charges.computeIfAbsent(reference, r -> new Charge("sbx_ch_" + UUID.randomUUID(), card[0], card[1]));
    }

    @Override
    public String refund(String reference, String chargeReference, BigDecimal amount, String currency) {
        decideScripted();
        refunds.add(reference);
        return "sbx_re_" + UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public SavedCard save(String cardToken) {
        String[] card = decide(cardToken);
        SavedCard savedCard = new SavedCard("sbx_pm_" + UUID.randomUUID().toString().replace("-", ""), card[0],
                card[1], 12, 2030);
        saved.put(savedCard.providerToken(), card);
        return savedCard;
    }

    private String[] decide(String cardToken) {
        Outcome scripted = script.poll();
        if (scripted == Outcome.DECLINE) {
            throw new CardDeclinedException("card_declined");
        }
        if (scripted == Outcome.TIMEOUT) {
            throw new ProcessorUnavailableException();
        }
        if (cardToken == null) {
            throw new CardDeclinedException("missing_card");
        }
        if ("tok_timeout".equals(cardToken) && scripted == null) {
            throw new ProcessorUnavailableException();
        }
        String decline = DECLINES.get(cardToken);
        if (decline != null && scripted == null) {
            throw new CardDeclinedException(decline);
        }
        String[] card = CARDS.containsKey(cardToken) ? CARDS.get(cardToken) : saved.get(cardToken);
        if (card == null) {
            return scripted == Outcome.SUCCEED ? new String[] {"visa", "4242"} : invalid();
        }
        return card;
    }

    private void decideScripted() {
        Outcome scripted = script.poll();
        if (scripted == Outcome.DECLINE) {
            throw new CardDeclinedException("refund_declined");
        }
        if (scripted == Outcome.TIMEOUT) {
            throw new ProcessorUnavailableException();
        }
    }

    private static String[] invalid() {
        throw new CardDeclinedException("invalid_card_token");
    }
}
