package com.hockeyhub.training.assignment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.training.session.SessionMoveCheck;
import com.hockeyhub.training.session.WorkoutSession;
import org.springframework.stereotype.Component;

/**
 * A session moves only if none of its players is given another session at the new time: the same rule (and query)
 * as assigning, which never double-books a player. A move cannot leave players out as an assignment does, so it is
 * refused, naming the players and the sessions they have then.
 */
@Component
class MovedSessionConflicts implements SessionMoveCheck {

    private static final int NAMED = 10;

    private final AssignmentRepository assignments;
    private final TimeConflicts timeConflicts;

    MovedSessionConflicts(AssignmentRepository assignments, TimeConflicts timeConflicts) {
        this.assignments = assignments;
        this.timeConflicts = timeConflicts;
    }

    @Override
    public Optional<String> blocker(WorkoutSession moved) {
        List<UUID> players = assignments.findBySessionIdOrderByPlayerId(moved.getId()).stream()
                .filter(a -> a.getStatus() == AssignmentStatus.ASSIGNED).map(Assignment::getPlayerId).toList();
        Map<UUID, TimeConflicts.Busy> busy = timeConflicts.of(moved, players);
        if (busy.isEmpty()) {
            return Optional.empty();
        }
        String named = busy.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(NAMED)
                .map(e -> "player " + e.getKey() + " has \"" + e.getValue().title() + "\" (session "
                        + e.getValue().sessionId() + ")")
                .collect(Collectors.joining("; "));
        return Optional.of("Moving the session would double-book " + busy.size() + " player(s) at the new time: "
                + named + (busy.size() > NAMED ? "; ..." : ""));
    }
}
