package com.hockeyhub.system;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reading request bodies out of a service's {@code /v3/api-docs}: resolving {@code $ref}s, and building a body that
 * satisfies the declared schema (types, formats, enums, bounds, required lengths) so a request gets past bean
 * validation to the service's own checks. Shared by the fuzz run (which breaks such bodies) and the hostile run
 * (which aims them at another club's ids).
 */
final class OpenApiSchemas {

    /** Values tried, in order, against a string property's {@code pattern}. */
    private static final List<String> PATTERNED = List.of("Rival probe", "U18", "2025-2026", "#1a2b3c", "10:00",
            "EUR", "en", "accepted", "\uD83D\uDC4D", "tok_visa", "AB12", "1", "a");

    /**
     * Values a body built from the schema cannot guess (a rule of the service, not a type or format), by operation, with
     * the reason in a comment: without them every call stops at that rule (400) before the service looks at the ids.
     */
    private static final Map<String, Map<String, Object>> RULE_VALUES = Map.of(
            // "pending" is the state before an answer, not an answer
            "calendar-service PUT /api/events/{eventId}/rsvp", Map.of("status", "accepted"),
            // a game is recorded once played (@PastOrPresent); the schema's date-times are in the future
            "statistics-service POST /api/games", Map.of("playedAt", "2026-01-15T19:00:00Z"));

    private OpenApiSchemas() {
    }

    /** A request body for the operation that gets past its validation ({@link #valid}, then {@link #RULE_VALUES}). */
    @SuppressWarnings("unchecked")
    static Object validBody(OpenApiOperation op, Function<String, String> idFor) {
        Object body = valid(op.bodySchema(), op.schemas(), "", idFor);
        Map<String, Object> values = RULE_VALUES.get(op.name());
        if (values != null && body instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).putAll(values);
        }
        return body;
    }

    /** The schema itself, or the component a {@code $ref} names; a list's first entry; empty for anything else. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Object schema, Map<String, Object> schemas) {
        if (schema instanceof List<?> list) {
            schema = list.isEmpty() ? Map.of() : list.get(0);
        }
        if (!(schema instanceof Map<?, ?>)) {
            return Map.of();
        }
        Map<String, Object> map = (Map<String, Object>) schema;
        Object ref = map.get("$ref");
        if (ref instanceof String name && schemas != null) {
            Object target = schemas.get(name.substring(name.lastIndexOf('/') + 1));
            return target instanceof Map<?, ?> ? (Map<String, Object>) target : Map.of();
        }
        Object allOf = map.get("allOf");
        if (allOf instanceof List<?> parts && !parts.isEmpty()) {
            return resolve(parts.get(0), schemas);
        }
        return map;
    }

    /**
     * A value that passes the schema's validation. Id properties ({@code teamId}, {@code playerIds}, …) ask
     * {@code idFor} with the property's singular name ({@code teamId}); null from it means a fresh random UUID.
     */
    static Object valid(Object schema, Map<String, Object> schemas, String name, Function<String, String> idFor) {
        return valid(resolve(schema, schemas), schemas, name, idFor, 0);
    }

    @SuppressWarnings("unchecked")
    private static Object valid(Map<String, Object> schema, Map<String, Object> schemas, String name,
            Function<String, String> idFor, int depth) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : ""));
        String lower = name.toLowerCase(Locale.ROOT);
        boolean late = lower.startsWith("end") || lower.contains("until") || lower.endsWith("to")
                || lower.contains("due") || lower.contains("expires");
        switch (type) {
            case "string" -> {
                return string(schema, name, lower, late, idFor);
            }
            case "integer", "number" -> {
                long value = 1;
                if (schema.get("minimum") instanceof Number min) {
                    value = Math.max(value, (long) Math.ceil(min.doubleValue()));
                }
                if (schema.get("maximum") instanceof Number max) {
                    value = Math.min(value, (long) Math.floor(max.doubleValue()));
                }
                return value;
            }
            case "boolean" -> {
                return Boolean.FALSE;
            }
            case "array" -> {
                List<Object> items = new ArrayList<>();
                String item = name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
                int count = schema.get("minItems") instanceof Number min ? Math.max(1, min.intValue()) : 1;
                for (int i = 0; i < count && depth < 5; i++) {
                    items.add(valid(resolve(schema.get("items"), schemas), schemas, item, idFor, depth + 1));
                }
                return items;
            }
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth >= 5) {
                    return object;
                }
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                for (Map.Entry<String, Object> property : properties.entrySet()) {
                    Map<String, Object> propertySchema = resolve(property.getValue(), schemas);
                    if (!Boolean.TRUE.equals(propertySchema.get("readOnly"))) {
                        object.put(property.getKey(),
                                valid(propertySchema, schemas, property.getKey(), idFor, depth + 1));
                    }
                }
                return object;
            }
        }
    }

    private static String string(Map<String, Object> schema, String name, String lower, boolean late,
            Function<String, String> idFor) {
        String format = String.valueOf(schema.getOrDefault("format", ""));
        String value = switch (format) {
            case "uuid" -> {
                String id = idFor.apply(name);
                yield id != null ? id : UUID.randomUUID().toString();
            }
            // today passes both @PastOrPresent (injuries, tests, wellness) and @FutureOrPresent (plans)
            case "date" -> lower.contains("birth") ? "2010-05-01"
                    : (late ? LocalDate.now(ZoneOffset.UTC).plusDays(7) : LocalDate.now(ZoneOffset.UTC)).toString();
            case "date-time" -> late ? "2027-01-15T12:00:00Z" : "2027-01-15T10:00:00Z";
            case "time", "partial-time" -> late ? "12:00:00" : "10:00:00";
            case "email" -> "rival.probe@example.org";
            case "uri", "url" -> "https://example.org/rival";
            default -> {
                if (name.endsWith("Id") || name.equals("id")) {
                    String id = idFor.apply(name);
                    yield id != null ? id : UUID.randomUUID().toString();
                }
                String byName = byName(lower);
                if (schema.get("pattern") instanceof String pattern) {
                    // the value its name suggests first (an e-mail field's pattern takes an address), then the usual
                    // shapes, then the choices of a plain alternation such as "team|club"
                    Pattern regex = Pattern.compile(pattern);
                    yield Stream.of(Stream.of(byName), PATTERNED.stream(), alternatives(pattern)).flatMap(v -> v)
                            .filter(v -> regex.matcher(v).matches()).findFirst().orElse(byName);
                }
                yield byName;
            }
        };
        if (schema.get("maxLength") instanceof Number max && value.length() > max.intValue()) {
            value = value.substring(0, Math.max(1, max.intValue()));
        }
        if (schema.get("minLength") instanceof Number min && value.length() < min.intValue()) {
            value = value + "x".repeat(min.intValue() - value.length());
        }
        return value;
    }

    /** A value that suits a string property by its name alone. */
    private static String byName(String lower) {
        if (lower.contains("currency")) {
            return "EUR";
        } else if (lower.contains("timezone") || lower.equals("zone")) {
            return "Europe/Helsinki";
        } else if (lower.contains("locale") || lower.contains("language")) {
            return "en";
        } else if (lower.contains("phone")) {
            return "+358401234567";
        } else if (lower.contains("email")) {
            return "rival.probe@example.org";
        } else if (lower.contains("url")) {
            return "https://example.org/rival";
        } else if (lower.contains("password")) {
            return "Rival-Probe-Passphrase-2026";
        } else if (lower.equals("role") || lower.equals("roles")) {
            return "player";
        }
        return "Rival probe";
    }

    /** The choices of a pattern that is a plain alternation of words ({@code team|club}, {@code ^(a|b)$}). */
    private static Stream<String> alternatives(String pattern) {
        String bare = pattern.replaceAll("^\\^?\\(?|\\)?\\$?$", "");
        return bare.matches("[A-Za-z0-9_ -]+(\\|[A-Za-z0-9_ -]+)+") ? Stream.of(bare.split("\\|")) : Stream.empty();
    }
}
