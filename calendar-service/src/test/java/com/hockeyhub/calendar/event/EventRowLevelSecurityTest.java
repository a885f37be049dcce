package com.hockeyhub.calendar.event;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static org.assertj.core.api.Assertions.assertThat;

/** Row-level security under the code's checks: a repository query without its club filter sees nothing foreign. */
@IntegrationTest
class EventRowLevelSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcRoster roster;
    @Autowired
    EventRepository events;

    @Test
    void aRepositoryQueryWithoutItsClubFilterReturnsNothingForeign() {
        Api api = new Api(mvc, json);
        Club mine = new Club().register(roster);
        Club theirs = new Club().register(roster);
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        UUID ours = api.post(mine.admin(), event("Ours", "meeting", start, start.plus(Duration.ofHours(1))),
                "/api/events").id();
        UUID foreign = api.post(theirs.admin(), event("Theirs", "meeting", start, start.plus(Duration.ofHours(1))),
                "/api/events").id();

        try (SignedIn request = SignedIn.as(mine.org, Role.COACH)) {
            List<UUID> seen = events.findAll().stream().map(Event::getId).toList(); // no club filter at all
            assertThat(seen).contains(ours).doesNotContain(foreign);
            assertThat(events.findById(foreign)).isEmpty();

            request.signOut(); // nobody signed in and nothing said: nothing
            assertThat(events.findById(ours)).isEmpty();
        }
        assertThat(events.findById(foreign)).isPresent(); // work that says it spans clubs (this test's own)
    }
}
