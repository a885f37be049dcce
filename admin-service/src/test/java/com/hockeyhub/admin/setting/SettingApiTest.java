package com.hockeyhub.admin.setting;

import java.util.UUID;

import com.hockeyhub.admin.AdminApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SettingApiTest extends AdminApiTestBase {

    static final String REMINDER = "calendar.reminder_minutes";

    JsonNode effective(String token, String key, String query) throws Exception {
        MvcResult result = get(token, "/api/settings/" + key + (query == null ? "" : "?" + query));
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return json(result);
    }

    MvcResult set(String token, String key, String scope, UUID scopeId, String valueJson) throws Exception {
        return put(token, "{\"value\":" + valueJson + "}", "/api/settings/{key}?scope={scope}"
                + (scopeId == null ? "" : "&scopeId=" + scopeId), key, scope);
    }

    @Test
    void aLookupFallsBackFromUserToTeamToClubToSystem() throws Exception {
        Club club = club();
        JsonNode system = effective(club.player(), REMINDER, null);
        assertThat(system.get("source").asString()).isEqualTo("system");
        assertThat(system.get("value").asInt()).isEqualTo(60);

        assertThat(status(set(club.admin(), REMINDER, "organization", null, "90"))).isEqualTo(200);
        assertThat(effective(club.player(), REMINDER, null).get("value").asInt()).isEqualTo(90);

        assertThat(status(set(club.coach(), REMINDER, "team", club.team, "120"))).isEqualTo(200);
        JsonNode team = effective(club.player(), REMINDER, "teamId=" + club.team);
        assertThat(team.get("value").asInt()).isEqualTo(120);
        assertThat(team.get("source").asString()).isEqualTo("team");
        assertThat(effective(club.player(), REMINDER, "teamId=" + club.otherTeam).get("value").asInt()).isEqualTo(90);

        assertThat(status(set(club.player(), REMINDER, "user", null, "30"))).isEqualTo(200);
        JsonNode own = effective(club.player(), REMINDER, "teamId=" + club.team);
        assertThat(own.get("value").asInt()).isEqualTo(30);
        assertThat(own.get("source").asString()).isEqualTo("user");
        // the coach asks for the team: the player's own value is theirs only
        assertThat(effective(club.coach(), REMINDER, "teamId=" + club.team).get("value").asInt()).isEqualTo(120);

        assertThat(status(delete(club.player(), "/api/settings/{key}?scope=user", REMINDER))).isEqualTo(204);
        assertThat(effective(club.player(), REMINDER, "teamId=" + club.team).get("value").asInt()).isEqualTo(120);
        assertThat(status(delete(club.player(), "/api/settings/{key}?scope=user", REMINDER))).isEqualTo(404);
    }

    @Test
    void valuesAreCheckedAgainstTheSettingsRules() throws Exception {
        Club club = club();
        for (String[] bad : new String[][] {{REMINDER, "\"sixty\""}, {REMINDER, "1.5"}, {REMINDER, "4"},
                {REMINDER, "10081"}, {REMINDER, "null"}, {"club.timezone", "\"not a zone!\""},
                {"club.language", "\"xx\""}, {"features.chat", "\"yes\""}, {"notifications.quiet_hours", "5"}}) {
            MvcResult result = set(club.admin(), bad[0], "organization", null, bad[1]);
            assertThat(status(result)).as(bad[0] + " = " + bad[1]).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).contains("application/problem+json");
            assertThat(json(result).at("/errors/0/field").asString()).as(bad[0] + " = " + bad[1]).isEqualTo("value");
        }
        assertThat(status(put(club.admin(), "{}", "/api/settings/{key}?scope=organization", REMINDER)))
                .isEqualTo(400);
        assertThat(status(put(club.admin(), "{\"value\":", "/api/settings/{key}?scope=organization", REMINDER)))
                .isEqualTo(400);
        MvcResult badScope = set(club.admin(), REMINDER, "galaxy", null, "60");
        assertThat(status(badScope)).isEqualTo(400);
        assertThat(json(badScope).at("/errors/0/field").asString()).isEqualTo("scope");
        assertThat(status(set(club.admin(), "no.such.key", "organization", null, "1"))).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM club_settings WHERE organization_id = ?", club.id)).isZero();
    }

    @Test
    void readOnlySettingsRefuseClubValues() throws Exception {
        Club club = club();
        MvcResult result = set(club.admin(), "payment.currency", "organization", null, "\"SEK\"");
        assertThat(status(result)).isEqualTo(409);
        assertThat(result.getResponse().getContentAsString()).contains("read-only");
        assertThat(effective(club.admin(), "payment.currency", null).get("value").asString()).isEqualTo("EUR");
    }

    @Test
    void whoMayChangeWhat() throws Exception {
        Club club = club();
        assertThat(status(set(club.player(), REMINDER, "organization", null, "90"))).isEqualTo(403);
        assertThat(status(set(club.coach(), REMINDER, "organization", null, "90"))).isEqualTo(403);
        assertThat(status(set(club.coach(), REMINDER, "team", club.otherTeam, "90"))).isEqualTo(403);
        assertThat(status(set(club.player(), REMINDER, "team", club.team, "90"))).isEqualTo(403);
        assertThat(status(set(club.player(), REMINDER, "user", club.coachId, "90"))).isEqualTo(403);
        assertThat(status(set(club.admin(), REMINDER, "team", null, "90"))).isEqualTo(400);
        assertThat(status(set(club.admin(), REMINDER, "system", null, "90"))).isEqualTo(403);
        assertThat(status(set(club.admin(), REMINDER, "user", club.playerId, "45"))).isEqualTo(200);
        assertThat(status(set(null, REMINDER, "organization", null, "90"))).isEqualTo(401);
        // a private setting: admins only
        assertThat(status(get(club.player(), "/api/settings/training.max_weekly_load"))).isEqualTo(403);
        assertThat(status(get(club.admin(), "/api/settings/training.max_weekly_load"))).isEqualTo(200);
        assertThat(json(get(club.player(), "/api/settings")).findValuesAsString("key"))
                .contains(REMINDER).doesNotContain("training.max_weekly_load");
    }

    @Test
    void anotherClubsTeamsPeopleAndValuesDoNotExist() throws Exception {
        Club demo = club();
        Club other = club();
        assertThat(status(set(demo.admin(), REMINDER, "organization", null, "95"))).isEqualTo(200);

        assertThat(status(set(other.admin(), REMINDER, "team", demo.team, "1"))).isEqualTo(404);
        assertThat(status(set(other.admin(), REMINDER, "user", demo.playerId, "10"))).isEqualTo(404);
        assertThat(status(set(other.admin(), REMINDER, "organization", demo.id, "10"))).isEqualTo(404);
        assertThat(status(get(other.admin(), "/api/settings/{key}?organizationId={club}", REMINDER, demo.id)))
                .isEqualTo(404);
        assertThat(status(get(other.admin(), "/api/settings/{key}?teamId={team}", REMINDER, demo.team)))
                .isEqualTo(404);
        assertThat(effective(other.admin(), REMINDER, null).get("value").asInt()).isEqualTo(60);
        assertThat(effective(demo.player(), REMINDER, null).get("value").asInt()).isEqualTo(95);
        // platform callers name the club
        assertThat(status(get(service(), "/api/settings/{key}", REMINDER))).isEqualTo(400);
        assertThat(effective(service(), REMINDER, "organizationId=" + demo.id).get("value").asInt()).isEqualTo(95);
    }

    @Test
    void everyChangeIsPublishedAsConfigChanged() throws Exception {
        Club club = club();
        set(club.admin(), REMINDER, "organization", null, "75");
        set(club.admin(), REMINDER, "organization", null, "75"); // unchanged: no event
        delete(club.admin(), "/api/settings/{key}?scope=organization", REMINDER);
        assertThat(published("config.changed", club.id)).hasSize(2);
        JsonNode changed = published("config.changed", club.id).get(0);
        assertThat(changed.get("key").asString()).isEqualTo(REMINDER);
        assertThat(changed.get("valueJson").asString()).isEqualTo("75");
        assertThat(changed.get("scope").asString()).isEqualTo("organization");
        assertThat(published("config.changed", club.id).get(1).path("valueJson").isMissingNode()
                || published("config.changed", club.id).get(1).get("valueJson").isNull()).isTrue();
    }

    @Test
    void superAdminsDefineSettingsAndChangeSystemValues() throws Exception {
        String key = "test.flag-" + UUID.randomUUID().toString().substring(0, 8);
        String definition = """
                {"key":"%s","category":"tests","type":"integer","description":"A test setting","publicValue":true,
                 "readOnly":false,"min":1,"max":10,"systemValue":5}""".formatted(key);
        Club club = club();
        assertThat(status(post(club.admin(), definition, "/api/settings/definitions"))).isEqualTo(403);
        assertThat(status(post(superAdmin(), definition, "/api/settings/definitions"))).isEqualTo(201);
        assertThat(status(post(superAdmin(), definition, "/api/settings/definitions"))).isEqualTo(409);
        MvcResult outOfRange = post(superAdmin(), definition.replace("\"systemValue\":5", "\"systemValue\":50")
                .replace(key, key + "x"), "/api/settings/definitions");
        assertThat(status(outOfRange)).isEqualTo(400);
        assertThat(json(outOfRange).at("/errors/0/field").asString()).isEqualTo("systemValue");
        MvcResult badKey = post(superAdmin(), definition.replace(key, "Bad Key"), "/api/settings/definitions");
        assertThat(json(badKey).at("/errors/0/field").asString()).isEqualTo("key");

        assertThat(status(set(superAdmin(), key, "system", null, "7"))).isEqualTo(200);
        assertThat(effective(club.player(), key, null).get("value").asInt()).isEqualTo(7);
        assertThat(status(set(superAdmin(), key, "system", null, "11"))).isEqualTo(400);
    }
}
