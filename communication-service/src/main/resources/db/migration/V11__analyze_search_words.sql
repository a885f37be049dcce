-- V8 backfilled message_search_words with a row per distinct word of every message (~11 per message). Until
-- autovacuum analyzes it, the planner takes the table for empty: a search for a common word then reads every
-- message of the club (10-25 s over a million messages instead of 15-70 ms; docs/performance.md). Autovacuum can
-- take many minutes to get to a table that large, so an upgrade that ran the backfill analyzes it here at once.
ANALYZE message_search_words;
