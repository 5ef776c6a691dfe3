"""Time what a user meets, whole processes from start-up to exit, against bare baselines.

Run it as a script (pytest skips this folder)::

    python tests/perf/bench_cli.py [N] [--repeat=R] [--window]   # N = 100000, R = 3

``--window`` times only the two window figures (and the peak memory) against the
bare window, for work on the window alone.

Each figure is the median of R runs of a fresh process, interleaved with its
baseline in the same round so a busy machine slows both alike; bytecode caches
are on (one untimed warm-up run writes them), as users run:

==============================  ==============================================
``renewdesk --help``            ``argparse`` ``--help`` of a bare script
``renewdesk import`` N rows     csv reader + ``sqlite3.executemany``
``renewdesk check --format      ``sqlite3`` select + ``json.dumps`` of the same
json`` over N                   fields
the window over 30, shown       a bare PySide6 window with a QTableView
with rows
the window over N, table        the same bare window (and the window's peak
filled                          memory)
==============================  ==============================================

It prints the medians, the ratios and the goals of issue 12 (wall clock, what the
user waits), and beside them the CPU seconds of each process (all its threads),
which a busy shared machine disturbs less. The exit status is 1 when a goal is
missed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.perf.bench_import_check import BASELINE_DDL, HEADER, generate

TODAY = date(2026, 11, 26)
PROBE = str(Path(__file__).with_name("window_probe.py"))

ARGPARSE_HELP = """
import argparse
p = argparse.ArgumentParser(prog="bare")
p.add_argument("--db")
sub = p.add_subparsers(dest="command")
for name in ("import", "check", "quote", "quotes", "outbox", "auto-quotes", "config"):
    sub.add_parser(name, help=name)
p.parse_args(["--help"])
"""

IMPORT_BASELINE = f"""
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[2], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = FULL")
db.executescript({BASELINE_DDL!r})
with open(sys.argv[1], newline="", encoding="utf-8") as fh:
    rows = csv.reader(fh)
    next(rows)
    db.execute("BEGIN IMMEDIATE")
    db.executemany("INSERT INTO subscriptions VALUES ({", ".join("?" * len(HEADER))})", rows)
    db.execute("COMMIT")
"""

CHECK_BASELINE = """
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute(
    "SELECT subscription_id, status, auto_renew, customer_csn, currency, payment_method,"
    " partner_csn FROM subscriptions ORDER BY subscription_id"
).fetchall()
out = [
    {"subscription_id": r[0], "eligible": r[1] == "active" and not r[2], "codes": [r[1]],
     "group": {"customer_csn": r[3], "currency": r[4], "payment_method": r[5],
               "partner_csn": r[6] or ""}}
    for r in rows
]
sys.stdout.write(json.dumps(out, ensure_ascii=False))
sys.stdout.write("\\n")
"""


def environment() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), RENEWDESK_TODAY=TODAY.isoformat())
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode caches on, as users run
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float, dict[str, float]]:
    """(wall seconds, peak resident MB, the probe's marks and ``cpu``) of one child process.

    Output goes to a file (as ``> out.json`` would); a window probe's ``shown`` and
    ``filled`` lines are read back from it.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.time()
        child = subprocess.Popen(
            list(argv), stdout=out, stderr=err, env={**env, "BENCH_T0": repr(start)}
        )
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.time() - start
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err.seek(0)
            raise SystemExit(
                f"{' '.join(argv)} failed ({code}):\n{err.read().decode(errors='replace')}"
            )
        out.seek(0)
        head = out.read(4096).decode(errors="replace").split()
    marks = {
        head[i]: float(head[i + 1]) for i in range(len(head) - 1) if head[i] in ("shown", "filled")
    }
    marks["cpu"] = usage.ru_utime + usage.ru_stime  # all its threads, until it left
    return wall, usage.ru_maxrss / 1024, marks


def main(argv: list[str]) -> int:
    window_only = "--window" in argv[1:]
    args = [a for a in argv[1:] if not a.startswith("--repeat=") and a != "--window"]
    repeat = next((int(a.split("=", 1)[1]) for a in argv[1:] if a.startswith("--repeat=")), 3)
    n = int(args[0]) if args else 100_000
    env = environment()
    py = sys.executable
    rd = [py, "-m", "renewdesk"]
    walls: dict[str, list[float]] = {}
    peak = 0.0
    with tempfile.TemporaryDirectory(prefix="renewdesk-bench-cli-") as tmp:
        folder = Path(tmp)
        big_csv, small_csv = folder / "subs.csv", folder / "small.csv"
        generate(big_csv, n, TODAY)
        generate(small_csv, 30, TODAY)
        big, small = folder / "big.sqlite", folder / "small.sqlite"
        run([*rd, "--db", str(big), "import", str(big_csv)], env)  # warm-up: writes .pyc
        run([*rd, "--db", str(small), "import", str(small_csv)], env)
        run([py, PROBE, "renewdesk", str(small), "30"], env)

        def timed(label: str, command: Sequence[str]) -> float:
            wall, rss, marks = run(command, env)
            walls.setdefault(label, []).append(marks.get("filled", wall))
            walls.setdefault(label + "_cpu", []).append(marks["cpu"])
            if "shown" in marks:
                walls.setdefault(label + "_shown", []).append(marks["shown"])
            return rss

        for i in range(repeat):
            if not window_only:
                timed("help_base", [py, "-c", ARGPARSE_HELP])
                timed("help", [*rd, "--help"])
                base_db, fresh = folder / f"base{i}.sqlite", folder / f"fresh{i}.sqlite"
                timed("import_base", [py, "-c", IMPORT_BASELINE, str(big_csv), str(base_db)])
                timed("import", [*rd, "--db", str(fresh), "import", str(big_csv)])
                timed("check_base", [py, "-c", CHECK_BASELINE, str(base_db)])
                timed("check", [*rd, "--db", str(big), "check", "--format", "json"])
            timed("window_base", [py, PROBE, "bare"])
            timed("window30", [py, PROBE, "renewdesk", str(small), "30"])
            rss = timed("window_big", [py, PROBE, "renewdesk", str(big), str(n)])
            peak = max(peak, rss)
            for path in folder.glob(f"*{i}.sqlite*"):
                path.unlink()
    med = {label: statistics.median(values) for label, values in walls.items()}
    rows = [
        ("renewdesk --help", "help", "argparse --help", "help_base", 8.0),
        (f"renewdesk import {n:,} rows", "import", "csv + executemany", "import_base", 2.0),
        (f"check --format json over {n:,}", "check", "sqlite3 + json.dumps", "check_base", 2.0),
        (
            "window over 30, shown with rows",
            "window30",
            "bare QTableView window",
            "window_base",
            3.0,
        ),
        (
            f"window over {n:,}, table filled",
            "window_big",
            "bare QTableView window",
            "window_base",
            6.0,
        ),
    ]
    print(f"median of {repeat}, bytecode caches on, as of {TODAY}")
    print(
        f"{'what the user does':<36} {'RenewDesk':>9} {'baseline':>22} {'ratio':>7} {'goal':>7}"
        f"   CPU: RenewDesk  baseline  ratio"
    )
    missed = False
    for text, label, base_text, base, goal in rows:
        if label not in med:  # --window: not timed
            continue
        ratio = med[label] / med[base]
        missed |= ratio > goal
        cpu, cpu_base = med[label + "_cpu"], med[base + "_cpu"]
        print(
            f"{text:<36} {med[label]:8.2f}s {base_text:>13} {med[base]:6.2f}s "
            f"{ratio:6.1f}x {'<= ' + str(goal):>7}{'' if ratio <= goal else ' MISSED'}"
            f"   {cpu:8.2f}s {cpu_base:8.2f}s {cpu / cpu_base:5.1f}x"
        )
    for label, text in (("window30_shown", "30"), ("window_big_shown", format(n, ","))):
        ratio = med[label] / med["window_base"]
        print(
            f"{'  first paint over ' + text + ' (no rows yet)':<36} {med[label]:8.2f}s {'':>21} {ratio:6.1f}x"
        )
    print(f"{'peak memory, window over ' + format(n, ','):<36} {peak:7.0f} MB  (goal < 300 MB)")
    missed |= peak >= 300
    print("goals missed" if missed else "all goals met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
