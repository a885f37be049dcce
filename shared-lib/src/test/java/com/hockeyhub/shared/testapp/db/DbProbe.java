package com.hockeyhub.shared.testapp.db;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A deliberately slow query through Spring Data JPA, with the statement timeout lowered for its transaction. */
@RestController
class DbProbe {

    @Service
    static class SleepService {

        private final SleepRepository repository;
        private final JdbcTemplate jdbc;

        SleepService(SleepRepository repository, JdbcTemplate jdbc) {
            this.repository = repository;
            this.jdbc = jdbc;
        }

        @Transactional
        public int sleep(double seconds, int timeoutMs) {
            jdbc.queryForList("SELECT set_config('statement_timeout', ?, true)", timeoutMs + "ms");
            return repository.sleep(seconds);
        }
    }

    private final SleepService service;

    DbProbe(SleepService service) {
        this.service = service;
    }

    @GetMapping("/api/test-db/sleep")
    int sleep(@RequestParam double seconds, @RequestParam int timeoutMs) {
        return service.sleep(seconds, timeoutMs);
    }
}
