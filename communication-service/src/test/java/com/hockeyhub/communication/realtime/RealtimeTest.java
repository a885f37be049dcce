package com.hockeyhub.communication.realtime;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.hockeyhub.communication.CommunicationApiTestBase;
import com.hockeyhub.shared.event.nats.NatsProperties;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The SSE stream with a real HTTP client on the running server, and the fan-out between replicas over core NATS. */
class RealtimeTest extends CommunicationApiTestBase {

    @LocalServerPort
    int port;
    @Autowired
    NatsProperties nats;
    @Autowired
    RealtimeProperties realtime;
    @Autowired
    RealtimeHub hub;

    record Event(String name, String id, JsonNode data) {
    }

    /** A Server-Sent Events client: reads the stream on a thread of its own into a queue. */
    final class SseClient implements AutoCloseable {

        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        final CountDownLatch ended = new CountDownLatch(1);
        final int status;
        final String accelBuffering;
        private final InputStream body;

        SseClient(String token, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stream"))
                    .header("Accept", "text/event-stream");
            if (token != null) {
                request.header("Authorization", token);
            }
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream()).get(20, TimeUnit.SECONDS);
            status = response.statusCode();
            accelBuffering = response.headers().firstValue("X-Accel-Buffering").orElse(null);
            body = response.body();
            if (status == 200) {
                Thread reader = new Thread(this::read, "sse-test-client");
                reader.setDaemon(true);
                reader.start();
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String name = null;
                String id = null;
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (name != null) {
                            events.add(new Event(name, id, JsonMapper.shared().readTree(data.toString())));
                        }
                        name = null;
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            } catch (Exception closed) {
                // the test closed the stream
            } finally {
                ended.countDown();
            }
        }

        /** The next event of that name (others before it are skipped). */
        Event next(String name) throws InterruptedException {
            while (true) {
                Event event = events.poll(20, TimeUnit.SECONDS);
                if (event == null) {
                    throw new AssertionError("no " + name + " event arrived");
                }
                if (event.name().equals(name)) {
                    return event;
                }
            }
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }

    UUID send(String token, UUID conversation, String body) throws Exception {
        MvcResult result = post(token, "{\"body\":\"" + body + "\"}", "/api/conversations/{id}/messages", conversation);
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(json(result).get("id").asString());
    }

    @Test
    void newMessagesEditsDeletionsAndReceiptsReachConnectedParticipantsOnly() throws Exception {
        Club club = club();
        UUID direct = conversation(club.player(0), direct(club.players.get(1)));
        try (SseClient sender = new SseClient(club.player(0), null);
             SseClient participant = new SseClient(club.player(1), null);
             SseClient outsider = new SseClient(club.player(2), null)) {
            sender.next("ready");
            participant.next("ready");
            outsider.next("ready");
            // a reverse proxy (the compose gateway, ingress-nginx) passes the stream on unbuffered
            assertThat(participant.accelBuffering).isEqualTo("no");

            UUID message = send(club.player(0), direct, "Ride to the game?");
            Event created = participant.next("message.created");
            assertThat(created.id()).isEqualTo(message.toString());
            assertThat(created.data().get("body").asString()).isEqualTo("Ride to the game?");
            assertThat(created.data().get("conversationId").asString()).isEqualTo(direct.toString());

            call(MockMvcRequestBuilders.patch("/api/messages/{id}", message).contentType("application/json")
                    .content("{\"body\":\"Ride to the game at 5?\"}"), club.player(0));
            assertThat(participant.next("message.edited").data().get("body").asString())
                    .isEqualTo("Ride to the game at 5?");
            assertThat(status(post(club.player(1), "{}", "/api/conversations/{id}/read", direct))).isEqualTo(204);
            Event receipt = sender.next("receipt.updated");
            assertThat(receipt.data().get("userId").asString()).isEqualTo(club.players.get(1).toString());
            assertThat(receipt.data().get("lastReadMessageId").asString()).isEqualTo(message.toString());
            assertThat(status(delete(club.player(0), "/api/messages/{id}", message))).isEqualTo(204);
            assertThat(participant.next("message.deleted").data().get("id").asString()).isEqualTo(message.toString());

            // the outsider's stream got none of it: everything it received by now is the ready event
            assertThat(outsider.events).allSatisfy(e -> assertThat(e.name()).doesNotStartWith("message."));
        }
    }

    @Test
    void aStreamNeedsAValidTokenOfAClub() throws Exception {
        try (SseClient anonymous = new SseClient(null, null);
             SseClient forged = new SseClient("Bearer not-a-token", null)) {
            assertThat(anonymous.status).isEqualTo(401);
            assertThat(forged.status).isEqualTo(401);
        }
        assertThat(status(get(null, "/api/stream"))).isEqualTo(401);
    }

    @Test
    void aReconnectingClientGetsWhatItMissedSinceItsLastMessage() throws Exception {
        Club club = club();
        UUID group = conversation(club.coach(), "{\"type\":\"group\",\"title\":\"Bus\",\"participantIds\":[\"%s\"]}"
                .formatted(club.players.get(0)));
        UUID seen = send(club.coach(), group, "first");
        UUID second = send(club.coach(), group, "second");
        UUID third = send(club.player(0), group, "third");
        UUID elsewhere = conversation(club.coach(), direct(club.players.get(1)));
        send(club.coach(), elsewhere, "not for player 0");
        try (SseClient back = new SseClient(club.player(0), seen.toString())) {
            back.next("ready");
            assertThat(back.next("message.created").id()).isEqualTo(second.toString());
            assertThat(back.next("message.created").id()).isEqualTo(third.toString());
            UUID live = send(club.coach(), group, "live");
            assertThat(back.next("message.created").id()).isEqualTo(live.toString());
        }
        try (SseClient other = new SseClient(club().player(0), seen.toString())) {
            other.next("ready");
            // another club's id replays nothing, and that club's messages never reach this stream
            send(club.coach(), group, "after");
            assertThat(other.events.poll(1, TimeUnit.SECONDS)).isNull();
        }
    }

    @Test
    void aMessagePostedOnOneReplicaReachesAStreamOfAnotherOverCoreNats() throws Exception {
        Club club = club();
        UUID direct = conversation(club.player(0), direct(club.players.get(1)));
        Connection replica = Nats.connect(nats.getUrl());
        try (SseClient participant = new SseClient(club.player(1), null)) {
            participant.next("ready");
            // this replica publishes every push on the core subject: another replica subscribed to it receives it
            Subscription otherReplica = replica.subscribe(realtime.subject() + ".push");
            replica.flush(Duration.ofSeconds(5));
            UUID message = send(club.player(0), direct, "through NATS");
            io.nats.client.Message wire = otherReplica.nextMessage(Duration.ofSeconds(20));
            assertThat(wire).as("the push on core NATS").isNotNull();
            JsonNode push = JsonMapper.shared().readTree(new String(wire.getData(), StandardCharsets.UTF_8));
            assertThat(push.get("event").asString()).isEqualTo("message.created");
            assertThat(push.get("userIds").toString()).contains(club.players.get(0).toString(),
                    club.players.get(1).toString());
            assertThat(push.get("id").asString()).isEqualTo(message.toString());

            // and a push another replica publishes (a message posted there) reaches this replica's stream
            UUID remote = UUID.randomUUID();
            replica.publish(realtime.subject() + ".push", JsonMapper.shared().writeValueAsBytes(new RealtimeEvent(
                    List.of(club.players.get(1)), "message.created", remote.toString(),
                    java.util.Map.of("id", remote, "conversationId", direct, "body", "posted on replica B"))));
            Event received = participant.next("message.created");
            while (!received.id().equals(remote.toString())) {
                received = participant.next("message.created");
            }
            assertThat(received.data().get("body").asString()).isEqualTo("posted on replica B");
        } finally {
            replica.close();
        }
    }

    @Test
    void openStreamsEndAsSoonAsShutdownBeginsSoTheServerNeedNotWaitForThem(
            @Autowired StreamsEndFirstAtShutdown shutdown) throws Exception {
        Club club = club();
        try (SseClient player = new SseClient(club.player(2), null)) {
            player.next("ready");
            awaitConnected(club.players.get(2), 1);

            shutdown.stop();

            assertThat(player.ended.await(10, TimeUnit.SECONDS)).as("the server ended the stream").isTrue();
            awaitConnected(club.players.get(2), 0);
        } finally {
            shutdown.start();
        }
    }

    @Test
    void anUrgentNotificationIsPushedAtOnce() throws Exception {
        Club club = club();
        try (SseClient player = new SseClient(club.player(2), null)) {
            player.next("ready");
            String id = json(post(club.admin(), """
                    {"scope":"club","title":"Rink closed","body":"No practice today.","priority":"urgent"}""",
                    "/api/broadcasts")).get("id").asString();
            assertThat(status(post(club.admin(), "{}", "/api/broadcasts/{id}/send", id))).isEqualTo(200);
            Event notification = player.next("notification.created");
            assertThat(notification.data().get("title").asString()).isEqualTo("Rink closed");
            assertThat(notification.data().get("priority").asString()).isEqualTo("urgent");
        }
    }

    @Test
    void aClientThatStopsReadingHoldsUpNobodyElseAndIsDroppedOnceTooFarBehind() throws Exception {
        Club club = club();
        UUID slowUser = club.players.get(0);
        UUID fastUser = club.players.get(1);
        // a client that opens its stream and never reads from it: its socket buffers fill, then writes to it block
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress("localhost", port), 5_000);
            slow.getOutputStream().write(("GET /api/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Authorization: " + club.player(0) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();
            awaitConnected(slowUser, 1);
            try (SseClient fast = new SseClient(club.player(1), null)) {
                fast.next("ready");
                // far more than the socket buffers hold, and more pushes than a stream may have pending
                String page = "x".repeat(64 * 1024);
                for (int i = 0; i < realtime.maxPending() + 64; i++) {
                    hub.push(List.of(slowUser), "message.created", null, java.util.Map.of("n", i, "body", page));
                }
                hub.push(List.of(fastUser), "message.created", "fast", java.util.Map.of("body", "for the fast one"));
                // delivered although the slow client's writes are stuck (before: behind them on one dispatcher)
                Event received = fast.next("message.created");
                assertThat(received.id()).isEqualTo("fast");
                assertThat(received.data().get("body").asString()).isEqualTo("for the fast one");
                // the slow stream is dropped (it would reconnect with Last-Event-ID); the fast one stays
                awaitConnected(slowUser, 0);
                assertThat(hub.connected(fastUser)).isEqualTo(1);
            }
        }
    }

    private void awaitConnected(UUID user, int streams) throws InterruptedException {
        for (int i = 0; i < 200 && hub.connected(user) != streams; i++) {
            Thread.sleep(100);
        }
        assertThat(hub.connected(user)).as("streams of " + user).isEqualTo(streams);
    }
}
