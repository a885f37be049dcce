package com.hockeyhub.calendar.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
