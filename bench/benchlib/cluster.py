"""The benchmark's own PostgreSQL cluster: created with initdb as the postgres OS user, on a free
port, with pg_stat_statements preloaded. The shared server on 5432 is never touched."""
import os
import pwd
import shutil
import subprocess
from pathlib import Path

from .util import fail, free_port, log, run, wait_until

# Sized for the benchmark machine (24 GiB, 2 cores) with room left for the JVMs beside it.
# synchronous_commit is deliberately absent: it stays at its default, on.
TUNING = {
    "shared_buffers": "4GB",
    "effective_cache_size": "12GB",
    "work_mem": "32MB",
    "maintenance_work_mem": "1GB",
    "wal_buffers": "64MB",
    "max_wal_size": "16GB",
    "min_wal_size": "2GB",
    "checkpoint_timeout": "30min",
    "checkpoint_completion_target": "0.9",
    "random_page_cost": "1.1",
    "effective_io_concurrency": "200",
    "max_connections": "200",
    # Short OLTP statements: JIT compilation would only add latency to the report queries' plans.
    "jit": "off",
    "shared_preload_libraries": "'pg_stat_statements'",
    "pg_stat_statements.max": "10000",
    "pg_stat_statements.track": "top",
    "track_io_timing": "off",
    "logging_collector": "on",
    "log_destination": "'csvlog'",
    "log_directory": "'log'",
    "log_filename": "'postgresql'",
    "log_rotation_age": "0",
    "log_rotation_size": "0",
    "log_checkpoints": "on",
}

QUICK_TUNING = dict(TUNING, shared_buffers="1GB", effective_cache_size="4GB", max_wal_size="4GB", min_wal_size="1GB")


def pg_bin(name):
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    found = shutil.which(name)
    if not found:
        fail(f"PostgreSQL's {name} is not installed (apt-get install postgresql)")
    return found


class Cluster:
    def __init__(self, root: Path, quick: bool):
        self.root = root
        self.data = root / "pgdata"
        self.socket_dir = root / "pgsocket"
        self.quick = quick
        self.port = None
        self.postgres_user = pwd.getpwnam("postgres")

    def _as_postgres(self, args, **kwargs):
        if os.geteuid() == self.postgres_user.pw_uid:
            return run(args, **kwargs)
        return run(["runuser", "-u", "postgres", "--", *args], **kwargs)

    def exists(self):
        return (self.data / "PG_VERSION").exists()

    def create(self):
        if self.data.exists():
            shutil.rmtree(self.data)
        for directory in (self.data, self.socket_dir):
            directory.mkdir(parents=True, exist_ok=True)
            os.chown(directory, self.postgres_user.pw_uid, self.postgres_user.pw_gid)
        log(f"initdb {self.data}")
        self._as_postgres([pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                           "--locale=C.UTF-8"], capture=True)

    def start(self):
        self.port = free_port()
        tuning = QUICK_TUNING if self.quick else TUNING
        settings = dict(tuning, listen_addresses="'127.0.0.1'", port=str(self.port),
                        unix_socket_directories=f"'{self.socket_dir}'")
        with open(self.data / "postgresql.auto.conf", "w") as conf:
            for key, value in settings.items():
                conf.write(f"{key} = {value}\n")
        os.chown(self.data / "postgresql.auto.conf", self.postgres_user.pw_uid, self.postgres_user.pw_gid)
        log(f"starting PostgreSQL on 127.0.0.1:{self.port}")
        self._as_postgres([pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.data / "startup.log"), "-w",
                           "-t", "120", "start"], capture=True)

    def stop(self):
        if self.exists() and (self.data / "postmaster.pid").exists():
            log("stopping PostgreSQL")
            self._as_postgres([pg_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"], check=False,
                              capture=True)

    def postmaster_pid(self):
        with open(self.data / "postmaster.pid") as f:
            return int(f.readline())

    def log_file(self):
        return self.data / "log" / "postgresql.csv"

    def jdbc_url(self, database):
        return f"jdbc:postgresql://127.0.0.1:{self.port}/{database}"

    def psql(self, sql, database="postgres", variables=None, file=None, capture=True, check=True):
        args = [pg_bin("psql"), "-X", "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database,
                "-v", "ON_ERROR_STOP=1", "-At"]
        for key, value in (variables or {}).items():
            args += ["-v", f"{key}={value}"]
        if file:
            args += ["-f", str(file)]
        else:
            args += ["-c", sql]
        result = run(args, capture=capture, check=check)
        return result.stdout.strip() if capture else None

    def query_rows(self, sql, database):
        out = self.psql(sql, database=database)
        return [line.split("|") for line in out.splitlines() if line]

    def wait_ready(self):
        def ready():
            return subprocess.run([pg_bin("pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port)]).returncode == 0
        wait_until(ready, 60, what="PostgreSQL")
