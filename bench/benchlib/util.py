"""Small helpers shared by the benchmark: logging, processes, ports and /proc readings."""
import os
import socket
import subprocess
import sys
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def fail(message):
    log("FAILED: " + message)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args, check=True, capture=False, env=None, input_text=None, cwd=None):
    result = subprocess.run(args, check=False, text=True, env=env, cwd=cwd, input=input_text,
                            stdout=subprocess.PIPE if capture else None,
                            stderr=subprocess.PIPE if capture else None)
    if check and result.returncode != 0:
        detail = (result.stderr or "").strip()[-2000:] if capture else ""
        fail(f"{' '.join(map(str, args))} exited with {result.returncode} {detail}")
    return result


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def _stat_fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        raw = f.read()
    # The command name is in parentheses and may contain spaces: split after the last ')'.
    return raw[raw.rindex(")") + 2:].split()


def cpu_seconds(pid, children=False):
    """User + system CPU of a process; with children, also of its exited and reaped children."""
    fields = _stat_fields(pid)
    # After the command name: field 14/15 of proc(5) are utime/stime, 16/17 cutime/cstime.
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / CLOCK_TICKS


def child_pids(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except FileNotFoundError:
        return []


def tree_cpu_seconds(pid):
    """CPU of a process tree: a PostgreSQL postmaster, its live children and those it has reaped."""
    total = cpu_seconds(pid, children=True)
    for child in child_pids(pid):
        try:
            total += cpu_seconds(child, children=True)
        except (FileNotFoundError, ProcessLookupError):
            # Exited between listing and reading; the postmaster accounts for it once reaped.
            pass
    return total


def rss_mb(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return None


def wait_until(predicate, timeout, interval=0.2, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    fail(f"timed out after {timeout} s waiting for {what}")
