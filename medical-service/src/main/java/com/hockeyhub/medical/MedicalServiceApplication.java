package com.hockeyhub.medical;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** medical-service: injuries, wellness, availability and return to play of a club's players. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MedicalServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MedicalServiceApplication.class, args);
    }
}
