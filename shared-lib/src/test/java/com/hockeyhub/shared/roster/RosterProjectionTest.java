package com.hockeyhub.shared.roster;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.user.UserEvents.FamilyLinkChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.SignedIn;
import com.hockeyhub.shared.testapp.events.EventTestService;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class RosterProjectionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    EventTestService events;
    @Autowired
    Roster roster;
    @Autowired
    JdbcRoster jdbcRoster;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theClubsPeopleAreFoundInOneQueryAndNoOtherClubsOrUnknownOnes() {
        UUID club = UUID.randomUUID();
        UUID otherClub = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID memberOnly = UUID.randomUUID();
        UUID otherClubs = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        jdbcRoster.savePerson(new RosterPerson(person, club, null, "Pia", "Person", List.of("player"), true), true);
        jdbcRoster.saveMember(new RosterMember(team, memberOnly, club, "player", 4, "defense"), true);
        jdbcRoster.savePerson(new RosterPerson(otherClubs, otherClub, null, "Oto", "Other", List.of("player"), true),
                true);

        assertThat(roster.ofClub(club, List.of(person, memberOnly, otherClubs, unknown)))
                .containsExactlyInAnyOrder(person, memberOnly);
        assertThat(roster.ofClub(otherClub, List.of(person, memberOnly, otherClubs))).containsExactly(otherClubs);
        assertThat(roster.ofClub(club, List.of())).isEmpty();
        assertThat(roster.isOfClub(club, memberOnly)).isTrue();
        assertThat(roster.isOfClub(club, otherClubs)).isFalse();
        assertThat(roster.isOfClub(club, unknown)).isFalse();

        // a list filter: the club's people pass; a former member only where the club's rows still name them
        roster.requireKnownToClub(club, memberOnly, formerMember -> false);
        roster.requireKnownToClub(club, null, formerMember -> false);
        roster.requireKnownToClub(club, unknown, unknown::equals);
        assertThatThrownBy(() -> roster.requireKnownToClub(club, otherClubs, formerMember -> false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void teamsMembersPeopleAndFamiliesFollowUserServicesEvents() {
        UUID club = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        UUID player = UUID.randomUUID();
        UUID coach = UUID.randomUUID();
        UUID parent = UUID.randomUUID();
        events.publish(EventTypes.TEAM_CREATED, club, new TeamChanged(team, club, "U14 A", "youth", "U14", "2026"));
        events.publish(EventTypes.USER_CREATED, club, new UserChanged(player, club, "p@x.test", "Pia", "Puck",
                List.of("player"), true));
        events.publish(EventTypes.TEAM_MEMBER_ADDED, club, new TeamMemberChanged(team, coach, club, "coach", null, null));
        events.publish(EventTypes.TEAM_MEMBER_ADDED, club, new TeamMemberChanged(team, player, club, "player", 9, "center"));
        events.publish(EventTypes.FAMILY_LINK_CREATED, club, new FamilyLinkChanged(parent, player, club, "mother", true));

        await().atMost(PATIENCE).until(() -> roster.members(team).size() == 2 && !roster.childrenOf(parent).isEmpty()
                && roster.person(player).isPresent() && roster.team(team).isPresent());
        assertThat(roster.team(team).orElseThrow().organizationId()).isEqualTo(club);
        assertThat(roster.players(team)).extracting(RosterMember::userId).containsExactly(player);
        assertThat(roster.players(team).get(0).jerseyNumber()).isEqualTo(9);
        assertThat(roster.isMember(team, coach)).isTrue();
        assertThat(roster.isTeamOf(team, club)).isTrue();
        assertThat(roster.isTeamOf(team, UUID.randomUUID())).isFalse();
        assertThat(roster.memberships(player)).extracting(RosterMember::teamId).containsExactly(team);
        assertThat(roster.person(player).orElseThrow().displayName()).isEqualTo("Pia Puck");
        assertThat(roster.primaryContactOf(player)).contains(parent);
        assertThat(roster.parentsOf(player)).containsExactly(parent);

        events.publish(EventTypes.TEAM_MEMBER_REMOVED, club, new TeamMemberChanged(team, coach, club, "coach", null, null));
        events.publish(EventTypes.USER_DELETED, club, new UserDeleted(player, club));
        await().atMost(PATIENCE).until(() -> roster.members(team).isEmpty() && roster.person(player).isEmpty());
        assertThat(roster.childrenOf(parent)).isEmpty();
        assertThat(roster.isMember(team, coach)).isFalse();
    }

    @Test
    void anOlderMembershipChangeArrivingLateNeverUndoesANewerOne() {
        UUID club = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        UUID player = UUID.randomUUID();
        Instant left = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // the removal is handled first; the addition before it comes late (its consumer was behind, or a replay)
        memberChange(EventTypes.TEAM_MEMBER_REMOVED, club, team, player, 7, left);
        memberChange(EventTypes.TEAM_MEMBER_ADDED, club, team, player, 7, left.minusSeconds(60));
        memberChange(EventTypes.TEAM_MEMBER_ROLE_CHANGED, club, team, player, 8, left.minusSeconds(30));
        assertThat(roster.isMember(team, player)).isFalse();

        // back on the team later: that applies, and an older jersey change after it does not
        memberChange(EventTypes.TEAM_MEMBER_ADDED, club, team, player, 9, left.plusSeconds(60));
        memberChange(EventTypes.TEAM_MEMBER_ROLE_CHANGED, club, team, player, 8, left.plusSeconds(30));
        assertThat(roster.players(team)).extracting(RosterMember::jerseyNumber).containsExactly(9);
        // a redelivery of the old removal changes nothing either
        memberChange(EventTypes.TEAM_MEMBER_REMOVED, club, team, player, 7, left);
        assertThat(roster.isMember(team, player)).isTrue();
    }

    /** user-service's event, its envelope saying it happened at {@code occurredAt}; waits until it was handled. */
    private void memberChange(String type, UUID club, UUID team, UUID player, int jersey, Instant occurredAt) {
        EventEnvelope sent = new TransactionTemplate(transactions).execute(s -> {
            EventEnvelope envelope = events.publish(type, club,
                    new TeamMemberChanged(team, player, club, "player", jersey, "center"));
            jdbc.update("UPDATE hockeyhub_outbox SET envelope = jsonb_set(envelope, '{occurredAt}', to_jsonb(?::text)) "
                    + "WHERE id = ?", occurredAt.toString(), envelope.id());
            return envelope;
        });
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT count(*) FROM hockeyhub_inbox WHERE "
                + "event_id = ? AND consumer LIKE '%roster-member-%' AND status = 'HANDLED'", Long.class, sent.id()) == 1);
    }

    @Test
    void aDeletedTeamTakesItsMembersAlong() {
        UUID club = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        UUID player = UUID.randomUUID();
        events.publish(EventTypes.TEAM_MEMBER_ADDED, club, new TeamMemberChanged(team, player, club, "player", 1, "goalie"));
        events.publish(EventTypes.TEAM_CREATED, club, new TeamChanged(team, club, "Old", "senior", "Senior", "2020"));
        await().atMost(PATIENCE).until(() -> roster.isMember(team, player) && roster.team(team).isPresent());

        events.publish(EventTypes.TEAM_DELETED, club, new TeamChanged(team, club, "Old", "senior", "Senior", "2020"));
        await().atMost(PATIENCE).until(() -> roster.team(team).isEmpty());
        assertThat(roster.memberships(player)).isEmpty();
    }

    @Test
    void theSeedNeverOverwritesWhatAnEventSaidAndASecondRunChangesNothing() {
        new DemoRosterSeed(jdbcRoster, new TransactionTemplate(transactions)).run(null);
        // an event moved player 1 to another jersey after the seed ...
        jdbcRoster.saveMember(new RosterMember(DemoClub.TEAM_U18_AAA, DemoClub.PLAYER_1, DemoClub.ORGANIZATION,
                "player", 91, "center"), true);
        String before = snapshot();
        new DemoRosterSeed(jdbcRoster, new TransactionTemplate(transactions)).run(null);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(roster.players(DemoClub.TEAM_U18_AAA)).extracting(RosterMember::jerseyNumber).contains(91, 4, 31);
        assertThat(roster.primaryContactOf(DemoClub.PLAYER_1)).contains(DemoClub.PEOPLE.get("parent@hockeyhub.demo"));
    }

    @Test
    void aClubMembersConnectionSeesOnlyItsClubsRoster() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        UUID myTeam = UUID.randomUUID();
        UUID theirTeam = UUID.randomUUID();
        jdbcRoster.saveTeam(new RosterTeam(myTeam, mine, "Mine", "U10", "2026"), true);
        jdbcRoster.saveTeam(new RosterTeam(theirTeam, theirs, "Theirs", "U10", "2026"), true);

        try (SignedIn request = SignedIn.as(mine, Role.COACH)) {
            assertThat(roster.team(myTeam)).isPresent();
            assertThat(roster.team(theirTeam)).isEmpty();
        }
        assertThat(roster.team(theirTeam)).isPresent(); // work that says it spans clubs (this test's) sees every club
        try (AcrossClubs.Scope statesNothing = AcrossClubs.suspend()) {
            assertThat(roster.team(myTeam)).isEmpty(); // and work that says nothing sees none
        }
    }

    private String snapshot() {
        return jdbc.queryForList("SELECT team_id, user_id, team_role, jersey_number, position, updated_at"
                + " FROM hockeyhub_roster_member ORDER BY team_id, user_id").toString()
                + jdbc.queryForList("SELECT * FROM hockeyhub_roster_family_link ORDER BY parent_id, child_id")
                + jdbc.queryForList("SELECT * FROM hockeyhub_roster_person ORDER BY user_id");
    }
}
