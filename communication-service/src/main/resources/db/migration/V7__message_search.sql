-- Full-text search over one's own conversations: a GIN index on the message text ('simple': no language stemming,
-- so names, numbers and Finnish/Swedish/English words all match as written).
CREATE INDEX messages_body_fts_ix ON messages USING gin (to_tsvector('simple', body)) WHERE deleted_at IS NULL;
