package com.hockeyhub.calendar.ical;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.security.SecretTokens;
import com.hockeyhub.shared.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, resolves and revokes per-user feed tokens (256 random bits, URL-safe; stored hashed). Resolving decides the
 * feed's access anew each time: the user's teams are read from the current roster, their roles and children are the
 * token's as user-service's events keep them ({@link FeedAccessHandlers}).
 */
@Service
public class FeedTokenService {

    private static final Logger log = LoggerFactory.getLogger(FeedTokenService.class);

    private final FeedTokenRepository tokens;
    private final Roster roster;
    private final Clock clock;

    public FeedTokenService(FeedTokenRepository tokens, Roster roster, Clock clock) {
        this.tokens = tokens;
        this.roster = roster;
        this.clock = clock;
    }

    /** A new token for the caller, replacing any earlier one (old subscription links stop working). */
    @Transactional
    public String issue(CurrentUser user) {
        user.requireOrganizationId();
        revoke(user);
        String token = SecretTokens.newToken();
        tokens.saveAndFlush(new FeedToken(user, hash(token)));
        return token;
    }

    @Transactional
    public boolean revoke(CurrentUser user) {
        return revoke(user.id());
    }

    /** Ends the user's token (their own revocation, or the user was deleted or deactivated). */
    @Transactional
    public boolean revoke(UUID userId) {
        Optional<FeedToken> existing = tokens.findByUserId(userId);
        existing.ifPresent(t -> {
            tokens.delete(t);
            tokens.flush();
        });
        return existing.isPresent();
    }

    /** The user a token stands for, with their access as it is now; empty for an unknown or revoked token. */
    @Transactional
    public Optional<CurrentUser> resolve(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).map(t -> {
            t.used(clock.instant());
            return t.asUser(currentTeams(t.getOrganizationId(), t.getUserId()));
        });
    }

    /** The user's roles in their token's club changed (user.role.changed). */
    @Transactional
    public void rolesChanged(UUID userId, UUID organizationId, List<String> roles) {
        tokens.findByUserId(userId).filter(t -> t.getOrganizationId().equals(organizationId))
                .ifPresent(t -> t.rolesChanged(roles));
    }

    @Transactional
    public void childLinked(UUID parentId, UUID childId, UUID organizationId) {
        tokens.findByUserId(parentId).filter(t -> t.getOrganizationId().equals(organizationId))
                .ifPresent(t -> t.childLinked(childId));
    }

    @Transactional
    public void childUnlinked(UUID parentId, UUID childId) {
        tokens.findByUserId(parentId).ifPresent(t -> t.childUnlinked(childId));
    }

    /** A deleted user: their own token ends, and they are nobody's linked child any more. */
    @Transactional
    public void userDeleted(UUID userId) {
        if (revoke(userId)) {
            log.info("Calendar feed token of deleted user {} revoked", userId);
        }
        tokens.findByChildIdsContaining(userId.toString()).forEach(t -> t.childUnlinked(userId));
    }

    private Set<UUID> currentTeams(UUID organizationId, UUID userId) {
        Set<UUID> teams = new HashSet<>();
        roster.memberships(userId).stream().filter(m -> m.organizationId().equals(organizationId))
                .forEach(m -> teams.add(m.teamId()));
        return teams;
    }

    static String hash(String token) {
        return SecretTokens.sha256Hex(token);
    }
}
