package com.hockeyhub.planning.season;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeasonPlanRepository extends JpaRepository<SeasonPlan, UUID> {

    List<SeasonPlan> findByTeamIdOrderBySeasonDesc(UUID teamId);
}
