package com.hockeyhub.calendar.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.hockeyhub.calendar.recurrence.RecurrenceExpander.Occurrence;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurrenceExpanderTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    static List<Occurrence> expand(String rrule, String dtstart, LocalDate... exdates) {
        return RecurrenceExpander.expand(RecurrenceRule.parse(rrule, STOCKHOLM), LocalDateTime.parse(dtstart),
                STOCKHOLM, List.of(exdates), 500);
    }

    static List<String> locals(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.local().toString()).toList();
    }

    @Test
    void weeklyPracticesKeepTheirWallClockTimeAcrossTheAutumnDstChange() {
        // Sweden leaves summer time on Sunday 25 October 2026 (03:00 CEST -> 02:00 CET)
        List<Occurrence> occurrences = expand("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6", "2026-10-13T18:00");

        assertThat(locals(occurrences)).containsExactly("2026-10-13T18:00", "2026-10-15T18:00", "2026-10-20T18:00",
                "2026-10-22T18:00", "2026-10-27T18:00", "2026-10-29T18:00");
        assertThat(occurrences.get(3).start()).isEqualTo(Instant.parse("2026-10-22T16:00:00Z"));
        assertThat(occurrences.get(4).start()).isEqualTo(Instant.parse("2026-10-27T17:00:00Z"));
    }

    @Test
    void dailyOccurrencesAcrossTheSpringChangeAndIntoItsGap() {
        // Summer time starts Sunday 28 March 2027: 02:00 -> 03:00, so 02:30 does not exist that night
        List<Occurrence> occurrences = expand("FREQ=DAILY;COUNT=3", "2027-03-27T02:30");
        assertThat(occurrences).extracting(Occurrence::start).containsExactly(
                Instant.parse("2027-03-27T01:30:00Z"), Instant.parse("2027-03-28T01:30:00Z"),
                Instant.parse("2027-03-29T00:30:00Z"));
        assertThat(occurrences.get(2).local().toLocalTime()).isEqualTo(LocalTime.of(2, 30));
    }

    @Test
    void intervalUntilAndExceptionDates() {
        List<Occurrence> occurrences = expand("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20261231", "2026-11-02T17:00",
                LocalDate.parse("2026-11-30"));
        assertThat(locals(occurrences)).containsExactly("2026-11-02T17:00", "2026-11-16T17:00", "2026-11-30T17:00",
                "2026-12-14T17:00", "2026-12-28T17:00");
        assertThat(occurrences).extracting(Occurrence::excluded).containsExactly(false, false, true, false, false);
    }

    @Test
    void countIncludesExcludedDatesAsRfc5545Says() {
        List<Occurrence> occurrences = expand("FREQ=DAILY;COUNT=3", "2026-12-23T10:00", LocalDate.parse("2026-12-24"));
        assertThat(occurrences).hasSize(3);
        assertThat(occurrences.stream().filter(o -> !o.excluded())).hasSize(2);
    }

    @Test
    void monthlyByMonthDaySkipsMonthsWithoutThatDayAndCountsFromTheEnd() {
        assertThat(locals(expand("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", "2027-01-31T09:00")))
                .containsExactly("2027-01-31T09:00", "2027-03-31T09:00", "2027-05-31T09:00");
        assertThat(locals(expand("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3", "2027-01-31T09:00")))
                .containsExactly("2027-01-31T09:00", "2027-02-28T09:00", "2027-03-31T09:00");
    }

    @Test
    void monthlyByOrdinalWeekday() {
        // first Monday and last Friday of each month
        assertThat(locals(expand("FREQ=MONTHLY;BYDAY=1MO,-1FR;COUNT=4", "2026-12-01T19:00")))
                .containsExactly("2026-12-07T19:00", "2026-12-25T19:00", "2027-01-04T19:00", "2027-01-29T19:00");
    }

    @Test
    void dailyLimitedByWeekdays() {
        assertThat(locals(expand("FREQ=DAILY;BYDAY=SA,SU;COUNT=4", "2026-12-04T08:00")))
                .containsExactly("2026-12-05T08:00", "2026-12-06T08:00", "2026-12-12T08:00", "2026-12-13T08:00");
    }

    @Test
    void theRuleTextRoundTrips() {
        RecurrenceRule rule = RecurrenceRule.parse("RRULE:freq=weekly;byday=th,tu;interval=2;until=20270301T000000Z",
                STOCKHOLM);
        assertThat(rule.format()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270301T000000Z");
        assertThat(RecurrenceRule.parse(rule.format(), STOCKHOLM)).isEqualTo(rule);
    }

    @Test
    void unboundedOrOversizedRulesAreRefused() {
        assertThatThrownBy(() -> expand("FREQ=DAILY", "2026-12-01T10:00"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("without end");
        assertThatThrownBy(() -> expand("FREQ=DAILY;COUNT=501", "2026-12-01T10:00"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("500");
        assertThatThrownBy(() -> expand("FREQ=DAILY;UNTIL=20301231", "2026-12-01T10:00"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("more than 500");
    }

    @Test
    void aRuleThatNeverMatchesEndsAtTheHorizon() {
        assertThat(expand("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30;COUNT=5", "2027-02-01T10:00")).isEmpty();
    }

    @Test
    void unparsableRulesNameThePart() {
        for (String bad : List.of("", "FREQ=YEARLY;COUNT=2", "FREQ=WEEKLY;BYDAY=XX;COUNT=2", "FREQ=WEEKLY;COUNT=0",
                "FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "FREQ=WEEKLY;BYHOUR=10;COUNT=2", "COUNT=2",
                "FREQ=WEEKLY;BYDAY=1MO;COUNT=2", "FREQ=DAILY;UNTIL=tomorrow", "FREQ=MONTHLY;BYMONTHDAY=32;COUNT=1",
                "FREQ=DAILY;COUNT=2;COUNT=3", "garbage")) {
            assertThatThrownBy(() -> RecurrenceRule.parse(bad, STOCKHOLM)).as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).field())
                            .isEqualTo("recurrence.rrule"));
        }
    }
}
