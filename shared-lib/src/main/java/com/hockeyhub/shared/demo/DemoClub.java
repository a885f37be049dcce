package com.hockeyhub.shared.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The documented ids of the "Hockey Hub Demo Club" that every service's {@code seed} profile uses: user-service
 * creates the club, its teams and people with these ids (on a fresh database), so the other services' demo records
 * belong to the same club, teams and people the demo logins see — without any call between the seeds.
 */
public final class DemoClub {

    public static final UUID ORGANIZATION = id("000000000001");

    /** U16 Elite, U18 AAA, Junior A, Senior Men, Rec League Stars — in user-service's seed order. */
    public static final List<UUID> TEAMS = List.of(id("000000000101"), id("000000000102"), id("000000000103"),
            id("000000000104"), id("000000000105"));
    public static final UUID TEAM_U18_AAA = TEAMS.get(1);

    public static final UUID COACH = id("000000001003");
    public static final UUID MEDICAL_STAFF = id("000000001007");
    /** Connor Walsh #17 C, Lucas Martin #4 D, Mikko Virtanen #31 G of U18 AAA. */
    public static final UUID PLAYER_1 = id("000000002001");
    public static final UUID PLAYER_2 = id("000000002002");
    public static final UUID PLAYER_3 = id("000000002003");

    /** Every demo login's user id, by e-mail. */
    public static final Map<String, UUID> PEOPLE = Map.ofEntries(
            Map.entry("superadmin@hockeyhub.demo", id("000000001001")),
            Map.entry("admin@hockeyhub.demo", id("000000001002")),
            Map.entry("coach@hockeyhub.demo", COACH),
            Map.entry("assistant.coach@hockeyhub.demo", id("000000001004")),
            Map.entry("manager@hockeyhub.demo", id("000000001005")),
            Map.entry("trainer@hockeyhub.demo", id("000000001006")),
            Map.entry("medical@hockeyhub.demo", MEDICAL_STAFF),
            Map.entry("equipment@hockeyhub.demo", id("000000001008")),
            Map.entry("player@hockeyhub.demo", PLAYER_1),
            Map.entry("player2@hockeyhub.demo", PLAYER_2),
            Map.entry("player3@hockeyhub.demo", PLAYER_3),
            Map.entry("parent@hockeyhub.demo", id("000000003001")),
            Map.entry("parent2@hockeyhub.demo", id("000000003002")));

    /** How many games calendar-service's seed gives each team (fewer when the season ends first). */
    public static final int GAMES_PER_TEAM = 10;

    /**
     * The calendar event of game {@code number} (0 = the first) that calendar-service's seed gives team
     * {@code teamIndex} of {@link #TEAMS}: planning's seed links the next game's strategy to it.
     */
    public static UUID game(int teamIndex, int number) {
        if (teamIndex < 0 || teamIndex >= TEAMS.size() || number < 0 || number >= GAMES_PER_TEAM) {
            throw new IllegalArgumentException("No demo game " + number + " of team " + teamIndex);
        }
        return id("00000007%02d%02d".formatted(teamIndex, number));
    }

    /** U18 AAA's first seeded game: the next game when the seeds ran. */
    public static final UUID U18_AAA_FIRST_GAME = game(1, 0);

    /** The day of game {@code number} of a seed that ran on {@code seededOn}: every other Saturday from the next. */
    public static LocalDate gameDay(LocalDate seededOn, int number) {
        return seededOn.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(2L * number);
    }

    /** Each team's weekly practice days in calendar-service's seed, by the index of {@link #TEAMS}. */
    public static final List<List<DayOfWeek>> PRACTICE_DAYS = List.of(
            List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
            List.of(DayOfWeek.WEDNESDAY));
    /** Each team's practice start (local time of calendar's default zone), by the index of {@link #TEAMS}. */
    public static final List<LocalTime> PRACTICE_TIMES = List.of(LocalTime.of(16, 30), LocalTime.of(17, 45),
            LocalTime.of(19, 0), LocalTime.of(20, 15), LocalTime.of(21, 30));
    /** Days the seeded practice series skip. */
    public static final List<MonthDay> PRACTICE_HOLIDAYS = List.of(MonthDay.of(12, 24), MonthDay.of(12, 25),
            MonthDay.of(12, 31), MonthDay.of(1, 1));
    /** How many of each team's first seeded practices get the ids of {@link #practice}. */
    public static final int NAMED_PRACTICES = 2;

    /**
     * The calendar event of practice {@code number} (0 = the first) of the series calendar-service's seed gives team
     * {@code teamIndex}: planning's seed links its practice plans to them.
     */
    public static UUID practice(int teamIndex, int number) {
        if (teamIndex < 0 || teamIndex >= TEAMS.size() || number < 0 || number >= NAMED_PRACTICES) {
            throw new IllegalArgumentException("No demo practice " + number + " of team " + teamIndex);
        }
        return id("00000008%02d%02d".formatted(teamIndex, number));
    }

    /**
     * The day of practice {@code number} of team {@code teamIndex} of a seed that ran on {@code seededOn}: the
     * series starts the next day, on the team's {@link #PRACTICE_DAYS}, skipping {@link #PRACTICE_HOLIDAYS}.
     */
    public static LocalDate practiceDay(LocalDate seededOn, int teamIndex, int number) {
        LocalDate day = seededOn;
        for (int found = -1; found < number; ) {
            day = day.plusDays(1);
            if (PRACTICE_DAYS.get(teamIndex).contains(day.getDayOfWeek())
                    && !PRACTICE_HOLIDAYS.contains(MonthDay.from(day))) {
                found++;
            }
        }
        return day;
    }

    private DemoClub() {
    }

    private static UUID id(String suffix) {
        return UUID.fromString("0190d000-0000-7000-8000-" + suffix);
    }
}
