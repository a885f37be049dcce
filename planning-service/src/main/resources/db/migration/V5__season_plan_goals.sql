-- Goals of a season plan with their progress (0–100 %).
CREATE TABLE plan_goals (
    id              uuid          PRIMARY KEY,
    organization_id uuid          NOT NULL,
    plan_id         uuid          NOT NULL REFERENCES season_plans (id),
    title           varchar(200)  NOT NULL,
    description     varchar(2000),
    target_date     date,
    progress        integer       NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX plan_goals_plan_ix ON plan_goals (plan_id, created_at);

SELECT hockeyhub_tenant_isolation('plan_goals');
