-- Workloads: what a region needs to run, with its sizing inputs and placement constraints.
CREATE TABLE workload (
    id                          UUID          PRIMARY KEY,
    name                        VARCHAR(200)  NOT NULL,
    region_code                 VARCHAR(6)    NOT NULL,
    type                        VARCHAR(20)   NOT NULL,
    params_billion              DOUBLE PRECISION NOT NULL CHECK (params_billion > 0),
    precision                   VARCHAR(8)    NOT NULL,
    train_tokens_billion        DOUBLE PRECISION CHECK (train_tokens_billion > 0),
    target_days                 DOUBLE PRECISION CHECK (target_days > 0),
    mfu                         DOUBLE PRECISION CHECK (mfu > 0 AND mfu <= 1),
    peak_tokens_per_sec         DOUBLE PRECISION CHECK (peak_tokens_per_sec > 0),
    user_region_code            VARCHAR(6),
    max_latency_ms              DOUBLE PRECISION CHECK (max_latency_ms > 0),
    min_sovereignty_level       SMALLINT      NOT NULL DEFAULT 0 CHECK (min_sovereignty_level BETWEEN 0 AND 4),
    allowed_jurisdictions       TEXT[]        NOT NULL DEFAULT '{}',
    allowed_accelerator_models  TEXT[]        NOT NULL DEFAULT '{}',
    max_carbon_g_per_kwh        DOUBLE PRECISION CHECK (max_carbon_g_per_kwh >= 0),
    start_date                  DATE,
    priority                    SMALLINT      NOT NULL CHECK (priority BETWEEN 1 AND 10),
    created_by                  VARCHAR(200)  NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    created_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT workload_name_unique UNIQUE (region_code, name)
);
CREATE INDEX workload_region_idx ON workload (region_code);
CREATE INDEX workload_type_idx ON workload (type);
