-- Row-level security with shared-lib's one policy (fails closed). drills and drill_ratings are read across clubs
-- (public drills and their average rating) and are guarded in code (DrillService); every other table is one club's.
SELECT hockeyhub_tenant_isolation('season_plans');
SELECT hockeyhub_tenant_isolation('plan_phases');
SELECT hockeyhub_tenant_isolation('phase_announcements');
