-- Drill search without words lists a club's drills and the public drills by name, as two branches of a UNION ALL
-- (DrillService.search), each read in name order from its own index so a page stops after its rows instead of sorting
-- every match. "organization_id = ? OR public_drill" in one WHERE could not use an index for the order.
CREATE INDEX drills_club_name_ix ON drills (organization_id, name, id) WHERE deleted_at IS NULL;
CREATE INDEX drills_club_category_name_ix ON drills (organization_id, category, name, id) WHERE deleted_at IS NULL;
CREATE INDEX drills_public_name_ix ON drills (name, id) WHERE public_drill AND deleted_at IS NULL;
-- a prefix of drills_club_name_ix
DROP INDEX drills_club_ix;
