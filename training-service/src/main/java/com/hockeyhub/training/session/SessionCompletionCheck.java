package com.hockeyhub.training.session;

import java.util.Optional;
import java.util.UUID;

/**
 * Something that keeps a session from completing (e.g. a player's workout still in progress), asked before the
 * session moves to completed; other features implement it, so the session feature does not depend on them.
 */
public interface SessionCompletionCheck {

    /** Why the session may not complete now, or empty. */
    Optional<String> blocker(UUID sessionId);
}
