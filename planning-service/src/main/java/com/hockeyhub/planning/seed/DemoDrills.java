package com.hockeyhub.planning.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.planning.drill.DrillRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo club's drill library, read from {@code seed/demo-drills.json}: real hockey drills keyed by their number,
 * each in the shape of the drill API's request, a few shared with every club. A drill's number gives its fixed id,
 * so new drills take new numbers (up to 99) and existing ones keep theirs.
 */
final class DemoDrills {

    static final String RESOURCE = "seed/demo-drills.json";

    record Drill(int number, UUID id, DrillRequest request) {

        String name() {
            return request.name();
        }
    }

    static final List<Drill> ALL = load();

    private DemoDrills() {
    }

    /** The drill with that exact name (seeded practices name their drills). */
    static Drill named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo drill named '" + name + "'"));
    }

    /** 0190d000-0000-7000-8000-0000000060nn: the ids the drills have had since the first seed. */
    static UUID id(int number) {
        return DemoPlanningSeed.id("00000000" + (6000 + number));
    }

    /** A list value as the drills table keeps it: comma-separated, or null for none. */
    static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static List<Drill> load() {
        try (InputStream in = DemoDrills.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Map<String, DrillRequest> byNumber = JsonMapper.shared().readValue(in,
                    new TypeReference<LinkedHashMap<String, DrillRequest>>() { });
            List<Drill> drills = new ArrayList<>();
            byNumber.forEach((number, request) -> {
                int n = Integer.parseInt(number);
                if (n < 1 || n > 99) {
                    throw new IllegalStateException(RESOURCE + ": drill number " + n + " is not 1-99");
                }
                drills.add(new Drill(n, id(n), request));
            });
            return List.copyOf(drills);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
