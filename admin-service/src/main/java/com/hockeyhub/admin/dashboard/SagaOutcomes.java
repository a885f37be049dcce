package com.hockeyhub.admin.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.hockeyhub.admin.AdminProperties;
import com.hockeyhub.shared.client.ServiceClients;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * How the suite's sagas ended: for each service that runs sagas ({@code hockeyhub.admin.saga-services}), the number
 * of sagas per status from its {@code GET /api/sagas?status=…} (shared-lib's saga API). A service that does not answer
 * is named in {@code unreachable}.
 */
@Service
class SagaOutcomes {

    static final List<String> STATUSES = List.of("RUNNING", "COMPENSATING", "COMPLETED", "COMPENSATED", "FAILED");

    record Outcomes(Map<String, Map<String, Long>> byService, List<String> unreachable) {
    }

    private record Answer(String service, Map<String, Long> counts) {
    }

    private final AdminProperties properties;
    private final ServiceClients clients;

    SagaOutcomes(AdminProperties properties, ServiceClients clients) {
        this.properties = properties;
        this.clients = clients;
    }

    Outcomes collect(String authorization) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (String service : properties.sagaServices()) {
            String url = properties.services().get(service);
            if (url != null) {
                targets.put(service, url);
            }
        }
        return collect(targets, authorization);
    }

    Outcomes collect(Map<String, String> targets, String authorization) {
        List<CompletableFuture<Answer>> calls = targets.entrySet().stream()
                .map(t -> CompletableFuture.supplyAsync(() -> ask(t.getKey(), t.getValue(), authorization)))
                .toList();
        Map<String, Map<String, Long>> byService = new LinkedHashMap<>();
        List<String> unreachable = new ArrayList<>();
        for (CompletableFuture<Answer> call : calls) {
            Answer answer = call.join();
            if (answer.counts() == null) {
                unreachable.add(answer.service());
            } else {
                byService.put(answer.service(), answer.counts());
            }
        }
        return new Outcomes(byService, unreachable);
    }

    private Answer ask(String service, String baseUrl, String authorization) {
        try {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String status : STATUSES) {
                JsonNode page = clients.restClient(service, baseUrl.replaceAll("/+$", "")).get()
                        .uri("/api/sagas?status={status}&size=1", status)
                        .headers(h -> {
                            if (authorization != null) {
                                h.set(HttpHeaders.AUTHORIZATION, authorization);
                            }
                        })
                        .retrieve().body(JsonNode.class);
                counts.put(status, page == null ? 0 : page.path("totalElements").asLong());
            }
            return new Answer(service, counts);
        } catch (RuntimeException e) {
            return new Answer(service, null);
        }
    }
}
