package com.hockeyhub.shared.client;

import java.util.UUID;

import com.hockeyhub.shared.api.admin.ClubProvisioningDto;
import com.hockeyhub.shared.api.admin.ProvisionClubRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** admin-service's saga steps ({@code hockeyhub.clients.admin-service.url}); every call carries its step's key. */
@HttpExchange("/api/admin/provisioning/clubs")
public interface AdminServiceClient {

    String TARGET = "admin-service";

    @PostExchange
    ClubProvisioningDto provision(@RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody ProvisionClubRequest request);

    @DeleteExchange("/{organizationId}")
    ClubProvisioningDto unprovision(@RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @PathVariable UUID organizationId);
}
