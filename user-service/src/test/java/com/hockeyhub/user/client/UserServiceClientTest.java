package com.hockeyhub.user.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.user.ChildLinkDto;
import com.hockeyhub.shared.api.user.TeamMemberDto;
import com.hockeyhub.shared.api.user.UserDto;
import com.hockeyhub.shared.client.ClientProperties;
import com.hockeyhub.shared.client.RemoteClientErrorException;
import com.hockeyhub.shared.client.RemoteNotFoundException;
import com.hockeyhub.shared.client.ServiceClients;
import com.hockeyhub.shared.client.ServiceTokenProvider;
import com.hockeyhub.shared.client.UserServiceClient;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRole;
import com.hockeyhub.user.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * shared-lib's {@link UserServiceClient} against the real user-service on its random port, called the way
 * calendar-service calls it from an event handler: with a service token obtained by client credentials.
 */
@IntegrationTest
class UserServiceClientTest {

    /** calendar-service's development secret from application.yml. */
    private static final String CALENDAR_SECRET = "dev-secret-calendar-service";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;
    @Autowired
    ObjectProvider<RestClient.Builder> restClientBuilders;
    RestClient.Builder restClients;
    @Autowired
    JsonMapper json;

    Fixtures fixtures;
    Organization club;
    ServiceTokenProvider tokens;
    UserServiceClient client;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        club = fixtures.club();
        restClients = restClientBuilders.getIfAvailable(RestClient::builder);
        ClientProperties properties = new ClientProperties();
        ClientProperties.Target target = new ClientProperties.Target();
        target.setUrl("http://127.0.0.1:" + port);
        properties.getClients().put(UserServiceClient.TARGET, target);
        properties.getServiceToken().setClientSecret(CALENDAR_SECRET);
        tokens = new ServiceTokenProvider(properties, environment, restClients, "calendar-service");
        client = new ServiceClients(properties, environment, restClients, tokens, json)
                .create(UserServiceClient.class, UserServiceClient.TARGET);
    }

    @Test
    void aUserIsFetchedWithTheirClubAndRoles() {
        User coach = fixtures.user(club, Role.COACH);

        UserDto dto = client.getUser(coach.getId());

        assertThat(dto.id()).isEqualTo(coach.getId());
        assertThat(dto.email()).isEqualTo(coach.getEmail());
        assertThat(dto.organizationId()).isEqualTo(club.getId());
        assertThat(dto.roles()).containsExactly("coach");
        assertThat(client.findUser(coach.getId())).contains(dto);
        assertThat(tokens.issuedCount()).isEqualTo(1);
    }

    @Test
    void anUnknownUserIsATypedNotFound() {
        UUID nobody = UUID.randomUUID();

        assertThat(client.findUser(nobody)).isEmpty();
        assertThatThrownBy(() -> client.getUser(nobody)).isInstanceOfSatisfying(RemoteNotFoundException.class,
                e -> assertThat(e.target()).isEqualTo(UserServiceClient.TARGET));
        assertThatThrownBy(() -> client.getChildren(nobody)).isInstanceOf(RemoteNotFoundException.class);
        assertThatThrownBy(() -> client.getAllTeamMembers(nobody)).isInstanceOf(RemoteNotFoundException.class);
    }

    @Test
    void aBatchReturnsTheKnownUsersInAnyNumber() {
        User a = fixtures.user(club, Role.PLAYER);
        User b = fixtures.user(club, Role.PARENT);
        List<UUID> ids = new ArrayList<>(List.of(a.getId(), b.getId(), a.getId()));
        // more than one batch of 500: the client splits the request
        for (int i = 0; i < UserServiceClient.MAX_BATCH; i++) {
            ids.add(UUID.randomUUID());
        }

        List<UserDto> found = client.getUsers(ids);

        assertThat(found).extracting(UserDto::id).containsExactlyInAnyOrder(a.getId(), b.getId());
        assertThat(found).extracting(UserDto::organizationId).containsOnly(club.getId());
    }

    @Test
    void theWholeActiveRosterIsRead() {
        Team team = fixtures.team(club);
        List<UUID> expected = new ArrayList<>();
        for (int jersey = 1; jersey <= 3; jersey++) {
            User player = fixtures.user(club, Role.PLAYER);
            fixtures.member(team, player, TeamRole.PLAYER, jersey);
            expected.add(player.getId());
        }
        User coach = fixtures.user(club, Role.COACH);
        fixtures.member(team, coach, TeamRole.COACH, null);
        expected.add(coach.getId());

        List<TeamMemberDto> roster = client.getAllTeamMembers(team.getId());

        assertThat(roster).extracting(TeamMemberDto::userId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(roster).allSatisfy(m -> assertThat(m.teamId()).isEqualTo(team.getId()));
        assertThat(roster).filteredOn(m -> "player".equals(m.teamRole())).extracting(TeamMemberDto::jerseyNumber)
                .containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void aParentsChildrenAreListed() {
        User parent = fixtures.user(club, Role.PARENT);
        User child = fixtures.user(club, Role.PLAYER, LocalDate.now().minusYears(11));
        fixtures.link(club, parent, child);

        List<ChildLinkDto> children = client.getChildren(parent.getId());

        assertThat(children).singleElement().satisfies(link -> {
            assertThat(link.parentId()).isEqualTo(parent.getId());
            assertThat(link.childId()).isEqualTo(child.getId());
            assertThat(link.organizationId()).isEqualTo(club.getId());
            assertThat(link.childName()).isEqualTo(child.getFullName());
        });
    }

    @Test
    void aWrongClientSecretIsATypedClientError() {
        ClientProperties properties = new ClientProperties();
        ClientProperties.Target target = new ClientProperties.Target();
        target.setUrl("http://127.0.0.1:" + port);
        properties.getClients().put(UserServiceClient.TARGET, target);
        properties.getServiceToken().setClientSecret("not-the-secret");
        ServiceTokenProvider wrong = new ServiceTokenProvider(properties, environment, restClients, "calendar-service");
        UserServiceClient rejected = new ServiceClients(properties, environment, restClients, wrong, json)
                .create(UserServiceClient.class, UserServiceClient.TARGET);

        assertThatThrownBy(() -> rejected.getUser(UUID.randomUUID()))
                .isInstanceOfSatisfying(RemoteClientErrorException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
}
