"""What the subscriptions' two keys cost a 100k-row COPY on PostgreSQL (issue 13 item 8).

Run it as a script (pytest skips this folder)::

    python tests/perf/bench_statement_keys.py --db postgresql+psycopg://... [N] [--repeat=R]

In a scratch database at the head revision holding 2,000 customers and 50
partners (as ``bench_import_check.generate`` names them), the same N rows are
COPYed, in turn and rolled back each time, into: a table like ``subscriptions``
with no key checks, the same with the two per-row foreign keys the cache had
before revision ``0007_statement_foreign_keys``, and ``subscriptions`` itself,
whose keys the statement triggers check. The rows are one buffer prepared
before the clock starts, so the figures are the server's work. Then the
server's own ``EXPLAIN ANALYZE`` times the key checks alone, for the same rows
inserted from a table.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from renewdesk.store.engine import open_cache
from renewdesk.store.repositories import SUB_COLUMNS
from tests.perf.bench_import_check import _libpq, server_args
from tests.pg_server import fresh_database

CUSTOMERS, PARTNERS = 2000, 50
PER_ROW_KEYS = (
    "FOREIGN KEY (customer_csn) REFERENCES customers (csn)",
    "FOREIGN KEY (partner_csn) REFERENCES partners (partner_csn)",
)


def rows_buffer(n: int, seed: int = 7) -> bytes:
    """N rows in COPY's text format, ``SUB_COLUMNS`` order; about 30 % through a partner."""
    rnd = random.Random(seed)
    lines = []
    for i in range(n):
        customer = f"{5_000_000 + rnd.randint(1, CUSTOMERS)}"
        partner = f"{7_000_000 + rnd.randint(1, PARTNERS)}" if rnd.random() < 0.3 else r"\N"
        values = {
            "subscription_id": f"SUB-{i:07d}",
            "customer_csn": customer,
            "partner_csn": partner,
            "offering_type": "NEW",
            "currency": "EUR",
            "payment_method": "CARD",
            "term": "Annual",
            "seats": str(rnd.randint(1, 250)),
            "start_date": "2026-01-01",
            "renewal_date": "2027-01-01",
            "status": "Active",
            "auto_renew": "f",
        }
        lines.append("\t".join(values.get(c, "x") for c in SUB_COLUMNS))
    return ("\n".join(lines) + "\n").encode()


def one_round(runs: dict[str, list[float]], db: object, data: bytes) -> None:
    columns = ", ".join(SUB_COLUMNS)
    for label, table in (
        ("no key checks", "bench_no_keys"),
        ("per-row foreign keys (before 0007)", "bench_per_row"),
        ("statement triggers (subscriptions)", "subscriptions"),
    ):
        with db.cursor() as cur:  # type: ignore[attr-defined]
            start = time.perf_counter()
            with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                copy.write(data)
            runs.setdefault(label, []).append(time.perf_counter() - start)
        db.rollback()  # type: ignore[attr-defined]


def trigger_times(runs: dict[str, list[float]], db: object) -> None:
    """The server's own count (``EXPLAIN ANALYZE``) of the key checks for the same rows."""
    for label, table, prefix in (
        ("  server: the per-row key triggers", "bench_per_row", "Trigger for constraint"),
        ("  server: the statement check", "subscriptions", "Trigger renewdesk_subscriptions_keys"),
    ):
        plan = db.execute(  # type: ignore[attr-defined]
            f"EXPLAIN (ANALYZE) INSERT INTO {table} SELECT * FROM bench_no_keys"
        ).fetchall()
        ms = sum(float(line.split("time=")[1].split()[0]) for (line,) in plan
                 if line.startswith(prefix))  # fmt: skip
        runs.setdefault(label, []).append(ms / 1000)
        db.rollback()  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    import psycopg
    from sqlalchemy.engine import make_url

    args = server_args(argv, "bench_statement_keys.py", 5)
    if args is None:
        return 2
    server, n, repeat = args
    data = rows_buffer(n)
    runs: dict[str, list[float]] = {}
    with fresh_database(server) as url:
        open_cache(url).dispose()  # migrated to head
        with psycopg.connect(_libpq(make_url(url))) as db:
            db.execute(
                "INSERT INTO customers (csn, company_name, address_line1, address_line2, "
                "postal_code, city, region, country, vat_number, buyer_name, buyer_email, "
                "buyer_phone) SELECT (5000000 + i)::text, '', '', '', '', '', '', '', '', '', "
                f"'', '' FROM generate_series(1, {CUSTOMERS}) i"
            )
            db.execute(
                "INSERT INTO partners (partner_csn, name, email) "
                f"SELECT (7000000 + i)::text, '', '' FROM generate_series(1, {PARTNERS}) i"
            )
            for table in ("bench_no_keys", "bench_per_row"):
                db.execute(f"CREATE TABLE {table} (LIKE subscriptions INCLUDING ALL)")
            db.execute(f"ALTER TABLE bench_per_row ADD {', ADD '.join(PER_ROW_KEYS)}")
            db.commit()
            print(f"{n:,} subscriptions COPYed, PostgreSQL, median of {repeat} (wall seconds)")
            for _ in range(repeat):
                one_round(runs, db, data)
            cur = db.cursor()  # the rows once more, kept, to INSERT ... SELECT from
            with cur, cur.copy(f"COPY bench_no_keys ({', '.join(SUB_COLUMNS)}) FROM STDIN") as copy:
                copy.write(data)
            db.commit()
            for _ in range(repeat):
                trigger_times(runs, db)
    base = statistics.median(runs["no key checks"])
    for label, values in runs.items():
        median = statistics.median(values)
        shown = ", ".join(f"{v:.2f}" for v in values)
        ratio = f"{median / base:4.2f}x" if "server" not in label else "     "
        print(f"{label:38} {median:6.3f} s  {ratio}  (runs {shown})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
