-- Placement plans: the request, its progress and, once solved, the result document.
CREATE TABLE plan (
    id                  UUID          PRIMARY KEY,
    status              VARCHAR(12)   NOT NULL,
    request             JSONB         NOT NULL,
    region_codes        TEXT[]        NOT NULL DEFAULT '{}',
    workload_count      INTEGER       NOT NULL,
    time_limit_seconds  INTEGER       NOT NULL,
    best_score          VARCHAR(100),
    elapsed_ms          BIGINT,
    result              JSONB,
    failure_reason      VARCHAR(2000),
    created_by          VARCHAR(200)  NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    commit_attempts     INTEGER       NOT NULL DEFAULT 0,
    committed_at        TIMESTAMPTZ,
    reservations        JSONB,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT plan_status CHECK (status IN ('QUEUED', 'SOLVING', 'COMPLETED', 'FAILED', 'CANCELLED'))
);
CREATE INDEX plan_status_idx ON plan (status);
CREATE INDEX plan_created_idx ON plan (created_at);
