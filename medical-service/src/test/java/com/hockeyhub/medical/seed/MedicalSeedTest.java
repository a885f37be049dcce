package com.hockeyhub.medical.seed;

import java.time.Clock;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.medical.injury.InjuryService;
import com.hockeyhub.medical.returntoplay.ReturnToPlayService;
import com.hockeyhub.medical.wellness.WellnessService;
import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.roster.DemoRosterSeed;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The seed (profile "seed" in real runs) builds the demo club's medical picture once; a second run changes nothing. */
@IntegrationTest
class MedicalSeedTest extends MedicalApiTestBase {

    @Autowired
    InjuryService injuries;
    @Autowired
    WellnessService wellness;
    @Autowired
    ReturnToPlayService returnToPlay;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    @Test
    void seedsTheDemoClubOnce() throws Exception {
        // user-service's roster events got here before the seed (it started first): the seeds converge with them
        roster.saveMember(new RosterMember(DemoClub.TEAM_U18_AAA, DemoClub.PLAYER_1, DemoClub.ORGANIZATION, "player",
                17, "center"), true);
        DemoRosterSeed rosterSeed = new DemoRosterSeed(roster, transaction);
        MedicalSeed seed = new MedicalSeed(injuries, wellness, returnToPlay, transaction, clock);
        rosterSeed.run(new DefaultApplicationArguments());
        seed.run(new DefaultApplicationArguments());
        String[] tables = {"injuries", "treatments", "wellness_entries", "player_availability",
                "return_to_play_protocols", "hockeyhub_roster_member"};
        int[] first = new int[tables.length];
        for (int i = 0; i < tables.length; i++) {
            first[i] = count("SELECT count(*) FROM " + tables[i] + " WHERE organization_id = ?", DemoClub.ORGANIZATION);
        }
        rosterSeed.run(new DefaultApplicationArguments());
        seed.run(new DefaultApplicationArguments());

        for (int i = 0; i < tables.length; i++) {
            assertThat(count("SELECT count(*) FROM " + tables[i] + " WHERE organization_id = ?", DemoClub.ORGANIZATION))
                    .as(tables[i]).isEqualTo(first[i]);
        }
        assertThat(first[0]).as("injuries").isEqualTo(2);
        assertThat(first[2]).as("wellness check-ins").isEqualTo(42);
        assertThat(first[5]).as("U18 AAA: 3 players, coach, assistant coach, manager").isEqualTo(6);

        String medical = TestTokens.user(DemoClub.MEDICAL_STAFF).organization(DemoClub.ORGANIZATION)
                .roles(Role.MEDICAL_STAFF).bearer();
        mvc.perform(getAs(medical, "/api/availability/teams/{t}", DemoClub.TEAM_U18_AAA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.injured").value(1))
                .andExpect(jsonPath("$.counts.load_management").value(1))
                .andExpect(jsonPath("$.counts.available").value(1));
        mvc.perform(getAs(medical, "/api/players/{id}/medical-overview", DemoClub.PLAYER_1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openInjuries[0].diagnosis").value("Lateral ankle sprain, grade II (ATFL)"))
                .andExpect(jsonPath("$.returnToPlay.currentPhase").value("light_activity"));
        mvc.perform(getAs(medical, "/api/availability/players/{id}", DemoClub.PLAYER_3))
                .andExpect(jsonPath("$.status").value("available"));
    }
}
