package com.hockeyhub.shared.testapp;

import java.util.Map;

import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping;
import org.springframework.boot.webmvc.actuate.endpoint.web.WebMvcEndpointHandlerMapping;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ActuatorMappingsLastTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void theApplicationsMappingsAreAskedBeforeTheActuatorsAndEveryOtherMappingAfterBoth() {
        int application = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getOrder();
        int actuator = context.getBean(WebMvcEndpointHandlerMapping.class).getOrder();

        assertThat(actuator).isGreaterThan(application);
        Map<String, HandlerMapping> all = context.getBeansOfType(HandlerMapping.class);
        all.forEach((name, mapping) -> {
            if (mapping instanceof AbstractWebMvcEndpointHandlerMapping endpoints) {
                assertThat(endpoints.getOrder()).as(name).isEqualTo(actuator);
            } else if (mapping instanceof Ordered ordered && ordered.getOrder() > application) {
                assertThat(ordered.getOrder()).as(name).isGreaterThan(actuator);
            }
        });
    }

    @Test
    void theActuatorsEndpointsStillAnswerAndStayGuarded() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").exists());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/no-such-endpoint")).andExpect(status().isUnauthorized());
    }
}
