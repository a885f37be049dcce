package com.hockeyhub.medical.access;

import com.hockeyhub.medical.support.TextEnums;

/** What part of the medical record a read touched (the access log's {@code resource}). */
public enum MedicalResource {
    INJURY,
    INJURY_HISTORY,
    ACTIVE_INJURIES,
    TREATMENTS,
    WELLNESS_HISTORY,
    WELLNESS_LATEST,
    TEAM_WELLNESS,
    AVAILABILITY,
    AVAILABILITY_HISTORY,
    TEAM_AVAILABILITY,
    MEDICAL_OVERVIEW,
    RESTRICTIONS,
    TRANSFER_CLEARANCE,
    RETURN_TO_PLAY;

    public String value() {
        return TextEnums.value(this);
    }
}
