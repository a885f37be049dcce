package com.hockeyhub.shared;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service used to prove shared-lib's features end to end (not packaged into the test-jar).
 * Test classes anywhere under {@code com.hockeyhub.shared} find it; it scans only {@code testapp} for beans, since
 * shared-lib's own beans come from its auto-configurations, exactly as in a real service.
 */
@SpringBootApplication(scanBasePackages = "com.hockeyhub.shared.testapp")
public class FoundationTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(FoundationTestApplication.class, args);
    }
}
