package com.hockeyhub.shared.testapp;

import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

@IntegrationTest
class RequestIdTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSentRequestIdIsEchoedAndReportedInProblems() throws Exception {
        mvc.perform(get("/api/test-records").header("X-Request-Id", "req-12345"))
                .andExpect(header().string("X-Request-Id", "req-12345"))
                .andExpect(jsonPath("$.requestId").value("req-12345"));
    }

    @Test
    void aMissingRequestIdIsGenerated() throws Exception {
        MvcResult result = mvc.perform(get("/actuator/health")).andReturn();
        String generated = result.getResponse().getHeader("X-Request-Id");
        assertThat(generated).isNotBlank().hasSize(36);
        MvcResult other = mvc.perform(get("/actuator/health")).andReturn();
        assertThat(other.getResponse().getHeader("X-Request-Id")).isNotEqualTo(generated);
    }

    @Test
    void anUnsafeRequestIdIsReplaced() throws Exception {
        MvcResult result = mvc.perform(get("/actuator/health").header("X-Request-Id", "evil\nheader<script>")).andReturn();
        assertThat(result.getResponse().getHeader("X-Request-Id")).doesNotContain("evil").hasSize(36);
    }
}
