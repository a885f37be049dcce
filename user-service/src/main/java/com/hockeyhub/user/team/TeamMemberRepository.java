package com.hockeyhub.user.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamMemberRepository extends JpaRepository<TeamMember, UUID> {

    @Query("select m from TeamMember m where m.teamId = :teamId and m.leftAt is null")
    Page<TeamMember> findActiveByTeam(UUID teamId, Pageable pageable);

    @Query("select m from TeamMember m where m.teamId = :teamId and m.userId = :userId and m.leftAt is null")
    Optional<TeamMember> findActive(UUID teamId, UUID userId);

    @Query("select m from TeamMember m where m.userId = :userId and m.leftAt is null")
    List<TeamMember> findActiveByUser(UUID userId);

    @Query("""
            select m.teamId from TeamMember m where m.userId = :userId and m.leftAt is null
            and m.teamId in (select t.id from Team t where t.organizationId = :organizationId)""")
    List<UUID> findActiveTeamIds(UUID userId, UUID organizationId);

    @Query("select m from TeamMember m where m.teamId = :teamId and m.leftAt is null")
    List<TeamMember> findAllActiveByTeam(UUID teamId);

    @Query("select count(m) from TeamMember m where m.teamId = :teamId and m.leftAt is null")
    long countActive(UUID teamId);

    @Query("select count(m) > 0 from TeamMember m where m.teamId = :teamId and m.userId in :userIds and m.leftAt is null")
    boolean anyActive(UUID teamId, Collection<UUID> userIds);

    @Query("""
            select count(m) > 0 from TeamMember m where m.userId = :userId and m.leftAt is null
            and m.teamId in (select o.teamId from TeamMember o where o.userId in :others and o.leftAt is null)""")
    boolean sharesTeam(UUID userId, Collection<UUID> others);
}
