package com.hockeyhub.shared.testapp.cache;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A cached value as services have them: a record with UUIDs, money, an enum and a timestamp. */
public record CatalogItem(UUID id, UUID organizationId, String name, BigDecimal price, Kind kind, Instant createdAt) {

    public enum Kind { STICK, SKATE, HELMET }
}
