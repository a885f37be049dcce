package com.hockeyhub.medical.returntoplay;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.medical.support.TextEnumConverter;
import com.hockeyhub.medical.support.TextEnums;
import jakarta.persistence.Converter;

/**
 * The return-to-play phases in order, each with the criteria that must be recorded as met before the player moves
 * on to the next phase.
 */
public enum Phase {
    REST(List.of("symptom_free_at_rest")),
    LIGHT_ACTIVITY(List.of("symptom_free_light_exercise", "pain_free_daily_activities")),
    SPORT_SPECIFIC(List.of("skating_drills_without_symptoms", "full_range_of_motion")),
    NON_CONTACT(List.of("full_practice_without_contact", "strength_at_least_90_percent")),
    FULL_CONTACT(List.of("full_contact_practice_tolerated", "medical_sign_off")),
    GAME_READY(List.of());

    private final List<String> exitCriteria;

    Phase(List<String> exitCriteria) {
        this.exitCriteria = exitCriteria;
    }

    /** Criteria to record before leaving this phase. */
    public List<String> exitCriteria() {
        return exitCriteria;
    }

    public Phase next() {
        return this == GAME_READY ? null : values()[ordinal() + 1];
    }

    /** Contact is allowed from full contact on. */
    public boolean allowsContact() {
        return compareTo(FULL_CONTACT) >= 0;
    }

    @JsonValue
    public String value() {
        return TextEnums.value(this);
    }

    @JsonCreator
    public static Phase of(String value) {
        return TextEnums.parse(Phase.class, value);
    }

    @Converter(autoApply = true)
    static class DbConverter extends TextEnumConverter<Phase> {
        DbConverter() {
            super(Phase.class);
        }
    }
}
