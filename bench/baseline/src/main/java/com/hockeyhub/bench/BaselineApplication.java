package com.hockeyhub.bench;

import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The bare Spring Boot endpoint a benchmark compares itself with, measured by the same wrk script in the same run. */
@SpringBootApplication
@RestController
public class BaselineApplication {

    record Player(UUID id, String firstName, String lastName, int jerseyNumber) {
    }

    @GetMapping("/baseline/{id}")
    Player player(@PathVariable UUID id) {
        return new Player(id, "Connor", "Walsh", 17);
    }

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }
}
