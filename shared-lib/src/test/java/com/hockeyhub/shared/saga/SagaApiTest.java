package com.hockeyhub.shared.saga;

import com.hockeyhub.shared.retry.Backoff;
import java.time.Duration;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.jayway.jsonpath.JsonPath;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.shared.test.saga.SagaJournal;
import com.hockeyhub.shared.test.saga.SagaTestKit;
import com.hockeyhub.shared.test.saga.ScriptedStep;
import com.hockeyhub.shared.testapp.saga.CreateOrganizationData;
import com.hockeyhub.shared.testapp.saga.CreateOrganizationSaga;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SagaApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SagaEngine engine;

    @Autowired
    SagaDefinition<CreateOrganizationData> createOrganization;

    @Autowired
    ApplicationContext context;

    @Autowired
    SagaQueries queries;

    @Test
    void aSagaShowsItsStatusDataAndStepLogToAllowedCallers() throws Exception {
        UUID org = UUID.randomUUID();
        UUID id = engine.run(createOrganization, CreateOrganizationData.of("Api " + org, "admin@api.test", "U11"), org)
                .sagaId();

        for (String token : new String[] {TestTokens.anyone(null, Role.SUPER_ADMIN).bearer(),
                TestTokens.anyone(null, Role.SERVICE).bearer(), TestTokens.anyone(org, Role.CLUB_ADMIN).bearer()}) {
            mvc.perform(get("/api/sagas/{id}", id).header(HttpHeaders.AUTHORIZATION, token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(id.toString()))
                    .andExpect(jsonPath("$.type").value(CreateOrganizationSaga.NAME))
                    .andExpect(jsonPath("$.definitionVersion").value(1))
                    .andExpect(jsonPath("$.status").value("COMPLETED"))
                    .andExpect(jsonPath("$.organizationId").value(org.toString()))
                    .andExpect(jsonPath("$.data.organizationName").value("Api " + org))
                    .andExpect(jsonPath("$.data.teamIds.length()").value(1))
                    .andExpect(jsonPath("$.steps.length()").value(6))
                    .andExpect(jsonPath("$.steps[0].step").value("create-organization"))
                    .andExpect(jsonPath("$.steps[0].direction").value("FORWARD"))
                    .andExpect(jsonPath("$.steps[0].status").value("SUCCEEDED"))
                    .andExpect(jsonPath("$.steps[5].step").value("send-welcome"))
                    .andExpect(jsonPath("$.finishedAt").exists());
        }
    }

    @Test
    void anotherClubsSagaIsNotFoundAndOtherRolesAreRefused() throws Exception {
        UUID org = UUID.randomUUID();
        UUID id = engine.run(createOrganization, CreateOrganizationData.of("Iso " + org, "admin@iso.test"), org).sagaId();

        mvc.perform(get("/api/sagas/{id}", id)
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(UUID.randomUUID(), Role.CLUB_ADMIN).bearer()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get("/api/sagas/{id}", id).header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(org, Role.COACH).bearer()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/sagas").header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(org, Role.PLAYER).bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sagas/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/sagas/{id}", UUID.randomUUID())
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(null, Role.SUPER_ADMIN).bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/sagas/{id}", "not-a-uuid")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(null, Role.SUPER_ADMIN).bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void listsFilterByStatusAndTypeAndStayInsideTheClub() throws Exception {
        UUID org = UUID.randomUUID();
        UUID mine = engine.run(createOrganization, CreateOrganizationData.of("List " + org, "a@list.test"), org).sagaId();
        UUID other = engine.run(createOrganization, CreateOrganizationData.of("Other " + org, "a@other.test"),
                UUID.randomUUID()).sagaId();

        mvc.perform(get("/api/sagas").param("status", "completed").param("type", CreateOrganizationSaga.NAME)
                        .param("size", "100")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(org, Role.CLUB_ADMIN).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(hasItem(mine.toString())))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(other.toString()))))
                .andExpect(jsonPath("$.content[*].organizationId").value(everyItem(is(org.toString()))))
                .andExpect(jsonPath("$.content[0].steps").doesNotExist())
                .andExpect(jsonPath("$.page").value(0));
        mvc.perform(get("/api/sagas").param("type", CreateOrganizationSaga.NAME).param("size", "1")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(null, Role.SUPER_ADMIN).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.size").value(1));
        mvc.perform(get("/api/sagas").param("status", "RUNNING").param("type", CreateOrganizationSaga.NAME)
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(org, Role.CLUB_ADMIN).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(mine.toString()))));
    }

    @Test
    void anOperatorRetriesTheCompensationOfAFailedSaga() throws Exception {
        UUID org = UUID.randomUUID();
        SagaJournal journal = new SagaJournal();
        SagaDefinition<CreateOrganizationData> flaky = SagaDefinition.named("t-flaky-" + org.toString().substring(0, 8),
                        CreateOrganizationData.class)
                .step("reserve").action(ScriptedStep.succeeds(journal))
                .compensation(ScriptedStep.failsTimes(journal, 2))
                .compensationRetries(1, Backoff.exponential(Duration.ofMillis(10)))
                .step("charge").action(ScriptedStep.rejects(journal))
                .build();
        UUID id;
        try (SagaTestKit kit = SagaTestKit.of(context)) {
            id = kit.run(kit.engine(), flaky, CreateOrganizationData.of("Flaky " + org, "x@flaky.test"), org).id();
        }
        engine.registry().register(flaky);

        mvc.perform(post("/api/sagas/{id}/retry", id).header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(org, Role.CLUB_ADMIN).bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/sagas/{id}/retry", id).header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(null, Role.SUPER_ADMIN).bearer()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("COMPENSATING"));

        String admin = TestTokens.anyone(null, Role.SUPER_ADMIN).bearer();
        for (int i = 0; i < 300 && !SagaStatus.valueOf(JsonPath.read(mvc.perform(get("/api/sagas/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, admin)).andReturn().getResponse().getContentAsString(), "$.status"))
                .isTerminal(); i++) {
            Thread.sleep(100);
        }
        mvc.perform(get("/api/sagas/{id}", id).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(jsonPath("$.status").value("COMPENSATED"))
                .andExpect(jsonPath("$.steps[*].status").value(contains("SUCCEEDED", "REJECTED", "FAILED", "FAILED",
                        "SUCCEEDED")));
        mvc.perform(post("/api/sagas/{id}/retry", id).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CONFLICT"));
    }

    /** Issue 24 (3): {@code ?page=21474837&size=100} was a 500 (the offset overflowed an int). */
    @Test
    void aHugePageIsA400NamingPageAndTheLastPagesAreEmpty() throws Exception {
        String admin = TestTokens.anyone(null, Role.SUPER_ADMIN).bearer();
        mvc.perform(get("/api/sagas").param("page", "21474837").param("size", "100")
                        .header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/sagas").param("page", "10000").param("size", "100")
                        .header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(0));
    }

    @Test
    void theSagaQueryAnswersAnOffsetBeyondAnIntWithAnEmptyPage() {
        var page = queries.search(null, null, null,
                org.springframework.data.domain.PageRequest.of(Integer.MAX_VALUE / 10, 100));
        org.assertj.core.api.Assertions.assertThat(page.getContent()).isEmpty();
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/sagas'].get.operationId").value("listSagas"))
                .andExpect(jsonPath("$.paths['/api/sagas'].get.parameters[*].name")
                        .value(contains("status", "type", "page", "size", "sort")))
                .andExpect(jsonPath("$.paths['/api/sagas/{id}'].get.operationId").value("getSaga"))
                .andExpect(jsonPath("$.paths['/api/sagas/{id}'].get.parameters[*].name").value(contains("id")));
    }

    @Test
    void badFiltersAreA400NamingTheParameter() throws Exception {
        String admin = TestTokens.anyone(null, Role.SUPER_ADMIN).bearer();
        mvc.perform(get("/api/sagas").param("status", "DONE").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/sagas").param("sort", "data,asc").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/sagas").param("size", "1000").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void failedSagasAreListedForOperatorsWithTheirError() throws Exception {
        UUID org = UUID.randomUUID();
        SagaJournal journal = new SagaJournal();
        SagaDefinition<CreateOrganizationData> broken = SagaDefinition.named("t-broken-" + org.toString().substring(0, 8),
                        CreateOrganizationData.class)
                .step("reserve").action(ScriptedStep.succeeds(journal)).compensation(ScriptedStep.failsAlways(journal))
                .compensationRetries(1, Backoff.exponential(Duration.ofMillis(10)))
                .step("charge").action(ScriptedStep.rejects(journal))
                .build();
        UUID id;
        try (SagaTestKit kit = SagaTestKit.of(context)) {
            id = kit.run(kit.engine(), broken, CreateOrganizationData.of("Broken " + org, "x@broken.test"), org).id();
        }

        mvc.perform(get("/api/sagas").param("status", "FAILED").param("type", broken.name())
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(org, Role.CLUB_ADMIN).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id.toString()))
                .andExpect(jsonPath("$.content[0].lastError").value(containsString("compensation of step 'reserve' failed")));
        mvc.perform(get("/api/sagas/{id}", id)
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.anyone(null, Role.SUPER_ADMIN).bearer()))
                .andExpect(jsonPath("$.steps[*].status").value(contains("SUCCEEDED", "REJECTED",
                        "FAILED", "FAILED")));
    }
}
