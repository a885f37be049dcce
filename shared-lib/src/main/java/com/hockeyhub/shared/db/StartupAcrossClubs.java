package com.hockeyhub.shared.db;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Start-up serves no user and spans clubs: migrations, the {@code seed} profile's demo data, cache warm-ups and
 * other runners state {@code *} ({@link AcrossClubs}) from the application's start until it is ready or has failed,
 * on the thread that starts it. Registered in {@code META-INF/spring.factories}, so it is in place before the first
 * connection is taken; the last listener of the ready event, so the others still run inside.
 */
public class StartupAcrossClubs implements ApplicationListener<ApplicationEvent>, Ordered {

    private AcrossClubs.Scope scope;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent && scope == null) {
            scope = AcrossClubs.open();
        } else if ((event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) && scope != null) {
            scope.close();
            scope = null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
