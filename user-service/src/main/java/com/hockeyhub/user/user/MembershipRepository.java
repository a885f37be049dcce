package com.hockeyhub.user.user;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

    List<Membership> findByUserIdOrderByJoinedAtAsc(UUID userId);

    List<Membership> findByUserIdInOrderByJoinedAtAsc(Collection<UUID> userIds);

    List<Membership> findByUserIdAndOrganizationId(UUID userId, UUID organizationId);

    boolean existsByUserIdAndOrganizationId(UUID userId, UUID organizationId);

    /** Every club the user has or had a membership in (soft-deleted memberships included, on purpose). */
    @NativeQuery("SELECT DISTINCT organization_id FROM user_organizations WHERE user_id = :userId")
    List<UUID> findOrganizationIdsEverOf(UUID userId);
}
