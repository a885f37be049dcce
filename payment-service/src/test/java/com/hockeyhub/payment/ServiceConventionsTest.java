package com.hockeyhub.payment;

import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ServiceConventionsTest extends PaymentApiTestBase {

    @Test
    void healthAndApiDocsArePublicAndDocumentEveryEndpoint() throws Exception {
        mvc.perform(getAs(null, "/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(getAs(null, "/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Hockey Hub payment-service"))
                .andExpect(content().string(containsString("/api/subscriptions/{orgId}/usage")))
                .andExpect(content().string(containsString("/api/subscriptions/{orgId}/capacity")))
                .andExpect(content().string(containsString("/api/subscriptions/trials/{organizationId}/cancel")))
                .andExpect(content().string(containsString("/api/invoices/{id}/issue")))
                .andExpect(content().string(containsString("/api/invoices/{id}/pdf")))
                .andExpect(content().string(containsString("/api/invoices/{id}/payments")))
                .andExpect(content().string(containsString("/api/payments/{id}/refunds")))
                .andExpect(content().string(containsString("Idempotency-Key")));
    }
}
