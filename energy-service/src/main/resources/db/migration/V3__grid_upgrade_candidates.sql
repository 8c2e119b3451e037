-- Candidate grid upgrades of a zone: what could be built to add headroom for new loads, not yet
-- decided, with its size, unit capex and lead time. The scenario optimiser of placement-service
-- chooses among them (docs/energy-service.md, "Candidate upgrades").
CREATE TABLE grid_upgrade_candidate (
    id                  UUID             PRIMARY KEY,
    zone_code           VARCHAR(40)      NOT NULL REFERENCES grid_zone (code) ON DELETE CASCADE,
    name                VARCHAR(200)     NOT NULL,
    max_mw              DOUBLE PRECISION NOT NULL CHECK (max_mw > 0),
    capex_usd_per_mw    DOUBLE PRECISION NOT NULL CHECK (capex_usd_per_mw >= 0),
    lead_time_years     INTEGER          NOT NULL CHECK (lead_time_years BETWEEN 0 AND 30),
    renewable           BOOLEAN          NOT NULL DEFAULT false,
    source              VARCHAR(500),
    estimated           BOOLEAN          NOT NULL DEFAULT false,
    version             BIGINT           NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ      NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ      NOT NULL DEFAULT now(),
    CONSTRAINT grid_upgrade_candidate_name_unique UNIQUE (zone_code, name)
);
CREATE INDEX grid_upgrade_candidate_zone_idx ON grid_upgrade_candidate (zone_code);
