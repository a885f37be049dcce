package com.hockeyhub.shared.roster;

import com.hockeyhub.shared.event.EventsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The roster projection for services that set {@code hockeyhub.roster.enabled=true} (see {@link Roster}). */
@AutoConfiguration(afterName = {
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        before = EventsAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "hockeyhub.roster.enabled")
public class RosterAutoConfiguration {

    @Bean
    JdbcRoster hockeyhubRoster(JdbcTemplate jdbc) {
        return new JdbcRoster(jdbc);
    }

    @Bean
    MembershipOrder hockeyhubMembershipOrder(JdbcTemplate jdbc) {
        return new MembershipOrder(jdbc);
    }

    @Bean
    RosterEventHandlers hockeyhubRosterEventHandlers(JdbcRoster roster, MembershipOrder order) {
        return new RosterEventHandlers(roster, order);
    }

    @Bean
    @Profile("seed")
    DemoRosterSeed hockeyhubDemoRosterSeed(JdbcRoster roster, PlatformTransactionManager transactions) {
        return new DemoRosterSeed(roster, new TransactionTemplate(transactions));
    }
}
