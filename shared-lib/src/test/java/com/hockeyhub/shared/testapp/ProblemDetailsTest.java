package com.hockeyhub.shared.testapp;

import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProblemDetailsTest {

    @Autowired
    MockMvc mvc;

    private final UUID org = UUID.randomUUID();
    private final String coach = TestTokens.anyone(org, Role.COACH).bearer();

    @Test
    void beanValidationListsEveryInvalidField() throws Exception {
        create("{\"name\":\"\",\"quantity\":11}")
                .andExpect(status().isBadRequest())
                .andExpect(problem("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("quantity")))
                .andExpect(jsonPath("$.detail", containsString("quantity")));
    }

    @Test
    void aBodyFailingManyFieldsNamesTheFirstTwentyAndCountsTheRest() throws Exception {
        String labels = String.join(",", java.util.Collections.nCopies(50, "\"\""));
        create("{\"name\":\"x\",\"quantity\":1,\"labels\":[" + labels + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(problem("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors.length()").value(20))
                .andExpect(jsonPath("$.errorsOmitted").value(30))
                .andExpect(jsonPath("$.detail", containsString("and 30 more")));
    }

    @Test
    void aBodyOverTheSizeLimitIs413BeforeAnythingReadsIt() throws Exception {
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"quantity\":1}";
        create(huge).andExpect(status().isPayloadTooLarge()).andExpect(problem("CONTENT_TOO_LARGE"));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        create("{\"name\": \"x\", ").andExpect(status().isBadRequest()).andExpect(problem("MALFORMED_REQUEST"));
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        create("{\"name\":\"x\",\"quantity\":\"many\"}")
                .andExpect(status().isBadRequest())
                .andExpect(problem("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
    }

    @Test
    void anUnknownEnumValueNamesTheField() throws Exception {
        create("{\"name\":\"x\",\"quantity\":1,\"kind\":\"GIGANTIC\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void aMalformedPathIdIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/test-records/not-a-uuid").header(HttpHeaders.AUTHORIZATION, coach))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void aPageSizeOver100NamesTheParameter() throws Exception {
        mvc.perform(get("/api/test-records?size=101").header(HttpHeaders.AUTHORIZATION, coach))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/test-records?sort=password").header(HttpHeaders.AUTHORIZATION, coach))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void listsArePaged() throws Exception {
        create("{\"name\":\"b-paged\",\"quantity\":1}").andExpect(status().isCreated());
        create("{\"name\":\"a-paged\",\"quantity\":1}").andExpect(status().isCreated());
        mvc.perform(get("/api/test-records?size=1&sort=name,asc").header(HttpHeaders.AUTHORIZATION, coach))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value("a-paged"))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void anUnknownIdIs404() throws Exception {
        mvc.perform(get("/api/test-records/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, coach))
                .andExpect(status().isNotFound())
                .andExpect(problem("NOT_FOUND"));
    }

    @Test
    void aUniqueViolationIs409WithoutSql() throws Exception {
        create("{\"name\":\"twice\",\"quantity\":1}").andExpect(status().isCreated());
        create("{\"name\":\"twice\",\"quantity\":1}")
                .andExpect(status().isConflict())
                .andExpect(problem("CONFLICT"))
                .andExpect(content().string(not(containsString("INSERT"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void aStaleVersionIs409() throws Exception {
        String body = create("{\"name\":\"versioned\",\"quantity\":1}").andReturn().getResponse().getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(put("/api/test-records/" + id).header(HttpHeaders.AUTHORIZATION, coach)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"v1\",\"quantity\":2,\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/test-records/" + id).header(HttpHeaders.AUTHORIZATION, coach)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"v2\",\"quantity\":2,\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(problem("CONFLICT"));
    }

    @Test
    void aBusinessRuleViolationIs422() throws Exception {
        create("{\"name\":\"forbidden-name\",\"quantity\":1}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(problem("BUSINESS_RULE_VIOLATION"));
    }

    @Test
    void aWrongMethodIs405AndAWrongMediaTypeIs415() throws Exception {
        mvc.perform(delete("/api/test-records").header(HttpHeaders.AUTHORIZATION, coach))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(problem("METHOD_NOT_ALLOWED"));
        mvc.perform(post("/api/test-records").header(HttpHeaders.AUTHORIZATION, coach)
                        .contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(problem("UNSUPPORTED_MEDIA_TYPE"));
    }

    private ResultActions create(String json) throws Exception {
        return mvc.perform(post("/api/test-records").header(HttpHeaders.AUTHORIZATION, coach)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static ResultMatcher problem(String code) {
        ResultMatcher[] all = {
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.code").value(code),
                jsonPath("$.status").value(notNullValue()),
                jsonPath("$.requestId").value(notNullValue()),
                content().string(not(containsString("\"trace\""))),
                content().string(not(containsString("at com.hockeyhub")))};
        return result -> {
            for (ResultMatcher matcher : all) {
                matcher.match(result);
            }
        };
    }
}
