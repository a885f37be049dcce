package com.hockeyhub.training.execution;

import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.training.session.SessionCompletionCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A session does not complete while a player's execution of it is in progress. */
@Component
class InProgressExecutions implements SessionCompletionCheck {

    private final ExecutionRepository executions;

    InProgressExecutions(ExecutionRepository executions) {
        this.executions = executions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> blocker(UUID sessionId) {
        return executions.existsBySessionIdAndStatus(sessionId, ExecutionStatus.IN_PROGRESS)
                ? Optional.of("a player's workout is still in progress") : Optional.empty();
    }
}
