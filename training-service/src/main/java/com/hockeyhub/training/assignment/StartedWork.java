package com.hockeyhub.training.assignment;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Work a player has begun on an assignment (e.g. an execution started): such an assignment is the player's even when
 * they leave the team. Other features implement it, so the assignment feature does not depend on them.
 */
public interface StartedWork {

    /** Those of the assignments a player has begun working on. */
    Set<UUID> startedAmong(Collection<UUID> assignmentIds);
}
