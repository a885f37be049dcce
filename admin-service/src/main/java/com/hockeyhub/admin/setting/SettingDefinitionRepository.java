package com.hockeyhub.admin.setting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingDefinitionRepository extends JpaRepository<SettingDefinition, UUID> {

    Optional<SettingDefinition> findByKey(String key);

    List<SettingDefinition> findAllByOrderByCategoryAscKeyAsc();

    boolean existsByKey(String key);
}
