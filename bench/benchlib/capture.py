"""Captures the SQL one iteration of a figure sends, from PostgreSQL's own statement log, and turns
it into a pgbench script: the same statements with the same parameter values, each HTTP request's
statements as one transaction. Ids the application generated during the capture (UUIDv7 stamped
with the capture's time) become per-transaction expressions, so every pgbench transaction inserts
new rows just as every request does."""
import csv
import re
import time

# PostgreSQL 13+ csvlog columns.
VIRTUAL_TRANSACTION, MESSAGE, DETAIL, APPLICATION = 9, 13, 14, 22
UTILITY = re.compile(r"^\s*(begin|commit|rollback|set|show|savepoint|release|start transaction|discard|deallocate)\b",
                     re.IGNORECASE)
# pgjdbc's lookup of a result column's table and nullability: it runs once per connection and column,
# then answers from its cache, so a request on a warm connection never issues it (pg_stat_statements
# confirms). Captured on a fresh connection it would otherwise be replayed by pgbench on every transaction.
DRIVER_METADATA = re.compile(r"^SELECT c\.oid, a\.attnum, a\.attname, c\.relname, n\.nspname")
PARAMETER = re.compile(r"\$(\d+) = (NULL|'((?:[^']|'')*)')")
PLACEHOLDER = re.compile(r"\$(\d+)")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$")

APPLICATION_NAME = "cadence-bench"


class Statement:
    def __init__(self, sql, parameters):
        self.sql = sql
        self.parameters = parameters  # {index: value or None}


def set_statement_logging(cluster, on):
    cluster.psql(f"alter system set log_statement = '{'all' if on else 'none'}'")
    cluster.psql("select pg_reload_conf()")
    time.sleep(0.3)


def read_statements(cluster, offset):
    """
    Statements the application logged after the given byte offset of the csvlog, in order, without
    the transactions of the audit chain's background sealing, which may fall into a slow request's
    window but belong to no request.
    """
    logged = []
    with open(cluster.log_file(), newline="", encoding="utf-8") as f:
        f.seek(offset)
        for row in csv.reader(f):
            if len(row) <= APPLICATION or row[APPLICATION] != APPLICATION_NAME:
                continue
            message = row[MESSAGE]
            match = re.match(r"^(?:execute [^:]*|statement): (.*)$", message, re.DOTALL)
            if not match:
                continue
            sql = match.group(1).strip()
            if UTILITY.match(sql) or DRIVER_METADATA.match(sql):
                continue
            logged.append((row[VIRTUAL_TRANSACTION], sql, row[DETAIL]))
    sealing = {transaction for transaction, sql, _ in logged if "audit_seal" in sql and transaction}
    statements = []
    for transaction, sql, detail in logged:
        if transaction in sealing or "audit_seal" in sql:
            continue
        parameters = {}
        if detail.startswith("parameters: "):
            for number, raw, quoted in PARAMETER.findall(detail):
                parameters[int(number)] = None if raw == "NULL" else quoted.replace("''", "'")
        statements.append(Statement(sql, parameters))
    return statements


def log_offset(cluster):
    try:
        return cluster.log_file().stat().st_size
    except FileNotFoundError:
        return 0


def without_comments(sql):
    """The statement without its -- comments, which would swallow the rest of it once joined into one line."""
    out, quoted, i = [], False, 0
    while i < len(sql):
        if sql[i] == "'":
            quoted = not quoted
        elif not quoted and sql.startswith("--", i):
            end = sql.find("\n", i)
            i = len(sql) if end < 0 else end
            continue
        out.append(sql[i])
        i += 1
    return "".join(out)


def is_fresh_id(value, window_start_ms, window_end_ms):
    if value is None or not UUID.match(value):
        return False
    stamp = int(value.replace("-", "")[:12], 16)
    return window_start_ms <= stamp <= window_end_ms


class ScriptBuilder:
    """Builds one pgbench script; parameter values go in as pgbench variables (-D), so they are bound
    like JDBC's, never spliced into the SQL text."""

    def __init__(self):
        self.variables = {}
        self.fresh = {}
        self.lines = ["\\set seq :seq + 1"]

    def uses_pool(self):
        self.lines.append("\\set k :kbase + :client_id * :kstride + :seq")

    def add_request(self, statements, window_ms, pool_values):
        self.lines.append("BEGIN;")
        for statement in statements:
            self.lines.append(self._render(statement, window_ms, pool_values) + ";")
        self.lines.append("COMMIT;")

    def _render(self, statement, window_ms, pool_values):
        def replace(match):
            index = int(match.group(1))
            if index not in statement.parameters:
                return match.group(0)
            value = statement.parameters[index]
            if value is None:
                return "NULL"
            if value in pool_values:
                return f"md5('{pool_values[value]}' || :k)::uuid"
            if is_fresh_id(value, *window_ms):
                number = self.fresh.setdefault(value, len(self.fresh) + 1)
                return f"md5(:salt || '-' || :client_id || '-' || :seq || '-{number}')::uuid"
            name = f"p{len(self.variables) + 1}"
            self.variables[name] = value
            return f":{name}"
        return PLACEHOLDER.sub(replace, " ".join(without_comments(statement.sql).split()))

    def text(self):
        return "\n".join(self.lines) + "\n"
