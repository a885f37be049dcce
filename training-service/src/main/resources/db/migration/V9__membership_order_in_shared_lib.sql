-- The membership order of V8 moves to shared-lib (roster.MembershipOrder, table hockeyhub_membership_changes of
-- R__hockeyhub_roster.sql, one row per consumer): the roster projection orders its changes the same way now. The rows
-- kept so far become the assignments consumer's, so no older change applied before can undo a newer one after this.
ALTER TABLE team_membership_changes RENAME TO hockeyhub_membership_changes;
ALTER TABLE hockeyhub_membership_changes RENAME COLUMN player_id TO user_id;
ALTER TABLE hockeyhub_membership_changes ADD COLUMN consumer text NOT NULL DEFAULT 'training-assignments';
ALTER TABLE hockeyhub_membership_changes ALTER COLUMN consumer DROP DEFAULT;
ALTER TABLE hockeyhub_membership_changes DROP CONSTRAINT team_membership_changes_pkey;
ALTER TABLE hockeyhub_membership_changes ADD CONSTRAINT hockeyhub_membership_changes_pk
    PRIMARY KEY (consumer, organization_id, team_id, user_id);
