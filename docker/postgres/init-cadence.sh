#!/usr/bin/env bash
# Runs once, when the postgres container initialises its data directory (docker-entrypoint-initdb.d):
# creates Cadence's owner and application accounts and the cadence database with the passwords the
# compose file gives, using the same script operators run by hand.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner=cadence_owner -v owner_password="$CADENCE_OWNER_PASSWORD" \
    -v app=cadence_app -v app_password="$CADENCE_APP_PASSWORD" \
    -v database=cadence -f /cadence/cadence-accounts.sql
