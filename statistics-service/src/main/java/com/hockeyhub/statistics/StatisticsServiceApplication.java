package com.hockeyhub.statistics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** statistics-service: games and player stats, standings and leaderboards, workload risk of a club's players. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StatisticsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(StatisticsServiceApplication.class, args);
    }
}
