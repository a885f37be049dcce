-- Search for people that row-level security does not slow down (docs/performance.md "row-level security").
-- PostgreSQL uses an index for a condition on a table with a policy only when the condition's operator is leakproof
-- (it must not see rows the policy hides before the policy has run). Text search (@@) is not, so users_search_idx
-- went unused in every club session since V7: a search in a 100,000-member club read every person (1 to 16 s).
-- Instead, the words of each person's names and e-mail (the same words the old index held), once per club they
-- belong to: a prefix search is then a btree range (^@ on a "C" column, leakproof) under the suite's club policy.
SELECT set_config('hockeyhub.organization_id', '*', true); -- the backfill below reads every club

CREATE TABLE user_search_words (
    organization_id uuid NOT NULL,
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    word            text COLLATE "C" NOT NULL,
    PRIMARY KEY (organization_id, word, user_id)
);
CREATE INDEX user_search_words_user_idx ON user_search_words (user_id);
SELECT hockeyhub_tenant_isolation('user_search_words');

-- The words of a person: first and last name, the e-mail whole and split at its punctuation ("smith" finds
-- "j.smith@club.org"), lower case, as PostgreSQL's 'simple' text search configuration splits them.
CREATE FUNCTION user_search_words_of(first_name text, last_name text, email text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT DISTINCT t.lexeme FROM unnest(to_tsvector('simple'::regconfig, first_name || ' ' || last_name || ' '
        || email || ' ' || translate(email, '@.-_+', '     '))) AS t
$fn$;

-- Kept by triggers, set-based (a seed's COPY of 10,000 members is one statement): a new membership brings the person's
-- words into that club; a rename, or a new e-mail, replaces their words in every club; a membership removed for good
-- (soft-deleted ones stay, as the person stays visible to the club) takes the club's words once no membership in that
-- club is left. They write every club the person belongs to, whichever club's session changed them, so they state
-- every club for their own statements and restore what the session stated afterwards.
CREATE FUNCTION user_search_words_follow() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    stated text := current_setting('hockeyhub.organization_id', true);
BEGIN
    PERFORM set_config('hockeyhub.organization_id', '*', true);
    IF TG_TABLE_NAME = 'users' THEN
        DELETE FROM user_search_words w USING after n JOIN before o ON o.id = n.id
        WHERE w.user_id = n.id
          AND (n.first_name, n.last_name, n.email) IS DISTINCT FROM (o.first_name, o.last_name, o.email);
        INSERT INTO user_search_words (organization_id, user_id, word)
        SELECT DISTINCT m.organization_id, n.id, w.word
        FROM after n JOIN before o ON o.id = n.id JOIN user_organizations m ON m.user_id = n.id
        CROSS JOIN LATERAL user_search_words_of(n.first_name, n.last_name, n.email) AS w (word)
        WHERE (n.first_name, n.last_name, n.email) IS DISTINCT FROM (o.first_name, o.last_name, o.email)
        ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO user_search_words (organization_id, user_id, word)
        SELECT DISTINCT a.organization_id, u.id, w.word
        FROM added a JOIN users u ON u.id = a.user_id
        CROSS JOIN LATERAL user_search_words_of(u.first_name, u.last_name, u.email) AS w (word)
        ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM user_search_words w USING removed r
        WHERE w.user_id = r.user_id AND w.organization_id = r.organization_id
          AND NOT EXISTS (SELECT 1 FROM user_organizations m
                          WHERE m.user_id = r.user_id AND m.organization_id = r.organization_id);
    END IF;
    PERFORM set_config('hockeyhub.organization_id', coalesce(stated, ''), true);
    RETURN NULL;
END
$fn$;
CREATE TRIGGER user_search_words_of_renamed_users AFTER UPDATE ON users
    REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION user_search_words_follow();
CREATE TRIGGER user_search_words_of_new_members AFTER INSERT ON user_organizations
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION user_search_words_follow();
CREATE TRIGGER user_search_words_of_removed_members AFTER DELETE ON user_organizations
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION user_search_words_follow();

INSERT INTO user_search_words (organization_id, user_id, word)
SELECT DISTINCT m.organization_id, u.id, w.word
FROM users u JOIN user_organizations m ON m.user_id = u.id
CROSS JOIN LATERAL user_search_words_of(u.first_name, u.last_name, u.email) AS w (word);

-- nothing searches the old index any more
DROP INDEX users_search_idx;
