package com.hockeyhub.training.template;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<SessionTemplate, UUID> {

    List<SessionTemplate> findByOrganizationIdOrderByName(UUID organizationId);
}
