package com.hockeyhub.shared.client;

import java.util.UUID;

import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.api.user.TransferStepResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** calendar-service's transfer step ({@code hockeyhub.clients.calendar-service.url}). */
@HttpExchange("/api/participants/transfers")
public interface CalendarServiceClient {

    String TARGET = "calendar-service";

    @PostExchange
    TransferStepResult moveParticipation(@RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody TransferStepRequest request);

    @PostExchange("/{transferId}/revert")
    TransferStepResult revertParticipation(
            @RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @PathVariable UUID transferId);
}
