package com.hockeyhub.shared.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * A response body rendered to JSON once, for a large read served from a cache: cache this instead of the value, and
 * every hit writes the stored bytes rather than serialising the same value again (for a 25 kB answer that was almost
 * half of a cached read's CPU; docs/performance.md, statistics-service). Render with the application's
 * {@link JsonMapper}, the one Spring MVC writes with, so the answer is the same JSON either way. The controller
 * documents the value's schema ({@code @ApiResponse}), since the method's own type is bytes.
 */
public record RenderedJson(byte[] json) {

    public static RenderedJson of(JsonMapper mapper, Object value) {
        return new RenderedJson(mapper.writeValueAsBytes(value));
    }

    public ResponseEntity<byte[]> ok() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
