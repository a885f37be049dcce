package com.hockeyhub.communication.message;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.communication.CommunicationApiTestBase;
import com.hockeyhub.communication.StatementCounter;
import com.hockeyhub.shared.roster.RosterPerson;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQL a message POST and a history page cost does not grow with the conversation's size (issue 15). */
class MessageStatementBudgetTest extends CommunicationApiTestBase {

    private UUID group(Club club, int others) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < others; i++) {
            UUID person = UUID.randomUUID();
            roster.savePerson(new RosterPerson(person, club.id, person + "@example.test", "Test", "Member",
                    List.of("player"), true), true);
            ids.add("\"" + person + "\"");
        }
        return conversation(club.admin(), "{\"type\":\"group\",\"title\":\"Group of " + others
                + "\",\"participantIds\":[" + String.join(",", ids) + "]}");
    }

    private List<String> postStatements(Club club, UUID conversation) throws Exception {
        StatementCounter.start();
        MvcResult result = post(club.admin(), "{\"body\":\"hello\"}", "/api/conversations/{id}/messages", conversation);
        List<String> statements = StatementCounter.stop();
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return statements;
    }

    private List<String> pageStatements(Club club, UUID conversation, int size) throws Exception {
        StatementCounter.start();
        MvcResult result = get(club.admin(), "/api/conversations/{id}/messages?size=" + size, conversation);
        List<String> statements = StatementCounter.stop();
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return statements;
    }

    @Test
    void aPostCostsTheSameStatementsForThreeAndForSixtyParticipants() throws Exception {
        Club club = club();
        UUID small = group(club, 2);
        UUID large = group(club, 59);
        postStatements(club, small);
        postStatements(club, large);

        List<String> forThree = postStatements(club, small);
        List<String> forSixty = postStatements(club, large);

        assertThat(forSixty).as("statements of a POST to 60 participants vs 3").hasSameSizeAs(forThree);
        // the conversation with the membership (one query), the message, the recipients' ids, the outbox, the read mark
        assertThat(forThree).as("statements of a POST: %s", forThree).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void aHistoryPageCostsTheSameStatementsWhateverItsSizeAndTheConversationsSize() throws Exception {
        Club club = club();
        UUID small = group(club, 2);
        UUID large = group(club, 59);
        for (int i = 0; i < 30; i++) {
            postStatements(club, small);
            postStatements(club, large);
        }
        pageStatements(club, small, 2);

        List<String> fewOfThree = pageStatements(club, small, 2);
        List<String> manyOfSixty = pageStatements(club, large, 30);

        assertThat(manyOfSixty).as("statements of a page of 30 in a group of 60 vs 2 in a group of 3")
                .hasSameSizeAs(fewOfThree);
        assertThat(fewOfThree).as("statements of a page").hasSizeLessThanOrEqualTo(3); // the conversation with the membership, the page, its reactions
    }
}
