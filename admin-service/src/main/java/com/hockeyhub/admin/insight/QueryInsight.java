package com.hockeyhub.admin.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.hockeyhub.admin.AdminProperties;
import com.hockeyhub.admin.access.OutboundAuthorization;
import com.hockeyhub.shared.client.ServiceClients;
import com.hockeyhub.shared.db.PgStatementsEndpoint;
import com.hockeyhub.shared.web.InvalidRequestException;
import jakarta.annotation.PreDestroy;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;

/**
 * Query insight across the suite: every service's top statements from its {@code /actuator/pgstatements}
 * (shared-lib's {@code pg_stat_statements} report), asked in parallel with this service's token (or, without client
 * credentials, the super admin's own), side by side and merged into one list by total execution time. A service
 * that does not answer is named in {@code unreachable}; the others are still shown.
 */
@Service
public class QueryInsight {

    public static final int MAX_LIMIT = 100;

    public record ServiceStatements(String service, boolean reachable, boolean available, String database,
                                    String message, List<PgStatementsEndpoint.Statement> statements) {
    }

    public record MergedStatement(String service, String query, long calls, double totalTimeMs, double meanTimeMs,
                                  long rows) {
    }

    public record View(Instant collectedAt, int limit, List<String> unreachable, List<ServiceStatements> services,
                       List<MergedStatement> top) {
    }

    private final AdminProperties properties;
    private final ServiceClients clients;
    private final OutboundAuthorization authorization;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "query-insight");
        thread.setDaemon(true);
        return thread;
    });

    QueryInsight(AdminProperties properties, ServiceClients clients, OutboundAuthorization authorization) {
        this.properties = properties;
        this.clients = clients;
        this.authorization = authorization;
    }

    public View collect(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return collect(properties.services(), limit, authorization.header());
    }

    View collect(Map<String, String> targets, int limit, String authorization) {
        List<CompletableFuture<ServiceStatements>> calls = targets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(target -> CompletableFuture.supplyAsync(
                        () -> ask(target.getKey(), target.getValue(), limit, authorization), executor))
                .toList();
        List<ServiceStatements> services = calls.stream().map(CompletableFuture::join).toList();
        List<MergedStatement> merged = new ArrayList<>();
        for (ServiceStatements service : services) {
            for (PgStatementsEndpoint.Statement s : service.statements()) {
                merged.add(new MergedStatement(service.service(), s.query(), s.calls(), s.totalTimeMs(),
                        s.meanTimeMs(), s.rows()));
            }
        }
        merged.sort(Comparator.comparingDouble(MergedStatement::totalTimeMs).reversed());
        return new View(Instant.now(), limit,
                services.stream().filter(s -> !s.reachable()).map(ServiceStatements::service).toList(), services,
                merged.subList(0, Math.min(limit, merged.size())));
    }

    private ServiceStatements ask(String name, String baseUrl, int limit, String authorization) {
        try {
            PgStatementsEndpoint.Report report = clients.restClient(name, baseUrl.replaceAll("/+$", "")).get()
                    .uri("/actuator/pgstatements?limit={limit}", limit)
                    .headers(h -> {
                        if (authorization != null) {
                            h.set(HttpHeaders.AUTHORIZATION, authorization);
                        }
                    })
                    .retrieve().body(PgStatementsEndpoint.Report.class);
            if (report == null) {
                return unreachable(name, "empty answer");
            }
            return new ServiceStatements(name, true, report.available(), report.database(), report.message(),
                    report.statements() == null ? List.of() : report.statements());
        } catch (RuntimeException e) {
            return unreachable(name, e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()));
        }
    }

    private static ServiceStatements unreachable(String name, String message) {
        String shown = message.length() > 300 ? message.substring(0, 300) : message;
        return new ServiceStatements(name, false, false, null, shown, List.of());
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
