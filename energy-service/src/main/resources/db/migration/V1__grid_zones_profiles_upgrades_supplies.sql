-- Grid zones: electricity grids keyed by Electricity-Maps-style zone codes (KE, ZA, DE, US-CAL-CISO),
-- with their flat annual figures and where those figures come from.
CREATE TABLE grid_zone (
    code                              VARCHAR(40)      PRIMARY KEY,
    name                              VARCHAR(200)     NOT NULL,
    country_code                      VARCHAR(2)       NOT NULL,
    carbon_intensity_g_per_kwh        DOUBLE PRECISION NOT NULL CHECK (carbon_intensity_g_per_kwh >= 0),
    renewable_share_pct               DOUBLE PRECISION NOT NULL CHECK (renewable_share_pct BETWEEN 0 AND 100),
    price_usd_per_mwh                 DOUBLE PRECISION NOT NULL CHECK (price_usd_per_mwh >= 0),
    headroom_mw                       DOUBLE PRECISION NOT NULL CHECK (headroom_mw >= 0),
    reliability_outage_hours_per_year DOUBLE PRECISION CHECK (reliability_outage_hours_per_year BETWEEN 0 AND 8784),
    source                            VARCHAR(500)     NOT NULL,
    year                              INTEGER          NOT NULL,
    estimated                         BOOLEAN          NOT NULL,
    version                           BIGINT           NOT NULL DEFAULT 0,
    created_at                        TIMESTAMPTZ      NOT NULL DEFAULT now(),
    updated_at                        TIMESTAMPTZ      NOT NULL DEFAULT now(),
    CONSTRAINT grid_zone_country_format CHECK (country_code ~ '^[A-Z]{2}$')
);
CREATE INDEX grid_zone_country_idx ON grid_zone (country_code);

-- A zone's typical profile: 12 months x 24 UTC hours, stored as two arrays indexed
-- (month - 1) * 24 + hour, so that replacing a profile is one atomic row write.
CREATE TABLE zone_profile (
    zone_code                  VARCHAR(40)        PRIMARY KEY REFERENCES grid_zone (code) ON DELETE CASCADE,
    carbon_intensity_g_per_kwh DOUBLE PRECISION[] NOT NULL,
    price_usd_per_mwh          DOUBLE PRECISION[] NOT NULL,
    source                     VARCHAR(500)       NOT NULL,
    estimated                  BOOLEAN            NOT NULL,
    version                    BIGINT             NOT NULL DEFAULT 0,
    updated_at                 TIMESTAMPTZ        NOT NULL DEFAULT now(),
    CONSTRAINT zone_profile_carbon_288 CHECK (cardinality(carbon_intensity_g_per_kwh) = 288),
    CONSTRAINT zone_profile_price_288 CHECK (cardinality(price_usd_per_mwh) = 288)
);

-- A zone's real hourly series (optional): its header, then one row per UTC hour.
CREATE TABLE zone_series (
    zone_code    VARCHAR(40)  PRIMARY KEY REFERENCES grid_zone (code) ON DELETE CASCADE,
    source       VARCHAR(500) NOT NULL,
    estimated    BOOLEAN      NOT NULL,
    point_count  INTEGER      NOT NULL CHECK (point_count >= 0),
    first_hour   TIMESTAMPTZ,
    last_hour    TIMESTAMPTZ,
    version      BIGINT       NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE zone_series_point (
    zone_code                  VARCHAR(40)      NOT NULL REFERENCES zone_series (zone_code) ON DELETE CASCADE,
    hour_start                 TIMESTAMPTZ      NOT NULL,
    carbon_intensity_g_per_kwh DOUBLE PRECISION NOT NULL CHECK (carbon_intensity_g_per_kwh >= 0),
    price_usd_per_mwh          DOUBLE PRECISION NOT NULL CHECK (price_usd_per_mwh >= 0),
    PRIMARY KEY (zone_code, hour_start)
);

-- Grid upgrades: capacity that will (or will not) become available to new loads in a zone.
CREATE TABLE grid_upgrade (
    id               UUID             PRIMARY KEY,
    zone_code        VARCHAR(40)      NOT NULL REFERENCES grid_zone (code),
    name             VARCHAR(200)     NOT NULL,
    added_mw         DOUBLE PRECISION NOT NULL CHECK (added_mw > 0),
    renewable_mw     DOUBLE PRECISION NOT NULL CHECK (renewable_mw >= 0),
    capex_usd        DOUBLE PRECISION CHECK (capex_usd >= 0),
    expected_online  DATE             NOT NULL,
    status           VARCHAR(20)      NOT NULL,
    source           VARCHAR(500),
    estimated        BOOLEAN          NOT NULL DEFAULT false,
    version          BIGINT           NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ      NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ      NOT NULL DEFAULT now(),
    CONSTRAINT grid_upgrade_renewable_within_added CHECK (renewable_mw <= added_mw),
    CONSTRAINT grid_upgrade_name_unique UNIQUE (zone_code, name)
);
CREATE INDEX grid_upgrade_zone_idx ON grid_upgrade (zone_code, expected_online);

-- Power supplies: a capacity-service site's connection to a zone (the site id is not verified
-- across services). One connection per site.
CREATE TABLE power_supply (
    id                   UUID             PRIMARY KEY,
    site_id              UUID             NOT NULL,
    zone_code            VARCHAR(40)      NOT NULL REFERENCES grid_zone (code),
    contracted_mw        DOUBLE PRECISION NOT NULL CHECK (contracted_mw >= 0),
    onsite_renewable_mw  DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (onsite_renewable_mw >= 0),
    version              BIGINT           NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ      NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ      NOT NULL DEFAULT now(),
    CONSTRAINT power_supply_site_unique UNIQUE (site_id)
);
CREATE INDEX power_supply_zone_idx ON power_supply (zone_code);
