package com.hockeyhub.payment.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import com.hockeyhub.shared.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void splitsAddUpToTheWholeToTheLastCent() {
        for (String total : List.of("100.00", "0.05", "1000.01", "9999999999.99", "1.00", "333.33")) {
            for (int parts = 1; parts <= 12; parts++) {
                BigDecimal whole = new BigDecimal(total);
                if (whole.movePointRight(2).longValue() < parts) {
                    continue;
                }
                List<BigDecimal> split = Money.split(whole, parts, EUR);
                assertThat(split).hasSize(parts);
                assertThat(split.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(whole);
                BigDecimal max = split.stream().max(BigDecimal::compareTo).orElseThrow();
                BigDecimal min = split.stream().min(BigDecimal::compareTo).orElseThrow();
                assertThat(max.subtract(min)).isLessThanOrEqualTo(new BigDecimal("0.01"));
                assertThat(split).allSatisfy(p -> assertThat(p.scale()).isEqualTo(2));
            }
        }
        assertThat(Money.split(new BigDecimal("100.00"), 3, EUR)).extracting(BigDecimal::toPlainString)
                .containsExactly("33.34", "33.33", "33.33");
        assertThat(Money.split(new BigDecimal("1000"), 3, JPY)).extracting(BigDecimal::toPlainString)
                .containsExactly("334.00", "333.00", "333.00");
    }

    @Test
    void taxIsRoundedHalfUpToTheCurrencysMinorUnit() {
        assertThat(Money.percentOf(new BigDecimal("10.05"), new BigDecimal("12.50"), EUR)).isEqualByComparingTo("1.26");
        assertThat(Money.percentOf(new BigDecimal("0.10"), new BigDecimal("25.00"), EUR)).isEqualByComparingTo("0.03");
        assertThat(Money.percentOf(new BigDecimal("999"), new BigDecimal("10.00"), JPY)).isEqualByComparingTo("100");
        assertThat(Money.percentOf(new BigDecimal("19.99"), BigDecimal.ZERO, EUR)).isEqualByComparingTo("0");
    }

    @Test
    void amountsAndCurrenciesAreCheckedAtTheBoundary() {
        assertThat(Money.positive("amount", new BigDecimal("12.5"), EUR).toPlainString()).isEqualTo("12.50");
        assertThat(Money.positive("amount", new BigDecimal("1500"), JPY).toPlainString()).isEqualTo("1500.00");
        for (String bad : List.of("0", "-0.01", "0.001", "10000000000.00")) {
            assertThatThrownBy(() -> Money.positive("amount", new BigDecimal(bad), EUR))
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> Money.positive("amount", new BigDecimal("1.5"), JPY))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("JPY");
        assertThat(Money.currency("currency", "SEK").getCurrencyCode()).isEqualTo("SEK");
        for (String bad : List.of("", "eur", "EURO", "XYZ", "KWD")) {
            assertThatThrownBy(() -> Money.currency("currency", bad)).isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).field())
                            .isEqualTo("currency"));
        }
    }
}
