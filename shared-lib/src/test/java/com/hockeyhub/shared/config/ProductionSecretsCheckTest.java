package com.hockeyhub.shared.config;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 24 (also found): a production deployment that forgot a variable ran on the committed development secrets. */
class ProductionSecretsCheckTest {

    final ProductionSecretsCheck check = new ProductionSecretsCheck();

    static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("production");
        environment.setProperty("spring.datasource.password", "s3cret-from-the-vault");
        return environment;
    }

    @Test
    void theDevelopmentDefaultsStopAProductionStartNamingEachSetting() {
        MockEnvironment environment = production()
                .withProperty("hockeyhub.auth.service-clients.calendar-service", "dev-secret-calendar-service")
                .withProperty("hockeyhub.auth.service-clients.medical-service", "a-long-random-secret")
                .withProperty("hockeyhub.service-token.client-secret", "dev-secret-medical-service")
                .withProperty("hockeyhub.medical.encryption.allow-development-key", "true")
                .withProperty("hockeyhub.medical.encryption.active-key-id", "dev")
                .withProperty("hockeyhub.security.jwt.private-key", "")
                .withProperty("spring.datasource.password", "hockeyhub");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hockeyhub.auth.service-clients.calendar-service")
                .hasMessageContaining("SERVICE_SECRET_CALENDAR")
                .hasMessageNotContaining("medical-service is a development secret")
                .hasMessageContaining("SERVICE_CLIENT_SECRET")
                .hasMessageContaining("allow-development-key")
                .hasMessageContaining("MEDICAL_ENCRYPTION_ACTIVE_KEY_ID")
                .hasMessageContaining("JWT_PRIVATE_KEY")
                .hasMessageContaining("DB_PASSWORD");
    }

    @Test
    void theSuiteDefaultsAloneAreRefusedToo() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("production");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, null)).hasMessageContaining("DB_PASSWORD");
    }

    @Test
    void realSecretsOrAnotherProfileStart() {
        MockEnvironment real = production()
                .withProperty("hockeyhub.auth.service-clients.calendar-service", "k9V1x7Qp0sZr2mLw")
                .withProperty("hockeyhub.service-token.client-secret", "k9V1x7Qp0sZr2mLw")
                .withProperty("hockeyhub.medical.encryption.allow-development-key", "false")
                .withProperty("hockeyhub.medical.encryption.active-key-id", "prod2027");
        assertThatCode(() -> check.postProcessEnvironment(real, null)).doesNotThrowAnyException();

        MockEnvironment development = new MockEnvironment()
                .withProperty("hockeyhub.auth.service-clients.calendar-service", "dev-secret-calendar-service")
                .withProperty("hockeyhub.medical.encryption.allow-development-key", "true");
        assertThatCode(() -> check.postProcessEnvironment(development, null)).doesNotThrowAnyException();
    }
}
