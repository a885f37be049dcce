package com.hockeyhub.payment.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.hockeyhub.shared.web.InvalidRequestException;

/**
 * Exact money at the API boundary and in calculations: ISO 4217 currencies with at most two minor digits (the columns
 * are NUMERIC(12,2)), positive amounts with no more decimals than the currency has, tax rounded half-up to the
 * currency's minor unit, and splits whose parts add up to the whole to the last cent. Never a float or double.
 */
public final class Money {

    /** The largest amount a NUMERIC(12,2) column holds. */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** The currency of an ISO 4217 code; 400 naming {@code field} when missing, unknown or with more than 2 decimals. */
    public static Currency currency(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException(field, "is required (ISO 4217 code, e.g. EUR)");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be an ISO 4217 currency code, e.g. EUR");
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0 || digits > 2 || !code.trim().equals(currency.getCurrencyCode())) {
            throw new InvalidRequestException(field, digits < 0 || digits > 2
                    ? "is not supported (amounts are kept with at most 2 decimals)"
                    : "must be an upper-case ISO 4217 currency code, e.g. " + currency.getCurrencyCode());
        }
        return currency;
    }

    /** A positive amount in {@code currency}, at scale 2; 400 naming {@code field} otherwise. */
    public static BigDecimal positive(String field, BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new InvalidRequestException(field, "is required");
        }
        if (amount.signum() <= 0) {
            throw new InvalidRequestException(field, "must be greater than zero");
        }
        if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new InvalidRequestException(field, "has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + currency.getDefaultFractionDigits() + ")");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidRequestException(field, "must not exceed " + MAX.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code amount × percent / 100}, rounded half-up to the currency's minor unit. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent, Currency currency) {
        return amount.multiply(percent).divide(HUNDRED, currency.getDefaultFractionDigits(), RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * {@code total} in {@code parts} amounts that differ by at most one minor unit and add up to {@code total}
     * exactly; the first parts carry the remainder.
     */
    public static List<BigDecimal> split(BigDecimal total, int parts, Currency currency) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1");
        }
        int digits = currency.getDefaultFractionDigits();
        long units = total.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        long base = units / parts;
        long remainder = units % parts;
        List<BigDecimal> result = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            long part = base + (i < remainder ? 1 : 0);
            result.add(BigDecimal.valueOf(part).movePointLeft(digits).setScale(2, RoundingMode.UNNECESSARY));
        }
        return result;
    }
}
