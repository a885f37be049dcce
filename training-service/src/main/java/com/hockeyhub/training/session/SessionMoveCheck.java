package com.hockeyhub.training.session;

import java.util.Optional;

/**
 * Asked when a session's time changes (before the move is kept): what the new time clashes with, e.g. a player of
 * the session given another session then. Other features implement it, so the session feature does not depend on
 * them.
 */
public interface SessionMoveCheck {

    /** Why the session may not move to its new time ({@code moved} already carries it), or empty. */
    Optional<String> blocker(WorkoutSession moved);
}
