package com.hockeyhub.training.physicaltest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Requests and answers of the physical-test API. */
public final class PhysicalTestViews {

    private PhysicalTestViews() {
    }

    /** A new or changed test definition. */
    public record TestRequest(@NotBlank @Size(max = 120) String name, @NotNull TestUnit unit,
                              @NotNull Boolean higherIsBetter, @Size(max = 2000) String description) {
    }

    public record TestResponse(UUID id, String name, TestUnit unit, boolean higherIsBetter, String description) {

        static TestResponse of(PhysicalTest t) {
            return new TestResponse(t.getId(), t.getName(), t.getUnit(), t.isHigherIsBetter(), t.getDescription());
        }
    }

    /** A player's result on the test: a value in the test's unit, on a day that is not in the future. */
    public record ResultRequest(@NotNull UUID playerId,
                                @NotNull @DecimalMin("0") @DecimalMax("999999") @Digits(integer = 6, fraction = 3)
                                BigDecimal value,
                                @NotNull @PastOrPresent LocalDate testedOn, @Size(max = 500) String notes) {
    }

    public record ResultResponse(UUID id, UUID testId, UUID playerId, BigDecimal value, LocalDate testedOn,
                                 String notes) {

        static ResultResponse of(PhysicalTestResult r) {
            return new ResultResponse(r.getId(), r.getTestId(), r.getPlayerId(), r.getValue(), r.getTestedOn(),
                    r.getNotes());
        }
    }

    /** One test in a player's history: every result (newest first), the best and the latest. */
    public record TestHistory(UUID testId, String name, TestUnit unit, boolean higherIsBetter, ResultResponse best,
                              ResultResponse latest, List<ResultResponse> results) {
    }

    public record PlayerHistory(UUID playerId, List<TestHistory> tests) {
    }

    /** A player's place in the team on the test: rank 1 is the best; percentile 100 is the best, 0 the worst. */
    public record Ranking(int rank, UUID playerId, BigDecimal value, LocalDate testedOn, int percentile) {
    }

    /**
     * The team's players compared on one test, on each player's best or latest result; players without a result are
     * listed as untested.
     */
    public record TeamComparison(UUID teamId, UUID testId, String name, TestUnit unit, boolean higherIsBetter,
                                 String basis, List<Ranking> ranking, List<UUID> untested) {
    }
}
