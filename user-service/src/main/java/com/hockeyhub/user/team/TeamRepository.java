package com.hockeyhub.user.team;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, UUID> {

    @Query("""
            select t from Team t where t.organizationId = :organizationId
            and (:season is null or t.season = :season)
            and (:teamType is null or t.teamType = :teamType)""")
    Page<Team> search(UUID organizationId, String season, TeamType teamType, Pageable pageable);

    @Query("select count(t) > 0 from Team t where t.organizationId = :organizationId and lower(t.name) = lower(:name) and t.season = :season")
    boolean existsByName(UUID organizationId, String name, String season);

    @Query("select t from Team t where t.organizationId = :organizationId and lower(t.name) = lower(:name) and t.season = :season")
    java.util.Optional<Team> findByName(UUID organizationId, String name, String season);
}
