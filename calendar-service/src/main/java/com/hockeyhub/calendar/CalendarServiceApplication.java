package com.hockeyhub.calendar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** calendar-service: the club calendar, RSVPs and waiting lists, recurring series, facility bookings, reminders, feeds. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class CalendarServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CalendarServiceApplication.class, args);
    }
}
