package com.hockeyhub.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI path template filled with ids a caller should not reach: each id parameter names a resource (the plural
 * segment before {@code {id}}, or {@code teamId} → teams, {@code playerId}/{@code childId}/{@code userId} → players),
 * and the ids of that resource come from a map of resource or table name to ids.
 */
final class PathIds {

    static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    /**
     * Resources whose table the rules below do not find (practice_attendance would match first; saga_instance; a
     * series is its recurrence rule; a family link is a parent-child relationship).
     */
    private static final Map<String, String> TABLES = Map.of("practices", "practice_plans", "sagas", "saga_instance",
            "series", "recurrence_rules", "family_links", "parent_child_relationships");

    private PathIds() {
    }

    /** The path with each id parameter filled with {@code ids} of its resource: one URL per id, at most 6. */
    static List<String> urls(String template, Map<String, Set<String>> ids) {
        List<String> urls = new ArrayList<>(List.of(template));
        Matcher m = PARAM.matcher(template);
        while (m.find()) {
            Set<String> candidates = candidates(ids, template, m.group(1), m.start());
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String url : urls) {
                for (String id : candidates) {
                    next.add(url.replaceFirst(Pattern.quote(m.group()), id));
                }
            }
            urls = next.size() > 6 ? next.subList(0, 6) : next;
        }
        return urls;
    }

    /** The ids of what parameter {@code param} (at {@code at} in {@code template}) names; empty for a non-id. */
    static Set<String> candidates(Map<String, Set<String>> ids, String template, String param, int at) {
        String resource = resource(template, param, at);
        if (resource == null) {
            return Set.of(); // e.g. a feed's secret token: nothing to guess
        }
        String name = resource.replace('-', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        if (ids.containsKey(name) && !ids.get(name).isEmpty()) {
            return ids.get(name);
        }
        String table = TABLES.get(name);
        if (table != null && ids.containsKey(table) && !ids.get(table).isEmpty()) {
            return ids.get(table);
        }
        // the resource's table: sessions → workout_sessions, templates → session_templates, series → event_series
        return ids.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && (e.getKey().endsWith("_" + name)
                        || e.getKey().startsWith(name + "_") || e.getKey().equals(name.replace("_", ""))))
                .map(Map.Entry::getValue).findFirst().orElse(Set.of());
    }

    /** Whether {@code param} (at {@code at} in {@code template}) is an id; otherwise a key, an emoji, a secret token. */
    static boolean id(String template, String param, int at) {
        return resource(template, param, at) != null;
    }

    /** Whether {@code param} names a person: its ids are people's, not rows of a table. */
    static boolean person(String template, String param, int at) {
        String resource = resource(template, param, at);
        return "players".equals(resource) || "users".equals(resource);
    }

    private static String resource(String template, String param, int at) {
        if (param.equals("id")) {
            return lastSegment(template.substring(0, at));
        }
        if (!param.endsWith("Id")) {
            return null;
        }
        String base = param.substring(0, param.length() - 2);
        return switch (base) {
            case "org", "organization", "club" -> "organizations";
            case "player", "child", "user", "parent", "accessor" -> "players";
            case "scope" -> "teams"; // settings' scopeId, with scope=team (Hostile's query values)
            default -> base.endsWith("s") ? base : base.endsWith("y")
                    ? base.substring(0, base.length() - 1) + "ies" : base + "s";
        };
    }

    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
