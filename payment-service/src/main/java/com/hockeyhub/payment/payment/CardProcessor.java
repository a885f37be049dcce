package com.hockeyhub.payment.payment;

import java.math.BigDecimal;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.web.ApiException;
import com.hockeyhub.shared.web.BusinessRuleException;

/**
 * The card processor adapter. Card data never reaches this service: the client sends the processor's token
 * ({@code cardToken}), the processor answers with a reference and the masked card (brand, last four digits). Charges
 * and refunds carry this service's {@code reference} (derived from the idempotency key), which the processor uses to
 * deduplicate — a retried charge after a timeout never charges twice.
 */
public interface CardProcessor {

    /** The processor's name, stored with each payment. */
    String name();

    /**
     * @throws CardDeclinedException        the card was declined (nothing charged)
     * @throws ProcessorUnavailableException no answer in time (the caller retries with the same reference)
     */
    Charge charge(String reference, String cardToken, BigDecimal amount, String currency);

    /** Gives back part or all of a charge; same exceptions as {@link #charge}. */
    String refund(String reference, String chargeReference, BigDecimal amount, String currency);

    /** Stores a card for later use: the processor's token and the masked card. */
    SavedCard save(String cardToken);

    record Charge(String providerReference, String cardBrand, String cardLast4) {
    }

    record SavedCard(String providerToken, String cardBrand, String cardLast4, int expMonth, int expYear) {
    }

    /** 422: the processor declined the card; the code says why (card_declined, insufficient_funds, expired_card). */
    class CardDeclinedException extends BusinessRuleException {
        public CardDeclinedException(String code) {
            super("The card was declined (" + code + "); nothing was charged");
        }
    }

    /** 503: the processor did not answer in time; retry with the same Idempotency-Key. */
    class ProcessorUnavailableException extends ApiException {
        public ProcessorUnavailableException() {
            super(ErrorCode.SERVICE_UNAVAILABLE, "The card processor did not answer in time; "
                    + "retry with the same Idempotency-Key (you will not be charged twice)");
        }
    }
}
