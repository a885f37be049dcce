package com.hockeyhub.user.family;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FamilyLinkRepository extends JpaRepository<FamilyLink, UUID> {

    List<FamilyLink> findByParentId(UUID parentId);

    @Query("select l from FamilyLink l where l.parentId = :userId or l.childId = :userId")
    List<FamilyLink> findInvolving(UUID userId);

    boolean existsByParentIdAndChildId(UUID parentId, UUID childId);

    @Query("""
            select l from FamilyLink l where l.organizationId = :organizationId
            and (:parentId is null or l.parentId = :parentId) and (:childId is null or l.childId = :childId)""")
    Page<FamilyLink> search(UUID organizationId, UUID parentId, UUID childId, Pageable pageable);
}
