package com.hockeyhub.planning.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Requests and answers of the game-strategy API. */
public final class StrategyViews {

    private StrategyViews() {
    }

    /** A line of one lineup type: its forwards and defence, by user id. */
    public record Line(@Size(max = 40) String name,
                       @NotNull @Size(max = 5) List<@NotNull UUID> forwards,
                       @NotNull @Size(max = 5) List<@NotNull UUID> defence) {
    }

    public record Goalies(UUID starter, UUID backup) {
    }

    /**
     * The lineups by type. Even strength: 3 forwards + 2 defence per line (up to 4 lines); power play: 5 skaters,
     * 3–4 forwards and 1–2 defence (up to 3 units); penalty kill: 2 forwards + 2 defence, or 1 + 2 two men down (up to
     * 3 units). No skater twice in one type, no goalie as a skater, only players of the team's roster.
     */
    public record Lineups(@Size(max = 4) List<@NotNull @Valid Line> evenStrength,
                          @Size(max = 3) List<@NotNull @Valid Line> powerPlay,
                          @Size(max = 3) List<@NotNull @Valid Line> penaltyKill,
                          @Valid Goalies goalies) {

        static final Lineups EMPTY = new Lineups(List.of(), List.of(), List.of(), new Goalies(null, null));

        Lineups normalized() {
            return new Lineups(evenStrength == null ? List.of() : evenStrength,
                    powerPlay == null ? List.of() : powerPlay, penaltyKill == null ? List.of() : penaltyKill,
                    goalies == null ? new Goalies(null, null) : goalies);
        }
    }

    public record PeriodAdjustment(@NotBlank @Pattern(regexp = "1|2|3|OT", message = "must be 1, 2, 3 or OT")
                                   String period,
                                   @NotBlank @Size(max = 1000) String note) {
    }

    /** A new or changed strategy; teamId and calendarEventId never change. */
    public record StrategyRequest(@NotNull UUID teamId,
                                  @NotNull UUID calendarEventId,
                                  @NotBlank @Size(max = 120) String opponent,
                                  @NotNull LocalDate gameDate,
                                  @Valid Lineups lineups,
                                  @Size(max = 4000) String tactics,
                                  @Size(max = 4000) String scoutingNotes,
                                  @Size(max = 8) List<@NotNull @Valid PeriodAdjustment> periodAdjustments) {
    }

    public record AnalysisRequest(@NotBlank @Size(max = 4000) String postGameAnalysis) {
    }

    /** A strategy; scoutingNotes only for the team's planners. */
    public record StrategyView(UUID id, UUID teamId, UUID calendarEventId, String opponent, LocalDate gameDate,
                               String status, Lineups lineups, String tactics, String scoutingNotes,
                               List<PeriodAdjustment> periodAdjustments, String postGameAnalysis) {
    }
}
