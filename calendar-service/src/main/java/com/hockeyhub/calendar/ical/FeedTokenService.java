package com.hockeyhub.calendar.ical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import com.hockeyhub.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, resolves and revokes per-user feed tokens (256 random bits, URL-safe; stored hashed). */
@Service
public class FeedTokenService {

    private final FeedTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public FeedTokenService(FeedTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the caller, replacing any earlier one (old subscription links stop working). */
    @Transactional
    public String issue(CurrentUser user) {
        user.requireOrganizationId();
        revoke(user);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.saveAndFlush(new FeedToken(user, hash(token)));
        return token;
    }

    @Transactional
    public boolean revoke(CurrentUser user) {
        Optional<FeedToken> existing = tokens.findByUserId(user.id());
        existing.ifPresent(t -> {
            tokens.delete(t);
            tokens.flush();
        });
        return existing.isPresent();
    }

    /** The user a token stands for, or empty for an unknown or revoked token. */
    @Transactional
    public Optional<CurrentUser> resolve(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).map(t -> {
            t.used(clock.instant());
            return t.asUser();
        });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
