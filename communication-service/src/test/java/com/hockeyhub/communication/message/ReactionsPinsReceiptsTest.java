package com.hockeyhub.communication.message;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.communication.CommunicationApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReactionsPinsReceiptsTest extends CommunicationApiTestBase {

    UUID send(String token, UUID conversation, String json) throws Exception {
        MvcResult result = post(token, json, "/api/conversations/{id}/messages", conversation);
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(json(result).get("id").asString());
    }

    UUID group(Club club) throws Exception {
        return conversation(club.coach(), "{\"type\":\"group\",\"title\":\"Lines\",\"participantIds\":[\"%s\",\"%s\"]}"
                .formatted(club.players.get(0), club.players.get(1)));
    }

    @Test
    void aReactionIsUniquePerPersonAndEmojiEvenWhenConcurrent() throws Exception {
        Club club = club();
        UUID group = group(club);
        UUID message = send(club.coach(), group, "{\"body\":\"Great game\"}");
        String fire = "{\"emoji\":\"🔥\"}";

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Callable<Integer> react = () -> {
                    start.await();
                    return status(post(club.player(0), fire, "/api/messages/{id}/reactions", message));
                };
                results.add(pool.submit(react));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
        assertThat(status(post(club.player(1), fire, "/api/messages/{id}/reactions", message))).isEqualTo(201);
        assertThat(status(post(club.player(1), "{\"emoji\":\"👍\"}", "/api/messages/{id}/reactions", message)))
                .isEqualTo(201);
        JsonNode reactions = json(get(club.coach(), "/api/conversations/{id}/messages", group))
                .at("/messages/0/reactions");
        assertThat(reactions.findValuesAsString("emoji")).containsExactly("🔥", "👍");
        assertThat(reactions.get(0).get("count").asInt()).isEqualTo(2);

        assertThat(status(delete(club.player(1), "/api/messages/{id}/reactions/{e}", message, "👍"))).isEqualTo(204);
        assertThat(status(delete(club.player(1), "/api/messages/{id}/reactions/{e}", message, "👍"))).isEqualTo(404);
        MvcResult blank = post(club.player(0), "{\"emoji\":\" \"}", "/api/messages/{id}/reactions", message);
        assertThat(status(blank)).isEqualTo(400);
        assertThat(field(blank)).isEqualTo("emoji");
        assertThat(status(post(club.player(2), fire, "/api/messages/{id}/reactions", message))).isEqualTo(403);
        Club other = club();
        assertThat(status(post(other.player(0), fire, "/api/messages/{id}/reactions", message))).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM message_reactions WHERE message_id = ?", message)).isEqualTo(2);
    }

    @Test
    void adminsPinAndRepliesStayInTheirConversation() throws Exception {
        Club club = club();
        UUID group = group(club);
        UUID first = send(club.coach(), group, "{\"body\":\"Lines for Saturday: see the board\"}");
        UUID reply = send(club.player(0), group, "{\"body\":\"Which board?\",\"replyToId\":\"%s\"}".formatted(first));
        assertThat(json(get(club.coach(), "/api/conversations/{id}/messages", group)).at("/messages/0/replyToId")
                .asString()).isEqualTo(first.toString());
        UUID direct = conversation(club.player(0), direct(club.players.get(1)));
        MvcResult elsewhere = post(club.player(0), "{\"body\":\"x\",\"replyToId\":\"%s\"}".formatted(first),
                "/api/conversations/{id}/messages", direct);
        assertThat(status(elsewhere)).isEqualTo(400);
        assertThat(field(elsewhere)).isEqualTo("replyToId");

        assertThat(status(put(club.player(0), "{\"pinned\":true}", "/api/messages/{id}/pin", first))).isEqualTo(403);
        JsonNode pinned = json(put(club.coach(), "{\"pinned\":true}", "/api/messages/{id}/pin", first));
        assertThat(pinned.get("pinnedBy").asString()).isEqualTo(club.coachId.toString());
        assertThat(json(get(club.player(1), "/api/conversations/{id}/pins", group)).findValuesAsString("id"))
                .containsExactly(first.toString());
        assertThat(status(put(club.coach(), "{\"pinned\":false}", "/api/messages/{id}/pin", first))).isEqualTo(200);
        assertThat(json(get(club.player(1), "/api/conversations/{id}/pins", group))).isEmpty();
        UUID inDirect = send(club.player(1), direct, "{\"body\":\"address: Rink 2\"}");
        assertThat(status(put(club.player(0), "{\"pinned\":true}", "/api/messages/{id}/pin", inDirect)))
                .isEqualTo(200);
        assertThat(status(get(club.player(2), "/api/conversations/{id}/pins", group))).isEqualTo(403);
        assertThat(reply).isNotNull();
    }

    @Test
    void readReceiptsSayWhoReadUpToWhichMessage() throws Exception {
        Club club = club();
        UUID group = group(club);
        UUID first = send(club.coach(), group, "{\"body\":\"one\"}");
        UUID second = send(club.coach(), group, "{\"body\":\"two\"}");
        assertThat(status(post(club.player(0), "{}", "/api/conversations/{id}/read?upTo=" + first, group)))
                .isEqualTo(204);
        assertThat(status(post(club.player(1), "{}", "/api/conversations/{id}/read", group))).isEqualTo(204);
        JsonNode receipts = json(get(club.coach(), "/api/conversations/{id}/receipts", group));
        assertThat(receipt(receipts, club.coachId)).isEqualTo(second.toString());
        assertThat(receipt(receipts, club.players.get(0))).isEqualTo(first.toString());
        assertThat(receipt(receipts, club.players.get(1))).isEqualTo(second.toString());
        // the mark never moves back
        assertThat(status(post(club.player(1), "{}", "/api/conversations/{id}/read?upTo=" + first, group)))
                .isEqualTo(204);
        assertThat(receipt(json(get(club.coach(), "/api/conversations/{id}/receipts", group)), club.players.get(1)))
                .isEqualTo(second.toString());

        MvcResult foreign = post(club.player(0), "{}", "/api/conversations/{id}/read?upTo=" + UUID.randomUUID(), group);
        assertThat(status(foreign)).isEqualTo(400);
        assertThat(field(foreign)).isEqualTo("upTo");
        assertThat(status(get(club.player(2), "/api/conversations/{id}/receipts", group))).isEqualTo(403);
        assertThat(status(get(club().admin(), "/api/conversations/{id}/receipts", group))).isEqualTo(404);
    }

    @Test
    void aMessageIsEditedWithinFifteenMinutesOnly() throws Exception {
        Club club = club();
        UUID direct = conversation(club.player(0), direct(club.players.get(1)));
        UUID message = send(club.player(0), direct, "{\"body\":\"see you at 5\"}");
        jdbc.update("UPDATE messages SET created_at = created_at - interval '16 minutes' WHERE id = ?", message);
        MvcResult late = call(MockMvcRequestBuilders.patch("/api/messages/{id}", message)
                .contentType("application/json").content("{\"body\":\"see you at 6\"}"), club.player(0));
        assertThat(status(late)).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT body FROM messages WHERE id = ?", String.class, message))
                .isEqualTo("see you at 5");
    }

    static String receipt(JsonNode receipts, UUID user) {
        for (JsonNode r : receipts) {
            if (r.get("userId").asString().equals(user.toString())) {
                return r.get("lastReadMessageId").asString();
            }
        }
        throw new AssertionError("no receipt for " + user);
    }
}
