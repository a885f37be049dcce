package com.hockeyhub.medical;

import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ServiceConventionsTest extends MedicalApiTestBase {

    @Test
    void healthAndApiDocsArePublicAndDocumentEveryEndpoint() throws Exception {
        mvc.perform(getAs(null, "/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(getAs(null, "/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Hockey Hub medical-service"))
                .andExpect(content().string(containsString("/api/injuries/{id}/recover")))
                .andExpect(content().string(containsString("/api/players/{playerId}/wellness")))
                .andExpect(content().string(containsString("/api/availability/teams/{teamId}")))
                .andExpect(content().string(containsString("/api/return-to-play/{id}/advance")))
                .andExpect(content().string(containsString("/api/players/{playerId}/restrictions")))
                .andExpect(content().string(containsString("/api/access-log")));
    }
}
