package com.hockeyhub.shared.client;

import java.util.UUID;

import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.api.user.TransferStepResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** training-service's transfer step ({@code hockeyhub.clients.training-service.url}). */
@HttpExchange("/api/assignments/transfers")
public interface TrainingServiceClient {

    String TARGET = "training-service";

    @PostExchange
    TransferStepResult moveAssignments(@RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody TransferStepRequest request);

    @PostExchange("/{transferId}/revert")
    TransferStepResult revertAssignments(
            @RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @PathVariable UUID transferId);
}
