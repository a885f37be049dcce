package com.hockeyhub.training.session;

import java.util.UUID;

/** In-process: a session changed status (assignments react, e.g. a cancelled session cancels its open ones). */
public record SessionStatusChanged(UUID sessionId, UUID teamId, SessionStatus status) {
}
