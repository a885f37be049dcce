package com.hockeyhub.shared.client;

import java.util.UUID;

import com.hockeyhub.shared.api.medical.TransferClearanceDto;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** medical-service as the transfer saga asks it ({@code hockeyhub.clients.medical-service.url}). */
@HttpExchange("/api/players")
public interface MedicalServiceClient {

    String TARGET = "medical-service";

    @GetExchange("/{playerId}/transfer-clearance")
    TransferClearanceDto transferClearance(@PathVariable UUID playerId);
}
