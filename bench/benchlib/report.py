"""The one table the benchmark prints (Markdown, as the README holds it)."""
from .runs import median

TARGET_RATIO = {"client-supervisor": 1.0, "client-therapist": 1.0, "sessions-first": 0.75, "sessions-deep": 0.75,
                "session-create": 0.6}


def _ms(value):
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"


def _rate(value):
    # Reports run a request every few seconds: their rates need decimals.
    return f"{value:,.0f}" if value >= 10 else f"{value:.2f}"


def table(results):
    lines = [
        "| request (c=16 unless noted) | Cadence req/s | pgbench req/s (same SQL) | ratio per pair (target) "
        "| p50 ms Cadence / pgbench | p99 ms Cadence / pgbench | SQL statements per request Cadence / pgbench "
        "| WAL flushes per request Cadence / pgbench | CPU µs per request: Cadence JVM + its DB / pgbench's DB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    figures = results["figures"]
    for key, figure in figures.items():
        if "skipped" in figure:
            lines.append(f"| {figure['title']} | — | — | not measured: {figure['skipped']} | | | | | |")
            continue
        pairs = figure["pairs"]
        a = [p["cadence"] for p in pairs]
        b = [p["pgbench"] for p in pairs]
        ratios = " ".join(f"{p['ratio']:.2f}" for p in pairs)
        target = f" (≥ {TARGET_RATIO[key]:.2f})" if key in TARGET_RATIO else ""
        errors = sum(r["errors"] for r in a) + sum(r["errors"] for r in b)
        error_note = f" ⚠ {errors} errors" if errors else ""
        lines.append(
            f"| {figure['title']}{error_note} | {_rate(median([r['rate'] for r in a]))} | {_rate(median([r['rate'] for r in b]))} "
            f"| {ratios}{target} | {_ms(median([r['p50_ms'] for r in a]))} / {_ms(median([r['p50_ms'] for r in b]))} "
            f"| {_ms(median([r['p99_ms'] for r in a]))} / {_ms(median([r['p99_ms'] for r in b]))} "
            f"| {median([r['statements_per_request'] for r in a]):.2f} / {median([r['statements_per_request'] for r in b]):.2f} "
            f"| {median([r['wal_flushes_per_request'] for r in a]):.2f} / {median([r['wal_flushes_per_request'] for r in b]):.2f} "
            f"| {median([r['app_cpu_us'] for r in a]):.0f} + {median([r['db_cpu_us'] for r in a]):.0f} "
            f"/ {median([r['db_cpu_us'] for r in b]):.0f} |")
    for key, figure in figures.items():
        if "skipped" in figure:
            continue
        unloaded, half = figure["unloaded"], figure["half_rate"]
        ratio = half["p99_ms"] / unloaded["p50_ms"] if unloaded["p50_ms"] else 0
        lines.append(
            f"| {figure['title']}: unloaded (c=1) and at half the maximum rate | {_rate(unloaded['rate'])} (c=1); "
            f"{_rate(half['rate'])} (half) | | p99 at half rate = {ratio:.1f} × unloaded p50 (≤ 5), "
            f"{half['errors']} errors | {_ms(unloaded['p50_ms'])} (c=1) / {_ms(half['p50_ms'])} (half) "
            f"| {_ms(unloaded['p99_ms'])} (c=1) / {_ms(half['p99_ms'])} (half) | | | |")
    first, deep = figures.get("sessions-first"), figures.get("sessions-deep")
    if first and deep and "pairs" in first and "pairs" in deep:
        f50 = median([p["cadence"]["p50_ms"] for p in first["pairs"]])
        d50 = median([p["cadence"]["p50_ms"] for p in deep["pairs"]])
        lines.append(f"| page 100,000 rows deep vs first page, p50 | {d50 / f50:.2f} × (≤ 1.5) | | | | | | | |")
    lines.append(f"| JVM start → first request served (AOT cache) | {results['start_to_first_request_s']:.2f} s (≤ 2) "
                 "| | | | | | | |")
    lines.append(f"| RSS after the first request | {results['rss_after_first_request_mb']:.0f} MB (≤ 250) | | | | | | | |")
    if "peak_rss_mb" in results:
        lines.append(f"| peak RSS under the c=16 runs | {results['peak_rss_mb']:.0f} MB (≤ 400) | | | | | | | |")
    if results.get("peak_rss_all_mb", 0) > results.get("peak_rss_mb", 0):
        lines.append(f"| peak RSS including the runs of fewer connections | {results['peak_rss_all_mb']:.0f} MB | | | | | | | |")
    machine = results["machine"]
    lines.append("")
    lines.append(f"{machine['cpus']} CPUs ({machine['cpu_model']}), {machine['memory_gib']} GiB; "
                 f"scale {results['scale']}, database {results.get('database_size')}; synchronous_commit = "
                 f"{results.get('synchronous_commit')}; JVM: {' '.join(results['jvm_options'])}")
    loads = sorted({r["load_before"] for r in results["runs"]})
    if loads:
        lines.append(f"load average before the runs: {loads[0]} … {loads[-1]} (1/5/15 min)")
    return "\n".join(lines)
