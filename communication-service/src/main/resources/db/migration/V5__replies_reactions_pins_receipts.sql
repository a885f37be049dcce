-- Replies and pins on messages, reactions (one per user, message and emoji, whatever the race), read receipts
-- (which message each participant has read up to).

ALTER TABLE messages ADD COLUMN reply_to_id uuid REFERENCES messages (id);
ALTER TABLE messages ADD COLUMN pinned_at timestamptz;
ALTER TABLE messages ADD COLUMN pinned_by uuid;
CREATE INDEX messages_pinned_ix ON messages (conversation_id, pinned_at DESC) WHERE pinned_at IS NOT NULL
    AND deleted_at IS NULL;

CREATE TABLE message_reactions (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    message_id      uuid        NOT NULL REFERENCES messages (id),
    user_id         uuid        NOT NULL,
    emoji           varchar(32) NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT message_reactions_uk UNIQUE (message_id, user_id, emoji)
);

ALTER TABLE conversation_participants ADD COLUMN last_read_message_id uuid;

SELECT hockeyhub_tenant_isolation('message_reactions');
