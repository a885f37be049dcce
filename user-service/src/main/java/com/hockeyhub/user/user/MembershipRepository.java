package com.hockeyhub.user.user;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

    List<Membership> findByUserIdOrderByJoinedAtAsc(UUID userId);

    List<Membership> findByUserIdInOrderByJoinedAtAsc(Collection<UUID> userIds);

    List<Membership> findByUserIdAndOrganizationId(UUID userId, UUID organizationId);

    boolean existsByUserIdAndOrganizationId(UUID userId, UUID organizationId);
}
