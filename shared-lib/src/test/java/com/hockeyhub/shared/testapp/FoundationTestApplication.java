package com.hockeyhub.shared.testapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service used to prove shared-lib's conventions end to end (not packaged into the test-jar). */
@SpringBootApplication
public class FoundationTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(FoundationTestApplication.class, args);
    }
}
