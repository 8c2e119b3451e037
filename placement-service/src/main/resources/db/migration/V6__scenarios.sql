-- Scenarios: multi-year least-cost build plans of a region. The definition (demand lines, variants,
-- prices, lifetimes, lead times, build rates, budgets) is one typed JSON document.
CREATE TABLE scenario (
    id            UUID          PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    region_code   VARCHAR(6)    NOT NULL,
    first_year    INTEGER       NOT NULL,
    last_year     INTEGER       NOT NULL,
    definition    JSONB         NOT NULL,
    created_by    VARCHAR(200)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT scenario_name_unique UNIQUE (region_code, name),
    CONSTRAINT scenario_years CHECK (last_year >= first_year)
);
CREATE INDEX scenario_region_idx ON scenario (region_code);

-- A run solves a scenario (one demand variant, one carbon price scale) asynchronously. Like plans,
-- an active run is leased by the replica solving it (owner, lease_until from the database clock);
-- any replica fails an active run whose lease ran out, so results and failures survive restarts.
CREATE TABLE scenario_run (
    id                  UUID          PRIMARY KEY,
    scenario_id         UUID          NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    scenario_version    BIGINT        NOT NULL,
    variant             VARCHAR(40)   NOT NULL,
    carbon_price_scale  NUMERIC(8, 4) NOT NULL,
    label               VARCHAR(200)  NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    time_limit_seconds  INTEGER       NOT NULL,
    result              JSONB,
    failure_reason      VARCHAR(2000),
    elapsed_ms          BIGINT,
    created_by          VARCHAR(200)  NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    owner               VARCHAR(253)  NOT NULL,
    lease_until         TIMESTAMPTZ,
    cancel_requested_at TIMESTAMPTZ,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT scenario_run_status CHECK (status IN ('QUEUED', 'SOLVING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    CONSTRAINT scenario_run_active_lease CHECK (status NOT IN ('QUEUED', 'SOLVING') OR lease_until IS NOT NULL)
);
CREATE INDEX scenario_run_scenario_idx ON scenario_run (scenario_id, created_at);
CREATE INDEX scenario_run_active_lease_idx ON scenario_run (lease_until) WHERE status IN ('QUEUED', 'SOLVING');
