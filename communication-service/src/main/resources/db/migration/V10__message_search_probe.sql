-- A message's probe for one word (MessageSearch: EXISTS ... w.message_id = m.id AND w.word = ?) answered from the index
-- alone: on (message_id) only, each probe read every word row of the message from the table, and a search whose
-- common words matched nothing (rink -practice over a million messages) ran past the 30 s statement timeout.
SET LOCAL statement_timeout = 0; -- one index over every word of every message
DROP INDEX message_search_words_message_ix;
CREATE INDEX message_search_words_message_ix ON message_search_words (message_id, word);
