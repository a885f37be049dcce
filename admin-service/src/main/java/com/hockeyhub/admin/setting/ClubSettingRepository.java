package com.hockeyhub.admin.setting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClubSettingRepository extends JpaRepository<ClubSetting, UUID> {

    List<ClubSetting> findByOrganizationId(UUID organizationId);

    Optional<ClubSetting> findByOrganizationIdAndScopeAndScopeIdAndKey(UUID organizationId, SettingScope scope,
            UUID scopeId, String key);

    List<ClubSetting> findByOrganizationIdAndProvisionedTrue(UUID organizationId);
}
