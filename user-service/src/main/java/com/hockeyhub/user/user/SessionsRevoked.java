package com.hockeyhub.user.user;

import java.util.UUID;

/**
 * Raised (in-process, inside the changing transaction) after a sensitive account change: a confirmed e-mail change,
 * deactivation, a change of roles or deletion. The user's refresh tokens end with it, so every session has to log in
 * again and gets a token that tells the new state.
 */
public record SessionsRevoked(UUID userId, String reason) {
}
