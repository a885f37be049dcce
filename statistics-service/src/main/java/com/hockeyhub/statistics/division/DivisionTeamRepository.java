package com.hockeyhub.statistics.division;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DivisionTeamRepository extends JpaRepository<DivisionTeam, UUID> {

    List<DivisionTeam> findByDivisionIdOrderByName(UUID divisionId);

    List<DivisionTeam> findByDivisionIdIn(Collection<UUID> divisionIds);

    List<DivisionTeam> findByOrganizationIdAndTeamId(UUID organizationId, UUID teamId);

    boolean existsByDivisionIdAndNameIgnoreCase(UUID divisionId, String name);

    boolean existsByDivisionIdAndTeamId(UUID divisionId, UUID teamId);
}
