package com.hockeyhub.shared.cache;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * How a cached top-level JDK scalar (Long, BigDecimal, UUID, Instant, ...) is stored. Jackson writes final JDK types
 * without a type hint, so on their own they would come back as Integer, Double or String.
 */
public record TypedScalar(String type, String value) {

    private static final Set<Class<?>> SUPPORTED = Set.of(Long.class, Short.class, Byte.class, Float.class,
            BigInteger.class, BigDecimal.class, UUID.class, Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, OffsetDateTime.class, ZonedDateTime.class, Duration.class);

    static boolean supports(Object value) {
        return value != null && (SUPPORTED.contains(value.getClass()) || value instanceof Enum<?>);
    }

    static TypedScalar of(Object value) {
        if (value instanceof Enum<?> constant) {
            return new TypedScalar(constant.getDeclaringClass().getName(), constant.name());
        }
        return new TypedScalar(value.getClass().getName(), value.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumConstant() {
        if (!type.startsWith("com.hockeyhub.") && !type.startsWith("java.")) {
            throw new IllegalStateException("Untrusted cached scalar type " + type);
        }
        try {
            Class<?> enumType = Class.forName(type, false, TypedScalar.class.getClassLoader());
            if (!enumType.isEnum()) {
                throw new IllegalStateException("Unsupported cached scalar type " + type);
            }
            return Enum.valueOf((Class) enumType, value);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown cached enum type " + type, e);
        }
    }

    Object toValue() {
        return switch (type) {
            case "java.lang.Long" -> Long.valueOf(value);
            case "java.lang.Short" -> Short.valueOf(value);
            case "java.lang.Byte" -> Byte.valueOf(value);
            case "java.lang.Float" -> Float.valueOf(value);
            case "java.math.BigInteger" -> new BigInteger(value);
            case "java.math.BigDecimal" -> new BigDecimal(value);
            case "java.util.UUID" -> UUID.fromString(value);
            case "java.time.Instant" -> Instant.parse(value);
            case "java.time.LocalDate" -> LocalDate.parse(value);
            case "java.time.LocalDateTime" -> LocalDateTime.parse(value);
            case "java.time.LocalTime" -> LocalTime.parse(value);
            case "java.time.OffsetDateTime" -> OffsetDateTime.parse(value);
            case "java.time.ZonedDateTime" -> ZonedDateTime.parse(value);
            case "java.time.Duration" -> Duration.parse(value);
            default -> enumConstant();
        };
    }
}
