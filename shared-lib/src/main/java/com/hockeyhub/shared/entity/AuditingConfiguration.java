package com.hockeyhub.shared.entity;

import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Fills {@code created_by}/{@code updated_by} of {@link BaseEntity} from the authenticated user. */
@AutoConfiguration
@ConditionalOnClass(EnableJpaAuditing.class)
@EnableJpaAuditing(auditorAwareRef = "hockeyHubAuditor")
public class AuditingConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "hockeyHubAuditor")
    AuditorAware<UUID> hockeyHubAuditor() {
        return () -> CurrentUser.current().map(CurrentUser::id).or(Optional::empty);
    }
}
