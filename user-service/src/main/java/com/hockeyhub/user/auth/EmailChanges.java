package com.hockeyhub.user.auth;

import com.hockeyhub.shared.security.SecretTokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.user.user.EmailChangeRequests;
import com.hockeyhub.user.user.User;
import com.hockeyhub.user.user.UserService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A change of the login e-mail address takes two steps: the request mails a single-use code to the NEW address (and
 * a notice to the current one), and only presenting that code sets the address, which ends every session of the
 * user. Whoever requested the change (the user, or an admin allowed by {@code UserAccess}) cannot complete it
 * without the new mailbox, and the owner learns of it at the old one. Codes are stored hashed; a new request voids
 * the user's earlier one.
 */
@Service
public class EmailChanges implements EmailChangeRequests {

    private record Pending(UUID userId, String newEmail) {
    }

    private final JdbcTemplate jdbc;
    private final UserService users;
    private final ResetMailer mailer;
    private final AuthProperties properties;

    EmailChanges(JdbcTemplate jdbc, UserService users, ResetMailer mailer, AuthProperties properties) {
        this.jdbc = jdbc;
        this.users = users;
        this.mailer = mailer;
        this.properties = properties;
    }

    /** 409 when another account already uses the address. */
    @Override
    public void requireAvailable(UUID userId, String newEmail) {
        String email = UserService.normalizeEmail(newEmail);
        User user = users.require(userId);
        if (!email.equals(user.getEmail()) && users.emailTaken(email)) {
            throw new ConflictException("A user with this e-mail address already exists");
        }
    }

    /** Starts the change; nothing happens when the address is the current one. */
    @Override
    public void request(User user, String newEmail, UUID requestedBy) {
        String email = UserService.normalizeEmail(newEmail);
        if (email.equals(user.getEmail())) {
            return;
        }
        requireAvailable(user.getId(), email);
        jdbc.update("UPDATE email_change_tokens SET used_at = now() WHERE user_id = ? AND used_at IS NULL",
                user.getId());
        String token = SecretTokens.newToken();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO email_change_tokens (id, user_id, new_email, token_hash, requested_by, created_at,"
                        + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), user.getId(), email,
                SecretTokens.sha256Hex(token), requestedBy, Timestamp.from(now),
                Timestamp.from(now.plus(properties.getEmailChangeTokenTtl())));
        mailer.sendEmailChangeConfirmation(email, user.getFirstName(), token);
        mailer.sendEmailChangeNotice(user.getEmail(), user.getFirstName(), email,
                requestedBy != null && !requestedBy.equals(user.getId()));
    }

    /** Sets the new address of a valid code (400 on {@code token} otherwise) and ends the user's sessions. */
    public User confirm(String token) {
        Pending pending = consume(token)
                .orElseThrow(() -> new InvalidRequestException("token", "is invalid, used or expired"));
        return users.applyEmailChange(pending.userId(), pending.newEmail());
    }

    private Optional<Pending> consume(String token) {
        return jdbc.query("UPDATE email_change_tokens SET used_at = now() WHERE token_hash = ? AND used_at IS NULL"
                        + " AND expires_at > now() RETURNING user_id, new_email",
                (rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2)), SecretTokens.sha256Hex(token))
                .stream().findFirst();
    }
}
