package com.hockeyhub.training.execution;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.training.assignment.StartedWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An assignment with an execution (in progress or completed) has been started. */
@Component
class StartedExecutions implements StartedWork {

    private final ExecutionRepository executions;

    StartedExecutions(ExecutionRepository executions) {
        this.executions = executions;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> startedAmong(Collection<UUID> assignmentIds) {
        return assignmentIds.isEmpty() ? Set.of() : executions.findByAssignmentIdIn(assignmentIds).stream()
                .map(WorkoutExecution::getAssignmentId).collect(Collectors.toSet());
    }
}
