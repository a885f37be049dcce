package com.hockeyhub.calendar.ical;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedTokenRepository extends JpaRepository<FeedToken, UUID> {

    Optional<FeedToken> findByTokenHash(String tokenHash);

    Optional<FeedToken> findByUserId(UUID userId);

    /** Tokens whose linked children include the user (a candidate list; the caller checks exactly). */
    List<FeedToken> findByChildIdsContaining(String userId);
}
