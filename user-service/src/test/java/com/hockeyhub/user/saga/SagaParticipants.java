package com.hockeyhub.user.saga;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.hockeyhub.shared.client.AdminServiceClient;
import com.hockeyhub.shared.client.CalendarServiceClient;
import com.hockeyhub.shared.client.CommunicationServiceClient;
import com.hockeyhub.shared.client.MedicalServiceClient;
import com.hockeyhub.shared.client.PaymentServiceClient;
import com.hockeyhub.shared.client.ServiceClients;
import com.hockeyhub.shared.client.TrainingServiceClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The sagas' participants (payment, admin, communication, training, calendar, medical) as one small HTTP server
 * in the test JVM, answering their contracts, recording every call (path, Idempotency-Key, token, body), and
 * refusing or failing on request. user-service's real typed clients (shared-lib, with their retries and error
 * mapping) point at it. A plain {@code @Configuration} in the application's package, so every user-service test
 * context (there is one) uses it. The participants' own behaviour is tested in their modules.
 */
@Configuration(proxyBeanMethods = false)
public class SagaParticipants {

    /** One recorded call. */
    public record Call(String method, String path, String idempotencyKey, boolean withToken, String body) {
    }

    public static final class Server implements AutoCloseable {

        private final HttpServer http;
        private final List<Call> calls = new CopyOnWriteArrayList<>();
        /** Path prefix → status to answer instead (e.g. 503 while "down", 422 for a refusal). */
        private final Map<String, Integer> failing = new ConcurrentHashMap<>();
        /** Players medical-service would not clear. */
        private final Set<UUID> injured = ConcurrentHashMap.newKeySet();

        Server() throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/", this::handle);
            http.start();
        }

        public String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        public List<Call> calls() {
            return calls;
        }

        public List<Call> callsTo(String pathPart) {
            return calls.stream().filter(c -> c.path().contains(pathPart)).toList();
        }

        public void fail(String pathPrefix, int status) {
            failing.put(pathPrefix, status);
        }

        public void injure(UUID player) {
            injured.add(player);
        }

        public void reset() {
            failing.clear();
            injured.clear();
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            calls.add(new Call(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Authorization") != null, body));
            Integer status = failing.entrySet().stream().filter(f -> path.startsWith(f.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (status != null) {
                answer(exchange, status, "{\"type\":\"about:blank\",\"title\":\"refused\",\"status\":" + status
                        + ",\"detail\":\"scripted " + status + "\"}");
                return;
            }
            answer(exchange, "POST".equals(exchange.getRequestMethod()) && !path.contains("/revert")
                    && !path.endsWith("/cancel") && !path.contains("/transfers") ? 201 : 200, answerFor(path));
        }

        private String answerFor(String path) {
            if (path.endsWith("/transfer-clearance")) {
                UUID player = UUID.fromString(path.split("/")[3]);
                return injured.contains(player)
                        ? "{\"playerId\":\"" + player + "\",\"cleared\":false,\"blockers\":[\"active injury, severity 4\"]}"
                        : "{\"playerId\":\"" + player + "\",\"cleared\":true,\"blockers\":[]}";
            }
            if (path.contains("/transfers")) {
                return "{\"moved\":1,\"cancelled\":0}";
            }
            if (path.contains("/provisioning/")) {
                return "{\"settings\":1,\"featureFlags\":3}";
            }
            if (path.contains("/subscriptions/")) {
                return "{\"tier\":\"standard\",\"status\":\"trialing\",\"version\":0}";
            }
            return "{}";
        }

        private static void answer(HttpExchange exchange, int status, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }

    @Bean(destroyMethod = "close")
    Server sagaParticipantsServer() throws IOException {
        return new Server();
    }

    @Bean
    @Primary
    PaymentServiceClient stubbedPaymentServiceClient(ServiceClients clients, Server server) {
        return clients.create(PaymentServiceClient.class, PaymentServiceClient.TARGET, server.url());
    }

    @Bean
    @Primary
    AdminServiceClient stubbedAdminServiceClient(ServiceClients clients, Server server) {
        return clients.create(AdminServiceClient.class, AdminServiceClient.TARGET, server.url());
    }

    @Bean
    @Primary
    CommunicationServiceClient stubbedCommunicationServiceClient(ServiceClients clients, Server server) {
        return clients.create(CommunicationServiceClient.class, CommunicationServiceClient.TARGET, server.url());
    }

    @Bean
    @Primary
    TrainingServiceClient stubbedTrainingServiceClient(ServiceClients clients, Server server) {
        return clients.create(TrainingServiceClient.class, TrainingServiceClient.TARGET, server.url());
    }

    @Bean
    @Primary
    CalendarServiceClient stubbedCalendarServiceClient(ServiceClients clients, Server server) {
        return clients.create(CalendarServiceClient.class, CalendarServiceClient.TARGET, server.url());
    }

    @Bean
    @Primary
    MedicalServiceClient stubbedMedicalServiceClient(ServiceClients clients, Server server) {
        return clients.create(MedicalServiceClient.class, MedicalServiceClient.TARGET, server.url());
    }
}
