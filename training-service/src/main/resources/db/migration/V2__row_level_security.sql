-- Row-level security with shared-lib's one policy (fails closed): a club session sees only its club's rows.
SELECT hockeyhub_tenant_isolation('exercises');
SELECT hockeyhub_tenant_isolation('session_templates');
SELECT hockeyhub_tenant_isolation('workout_sessions');
SELECT hockeyhub_tenant_isolation('planned_exercises');
SELECT hockeyhub_tenant_isolation('assignments');
SELECT hockeyhub_tenant_isolation('player_training_status');
SELECT hockeyhub_tenant_isolation('assignment_transfers');
