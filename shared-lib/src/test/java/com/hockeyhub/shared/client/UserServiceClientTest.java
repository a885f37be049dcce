package com.hockeyhub.shared.client;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.user.ChildLinkDto;
import com.hockeyhub.shared.api.user.TeamMemberDto;
import com.hockeyhub.shared.api.user.UserDto;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.testapp.client.FakeUserServiceController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link UserServiceClient} against endpoints shaped like user-service's (the real service is tested there). */
@IntegrationTest
class UserServiceClientTest {

    @Autowired
    ServiceClients clients;
    @Autowired
    FakeUserServiceController userService;
    @Autowired
    UserServiceClient configured;

    private UserServiceClient client() {
        return clients.create(UserServiceClient.class, "self");
    }

    @Test
    void everyServiceHasAUserServiceClientBean() {
        assertThat(configured).isNotNull();
    }

    @Test
    void aUserIsFetchedOrReportedMissing() {
        UserDto ada = userService.addUser("Ada");

        assertThat(client().getUser(ada.id())).isEqualTo(ada);
        assertThat(client().findUser(ada.id())).contains(ada);
        assertThat(client().findUser(UUID.randomUUID())).isEmpty();
        assertThatThrownBy(() -> client().getUser(UUID.randomUUID())).isInstanceOf(RemoteNotFoundException.class);
    }

    @Test
    void aBatchLookupReturnsTheKnownUsersWithAnIdempotencyKey() {
        UserDto ada = userService.addUser("Ada");
        UserDto bo = userService.addUser("Bo");
        int keysBefore = userService.batchKeys().size();

        List<UserDto> found = client().getUsers(List.of(ada.id(), bo.id(), UUID.randomUUID(), ada.id()));

        assertThat(found).containsExactlyInAnyOrder(ada, bo);
        List<String> keys = userService.batchKeys().subList(keysBefore, userService.batchKeys().size());
        assertThat(keys).hasSize(1).allSatisfy(key -> assertThat(UUID.fromString(key)).isNotNull());
    }

    @Test
    void theWholeRosterIsReadPageByPage() {
        List<TeamMemberDto> roster = client().getAllTeamMembers(UUID.randomUUID());

        assertThat(roster).hasSize(FakeUserServiceController.ROSTER_SIZE);
        assertThat(roster).extracting(TeamMemberDto::jerseyNumber).doesNotHaveDuplicates();
    }

    @Test
    void aParentsChildrenAreListed() {
        UUID parent = UUID.randomUUID();
        List<ChildLinkDto> children = client().getChildren(parent);

        assertThat(children).singleElement().satisfies(link -> {
            assertThat(link.parentId()).isEqualTo(parent);
            assertThat(link.childName()).isEqualTo("Kim Kid");
        });
    }
}
