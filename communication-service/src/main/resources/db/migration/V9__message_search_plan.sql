-- Message search plans that stay fast for rare and for common words (docs/performance.md "communication-service").
-- With one probe of message_search_words per word (V8), PostgreSQL picks per word: from the words table for a rare
-- word, or the club's messages newest first for a common one, stopping at the page's last match; this index serves
-- the latter.
CREATE INDEX messages_club_newest_ix ON messages (organization_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;

-- The web-search query itself, checked on each candidate. A function the planner cannot see into: it estimates the
-- bare text-search condition at a few rows in a million and then read every message (46 s for "rink 2" over a
-- million); as a function it is one condition among the others, and costly, so checked last.
CREATE FUNCTION message_matches(body text, query text) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE COST 1000 AS $fn$
BEGIN
    RETURN to_tsvector('simple', body) @@ websearch_to_tsquery('simple', query);
END
$fn$;
