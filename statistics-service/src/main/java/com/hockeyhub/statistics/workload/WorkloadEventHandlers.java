package com.hockeyhub.statistics.workload;

import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.stereotype.Component;

/** Training load from training-service: durable consumer {@code statistics-service-workout-completed}. */
@Component
class WorkloadEventHandlers {

    private final WorkloadService workloads;

    WorkloadEventHandlers(WorkloadService workloads) {
        this.workloads = workloads;
    }

    @EventHandler(type = EventTypes.TRAINING_WORKOUT_COMPLETED, name = "workout-completed")
    void workoutCompleted(WorkoutCompleted workout, EventEnvelope envelope) {
        workloads.ingest(workout, envelope);
    }
}
