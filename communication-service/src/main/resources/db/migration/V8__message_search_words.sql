-- Message search that row-level security does not slow down (docs/performance.md "communication-service"; the same
-- cause and cure as user-service V9). Under a policy PostgreSQL uses an index only for leakproof conditions, and text
-- search (@@) is not one: since V2 the GIN index of V7 went unused in every club session, and a search over a million
-- messages read them all (4.4 s). Instead, the words of each message that is not deleted, as the 'simple' text search
-- configuration splits them: equality on a word is leakproof, so a word is a btree probe under the club policy.
SELECT set_config('hockeyhub.organization_id', '*', true); -- the backfill below reads every club
-- the backfill writes ~10 rows per message: a club's history takes longer than the API's statement timeout
SET LOCAL statement_timeout = 0;

CREATE TABLE message_search_words (
    organization_id uuid NOT NULL,
    word            text NOT NULL,
    message_id      uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, word, message_id)
);
CREATE INDEX message_search_words_message_ix ON message_search_words (message_id);
SELECT hockeyhub_tenant_isolation('message_search_words');

-- Kept by statement-level triggers (a batch insert is one statement): a new message brings its words; an edit replaces
-- them; a (soft) deletion takes them away; a hard deletion cascades. They run in the session's club, the messages' own.
CREATE FUNCTION message_search_words_follow() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM message_search_words w USING after n JOIN before o ON o.id = n.id
        WHERE w.message_id = n.id
          AND (n.body IS DISTINCT FROM o.body OR n.deleted_at IS DISTINCT FROM o.deleted_at);
        INSERT INTO message_search_words (organization_id, word, message_id)
        SELECT DISTINCT n.organization_id, t.lexeme, n.id
        FROM after n JOIN before o ON o.id = n.id
        CROSS JOIN LATERAL unnest(to_tsvector('simple', n.body)) AS t
        WHERE n.deleted_at IS NULL AND (n.body IS DISTINCT FROM o.body OR n.deleted_at IS DISTINCT FROM o.deleted_at)
        ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO message_search_words (organization_id, word, message_id)
        SELECT DISTINCT n.organization_id, t.lexeme, n.id
        FROM after n CROSS JOIN LATERAL unnest(to_tsvector('simple', n.body)) AS t
        WHERE n.deleted_at IS NULL
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER message_search_words_of_new_messages AFTER INSERT ON messages
    REFERENCING NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION message_search_words_follow();
CREATE TRIGGER message_search_words_of_changed_messages AFTER UPDATE ON messages
    REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION message_search_words_follow();

INSERT INTO message_search_words (organization_id, word, message_id)
SELECT DISTINCT m.organization_id, t.lexeme, m.id
FROM messages m CROSS JOIN LATERAL unnest(to_tsvector('simple', m.body)) AS t
WHERE m.deleted_at IS NULL;

-- nothing searches the old index any more
DROP INDEX messages_body_fts_ix;
