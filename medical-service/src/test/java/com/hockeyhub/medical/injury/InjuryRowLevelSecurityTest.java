package com.hockeyhub.medical.injury;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.CurrentUserAuthentication;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Row-level security under the code's checks: a repository query without its club filter sees nothing foreign. */
@IntegrationTest
class InjuryRowLevelSecurityTest extends MedicalApiTestBase {

    @Autowired
    InjuryRepository injuries;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRepositoryQueryWithoutItsClubFilterReturnsNothingForeign() throws Exception {
        Club mine = club();
        Club theirs = club();
        UUID ours = reportInjury(mine, mine.player(), 2, "Sprained ankle", false);
        UUID foreign = reportInjury(theirs, theirs.player(), 2, "Sprained wrist", false);

        try (AcrossClubs.Scope asARequest = AcrossClubs.suspend()) {
            signIn(mine.id);
            List<UUID> seen = injuries.findAll().stream().map(Injury::getId).toList(); // no club filter at all
            assertThat(seen).contains(ours).doesNotContain(foreign);
            assertThat(injuries.findById(foreign)).isEmpty();

            SecurityContextHolder.clearContext(); // nobody signed in and nothing said: nothing
            assertThat(injuries.findById(ours)).isEmpty();
        }
        assertThat(injuries.findById(foreign)).isPresent(); // work that says it spans clubs (this test's own)
    }

    private static void signIn(UUID club) {
        CurrentUser user = new CurrentUser(UUID.randomUUID(), club, "medic@example.test", Set.of(Role.MEDICAL_STAFF),
                Set.of(), Set.of());
        SecurityContextHolder.getContext().setAuthentication(new CurrentUserAuthentication(user, null));
    }
}
