package com.hockeyhub.shared.api;

/** One invalid input field of a 400 problem detail ({@code errors} member). */
public record FieldError(String field, String message, Object rejectedValue) {
}
