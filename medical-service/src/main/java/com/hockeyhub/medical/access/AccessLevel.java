package com.hockeyhub.medical.access;

import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnums;

/** How much of a player's medical record a caller may see. */
public enum AccessLevel {
    /** Nothing; the player does not exist for the caller (404). */
    NONE,
    /** Status, expected return and training restrictions; never diagnoses, notes or treatments. */
    AVAILABILITY,
    /** The whole record. */
    FULL;

    @JsonValue
    public String value() {
        return TextEnums.value(this);
    }

    public boolean allows(AccessLevel required) {
        return compareTo(required) >= 0;
    }
}
