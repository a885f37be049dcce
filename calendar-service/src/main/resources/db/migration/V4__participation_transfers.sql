-- What a player transfer (user-service's saga) did to the player's participation, so its compensation can undo it.
CREATE TABLE participation_transfers (
    transfer_id        uuid        PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    to_organization_id uuid        NOT NULL,
    player_id          uuid        NOT NULL,
    from_team_id       uuid        NOT NULL,
    to_team_id         uuid        NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    reverted_at        timestamptz
);
SELECT hockeyhub_tenant_isolation('participation_transfers');
