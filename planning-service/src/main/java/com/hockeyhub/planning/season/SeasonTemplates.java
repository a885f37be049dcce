package com.hockeyhub.planning.season;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The season templates a plan starts from: named phases of whole weeks with their intensity and focus. */
public final class SeasonTemplates {

    public record PhaseTemplate(String name, int weeks, Intensity intensity, String focus) {
    }

    public record Template(String key, String name, List<PhaseTemplate> phases) {

        public int weeks() {
            return phases.stream().mapToInt(PhaseTemplate::weeks).sum();
        }
    }

    private static final Map<String, Template> TEMPLATES = Map.of(
            "youth-30", new Template("youth-30", "Youth season (30 weeks)", List.of(
                    new PhaseTemplate("Pre-season", 4, Intensity.MEDIUM, "Skating, conditioning base, tryouts"),
                    new PhaseTemplate("Early season", 8, Intensity.HIGH, "Systems: breakouts, forecheck, D-zone"),
                    new PhaseTemplate("Mid-season", 8, Intensity.HIGH, "Special teams, game situations"),
                    new PhaseTemplate("Holiday recovery", 2, Intensity.RECOVERY, "Rest, skills camp"),
                    new PhaseTemplate("Late season", 6, Intensity.PEAK, "Playoff readiness, goalie focus"),
                    new PhaseTemplate("Playoffs", 2, Intensity.PEAK, "Opponent scouting, short practices"))),
            "senior-36", new Template("senior-36", "Senior season (36 weeks)", List.of(
                    new PhaseTemplate("Off-ice preparation", 6, Intensity.MEDIUM, "Strength, aerobic base"),
                    new PhaseTemplate("Training camp", 2, Intensity.HIGH, "Systems install, conditioning tests"),
                    new PhaseTemplate("Regular season I", 12, Intensity.HIGH, "Team play, special teams"),
                    new PhaseTemplate("Break", 1, Intensity.RECOVERY, "Recovery"),
                    new PhaseTemplate("Regular season II", 11, Intensity.HIGH, "Load management, video"),
                    new PhaseTemplate("Playoffs", 4, Intensity.PEAK, "Matchups, recovery between games"))));

    private SeasonTemplates() {
    }

    public static Optional<Template> find(String key) {
        return Optional.ofNullable(TEMPLATES.get(key));
    }

    public static List<Template> all() {
        return TEMPLATES.values().stream().sorted(java.util.Comparator.comparing(Template::key)).toList();
    }
}
