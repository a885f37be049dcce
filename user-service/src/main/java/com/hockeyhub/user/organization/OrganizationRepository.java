package com.hockeyhub.user.organization;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends JpaRepository<Organization, UUID> {

    @Query("select o from Organization o where lower(o.subdomain) = lower(:subdomain)")
    Optional<Organization> findBySubdomain(String subdomain);

    @Query("select count(o) > 0 from Organization o where lower(o.subdomain) = lower(:subdomain)")
    boolean existsBySubdomain(String subdomain);

    @Query("select o from Organization o where o.id = :id")
    Page<Organization> findPageById(UUID id, Pageable pageable);

    /** Full-text search on names; the expression matches index {@code organizations_search_idx}. */
    @Query(value = "SELECT * FROM organizations o WHERE o.deleted_at IS NULL AND "
            + "to_tsvector('simple'::regconfig, o.name) @@ to_tsquery('simple'::regconfig, :q)",
            countQuery = "SELECT count(*) FROM organizations o WHERE o.deleted_at IS NULL AND "
                    + "to_tsvector('simple'::regconfig, o.name) @@ to_tsquery('simple'::regconfig, :q)",
            nativeQuery = true)
    Page<Organization> search(String q, Pageable pageable);
}
