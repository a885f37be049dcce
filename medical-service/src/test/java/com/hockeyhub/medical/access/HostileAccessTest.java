package com.hockeyhub.medical.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role against every endpoint about one player P (team T1, club A): own club and other club, own child and
 * someone else's child. Allowed calls succeed; every other call is refused (404 when the caller may not know the
 * player, 403 when they may see only availability or the endpoint is not for their role) and no refused or
 * availability-only response contains any of P's medical text. Refused reads leave no access-log entry.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileAccessTest extends MedicalApiTestBase {

    /** What an endpoint requires. */
    enum Need { FULL, AVAILABILITY, TEAM_RECORDS, TEAM_AVAILABILITY, TEAM_WELLNESS, ACCESS_LOG, MEDICAL_WRITE,
        WELLNESS_WRITE }

    record Endpoint(String name, Need need, Supplier<MockHttpServletRequestBuilder> request) {
    }

    /** A caller and the status each kind of endpoint must give them (0 = success, 2xx). */
    record Caller(String name, String token, Map<Need, Integer> expected, boolean availabilityOnly) {
    }

    private final String secret = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private Club a;
    private Club b;
    private UUID p;
    private UUID q;
    private UUID injury;
    private UUID protocol;
    private final List<Caller> callers = new ArrayList<>();
    private final List<Endpoint> endpoints = new ArrayList<>();

    @BeforeAll
    void fixture() throws Exception {
        a = club();
        b = club();
        p = a.player(a.team);
        q = a.player(a.team);
        a.player(a.otherTeam);
        b.player(b.team);
        injury = reportInjury(a, p, 2, "DIAG-" + secret, false);
        mvc.perform(postAs(a.medical(), "{\"treatmentDate\":\"%s\",\"treatmentType\":\"physiotherapy\",\"details\":\"TREAT-%s\"}"
                .formatted(today(), secret), "/api/injuries/{id}/treatments", injury)).andExpect(status().isCreated());
        protocol = UUID.fromString(json(mvc.perform(postAs(a.medical(), "{\"notes\":\"RTP-%s\"}".formatted(secret),
                "/api/injuries/{id}/return-to-play", injury)).andExpect(status().isCreated()).andReturn())
                .get("id").asString());
        for (UUID player : List.of(p, q)) {
            mvc.perform(postAs(a.medical(), wellnessJson(today(), "7.0", 4, 4, "WELL-" + secret),
                    "/api/players/{id}/wellness", player)).andExpect(status().isCreated());
        }
        mvc.perform(putAs(a.medical(), "{\"status\":\"illness\",\"reason\":\"REASON-%s\"}".formatted(secret),
                "/api/availability/players/{id}", p)).andExpect(status().isOk());

        callers.add(caller("medical staff A", a.medical(), 0, 0, 0, 0, 0, 0, 0, 0, false));
        callers.add(caller("P themself", a.self(p), 0, 0, 403, 403, 403, 0, 403, 0, false));
        callers.add(caller("teammate Q", a.self(q), 404, 404, 403, 403, 403, 404, 403, 404, false));
        callers.add(caller("parent of P", a.parentOf(p), 0, 0, 403, 403, 403, 0, 403, 0, false));
        callers.add(caller("parent of Q", a.parentOf(q), 404, 404, 403, 403, 403, 404, 403, 404, false));
        for (Role role : List.of(Role.COACH, Role.ASSISTANT_COACH, Role.PHYSICAL_TRAINER)) {
            callers.add(caller(role + " of T1", TestTokens.anyone(a.id, role).teams(a.team).bearer(),
                    403, 0, 403, 0, 0, 403, 403, 403, true));
            callers.add(caller(role + " of T2", TestTokens.anyone(a.id, role).teams(a.otherTeam).bearer(),
                    404, 404, 403, 403, 403, 404, 403, 404, false));
        }
        callers.add(caller("club admin A", a.as(Role.CLUB_ADMIN), 403, 0, 403, 0, 403, 0, 403, 403, true));
        callers.add(caller("team manager of T1", TestTokens.anyone(a.id, Role.TEAM_MANAGER).teams(a.team).bearer(),
                404, 404, 403, 403, 403, 404, 403, 404, false));
        callers.add(caller("equipment manager A", a.as(Role.EQUIPMENT_MANAGER),
                404, 404, 403, 403, 403, 404, 403, 404, false));
        callers.add(caller("medical staff B", b.medical(), 404, 404, 404, 404, 404, 404, 404, 404, false));
        callers.add(caller("club admin B", b.as(Role.CLUB_ADMIN), 404, 404, 403, 404, 403, 404, 403, 404, false));
        callers.add(caller("coach B claiming T1", TestTokens.anyone(b.id, Role.COACH).teams(a.team).bearer(),
                404, 404, 403, 404, 404, 404, 403, 404, false));
        callers.add(caller("parent B claiming P", TestTokens.anyone(b.id, Role.PARENT).children(p).bearer(),
                404, 404, 403, 403, 403, 404, 403, 404, false));
        callers.add(caller("P's id with a club B token", TestTokens.user(p).organization(b.id).roles(Role.PLAYER)
                .bearer(), 404, 404, 403, 403, 403, 404, 403, 404, false));
        callers.add(caller("platform operator", TestTokens.user(UUID.randomUUID()).roles(Role.SUPER_ADMIN).bearer(),
                403, 0, 403, 0, 403, 403, 403, 403, true));
        callers.add(caller("service token", TestTokens.user(UUID.randomUUID()).roles(Role.SERVICE).bearer(),
                403, 0, 403, 0, 403, 403, 403, 403, true));

        endpoints.add(read("injury", Need.FULL, "/api/injuries/" + injury));
        endpoints.add(read("injury history", Need.FULL, "/api/injuries?playerId=" + p));
        endpoints.add(read("treatments", Need.FULL, "/api/injuries/" + injury + "/treatments"));
        endpoints.add(read("return to play of injury", Need.FULL, "/api/injuries/" + injury + "/return-to-play"));
        endpoints.add(read("return to play", Need.FULL, "/api/return-to-play/" + protocol));
        endpoints.add(read("wellness history", Need.FULL, "/api/players/" + p + "/wellness"));
        endpoints.add(read("latest wellness", Need.FULL, "/api/players/" + p + "/wellness/latest"));
        endpoints.add(read("medical overview", Need.FULL, "/api/players/" + p + "/medical-overview"));
        endpoints.add(read("availability", Need.AVAILABILITY, "/api/availability/players/" + p));
        endpoints.add(read("availability history", Need.AVAILABILITY, "/api/availability/players/" + p + "/history"));
        endpoints.add(read("restrictions", Need.AVAILABILITY, "/api/players/" + p + "/restrictions"));
        endpoints.add(read("transfer clearance", Need.AVAILABILITY, "/api/players/" + p + "/transfer-clearance"));
        endpoints.add(read("team active injuries", Need.TEAM_RECORDS, "/api/injuries/active?teamId=" + a.team));
        endpoints.add(read("team availability", Need.TEAM_AVAILABILITY, "/api/availability/teams/" + a.team));
        endpoints.add(read("team wellness", Need.TEAM_WELLNESS, "/api/teams/" + a.team + "/wellness/averages"));
        endpoints.add(read("access log", Need.ACCESS_LOG, "/api/access-log?playerId=" + p));
    }

    private Caller caller(String name, String token, int full, int availability, int teamRecords, int teamAvailability,
            int teamWellness, int accessLog, int medicalWrite, int wellnessWrite, boolean availabilityOnly) {
        return new Caller(name, token, Map.of(Need.FULL, full, Need.AVAILABILITY, availability, Need.TEAM_RECORDS,
                teamRecords, Need.TEAM_AVAILABILITY, teamAvailability, Need.TEAM_WELLNESS, teamWellness,
                Need.ACCESS_LOG, accessLog, Need.MEDICAL_WRITE, medicalWrite, Need.WELLNESS_WRITE, wellnessWrite),
                availabilityOnly);
    }

    private Endpoint read(String name, Need need, String url) {
        return new Endpoint(name, need, () -> get(url));
    }

    private List<Endpoint> writes() {
        return List.of(
                new Endpoint("report injury", Need.MEDICAL_WRITE, () -> json(post("/api/injuries"),
                        injuryJson(p, 1, "NEWDIAG-" + secret, false))),
                new Endpoint("set availability", Need.MEDICAL_WRITE, () -> json(put("/api/availability/players/" + p),
                        "{\"status\":\"illness\",\"reason\":\"REASON-" + secret + "\"}")),
                new Endpoint("add treatment", Need.MEDICAL_WRITE, () -> json(post("/api/injuries/" + injury
                        + "/treatments"), "{\"treatmentDate\":\"" + today() + "\",\"treatmentType\":\"rest\"}")),
                new Endpoint("submit wellness", Need.WELLNESS_WRITE, () -> json(post("/api/players/" + p + "/wellness"),
                        wellnessJson(today(), "7.0", 4, 4, "WELL-" + secret))));
    }

    /** Writes that medical staff may do but that would change the fixture: only the refusals are exercised. */
    private List<Endpoint> refusalOnlyWrites() {
        return List.of(
                new Endpoint("update injury", Need.MEDICAL_WRITE, () -> json(put("/api/injuries/" + injury),
                        "{\"injuryType\":\"sprain\",\"bodyPart\":\"ankle\",\"mechanism\":\"contact\",\"injuryDate\":\""
                                + today() + "\",\"severity\":1,\"clearanceRequired\":false,\"version\":0}")),
                new Endpoint("recover injury", Need.MEDICAL_WRITE, () -> json(post("/api/injuries/" + injury
                        + "/recover"), "{}")),
                new Endpoint("advance return to play", Need.MEDICAL_WRITE, () -> json(post("/api/return-to-play/"
                        + protocol + "/advance"), "{\"toPhase\":\"light_activity\",\"criteriaMet\":[\"symptom_free_at_rest\"]}")),
                new Endpoint("clearance", Need.MEDICAL_WRITE, () -> json(post("/api/return-to-play/" + protocol
                        + "/clearance"), "{\"level\":\"full\"}")),
                new Endpoint("delete injury", Need.MEDICAL_WRITE, () ->
                        MockMvcRequestBuilders.delete("/api/injuries/" + injury)));
    }

    @Test
    void everyRoleGetsExactlyWhatThePolicyAllowsAndRefusalsLeakNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        List<Endpoint> all = new ArrayList<>(endpoints);
        all.addAll(writes());
        for (Caller caller : callers) {
            for (Endpoint endpoint : all) {
                check(caller, endpoint, caller.expected().get(endpoint.need()), failures);
            }
            for (Endpoint endpoint : refusalOnlyWrites()) {
                int expected = caller.expected().get(endpoint.need());
                if (expected != 0) {
                    check(caller, endpoint, expected, failures);
                }
            }
        }
        assertThat(failures).as("unexpected outcomes").isEmpty();
    }

    @Test
    void allowedFullReadsDoShowTheMedicalText() throws Exception {
        // proves the leak checks above can fail: the same text is there for those who may see it
        for (String token : List.of(a.medical(), a.self(p), a.parentOf(p))) {
            assertThat(body(mvc.perform(withToken(get("/api/injuries/" + injury), token)).andReturn()))
                    .contains("DIAG-" + secret);
            assertThat(body(mvc.perform(withToken(get("/api/players/" + p + "/medical-overview"), token)).andReturn()))
                    .contains("DIAG-" + secret).contains("WELL-" + secret).contains("REASON-" + secret);
        }
    }

    @Test
    void withoutAValidTokenEverythingIs401() throws Exception {
        List<Endpoint> all = new ArrayList<>(endpoints);
        all.addAll(writes());
        all.addAll(refusalOnlyWrites());
        String expired = TestTokens.user(p).organization(a.id).roles(Role.MEDICAL_STAFF).expired().bearer();
        String stranger = TestTokens.user(p).organization(a.id).roles(Role.MEDICAL_STAFF).signedByStranger().bearer();
        for (Endpoint endpoint : all) {
            for (String token : new String[] {null, expired, stranger, "Bearer " + TestTokens.tampered(
                    TestTokens.user(p).organization(a.id).roles(Role.MEDICAL_STAFF).mint())}) {
                MvcResult result = mvc.perform(withToken(endpoint.request().get(), token)).andReturn();
                assertThat(result.getResponse().getStatus()).as(endpoint.name()).isEqualTo(401);
                assertThat(body(result)).doesNotContain(secret);
            }
        }
    }

    private void check(Caller caller, Endpoint endpoint, int expected, List<String> failures) throws Exception {
        int logBefore = count("SELECT count(*) FROM medical_access_log");
        MvcResult result = mvc.perform(withToken(endpoint.request().get(), caller.token())).andReturn();
        int actual = result.getResponse().getStatus();
        String body = body(result);
        String what = caller.name() + " -> " + endpoint.name();
        boolean success = actual >= 200 && actual < 300;
        if (expected == 0 ? !success : actual != expected) {
            failures.add(what + ": expected " + (expected == 0 ? "2xx" : expected) + " but got " + actual + " " + body);
        }
        if (!success || caller.availabilityOnly()) {
            if (body.contains(secret)) {
                failures.add(what + ": medical text in a refused or availability-only response: " + body);
            }
        }
        if (!success && count("SELECT count(*) FROM medical_access_log") != logBefore) {
            failures.add(what + ": a refused request wrote an access-log entry");
        }
    }

    private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return auth(request, token);
    }

    private static MockHttpServletRequestBuilder get(String url) {
        return MockMvcRequestBuilders.get(url);
    }

    private static MockHttpServletRequestBuilder post(String url) {
        return MockMvcRequestBuilders.post(url);
    }

    private static MockHttpServletRequestBuilder put(String url) {
        return MockMvcRequestBuilders.put(url);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
