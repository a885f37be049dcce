package com.hockeyhub.planning.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.FieldError;

/**
 * The rules of a lineup (pure, no Spring): each type's line shape, no skater twice in one type, no goalie as a
 * skater, only players of the team. Each broken rule is one field error naming the place in the request.
 */
final class LineupRules {

    /** A line shape: forwards and defence allowed, as pairs {forwards, defence}. */
    private record Shape(String type, String field, int[][] allowed, String description) {

        boolean fits(int forwards, int defence) {
            for (int[] a : allowed) {
                if (a[0] == forwards && a[1] == defence) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Shape EVEN_STRENGTH = new Shape("even-strength line", "evenStrength",
            new int[][]{{3, 2}}, "3 forwards and 2 defence");
    private static final Shape POWER_PLAY = new Shape("power-play unit", "powerPlay",
            new int[][]{{3, 2}, {4, 1}}, "5 skaters: 3 forwards and 2 defence, or 4 and 1");
    private static final Shape PENALTY_KILL = new Shape("penalty-kill unit", "penaltyKill",
            new int[][]{{2, 2}, {1, 2}}, "2 forwards and 2 defence (1 and 2 two men down)");

    private LineupRules() {
    }

    static List<FieldError> check(StrategyViews.Lineups lineups, Set<UUID> roster) {
        List<FieldError> errors = new ArrayList<>();
        String g = "lineups.goalies.";
        Set<UUID> goalies = new HashSet<>();
        if (lineups.goalies().starter() != null) {
            onRoster(lineups.goalies().starter(), g + "starter", roster, errors);
            goalies.add(lineups.goalies().starter());
        }
        if (lineups.goalies().backup() != null) {
            onRoster(lineups.goalies().backup(), g + "backup", roster, errors);
            if (!goalies.add(lineups.goalies().backup())) {
                errors.add(new FieldError(g + "backup", "is the starter already", lineups.goalies().backup()));
            }
        }
        lines(EVEN_STRENGTH, lineups.evenStrength(), goalies, roster, errors);
        lines(POWER_PLAY, lineups.powerPlay(), goalies, roster, errors);
        lines(PENALTY_KILL, lineups.penaltyKill(), goalies, roster, errors);
        return errors;
    }

    private static void lines(Shape shape, List<StrategyViews.Line> lines, Set<UUID> goalies, Set<UUID> roster,
            List<FieldError> errors) {
        Map<UUID, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            StrategyViews.Line line = lines.get(i);
            String at = "lineups." + shape.field() + "[" + i + "]";
            if (!shape.fits(line.forwards().size(), line.defence().size())) {
                errors.add(new FieldError(fitsForwards(shape, line) ? at + ".defence" : at + ".forwards",
                        "a " + shape.type() + " needs " + shape.description() + ", has " + line.forwards().size()
                                + " and " + line.defence().size(), null));
            }
            skaters(shape, at + ".forwards", line.forwards(), i, lineOf, goalies, roster, errors);
            skaters(shape, at + ".defence", line.defence(), i, lineOf, goalies, roster, errors);
        }
    }

    private static boolean fitsForwards(Shape shape, StrategyViews.Line line) {
        for (int[] a : shape.allowed()) {
            if (a[0] == line.forwards().size()) {
                return true;
            }
        }
        return false;
    }

    private static void skaters(Shape shape, String at, List<UUID> players, int line, Map<UUID, Integer> lineOf,
            Set<UUID> goalies, Set<UUID> roster, List<FieldError> errors) {
        for (int j = 0; j < players.size(); j++) {
            UUID player = players.get(j);
            String field = at + "[" + j + "]";
            if (!onRoster(player, field, roster, errors)) {
                continue;
            }
            if (goalies.contains(player)) {
                errors.add(new FieldError(field, "is a goalie of this game, not a skater", player));
                continue;
            }
            Integer first = lineOf.putIfAbsent(player, line);
            if (first != null) {
                errors.add(new FieldError(field, "is on " + shape.type() + " " + (first + 1)
                        + " already: no skater twice in one lineup type", player));
            }
        }
    }

    private static boolean onRoster(UUID player, String field, Set<UUID> roster, List<FieldError> errors) {
        if (roster.contains(player)) {
            return true;
        }
        errors.add(new FieldError(field, "is not a player of the team's roster", player));
        return false;
    }
}
