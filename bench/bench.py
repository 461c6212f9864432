"""Cadence beside PostgreSQL itself: see README.md, section Performance. Started by bench/run.sh."""
import argparse
import datetime
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from benchlib import capture, report  # noqa: E402
from benchlib.app import Cadence, request  # noqa: E402
from benchlib.cluster import Cluster  # noqa: E402
from benchlib.figures import CONNECTIONS, POOL_PREFIX, figures, pool_session, seeded_id  # noqa: E402
from benchlib.keycloak import Keycloak, claims  # noqa: E402
from benchlib.runs import Probe, median, run_pgbench, run_wrk  # noqa: E402
from benchlib.util import fail, log, loadavg  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DATABASE = "cadence"

SCALES = {
    "full": dict(clients=5000, sessions=1_000_000, big=110_000, pool=300_000, audit=2_000_000, deep=100_000,
                 duration=15, warmup=45, pgbench_warmup=5, pairs=3),
    "quick": dict(clients=500, sessions=100_000, big=20_000, pool=30_000, audit=100_000, deep=15_000,
                  duration=4, warmup=3, pgbench_warmup=2, pairs=3),
}

# The production JVM settings the README documents (docker/Dockerfile.jvm uses the same).
JVM_OPTIONS = os.environ.get("CADENCE_JVM_OPTIONS", "-XX:+UseSerialGC -Xms32m -Xmx160m -XX:MinHeapFreeRatio=10 "
                             "-XX:MaxHeapFreeRatio=30 -XX:ReservedCodeCacheSize=64m -Xss512k").split()

POOL_SLICES = 12  # warm-ups, capture, 3+3 pairs, unloaded and half-rate runs, with room to spare


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller data and shorter runs, for development")
    parser.add_argument("--reuse-db", action="store_true", help="keep the seeded cluster of an earlier run of this scale")
    parser.add_argument("--only", help="comma-separated figure keys to measure")
    parser.add_argument("--no-aot", action="store_true", help="run without the JDK's AOT cache")
    parser.add_argument("--profile", action="store_true",
                        help="record a JFR profile of each figure's measured pairs (target/bench/<run>/<figure>/profile.jfr)")
    parser.add_argument("--duration", type=int, help="seconds per run (default: 15, quick 4)")
    parser.add_argument("--keep-running", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    scale_name = "quick" if args.quick else "full"
    scale = dict(SCALES[scale_name])
    if args.duration:
        scale["duration"] = args.duration

    java_home = os.environ["JAVA_HOME"]
    java = str(Path(java_home, "bin", "java"))
    jar = Path(os.environ.get("CADENCE_JAR", REPO / "target" / "quarkus-app" / "quarkus-run.jar"))
    if not jar.exists():
        fail("target/quarkus-app/quarkus-run.jar is missing: run ./mvnw package first")
    root = REPO / "target" / "bench"
    run_dir = root / datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    run_dir.mkdir(parents=True)
    log(f"raw results in {run_dir}")

    cluster = Cluster(root / f"cluster-{scale_name}", quick=args.quick)
    keycloak = Keycloak(Path(os.environ["KEYCLOAK_HOME"]), REPO / "docker" / "keycloak" / "cadence-realm.json",
                        run_dir / "keycloak.log", java_home)
    app = None
    results = {"scale": scale_name, "machine": machine(), "jvm_options": JVM_OPTIONS, "runs": [], "figures": {}}
    try:
        marker = cluster.root / "seeded.json"
        data = {k: scale[k] for k in ("clients", "sessions", "big", "pool", "audit")}
        reuse = args.reuse_db and cluster.exists() and marker.exists() and json.loads(marker.read_text()) == data
        if not reuse:
            cluster.create()
        cluster.start()
        keycloak.start()
        tokens = {"therapist": keycloak.password_token("maya"), "supervisor": keycloak.password_token("sam")}
        env = {"QUARKUS_OIDC_AUTH_SERVER_URL": keycloak.realm_url(),
               "QUARKUS_DATASOURCE_JDBC_URL": cluster.jdbc_url(DATABASE) + f"?ApplicationName={capture.APPLICATION_NAME}",
               "QUARKUS_DATASOURCE_USERNAME": "postgres", "QUARKUS_DATASOURCE_PASSWORD": ""}
        if not reuse:
            marker.unlink(missing_ok=True)
            cluster.psql(f"create database {DATABASE}")
            migrate(jar, java, env, run_dir)
            seed(cluster, scale, run_dir)
            marker.write_text(json.dumps(data))
        subjects(cluster, tokens)
        cluster.psql("create extension if not exists pg_stat_statements", database=DATABASE)
        results["synchronous_commit"] = cluster.psql("show synchronous_commit", database=DATABASE)
        results["database_size"] = cluster.psql(f"select pg_size_pretty(pg_database_size('{DATABASE}'))", DATABASE)

        jvm_options = list(JVM_OPTIONS)
        aot = root / "app.aot"
        # A flight recording cannot start with an AOT cache (JDK 25): a profiled run goes without it.
        if not args.no_aot and not args.profile and java_major(java) >= 25:
            train(jar, java, jvm_options, env, tokens, aot, run_dir, scale)
            # AOTMode=on: the JVM refuses to start rather than run without the cache unnoticed.
            jvm_options += ["-XX:AOTMode=on", f"-XX:AOTCache={aot}"]
        results["jvm_options"] = jvm_options
        if args.profile:
            # Quarkus's stacks are deep: JFR's default depth (64) would cut most of them short.
            jvm_options.append("-XX:FlightRecorderOptions:stackdepth=256")

        app = Cadence(jar, java, jvm_options, env, run_dir / "cadence.log")
        app.start()
        first = app.first_request(f"/api/v1/clients/{seeded_id('c3')}", tokens["supervisor"])
        results["start_to_first_request_s"] = first
        results["rss_after_first_request_mb"] = app.rss_mb()
        log(f"first request served {first:.2f} s after the JVM started; RSS {app.rss_mb():.0f} MB")

        deep_cursor = cursor_at(cluster, scale["deep"])
        today = datetime.date.today()
        selected = set(args.only.split(",")) if args.only else None
        pool = PoolSlicer(scale["pool"])
        for figure in figures(deep_cursor, (today - datetime.timedelta(days=365)).isoformat(), today.isoformat()):
            if selected and figure.key not in selected:
                continue
            try:
                measure(figure, app, cluster, tokens, scale, run_dir, results, pool, args.profile)
            except SystemExit:
                # One figure that cannot be measured (its log says why) leaves the others' figures standing.
                results["figures"][figure.key] = {"title": figure.title,
                                                  "skipped": f"failed, see {figure.key}/ and the log above"}
            if figure.connections == CONNECTIONS:
                # The high-water mark as the c=16 figures leave it, before a report run two at a time adds its own.
                results["peak_rss_mb"] = app.peak_rss_mb()
        results["peak_rss_all_mb"] = app.peak_rss_mb()
    finally:
        if app:
            app.stop()
        keycloak.stop()
        if not args.keep_running:
            cluster.stop()
    (run_dir / "results.json").write_text(json.dumps(results, indent=2))
    table = report.table(results)
    (run_dir / "table.md").write_text(table + "\n")
    print()
    print(table)
    print()
    log(f"raw results in {run_dir}")


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return {"cpus": os.cpu_count(), "cpu_model": cpu, "memory_gib": memory, "kernel": os.uname().release}


def java_major(java):
    out = subprocess.run([java, "-version"], text=True, capture_output=True).stderr
    version = out.split('"')[1]
    return int(version.split(".")[0])


def migrate(jar, java, env, run_dir):
    """Flyway migrates at the application's start: one start on the empty database creates the schema."""
    log("creating the schema (the application's Flyway migrations)")
    app = Cadence(jar, java, [], env, run_dir / "cadence-migrate.log")
    app.start()
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            status = None
            try:
                status = request(app.port, "GET", "/q/health/ready", "none")[0]
            except OSError:
                pass
            if status == 200:
                return
            if app.process.poll() is not None:
                fail(f"the application exited while migrating; see {run_dir / 'cadence-migrate.log'}")
            time.sleep(0.5)
        fail("the application did not become ready while migrating")
    finally:
        app.stop()


def seed(cluster, scale, run_dir):
    log(f"seeding {scale['clients']:,} clients and {scale['sessions']:,} sessions")
    started = time.monotonic()
    cluster.psql(None, database=DATABASE, file=Path(__file__).parent / "seed.sql",
                 variables={k: scale[k] for k in ("clients", "sessions", "big", "pool", "audit")})
    seconds = time.monotonic() - started
    (run_dir / "seed.txt").write_text(f"seeded in {seconds:.0f} s\n")
    log(f"seeded in {seconds:.0f} s")


def subjects(cluster, tokens):
    """The seeded staff records of the demo users take the subjects this Keycloak gave them."""
    for role, name in (("therapist", "maya"), ("supervisor", "sam")):
        cluster.psql(f"update staff set subject = '{claims(tokens[role])['sub']}' where id = '{seeded_id('st-' + name)}'",
                     database=DATABASE)


def cursor_at(cluster, depth):
    """The cursor the API hands out after `depth` rows of client 1's sessions (see common/paging/Cursor)."""
    import base64
    row = cluster.query_rows(f"""select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), id
                                 from session where client_id = '{seeded_id('c1')}'
                                 order by starts_at desc, id desc offset {depth - 1} limit 1""", DATABASE)[0]
    return base64.urlsafe_b64encode(f"{row[0]}\x1f{row[1]}".encode()).decode().rstrip("=")


def train(jar, java, jvm_options, env, tokens, aot, run_dir, scale):
    """A training run writes the JDK's AOT cache: the application serves a few thousand requests of
    every kind, then stops, and the JVM stores the classes it loaded and linked, and profiles."""
    log("AOT training run")
    aot.unlink(missing_ok=True)
    app = Cadence(jar, java, jvm_options + [f"-XX:AOTCacheOutput={aot}"], env, run_dir / "cadence-aot-training.log")
    app.start()
    # Writing the training data slows this start a lot on a busy machine: wait longer than usual.
    app.first_request(f"/api/v1/clients/{seeded_id('c3')}", tokens["supervisor"], timeout=900)
    today = datetime.date.today()
    for figure in figures("", (today - datetime.timedelta(days=365)).isoformat(), today.isoformat()):
        if figure.uses_pool or "cursor=" in figure.steps[0].path:
            continue
        # A year's outcome report over a million sessions takes seconds: a few teach the JVM as much.
        for _ in range(5 if figure.optional else 200):
            for step in figure.steps:
                request(app.port, step.method, step.path, tokens[figure.caller], step.body)
    # The JVM writes the cache as it exits, in a second process: give it time.
    app.stop(timeout=600)
    if not aot.exists():
        fail(f"the AOT cache was not written; see {run_dir / 'cadence-aot-training.log'}")


def jcmd(app, *command):
    subprocess.run([str(Path(app.java).parent / "jcmd"), str(app.pid), *command], check=True, capture_output=True)


class PoolSlicer:
    """Hands out disjoint ranges of the PUT+sign pool: each run documents sessions no other run touched."""

    def __init__(self, size):
        self.slice = size // POOL_SLICES
        self.next = 1

    def take(self):
        base = self.next
        self.next += self.slice
        return base, self.slice


def measure(figure, app, cluster, tokens, scale, run_dir, results, pool, profile=False):
    token = tokens[figure.caller]
    out = run_dir / figure.key
    out.mkdir()
    probe_app = Probe(cluster, DATABASE, app.pid)
    probe_db = Probe(cluster, DATABASE, None)
    log(f"{figure.title}  (load {loadavg()})")

    def pool_file(label):
        base, size = pool.take()
        path = out / f"{label}.ids"
        path.write_text("\n".join(pool_session(k) for k in range(base, base + size)) + "\n")
        return path

    # A caller's first request also asks whether their staff record names a facility, which Cadence
    # then remembers with the verified token: capture what every later request of the run does.
    request(app.port, "GET", f"/api/v1/clients/{seeded_id('c3')}", token)
    # Does the packaged application have this endpoint yet?
    base, _ = pool.take() if figure.uses_pool else (None, None)
    captured = []
    capture.set_statement_logging(cluster, True)
    for step in figure.steps:
        path = step.path.replace("{session}", pool_session(base)) if base else step.path
        offset = capture.log_offset(cluster)
        started_ms = int(time.time() * 1000) - 1000
        status, _, body = request(app.port, step.method, path, token, step.body)
        time.sleep(0.3)
        if status == 404 and figure.optional:
            capture.set_statement_logging(cluster, False)
            log(f"  skipped: {step.method} {step.path} answers 404 (endpoint not in this build)")
            results["figures"][figure.key] = {"title": figure.title, "skipped": "endpoint not in this build"}
            return
        if status >= 300:
            capture.set_statement_logging(cluster, False)
            fail(f"{step.method} {path} answered {status}: {body[:500]!r}")
        captured.append((capture.read_statements(cluster, offset), (started_ms, int(time.time() * 1000) + 1000)))
    capture.set_statement_logging(cluster, False)

    builder = capture.ScriptBuilder()
    pool_values = {}
    if figure.uses_pool:
        builder.uses_pool()
        pool_values = {pool_session(base): POOL_PREFIX}
    for statements, window in captured:
        builder.add_request(statements, window, pool_values)
    script = out / "pgbench.sql"
    script.write_text(builder.text())
    variables = dict(builder.variables, seq=0, salt=0, kbase=0, kstride=0)
    (out / "pgbench.variables.json").write_text(json.dumps(variables, indent=1))
    statements_captured = sum(len(s) for s, _ in captured) / len(captured)

    def pgbench(label, duration, salt):
        if figure.uses_pool:
            kbase, size = pool.take()
            variables.update(kbase=kbase - 1, kstride=size // figure.connections)
        # Unique across runs, figures and earlier benchmarks on a reused database: new rows get new ids.
        variables["salt"] = f"{run_dir.name}-{figure.key}-{salt}"
        return run_pgbench(figure, script, variables, cluster, DATABASE, probe_db, out, label, duration,
                           figure.connections, len(figure.steps))

    def wrk(label, duration, connections=figure.connections, think_ms=0):
        ids = pool_file(label) if figure.uses_pool else None
        return run_wrk(figure, token, app, probe_app, out, label, duration, connections, ids, think_ms)

    # The pairs measure the steady state: the JIT compiler has to have compiled this figure's code
    # paths first (in the earlier 10-s warm-up the pairs still rose by half from first to third).
    wrk("warmup-cadence", scale["warmup"])
    pgbench("warmup-pgbench", scale["pgbench_warmup"], salt=1000)
    if profile:
        jcmd(app, "JFR.start", "name=bench", "settings=profile")
    duration = max(scale["duration"], figure.min_duration)
    pairs = []
    for i in range(1, scale["pairs"] + 1):
        a = wrk(f"pair{i}-cadence", duration)
        b = pgbench(f"pair{i}-pgbench", duration, salt=i)
        pairs.append((a, b))
        log(f"    pair {i}: Cadence {a.rate:,.0f}/s  pgbench {b.rate:,.0f}/s  ratio {a.rate / b.rate:.2f}")
    if profile:
        jcmd(app, "JFR.stop", "name=bench", f"filename={out / 'profile.jfr'}")
        summary = subprocess.run([sys.executable, str(Path(__file__).parent / "profile_summary.py"),
                                  str(out / "profile.jfr")], text=True, capture_output=True).stdout
        (out / "profile.txt").write_text(summary)
        print(summary, flush=True)
    # A request of seconds needs the whole run length to complete at least once.
    unloaded = wrk("unloaded-cadence", duration if figure.min_duration else max(3, duration // 2), connections=1)
    cadence_rate = median([a.rate for a, _ in pairs])
    # Half the maximum rate: each connection thinks between requests for its share of the time.
    think_ms = max(1, int(figure.connections * 1000 / (cadence_rate / 2) - unloaded.p50_ms))
    half = wrk("half-rate-cadence", duration, think_ms=think_ms)
    for a, b in pairs:
        results["runs"] += [a.to_json(), b.to_json()]
    results["runs"] += [unloaded.to_json(), half.to_json()]
    results["figures"][figure.key] = {
        "title": figure.title,
        "statements_per_request_captured": statements_captured,
        "pairs": [{"cadence": a.to_json(), "pgbench": b.to_json(), "ratio": a.rate / b.rate} for a, b in pairs],
        "unloaded": unloaded.to_json(),
        "half_rate": half.to_json(),
    }


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    main()
