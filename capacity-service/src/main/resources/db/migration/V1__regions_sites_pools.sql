-- Regions: ISO 3166-1 countries and ISO 3166-2 subdivisions, with their hierarchy.
CREATE TABLE region (
    code          VARCHAR(6)   PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    parent_code   VARCHAR(6)   REFERENCES region (code),
    population    BIGINT,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT region_code_format CHECK (code ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    CONSTRAINT region_population CHECK (population IS NULL OR population >= 0),
    CONSTRAINT region_lat CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    CONSTRAINT region_lon CHECK (lon IS NULL OR lon BETWEEN -180 AND 180)
);
CREATE INDEX region_parent_idx ON region (parent_code);

-- The accelerator catalogue; seeded by V2 with public specifications.
CREATE TABLE accelerator_model (
    code                   VARCHAR(64)   PRIMARY KEY,
    vendor                 VARCHAR(100)  NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    form_factor            VARCHAR(40)   NOT NULL,
    memory_gb              NUMERIC(8,1)  NOT NULL CHECK (memory_gb > 0),
    memory_bandwidth_tbps  NUMERIC(8,3)  NOT NULL CHECK (memory_bandwidth_tbps > 0),
    tdp_watts              INTEGER       NOT NULL CHECK (tdp_watts > 0),
    bf16_dense_tflops      NUMERIC(10,1) NOT NULL CHECK (bf16_dense_tflops > 0),
    fp8_dense_tflops       NUMERIC(10,1) CHECK (fp8_dense_tflops > 0),
    int8_dense_tops        NUMERIC(10,1) CHECK (int8_dense_tops > 0),
    unit_price_usd         NUMERIC(12,2) NOT NULL CHECK (unit_price_usd >= 0),
    price_estimated        BOOLEAN       NOT NULL DEFAULT true,
    source                 VARCHAR(500)  NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- Sites: data centres and edge sites. reserved_it_mw is maintained with the reservations, under a
-- row lock on the site; the CHECK constraints are the safety net should a code path ever forget one.
CREATE TABLE site (
    id                   UUID          PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    region_code          VARCHAR(6)    NOT NULL REFERENCES region (code),
    type                 VARCHAR(20)   NOT NULL
                         CHECK (type IN ('HYPERSCALE', 'COLOCATION', 'SOVEREIGN_CLOUD', 'ENTERPRISE', 'EDGE')),
    operator             VARCHAR(200)  NOT NULL,
    operator_hq_country  VARCHAR(2)    NOT NULL,
    jurisdiction         VARCHAR(2)    NOT NULL,
    sovereignty_level    SMALLINT      NOT NULL CHECK (sovereignty_level BETWEEN 0 AND 4),
    certifications       TEXT[]        NOT NULL DEFAULT '{}',
    status               VARCHAR(20)   NOT NULL
                         CHECK (status IN ('PLANNED', 'UNDER_CONSTRUCTION', 'OPERATIONAL', 'DECOMMISSIONED')),
    available_from       DATE,
    it_capacity_mw       NUMERIC(10,3) NOT NULL CHECK (it_capacity_mw BETWEEN 0 AND 10000),
    reserved_it_mw       NUMERIC(12,6) NOT NULL DEFAULT 0 CHECK (reserved_it_mw >= 0),
    pue                  NUMERIC(4,2)  NOT NULL CHECK (pue BETWEEN 1 AND 3),
    grid_zone_code       VARCHAR(40)   NOT NULL,
    lat                  DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon                  DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
    tier                 SMALLINT      CHECK (tier BETWEEN 1 AND 4),
    source               VARCHAR(500),
    estimated            BOOLEAN       NOT NULL DEFAULT false,
    version              BIGINT        NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT site_reserved_within_capacity CHECK (reserved_it_mw <= it_capacity_mw + 0.000001),
    CONSTRAINT site_needs_date_until_operational
        CHECK (status NOT IN ('PLANNED', 'UNDER_CONSTRUCTION') OR available_from IS NOT NULL)
);
-- Site names are unique within a region, whatever their case.
CREATE UNIQUE INDEX site_name_unique ON site (region_code, lower(name));
CREATE INDEX site_zone_idx ON site (grid_zone_code);
CREATE INDEX site_status_idx ON site (status);

-- Accelerators installed at a site, per model.
CREATE TABLE accelerator_pool (
    site_id     UUID         NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    model_code  VARCHAR(64)  NOT NULL REFERENCES accelerator_model (code),
    installed   INTEGER      NOT NULL CHECK (installed BETWEEN 0 AND 10000000),
    reserved    INTEGER      NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, model_code),
    CONSTRAINT pool_reserved_within_installed CHECK (reserved <= installed)
);
CREATE INDEX pool_model_idx ON accelerator_pool (model_code);

-- Reservations of GPUs (and the IT MW they draw) at a site. Released ones are kept as history
-- until their site is deleted.
CREATE TABLE reservation (
    id               UUID          PRIMARY KEY,
    site_id          UUID          NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    model_code       VARCHAR(64)   NOT NULL REFERENCES accelerator_model (code),
    gpus             INTEGER       NOT NULL CHECK (gpus > 0),
    it_mw            NUMERIC(12,6) NOT NULL CHECK (it_mw >= 0),
    reference        VARCHAR(300),
    status           VARCHAR(20)   NOT NULL CHECK (status IN ('ACTIVE', 'RELEASED')),
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    released_at      TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT reservation_released_at CHECK ((status = 'RELEASED') = (released_at IS NOT NULL))
);
CREATE INDEX reservation_site_idx ON reservation (site_id, status);
CREATE INDEX reservation_reference_idx ON reservation (reference);

-- Idempotency keys of reservation requests, per caller: the same key and body answer the same
-- reservation; request_hash is the SHA-256 of the request body's canonical form.
CREATE TABLE idempotency_key (
    subject          VARCHAR(200)  NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    reservation_id   UUID          NOT NULL REFERENCES reservation (id) ON DELETE CASCADE,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, idempotency_key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
