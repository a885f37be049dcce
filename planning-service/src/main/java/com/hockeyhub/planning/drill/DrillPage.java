package com.hockeyhub.planning.drill;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of a drill search. Searches by words rank every match and count them exactly; searches by filters alone
 * read a page in name order and count at most {@link DrillService#COUNT_CAP} matches, so {@code totalElements} is
 * then a lower bound and {@code totalExact} false. {@code hasNext} is always exact.
 */
@Schema(description = "A page of drills: hasNext is exact; totalElements is exact when totalExact, else a lower bound")
public record DrillPage(List<DrillResponse> content, int page, int size, boolean hasNext,
                        @Schema(description = "matches; exact when totalExact, else at least this many")
                        long totalElements,
                        @Schema(description = "false when a search without words has more matches than are counted")
                        boolean totalExact) {

    public DrillPage {
        content = List.copyOf(content);
    }
}
