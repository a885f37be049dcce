-- planning-service: the drill library (club drills and drills clubs share publicly) with ratings, and season plans.

-- Drills are read across clubs (public ones), so the table carries no tenant policy: the code shows a club its own
-- drills and public drills only, and only the author's club changes a drill. Ratings are per club (policy below).
CREATE TABLE drills (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    name            varchar(120) NOT NULL,
    description     varchar(4000) NOT NULL,
    category        varchar(30) NOT NULL CHECK (category IN ('skating', 'passing', 'shooting', 'offense', 'defense',
                                                              'transition', 'goalie', 'battle', 'conditioning',
                                                              'small_area_game')),
    difficulty      varchar(20) NOT NULL CHECK (difficulty IN ('beginner', 'intermediate', 'advanced', 'elite')),
    duration_minutes integer    NOT NULL CHECK (duration_minutes BETWEEN 1 AND 120),
    min_players     integer     NOT NULL CHECK (min_players BETWEEN 1 AND 60),
    max_players     integer     NOT NULL CHECK (max_players BETWEEN 1 AND 60),
    equipment       varchar(300),
    age_groups      varchar(200) NOT NULL,
    tags            varchar(300),
    public_drill    boolean     NOT NULL DEFAULT false,
    rating_average  numeric(3, 2),
    rating_count    integer     NOT NULL DEFAULT 0,
    -- hyphens as spaces: "2-on-1" is the words 2, on, 1 (the parser would read "-1" as a negative number)
    search          tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', translate(coalesce(name, ''), '-', ' ')), 'A')
                        || setweight(to_tsvector('english', translate(coalesce(tags, ''), '-,', '  ')), 'B')
                        || setweight(to_tsvector('english', translate(coalesce(description, ''), '-', ' ')), 'C'))
                    STORED,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT drills_players CHECK (min_players <= max_players)
);
CREATE INDEX drills_search_ix ON drills USING gin (search);
CREATE INDEX drills_club_ix ON drills (organization_id) WHERE deleted_at IS NULL;
CREATE INDEX drills_public_ix ON drills (category) WHERE public_drill AND deleted_at IS NULL;

CREATE TABLE drill_ratings (
    drill_id        uuid        NOT NULL REFERENCES drills (id),
    coach_id        uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    rating          smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    rated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (drill_id, coach_id)
);

CREATE TABLE season_plans (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    team_id         uuid        NOT NULL,
    season          varchar(9)  NOT NULL,
    name            varchar(120) NOT NULL,
    status          varchar(20) NOT NULL CHECK (status IN ('draft', 'published')),
    starts_on       date        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0
);
-- one published plan per team and season
CREATE UNIQUE INDEX season_plans_published_uk ON season_plans (team_id, season)
    WHERE status = 'published' AND deleted_at IS NULL;

CREATE TABLE plan_phases (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    plan_id         uuid        NOT NULL REFERENCES season_plans (id),
    position        integer     NOT NULL,
    name            varchar(80) NOT NULL,
    starts_on       date        NOT NULL,
    ends_on         date        NOT NULL,
    intensity       varchar(20) NOT NULL CHECK (intensity IN ('low', 'medium', 'high', 'peak', 'recovery')),
    focus           varchar(300),
    CONSTRAINT plan_phases_dates CHECK (starts_on <= ends_on)
);
CREATE INDEX plan_phases_plan_ix ON plan_phases (plan_id, position);

-- every phase change announced, once per team and phase whatever the number of replicas
CREATE TABLE phase_announcements (
    team_id         uuid        NOT NULL,
    phase_id        uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    announced_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, phase_id)
);
