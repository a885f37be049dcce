package com.hockeyhub.admin.provisioning;

import java.util.UUID;

import com.hockeyhub.admin.AdminApiTestBase;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** The onboarding saga's step: default configuration for a new club, idempotent, and its compensation. */
class ProvisioningTest extends AdminApiTestBase {

    MvcResult provision(String token, String key, UUID club) throws Exception {
        var request = MockMvcRequestBuilders.post("/api/admin/provisioning/clubs").contentType(MediaType.APPLICATION_JSON)
                .content("{\"organizationId\":\"%s\",\"organizationName\":\"Lakeside Lynx\"}".formatted(club));
        return call(key == null ? request : request.header("Idempotency-Key", key), token);
    }

    MvcResult unprovision(String token, String key, UUID club) throws Exception {
        return call(MockMvcRequestBuilders.delete("/api/admin/provisioning/clubs/{id}", club)
                .header("Idempotency-Key", key), token);
    }

    int values(UUID club) {
        return count("SELECT count(*) FROM club_settings WHERE organization_id = ? AND deleted_at IS NULL", club);
    }

    @Test
    void aNewClubGetsItsDefaultsOnceAndTheCompensationTakesThemBack() throws Exception {
        UUID club = UUID.randomUUID();
        String key = UUID.randomUUID() + ":configure";
        MvcResult first = provision(service(), key, club);
        assertThat(status(first)).as(first.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(json(first).get("featureFlags").asInt()).isEqualTo(3);
        assertThat(json(first).get("settings").asInt()).isEqualTo(1);
        MvcResult again = provision(service(), key, club);
        assertThat(json(again)).isEqualTo(json(first));
        assertThat(values(club)).isEqualTo(4);
        // a second attempt of the step under another key keeps what exists
        assertThat(json(provision(service(), UUID.randomUUID() + ":configure", club)).get("featureFlags").asInt())
                .isZero();
        assertThat(values(club)).isEqualTo(4);

        String admin = TestTokens.user(UUID.randomUUID()).organization(club)
                .roles(com.hockeyhub.shared.security.Role.CLUB_ADMIN).bearer();
        assertThat(json(get(admin, "/api/features")).get("features.workload_alerts").asBoolean()).isTrue();
        // the club's own choice survives the compensation
        assertThat(status(put(admin, "{\"value\":45}", "/api/settings/calendar.reminder_minutes?scope=organization")))
                .isEqualTo(200);

        String undo = UUID.randomUUID() + ":configure:compensate";
        MvcResult removed = unprovision(service(), undo, club);
        assertThat(status(removed)).isEqualTo(200);
        assertThat(json(removed).get("featureFlags").asInt()).isEqualTo(3);
        assertThat(json(removed).get("settings").asInt()).isZero();
        assertThat(json(unprovision(service(), undo, club))).isEqualTo(json(removed));
        assertThat(values(club)).isEqualTo(1);
        assertThat(json(get(admin, "/api/settings/calendar.reminder_minutes")).get("value").asInt()).isEqualTo(45);
        assertThat(json(get(admin, "/api/features")).get("features.workload_alerts").asBoolean()).isFalse();
    }

    @Test
    void onlyThePlatformProvisionsAndTheKeyAndBodyAreChecked() throws Exception {
        Club club = club();
        UUID newClub = UUID.randomUUID();
        assertThat(status(provision(club.admin(), UUID.randomUUID().toString(), newClub))).isEqualTo(403);
        assertThat(status(provision(null, UUID.randomUUID().toString(), newClub))).isEqualTo(401);
        MvcResult noKey = provision(service(), null, newClub);
        assertThat(status(noKey)).isEqualTo(400);
        assertThat(json(noKey).at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
        MvcResult noName = call(MockMvcRequestBuilders.post("/api/admin/provisioning/clubs")
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .content("{\"organizationId\":\"%s\"}".formatted(newClub)), service());
        assertThat(status(noName)).isEqualTo(400);
        assertThat(json(noName).at("/errors/0/field").asString()).isEqualTo("organizationName");
        assertThat(values(newClub)).isZero();
        MvcResult unknown = unprovision(superAdmin(), UUID.randomUUID().toString(), UUID.randomUUID());
        assertThat(status(unknown)).isEqualTo(200);
        assertThat(json(unknown).get("featureFlags").asInt()).isZero();
    }
}
