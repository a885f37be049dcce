package com.hockeyhub.shared.saga;

/** Whether a step log entry records a step's action or its compensation. */
public enum StepDirection {
    FORWARD,
    COMPENSATE
}
