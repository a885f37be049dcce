package com.hockeyhub.payment.payment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredCardRepository extends JpaRepository<StoredCard, UUID> {

    List<StoredCard> findByUserIdAndOrganizationIdOrderByCreatedAtAsc(UUID userId, UUID organizationId);
}
