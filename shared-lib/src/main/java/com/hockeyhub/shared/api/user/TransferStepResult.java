package com.hockeyhub.shared.api.user;

import java.util.UUID;

/**
 * A transfer participant's answer: how many of its records it moved to the target team and how many it cancelled
 * (e.g. open assignments that do not apply there, notifications sent). A revert answers with the counts it undid.
 */
public record TransferStepResult(UUID transferId, int moved, int cancelled) {
}
