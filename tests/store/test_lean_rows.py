"""The window's lean rows: one plain read, the plan joined, trusted only for a current cache."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from renewdesk.domain import OfferingType, PaymentMethod, Subscription, SubscriptionStatus, Term
from renewdesk.planning.stages import Stage
from renewdesk.store.lean_rows import (
    CURRENCY,
    ID,
    LATER,
    OWNER,
    PRODUCT,
    RENEWAL,
    STAGE,
    START,
    TEAM,
    complete_rows,
    lean_rows,
    read_lean_rows,
    subscription_from_raw,
)
from renewdesk.store.models import CustomerRow, SubscriptionRow
from renewdesk.store.peek import carries_marker
from renewdesk.store.plan_repo import PlanRepository
from renewdesk.store.repositories import SubscriptionRepository, subscription_values

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _sub(sid: str, renewal: date) -> Subscription:
    return Subscription(
        sid,
        "C-1",
        "Design Suite",
        "DSP",
        OfferingType.STANDARD,
        "5100000001",
        "",
        "SEK",
        PaymentMethod.INVOICE,
        Term.ANNUAL,
        5,
        date(2025, 12, 1),
        renewal,
        SubscriptionStatus.ACTIVE,
        True,
        "Team A",
    )


def _fill(engine: Engine) -> list[Subscription]:
    subs = [_sub("SUB-2", date(2026, 12, 1)), _sub("SUB-1", date(2026, 6, 30))]
    with engine.begin() as conn:
        conn.execute(CustomerRow.__table__.insert(), [{"csn": "5100000001", "company": "Acme"}])
        conn.execute(SubscriptionRow.__table__.insert(), [subscription_values(s) for s in subs])
    PlanRepository(engine).update(["SUB-2"], stage=Stage.IN_PROGRESS, owner="Kim")
    return subs


def test_the_plain_read_equals_the_engines_and_carries_the_plan(
    engine: Engine, db_path: Path
) -> None:
    subs = _fill(engine)
    rows = read_lean_rows(db_path)
    assert rows is not None
    whole = lean_rows(engine)
    # The first paint reads what the table shows; the rest are None until completed.
    assert all(r[c] is None for r in rows for c in LATER)
    shown = [c for c in range(len(whole[0])) if c not in LATER]
    assert [[r[c] for c in shown] for r in rows] == [[r[c] for c in shown] for r in whole]
    assert complete_rows(db_path, rows)
    assert rows == whole
    assert [r[0] for r in rows] == ["SUB-1", "SUB-2"]  # by id, as the table loads them
    assert rows[0][STAGE] is None and rows[0][OWNER] is None  # no plan yet
    assert (rows[1][STAGE], rows[1][OWNER]) == ("in-progress", "Kim")
    by_id = {s.subscription_id: s for s in subs}
    assert [subscription_from_raw(r) for r in rows] == [by_id["SUB-1"], by_id["SUB-2"]]
    assert SubscriptionRepository(engine).get_many(["SUB-1"]) == [by_id["SUB-1"]]


def test_completing_keeps_the_list_and_makes_repeated_texts_one_object(
    engine: Engine, db_path: Path
) -> None:
    _fill(engine)
    rows = read_lean_rows(db_path)
    assert rows is not None
    same_list = rows
    assert rows[0][PRODUCT] is not rows[1][PRODUCT]  # the driver's: a string per cell
    assert complete_rows(db_path, rows)
    assert rows is same_list
    for column in (PRODUCT, START, CURRENCY, TEAM):
        assert rows[0][column] is rows[1][column]
    assert rows[0][ID] != rows[1][ID]


def test_rows_of_a_file_that_changed_are_not_completed(engine: Engine, db_path: Path) -> None:
    _fill(engine)
    rows = read_lean_rows(db_path)
    assert rows is not None
    as_read = list(rows)
    table = SubscriptionRow.__table__
    extra = subscription_values(_sub("SUB-3", date(2027, 1, 1)))
    with engine.begin() as conn:  # another admin imported one more since the paint
        conn.execute(table.insert(), [extra])
    assert not complete_rows(db_path, rows)  # the caller reads every row again
    assert rows == as_read
    with engine.begin() as conn:  # ... or as many as shown, but not the same ones
        conn.execute(table.delete().where(table.c.subscription_id == "SUB-1"))
    assert not complete_rows(db_path, rows)
    assert rows == as_read
    assert not complete_rows(db_path.with_name("gone.sqlite"), rows)


def test_dates_are_iso_text_on_either_engine(cache_engine: Engine) -> None:
    _fill(cache_engine)
    rows = lean_rows(cache_engine)
    assert [(r[START], r[RENEWAL]) for r in rows] == [
        ("2025-12-01", "2026-06-30"),
        ("2025-12-01", "2026-12-01"),
    ]
    assert rows[1][STAGE] == "in-progress"


def test_a_cache_not_at_the_newest_schema_is_not_read(engine: Engine, db_path: Path) -> None:
    _fill(engine)
    engine.dispose()
    with sqlite3.connect(db_path) as conn:  # as if an upgrade were due
        conn.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    assert read_lean_rows(db_path) is None  # the engine's way migrates it first


def test_nothing_is_read_from_what_is_no_cache(tmp_path: Path) -> None:
    assert read_lean_rows(tmp_path / "missing.sqlite") is None
    assert not (tmp_path / "missing.sqlite").exists()  # read-only: nothing was made
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    assert read_lean_rows(text) is None
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert read_lean_rows(other) is None


def test_the_marker_is_read_from_the_header_alone(
    engine: Engine, db_path: Path, tmp_path: Path
) -> None:
    assert carries_marker(db_path)
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE moz_places (url)")
        conn.execute("PRAGMA application_id = 1")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert not carries_marker(other)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no side file was made
    assert not carries_marker(tmp_path / "missing.sqlite")
    (tmp_path / "short.sqlite").write_bytes(b"SQLite format 3\x00")
    assert not carries_marker(tmp_path / "short.sqlite")
