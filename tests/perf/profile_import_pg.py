"""Where a 100k-row import into PostgreSQL spends its time, step by step (issue 13 item 8).

Run it as a script (pytest skips this folder)::

    python tests/perf/profile_import_pg.py --db postgresql+psycopg://... [N] [--repeat=R]

``bench_import_check.py --db`` times the whole import against a bare ``COPY``;
this splits the same work into its parts, each in a scratch database, in the
same run: the bare ``COPY`` of the CSV, validating the file in Python, the
COPY of the validated rows into a table like ``subscriptions`` without its
foreign keys, checking both foreign keys once over that whole set (what
``ALTER TABLE ... ADD FOREIGN KEY`` does), the same COPY into ``subscriptions``
itself, and the server's own count of its key-check triggers (``EXPLAIN
ANALYZE``: per row before revision 0007, per statement since). Nothing is
kept: the work is rolled back, the databases dropped.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from renewdesk.importing.numbers import NumberReader
from renewdesk.importing.reader import MAX_FILE_BYTES, open_table
from renewdesk.importing.subscriptions import ParsedSubscriptions, parse_subscriptions
from renewdesk.store import import_pg, import_writes
from renewdesk.store.engine import open_cache, writer
from renewdesk.store.repositories import SUB_COLUMNS
from tests.perf.bench_import_check import copy_baseline, generate, server_args
from tests.pg_server import fresh_database

FOREIGN_KEYS = (
    "FOREIGN KEY (customer_csn) REFERENCES customers (csn)",
    "FOREIGN KEY (partner_csn) REFERENCES partners (partner_csn)",
)


def validate(csv_path: Path) -> ParsedSubscriptions:
    with open_table(csv_path, MAX_FILE_BYTES, None) as tbl:
        return parse_subscriptions(tbl, progress=None, numbers=NumberReader(None))


def one_round(runs: dict[str, list[float]], csv_path: Path, server: str) -> None:
    def timed(label: str, start: float) -> None:
        runs.setdefault(label, []).append(time.perf_counter() - start)

    with fresh_database(server) as url:
        start = time.perf_counter()
        copy_baseline(csv_path, url)
        timed("bare COPY of the CSV (the baseline)", start)
    start = time.perf_counter()
    parsed = validate(csv_path)
    timed("validate the file in Python", start)
    with fresh_database(server) as url:
        engine = open_cache(url)
        try:
            with writer(engine).begin() as conn:
                raw = import_pg.driver(conn)
                import_writes.write_parties(conn, parsed.customers, parsed.partners)
                raw.execute("CREATE TABLE no_fk (LIKE subscriptions INCLUDING ALL)")
                start = time.perf_counter()
                import_pg.insert_new(conn, "no_fk", SUB_COLUMNS, parsed.rows)
                timed("COPY the rows, table without FKs", start)
                start = time.perf_counter()
                raw.execute(f"ALTER TABLE no_fk ADD {', ADD '.join(FOREIGN_KEYS)}")
                timed("  + both FKs checked once per set", start)
                start = time.perf_counter()
                import_pg.insert_new(conn, "subscriptions", SUB_COLUMNS, parsed.rows)
                timed("COPY the rows into subscriptions", start)
                raw.execute("DELETE FROM subscriptions")
                plan = raw.execute(
                    "EXPLAIN (ANALYZE) INSERT INTO subscriptions SELECT * FROM no_fk"
                ).fetchall()
                for (line,) in plan:
                    # per-row keys ("Trigger for constraint fk_...") before revision 0007,
                    # the statement-level key checks since
                    words = line.split()
                    if line.startswith("Trigger for constraint fk_"):
                        name = words[3].removesuffix(":")
                    elif line.startswith("Trigger renewdesk_subscriptions_keys"):
                        name = words[1].removesuffix(":")
                    else:
                        continue
                    ms = float(line.split("time=")[1].split()[0])
                    runs.setdefault(f"  of which {name}", []).append(ms / 1000)
                conn.rollback()
        finally:
            engine.dispose()


def main(argv: list[str]) -> int:
    args = server_args(argv, "profile_import_pg.py", 3)
    if args is None:
        return 2
    server, n, repeat = args
    runs: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="renewdesk-profile-") as tmp:
        csv_path = Path(tmp) / "subscriptions.csv"
        generate(csv_path, n, date.today())
        print(f"{n:,} subscriptions, PostgreSQL, median of {repeat} (wall seconds)")
        for _ in range(repeat):
            one_round(runs, csv_path, server)
    for label, values in runs.items():
        shown = ", ".join(f"{v:.2f}" for v in values)
        print(f"{label:58} {statistics.median(values):6.3f} s  (runs {shown})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
