package com.hockeyhub.shared.client;

import java.util.UUID;

import com.hockeyhub.shared.api.payment.StartTrialRequest;
import com.hockeyhub.shared.api.payment.SubscriptionDto;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** payment-service's saga steps ({@code hockeyhub.clients.payment-service.url}); every call carries its step's key. */
@HttpExchange("/api/subscriptions/trials")
public interface PaymentServiceClient {

    String TARGET = "payment-service";

    @PostExchange
    SubscriptionDto startTrial(@RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody StartTrialRequest request);

    @PostExchange("/{organizationId}/cancel")
    SubscriptionDto cancelTrial(@RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @PathVariable UUID organizationId);
}
