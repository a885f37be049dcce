package com.hockeyhub.communication.message;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.communication.CommunicationApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTest extends CommunicationApiTestBase {

    UUID send(String token, UUID conversation, String body) throws Exception {
        MvcResult result = post(token, "{\"body\":\"" + body + "\"}", "/api/conversations/{id}/messages",
                conversation);
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(json(result).get("id").asString());
    }

    int unread(String token, UUID conversation) throws Exception {
        for (JsonNode entry : json(get(token, "/api/conversations")).get("conversations")) {
            if (entry.get("conversationId").asString().equals(conversation.toString())) {
                return entry.get("unread").asInt();
            }
        }
        throw new AssertionError("not in the inbox");
    }

    @Test
    void messagesPageNewestFirstAndUnreadCountsFollow() throws Exception {
        Club club = club();
        UUID id = conversation(club.player(0), direct(club.players.get(1)));
        assertThat(unread(club.player(1), id)).isZero();
        for (int i = 1; i <= 5; i++) {
            send(club.player(0), id, "message " + i);
        }
        assertThat(unread(club.player(1), id)).isEqualTo(5);
        assertThat(unread(club.player(0), id)).isZero();
        java.util.List<JsonNode> sent = published(com.hockeyhub.shared.api.communication.CommunicationEvents.MESSAGE_SENT,
                club.id);
        assertThat(sent).hasSize(5);
        assertThat(sent.get(0).get("recipientIds").toString()).contains(club.players.get(1).toString())
                .doesNotContain(club.players.get(0).toString());
        assertThat(sent.get(0).has("body")).isFalse();

        JsonNode page = json(get(club.player(1), "/api/conversations/{id}/messages?size=2", id));
        assertThat(page.findValuesAsString("body")).containsExactly("message 5", "message 4");
        JsonNode older = json(get(club.player(1), "/api/conversations/{id}/messages?size=2&before="
                + page.get("next").asString(), id));
        assertThat(older.findValuesAsString("body")).containsExactly("message 3", "message 2");

        assertThat(status(post(club.player(1), "{}", "/api/conversations/{id}/read", id))).isEqualTo(204);
        assertThat(unread(club.player(1), id)).isZero();
        send(club.player(0), id, "one more");
        assertThat(unread(club.player(1), id)).isEqualTo(1);
    }

    /**
     * A cached inbox is tagged with the conversations it lists, and a message evicts its conversation's tag; an inbox
     * at its limit of 200 may leave out the conversation a message comes to, and is evicted by every message of the
     * club.
     */
    @Test
    void aMessageReachesAFullInboxThatDidNotListItsConversation() throws Exception {
        Club club = club();
        UUID me = club.players.get(0);
        UUID quiet = conversation(club.player(1), direct(me));
        jdbc.update("UPDATE conversations SET created_at = now() - interval '1 day' WHERE id = ?", quiet);
        for (int i = 0; i < 200; i++) {
            UUID busy = UUID.randomUUID();
            jdbc.update("INSERT INTO conversations (id, organization_id, type, title, created_at, updated_at) "
                    + "VALUES (?, ?, 'group', ?, now(), now())", busy, club.id, "Group " + i);
            jdbc.update("INSERT INTO conversation_participants (id, organization_id, conversation_id, user_id, role, "
                    + "joined_at) VALUES (?, ?, ?, ?, 'member', now())", UUID.randomUUID(), club.id, busy, me);
        }
        JsonNode full = json(get(club.player(0), "/api/conversations")).get("conversations");
        assertThat(full).hasSize(200);
        assertThat(full.findValuesAsString("conversationId")).doesNotContain(quiet.toString());

        send(club.player(1), quiet, "are you coming tonight?");

        JsonNode after = json(get(club.player(0), "/api/conversations")).get("conversations");
        assertThat(after.get(0).get("conversationId").asString()).isEqualTo(quiet.toString());
        assertThat(after.get(0).get("unread").asInt()).isEqualTo(1);
    }

    @Test
    void postingMarksWhatCameBeforeAsReadForTheSender() throws Exception {
        Club club = club();
        UUID id = conversation(club.player(0), direct(club.players.get(1)));
        for (int i = 1; i <= 3; i++) {
            send(club.player(0), id, "question " + i);
        }
        assertThat(unread(club.player(1), id)).isEqualTo(3);
        send(club.player(1), id, "answers to all three");
        assertThat(unread(club.player(1), id)).isZero();
        assertThat(unread(club.player(0), id)).isEqualTo(1);
        send(club.player(0), id, "thanks");
        assertThat(unread(club.player(1), id)).isEqualTo(1);
        assertThat(unread(club.player(0), id)).isZero();
    }

    @Test
    void onlyTheSenderEditsAndTheSenderOrAnAdminDeletes() throws Exception {
        Club club = club();
        UUID group = conversation(club.coach(), "{\"type\":\"group\",\"title\":\"Lines\",\"participantIds\":[\"%s\",\"%s\"]}"
                .formatted(club.players.get(0), club.players.get(1)));
        UUID message = send(club.player(0), group, "I can play center");
        assertThat(status(call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .patch("/api/messages/{id}", message).contentType("application/json")
                .content("{\"body\":\"edited by someone else\"}"), club.player(1)))).isEqualTo(403);
        MvcResult edited = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .patch("/api/messages/{id}", message).contentType("application/json")
                .content("{\"body\":\"I can play center or wing\"}"), club.player(0));
        assertThat(json(edited).get("editedAt").isNull()).isFalse();
        assertThat(status(delete(club.player(1), "/api/messages/{id}", message))).isEqualTo(403);
        assertThat(status(delete(club.coach(), "/api/messages/{id}", message))).isEqualTo(204);
        assertThat(json(get(club.player(1), "/api/conversations/{id}/messages", group)).get("messages")).isEmpty();
        Club other = club();
        UUID mine = send(club.player(0), group, "still here");
        assertThat(status(delete(other.admin(), "/api/messages/{id}", mine))).isEqualTo(404);
    }

    @Test
    void badMessagesAreRefusedByName() throws Exception {
        Club club = club();
        UUID id = conversation(club.player(0), direct(club.players.get(1)));
        for (String body : new String[] {"{\"body\":\"   \"}", "{}", "{\"body\":\"" + "x".repeat(4001) + "\"}"}) {
            MvcResult result = post(club.player(0), body, "/api/conversations/{id}/messages", id);
            assertThat(status(result)).isEqualTo(400);
            assertThat(field(result)).isEqualTo("body");
        }
        assertThat(field(get(club.player(0), "/api/conversations/{id}/messages?before=nonsense", id)))
                .isEqualTo("before");
        assertThat(field(get(club.player(0), "/api/conversations/{id}/messages?size=0", id))).isEqualTo("size");
        assertThat(count("SELECT count(*) FROM messages WHERE conversation_id = ?", id)).isZero();
    }

    @Test
    void searchFindsWordsInMyConversationsOnly() throws Exception {
        Club club = club();
        UUID mine = conversation(club.player(0), direct(club.players.get(1)));
        UUID theirs = conversation(club.player(1), direct(club.players.get(2)));
        String word = "zamboni" + UUID.randomUUID().toString().substring(0, 8);
        send(club.player(0), mine, "The " + word + " broke down again");
        send(club.player(1), theirs, "Secret " + word + " plans");
        UUID deleted = send(club.player(1), mine, "another " + word);
        assertThat(status(delete(club.player(1), "/api/messages/{id}", deleted))).isEqualTo(204);

        JsonNode found = json(get(club.player(0), "/api/messages/search?q=" + word));
        assertThat(found.findValuesAsString("body")).containsExactly("The " + word + " broke down again");
        assertThat(json(get(club.player(1), "/api/messages/search?q=" + word))).hasSize(2);
        assertThat(json(get(club().player(0), "/api/messages/search?q=" + word))).isEmpty();
        assertThat(field(get(club.player(0), "/api/messages/search?q="))).isEqualTo("q");
        assertThat(field(get(club.player(0), "/api/messages/search"))).isEqualTo("q");
        assertThat(field(get(club.player(0), "/api/messages/search?q=x&size=500"))).isEqualTo("size");
        assertThat(status(get(null, "/api/messages/search?q=x"))).isEqualTo(401);
        // the candidates come from the words table (V8), which follows sending and deleting
        assertThat(count("SELECT count(*) FROM message_search_words WHERE word = ?", word)).isEqualTo(2);
    }

    @Test
    void searchKeepsPhrasesExclusionsAndOrAndFollowsEdits() throws Exception {
        Club club = club();
        UUID mine = conversation(club.player(0), direct(club.players.get(1)));
        String tag = "rink" + UUID.randomUUID().toString().substring(0, 8);
        UUID early = send(club.player(0), mine, tag + " practice moved to early morning");
        send(club.player(1), mine, tag + " morning skate is early");
        send(club.player(1), mine, tag + " late game tonight");

        assertThat(bodies(club.player(0), tag + " early")).hasSize(2);
        assertThat(bodies(club.player(0), "\"" + tag + " practice\"")).containsExactly(
                tag + " practice moved to early morning");
        assertThat(bodies(club.player(0), tag + " -practice")).containsExactlyInAnyOrder(
                tag + " morning skate is early", tag + " late game tonight");
        assertThat(bodies(club.player(0), tag + " -\"early morning\"")).containsExactlyInAnyOrder(
                tag + " morning skate is early", tag + " late game tonight");
        assertThat(bodies(club.player(0), "practice or tonight " + tag)).hasSize(2);
        assertThat(bodies(club.player(0), tag + " -morning -late")).isEmpty();
        // "-moved-to" excludes the hyphenated word, which no message has: "moved" alone rules nothing out
        assertThat(bodies(club.player(0), tag + " -moved-to")).hasSize(3);
        assertThat(bodies(club.player(0), "-" + tag)).isEmpty();  // nothing to find

        assertThat(status(call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .patch("/api/messages/{id}", early).contentType("application/json")
                .content("{\"body\":\"" + tag + " practice cancelled\"}"), club.player(0)))).isEqualTo(200);
        assertThat(bodies(club.player(0), tag + " early")).containsExactly(tag + " morning skate is early");
        assertThat(bodies(club.player(0), tag + " cancelled")).containsExactly(tag + " practice cancelled");
    }

    private List<String> bodies(String user, String q)
            throws Exception {
        return json(get(user, "/api/messages/search?q={q}", q)).findValuesAsString("body");
    }
}
