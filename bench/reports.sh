#!/usr/bin/env bash
# Report benchmark: seeds a program year by SQL (bench/reports-seed.sql: SESSIONS sessions of CLIENTS
# children, with interventions, scores, measurements, signed notes, referrals and goals) into a database
# of its own, then runs ReportCostTest at that size: it checks the statement budget and the outcome
# report's plan, and prints both reports' timings. Not part of ./mvnw verify (seeding a million
# sessions takes minutes). Needs what ./mvnw verify needs: a JDK >= 21 and PostgreSQL (see README).
#   bench/reports.sh                      # 1,000,000 sessions of 5,000 children
#   SESSIONS=200000 CLIENTS=2000 bench/reports.sh
#   REUSE=1 bench/reports.sh              # keep and reuse what an earlier run seeded
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${SESSIONS:-1000000}
clients=${CLIENTS:-5000}
export CADENCE_TEST_DATABASE=${CADENCE_BENCH_DATABASE:-cadence_bench_reports}
mkdir -p target/bench
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
reuse=()
if [ -n "${REUSE:-}" ]; then
    reuse=(-D%test.quarkus.flyway.clean-at-start=false -Dreports.bench.reuse=true)
fi
./mvnw -B test -Dtest=ReportCostTest -Dsurefire.failIfNoSpecifiedTests=false "${reuse[@]}" \
    -Dreports.bench.sessions="$sessions" -Dreports.bench.clients="$clients" > target/bench/reports.log 2>&1 || {
    tail -50 target/bench/reports.log
    exit 1
}
grep -A3 -E "Report bench data|Progress report statements|Outcome report plan|Report timings" target/bench/reports.log \
    | grep -v -E "^--$|^\[INFO\]"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg); full log: target/bench/reports.log"
