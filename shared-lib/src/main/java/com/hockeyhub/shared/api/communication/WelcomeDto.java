package com.hockeyhub.shared.api.communication;

import java.util.UUID;

/** The club-wide conversation and the admin's welcome notification that onboarding created. */
public record WelcomeDto(UUID organizationId, UUID conversationId, UUID notificationId) {
}
