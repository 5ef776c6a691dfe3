"""Crash safety: SIGKILL an import, a quote send and a Buy at random moments.

Each operation runs in a worker process forked from a warm fork server
(``crash_child.py``). Its duration is measured once; then every iteration starts
from a fresh copy of the same cache and kills the worker with SIGKILL at a moment
spread over that duration (stratified random, seed printed). After every kill:

- ``PRAGMA integrity_check`` is ok and no foreign key is broken;
- the operation is wholly done or wholly absent (import: every table as before or
  as after; send: no quote without its lines, recipients, PDF and queued email;
  Buy: an ORDERED quote only with every subscription moved on);
- no outbox message is marked sent that the SMTP server did not accept, and after
  a restart (recover + send) every message is delivered, with one Message-ID.

The import and send checks are shared with PostgreSQL (``crash_checks.py``); this
file keeps what is SQLite's: the file copies, ``PRAGMA integrity_check``, the WAL,
and the files and Buy scenarios. ``RENEWDESK_KILL_ITERATIONS`` (default 20) sets the
kills per operation, ``RENEWDESK_KILL_SEED`` replays a run.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, text

from renewdesk.store.engine import open_cache
from tests.hardening.crash_checks import (
    IMPORT_ROWS,
    ITERATIONS,
    SEED,
    Copies,
    Profile,
    Target,
    import_killed_at_random_moments,
    import_snapshot,
    kill_three_quarters_through,
    scalar,
    send_killed_at_random_moments,
    summary,
)
from tests.hardening.kill_harness import ForkServer, kill_plan
from tests.hardening.scenarios import (
    BUY_LINES,
    BUY_NUMBER,
    FILE_SEATS,
    build_buy_base,
    build_import_base,
    build_quote_base,
    copy_cache,
    renewal_dates,
    send_ids,
    subscriptions_csv,
)
from tests.hardening.smtp_servers import RecordingSmtp

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill harness forks (POSIX)")


# --- fixtures (``workdir``, ``server``, ``smtp`` and ``big_import_file``: conftest.py) -----


@pytest.fixture(scope="module")
def import_base(workdir: Path) -> Path:
    return build_import_base(workdir / "import-base.sqlite", workdir)


@pytest.fixture(scope="module")
def quote_base(workdir: Path, smtp: RecordingSmtp) -> Path:
    return build_quote_base(workdir / "quote-base.sqlite", smtp.port)


@pytest.fixture(scope="module")
def buy_base(workdir: Path, quote_base: Path) -> Path:
    return build_buy_base(quote_base, workdir / "buy-base.sqlite")


# --- reaching a cache file after a kill -----------------------------------------------------


def assert_intact(conn: Connection) -> None:
    assert [tuple(r) for r in conn.execute(text("PRAGMA integrity_check"))] == [("ok",)]
    assert conn.execute(text("PRAGMA foreign_key_check")).all() == []


def plain_engine(path: Path) -> Engine:
    """A plain SQLite engine (it replays the committed part of the WAL, as the app would)."""
    return create_engine(f"sqlite:///{path}")


def file_target(path: Path) -> Target:
    return Target(
        db=str(path),
        plain=lambda: plain_engine(path),
        app=lambda: open_cache(path),
        check=assert_intact,
    )


@contextmanager
def reading(path: Path) -> Iterator[Connection]:
    """A connection to the file after ``PRAGMA integrity_check`` and the key check pass."""
    engine = plain_engine(path)
    try:
        with engine.connect() as conn:
            assert_intact(conn)
            yield conn
    finally:
        engine.dispose()


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copies_of(base: Path, workdir: Path) -> Copies:
    """Fresh byte copies of ``base``; each is removed once its checks pass (kept if not)."""

    @contextmanager
    def copy(name: str) -> Iterator[Target]:
        db = copy_cache(base, workdir / f"{name}.sqlite")
        yield file_target(db)
        remove(db)

    return copy


# --- import -----------------------------------------------------------------------------


def test_import_killed_at_random_moments(
    server: ForkServer, import_base: Path, workdir: Path
) -> None:
    source = subscriptions_csv(workdir / "subscriptions-20k.csv", IMPORT_ROWS, FILE_SEATS)
    copies = copies_of(import_base, workdir)
    import_killed_at_random_moments(server, copies, source, SEED, "import 20k")


def test_sigkill_in_the_middle_of_a_100k_import_leaves_the_cache_as_it_was(
    server: ForkServer, import_base: Path, workdir: Path, big_import_file: Path
) -> None:
    """Killed while it writes (three quarters through: half the rows sent to SQLite)."""
    db = copy_cache(import_base, workdir / "import-100k.sqlite")
    target = file_target(db)
    before = import_snapshot(target)
    kill_three_quarters_through(server, target, big_import_file)
    assert Path(f"{db}-wal").exists()  # it had written into the log when it died
    assert import_snapshot(target) == before
    remove(db)


# --- quote send -------------------------------------------------------------------------


def test_quote_send_killed_at_random_moments(
    server: ForkServer, quote_base: Path, workdir: Path, smtp: RecordingSmtp
) -> None:
    """Every other run the server is down (connection refused), so the email is queued."""
    send_killed_at_random_moments(server, copies_of(quote_base, workdir), smtp, SEED + 1, "send")


# --- a quote's files (the .eml draft and --pdf) -------------------------------------------


def files_state(path: Path, out: Path) -> str:
    """ "absent" (no quote, and then no file at all) or "saved" (the files may follow)."""
    with reading(path) as conn:
        numbers = list(conn.execute(text("SELECT number FROM quotes")).scalars())
    files = sorted(p.name for p in out.iterdir()) if out.exists() else []
    if not numbers:
        assert files == [], f"a file carries a number the cache does not hold: {files}"
        return "absent"
    assert numbers == ["Q-2026-000001"], numbers
    return "saved" if files else "saved, no file yet"


def test_quote_files_killed_at_random_moments_never_escape_the_commit(
    server: ForkServer, quote_base: Path, workdir: Path
) -> None:
    """No ``.eml``, ``.pdf`` or temporary file exists for a quote the cache does not hold."""
    command = {"op": "files", "ids": send_ids()}
    done_db = copy_cache(quote_base, workdir / "files-done.sqlite")
    done_out = workdir / "files-done"
    calibration = server.run({**command, "db": str(done_db), "out": str(done_out)})
    assert calibration.done is not None
    assert sorted(p.name for p in done_out.iterdir()) == ["Quote-Q-2026-000001.eml", "quote.pdf"]

    rng = random.Random(SEED + 3)
    outcomes, states = [], []
    profile = Profile(calibration)
    for i, moment in enumerate(kill_plan(ITERATIONS, rng, tail=True)):
        db = copy_cache(quote_base, workdir / f"files-{i}.sqlite")
        out = workdir / f"files-{i}"
        cmd = {**command, "db": str(db), "out": str(out)}
        outcome = server.run(cmd, kill_after=profile.delay(moment))
        profile.update(outcome)
        state = files_state(db, out)
        if not outcome.killed:
            assert state == "saved", state
        outcomes.append(outcome)
        states.append(state)
        remove(db)
    print(summary("files", outcomes, profile.duration, states))
    assert sum(o.killed for o in outcomes) >= ITERATIONS // 2, "the kills missed the send"


# --- Buy --------------------------------------------------------------------------------


def buy_state(path: Path, before: dict[str, tuple[str, int, str, str]]) -> str:
    with reading(path) as conn:
        status = scalar(conn, "SELECT status FROM quotes WHERE number = :n", n=BUY_NUMBER)
        bought = scalar(conn, "SELECT count(*) FROM audit_events WHERE action = 'ordered'")
        renewed = scalar(conn, "SELECT count(*) FROM audit_events WHERE action = 'renewed'")
        line_ids = list(
            conn.execute(
                text("SELECT subscription_id FROM quote_lines WHERE quote_number = :n"),
                {"n": BUY_NUMBER},
            ).scalars()
        )
    assert len(line_ids) == BUY_LINES
    now = renewal_dates(path)
    if status == "QUOTED":
        assert now == before and bought == 0 and renewed == 0, "a Buy half applied"
        return "absent"
    assert status == "ORDERED", status
    assert bought == 1 and renewed == BUY_LINES
    for sid in line_ids:
        old_date, seats, term, _status = before[sid]
        assert now[sid] == ("2027-12-15", seats, term, "active"), (sid, old_date, now[sid])
    untouched = set(before) - set(line_ids)
    assert {s: now[s] for s in untouched} == {s: before[s] for s in untouched}
    return "done"


def test_buy_killed_at_random_moments(server: ForkServer, buy_base: Path, workdir: Path) -> None:
    before = renewal_dates(buy_base)
    assert {v[0] for v in before.values()} == {"2026-12-15"}
    command = {"op": "buy", "number": BUY_NUMBER}
    done_db = copy_cache(buy_base, workdir / "buy-done.sqlite")
    calibration = server.run({**command, "db": str(done_db)})
    assert calibration.done is not None
    assert buy_state(done_db, before) == "done"

    rng = random.Random(SEED + 2)
    outcomes, states = [], []
    profile = Profile(calibration)
    for i, moment in enumerate(kill_plan(ITERATIONS, rng, tail=True)):
        db = copy_cache(buy_base, workdir / f"buy-{i}.sqlite")
        outcome = server.run({**command, "db": str(db)}, kill_after=profile.delay(moment))
        profile.update(outcome)
        state = buy_state(db, before)
        if not outcome.killed:
            assert state == "done"
        outcomes.append(outcome)
        states.append(state)
        remove(db)
    print(summary("buy", outcomes, profile.duration, states))
    assert sum(o.killed for o in outcomes) >= ITERATIONS // 2, "the kills missed the Buy"


def test_kill_plan_covers_the_operation_and_its_tail() -> None:
    """The harness itself: half the moments over the whole run, half after the commit."""
    plan = kill_plan(20, random.Random(3), tail=True)
    whole = sorted(m.delay(2.0, 0.5) for m in plan if not m.tail)
    tail = sorted(m.delay(2.0, 0.5) for m in plan if m.tail)
    assert len(whole) == len(tail) == 10
    assert all(i * 0.22 <= d < (i + 1) * 0.22 for i, d in enumerate(whole))
    assert all(1.0 + i * 0.12 <= d < 1.0 + (i + 1) * 0.12 + 1e-9 for i, d in enumerate(tail))
