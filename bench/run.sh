#!/usr/bin/env bash
# Cadence beside PostgreSQL itself (README.md, "Performance"). Run after ./mvnw package:
#   bench/run.sh            the full benchmark (5,000 clients, 1,000,000 sessions)
#   bench/run.sh --quick    smaller data and shorter runs, for development
# It creates its own PostgreSQL cluster under target/bench/ (never the server on 5432), starts
# Keycloak and the packaged application, prints one table and leaves raw results in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

java_major() {
    "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }'
}

# The newest JDK >= 21; JDK 25 brings the AOT cache the benchmark starts the application with.
if [[ -z "${JAVA_HOME:-}" || "$(java_major "$JAVA_HOME")" -lt 25 ]]; then
    for candidate in /usr/lib/jvm/*; do
        if [[ -x "$candidate/bin/java" && "$(java_major "$candidate")" -ge 25 ]]; then
            export JAVA_HOME="$candidate"
        fi
    done
fi
if [[ -z "${JAVA_HOME:-}" || "$(java_major "$JAVA_HOME")" -lt 21 ]]; then
    echo "bench: needs a JDK >= 21 (25 for the AOT cache) in JAVA_HOME" >&2
    exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v pgbench >/dev/null || missing+=(postgresql-contrib)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v python3 >/dev/null || missing+=(python3)
if (( ${#missing[@]} )); then
    echo "bench: installing ${missing[*]} with apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ ! -f target/quarkus-app/quarkus-run.jar ]]; then
    echo "bench: build the application first: ./mvnw package -DskipTests" >&2
    exit 1
fi

# The same Keycloak distribution the end-to-end test uses, from the Maven repository, in a copy of
# its own so that the benchmark and the end-to-end test never share Keycloak's data directory.
keycloak_version="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)"
if [[ ! -x "target/keycloak/keycloak-$keycloak_version/bin/kc.sh" ]]; then
    ./mvnw -B -q dependency:unpack@unpack-keycloak
fi
export KEYCLOAK_HOME="$PWD/target/bench/keycloak-$keycloak_version"
if [[ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]]; then
    mkdir -p target/bench
    cp -r "target/keycloak/keycloak-$keycloak_version" "$KEYCLOAK_HOME"
fi

exec python3 bench/bench.py "$@"
