package com.hockeyhub.training.exercise;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExerciseRepository extends JpaRepository<Exercise, UUID> {

    Page<Exercise> findByOrganizationId(UUID organizationId, Pageable pageable);

    Page<Exercise> findByOrganizationIdAndCategory(UUID organizationId, ExerciseCategory category, Pageable pageable);

    @Query("select count(e) > 0 from Exercise e where e.organizationId = ?1 and lower(e.name) = lower(?2) "
            + "and (?3 is null or e.id <> ?3)")
    boolean nameTaken(UUID organizationId, String name, UUID except);

    List<Exercise> findByOrganizationIdAndIdIn(UUID organizationId, Collection<UUID> ids);
}
