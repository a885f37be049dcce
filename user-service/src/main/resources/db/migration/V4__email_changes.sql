-- A requested e-mail change waits here until the new address confirms it with the mailed code (stored hashed,
-- single use, short-lived); a new request for the same user voids the earlier one.
CREATE TABLE email_change_tokens (
    id          uuid PRIMARY KEY,
    user_id     uuid         NOT NULL REFERENCES users (id),
    new_email   varchar(254) NOT NULL,
    token_hash  char(64)     NOT NULL UNIQUE,
    requested_by uuid,
    created_at  timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL,
    used_at     timestamptz
);
CREATE INDEX email_change_tokens_user_idx ON email_change_tokens (user_id) WHERE used_at IS NULL;
