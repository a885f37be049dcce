package com.hockeyhub.user.user;

import java.util.UUID;

/**
 * The user's access tokens carry claims that are no longer true (e.g. roles): they stop counting everywhere, the
 * user's sessions go on (a refresh issues a token with the current claims).
 */
public record AccessTokensOutdated(UUID userId, String reason) {
}
