package com.hockeyhub.shared.client;

import com.hockeyhub.shared.api.communication.WelcomeDto;
import com.hockeyhub.shared.api.communication.WelcomeRequest;
import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.api.user.TransferStepResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** communication-service's saga steps ({@code hockeyhub.clients.communication-service.url}). */
@HttpExchange("/api")
public interface CommunicationServiceClient {

    String TARGET = "communication-service";

    @PostExchange("/onboarding/welcome")
    WelcomeDto welcome(@RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody WelcomeRequest request);

    @PostExchange("/notifications/transfers")
    TransferStepResult transferNotice(@RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody TransferStepRequest request);
}
