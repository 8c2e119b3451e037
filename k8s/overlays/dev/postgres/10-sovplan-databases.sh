#!/usr/bin/env bash
# DEV ONLY. Run once by the postgres image's entrypoint on an empty data directory: one database
# and one owner role per service (DESIGN.md: no service reads another's tables). The passwords
# come from the dev Secrets <service>-db-app through the container's environment.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set=capacity_password="$SOVPLAN_CAPACITY_DB_PASSWORD" \
  --set=energy_password="$SOVPLAN_ENERGY_DB_PASSWORD" \
  --set=placement_password="$SOVPLAN_PLACEMENT_DB_PASSWORD" <<'SQL'
CREATE ROLE sovplan_capacity LOGIN PASSWORD :'capacity_password';
CREATE DATABASE sovplan_capacity OWNER sovplan_capacity;
REVOKE ALL ON DATABASE sovplan_capacity FROM PUBLIC;

CREATE ROLE sovplan_energy LOGIN PASSWORD :'energy_password';
CREATE DATABASE sovplan_energy OWNER sovplan_energy;
REVOKE ALL ON DATABASE sovplan_energy FROM PUBLIC;

CREATE ROLE sovplan_placement LOGIN PASSWORD :'placement_password';
CREATE DATABASE sovplan_placement OWNER sovplan_placement;
REVOKE ALL ON DATABASE sovplan_placement FROM PUBLIC;
SQL
