package com.hockeyhub.medical.injury;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Row-level security under the code's checks: a repository query without its club filter sees nothing foreign. */
@IntegrationTest
class InjuryRowLevelSecurityTest extends MedicalApiTestBase {

    @Autowired
    InjuryRepository injuries;

    @Test
    void aRepositoryQueryWithoutItsClubFilterReturnsNothingForeign() throws Exception {
        Club mine = club();
        Club theirs = club();
        UUID ours = reportInjury(mine, mine.player(), 2, "Sprained ankle", false);
        UUID foreign = reportInjury(theirs, theirs.player(), 2, "Sprained wrist", false);

        try (SignedIn request = SignedIn.as(mine.id, Role.MEDICAL_STAFF)) {
            List<UUID> seen = injuries.findAll().stream().map(Injury::getId).toList(); // no club filter at all
            assertThat(seen).contains(ours).doesNotContain(foreign);
            assertThat(injuries.findById(foreign)).isEmpty();

            request.signOut(); // nobody signed in and nothing said: nothing
            assertThat(injuries.findById(ours)).isEmpty();
        }
        assertThat(injuries.findById(foreign)).isPresent(); // work that says it spans clubs (this test's own)
    }
}
