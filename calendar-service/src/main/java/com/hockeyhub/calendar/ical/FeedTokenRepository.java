package com.hockeyhub.calendar.ical;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedTokenRepository extends JpaRepository<FeedToken, UUID> {

    Optional<FeedToken> findByTokenHash(String tokenHash);

    Optional<FeedToken> findByUserId(UUID userId);
}
