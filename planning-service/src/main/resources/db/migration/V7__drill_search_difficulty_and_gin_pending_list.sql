-- Drill search, measured on 50,000 drills (docs/performance.md "planning-service"):
-- 1. A name-ordered page filtered by difficulty walked the club's (or the category's) name index and dropped every
--    other difficulty row by row: 2,500 rows removed to find 21 when the first names in order had other
--    difficulties, because the planner cannot know how names and difficulties go together. Difficulty is the
--    filter coaches use most after the category, so it gets the same shape as the category: in the index before the
--    name, alone and after the category.
-- 2. The full-text index scanned its pending list (GIN "fast update") on every search until the next vacuum: a drill
--    library is written a few times a day and searched all the time, so entries go straight into the index.
CREATE INDEX drills_club_difficulty_name_ix ON drills (organization_id, difficulty, name, id) WHERE deleted_at IS NULL;
CREATE INDEX drills_club_category_difficulty_name_ix ON drills (organization_id, category, difficulty, name, id)
    WHERE deleted_at IS NULL;
ALTER INDEX drills_search_ix SET (fastupdate = off);
SELECT gin_clean_pending_list('drills_search_ix'::regclass);
