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

``RENEWDESK_KILL_ITERATIONS`` (default 20) sets the kills per operation,
``RENEWDESK_KILL_SEED`` replays a run.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from renewdesk.mail.outbox import BACKOFF_CAP, Outbox
from renewdesk.mail.smtp import make_sender
from renewdesk.store.engine import open_cache
from renewdesk.store.repositories import SubscriptionRepository
from tests.hardening.kill_harness import (
    ForkServer,
    KillMoment,
    Outcome,
    kill_plan,
)
from tests.hardening.scenarios import (
    BASE_CUSTOMERS,
    BASE_SEATS,
    BUY_LINES,
    BUY_NUMBER,
    EXTRA_RECIPIENTS,
    FILE_SEATS,
    IMPORT_BASE_ROWS,
    NEW_CUSTOMERS,
    NOW,
    SEND_LINES,
    build_buy_base,
    build_import_base,
    build_quote_base,
    copy_cache,
    int_env,
    renewal_dates,
    send_ids,
    subscriptions_csv,
)
from tests.hardening.smtp_servers import RecordingSmtp, free_port

ITERATIONS = int_env("RENEWDESK_KILL_ITERATIONS", 20)
SEED = int_env("RENEWDESK_KILL_SEED", random.SystemRandom().randrange(1, 2**31))
IMPORT_ROWS = 20_000
BIG_IMPORT_ROWS = 100_000

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill harness forks (POSIX)")


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crash")


@pytest.fixture(scope="module")
def server(workdir: Path) -> Iterator[ForkServer]:
    with ForkServer(workdir) as fork_server:
        yield fork_server


@pytest.fixture(scope="module")
def smtp() -> Iterator[RecordingSmtp]:
    with RecordingSmtp() as recording:
        yield recording


@pytest.fixture(scope="module")
def import_base(workdir: Path) -> Path:
    return build_import_base(workdir / "import-base.sqlite", workdir)


@pytest.fixture(scope="module")
def quote_base(workdir: Path, smtp: RecordingSmtp) -> Path:
    return build_quote_base(workdir / "quote-base.sqlite", smtp.port)


@pytest.fixture(scope="module")
def buy_base(workdir: Path, quote_base: Path) -> Path:
    return build_buy_base(quote_base, workdir / "buy-base.sqlite")


@pytest.fixture(scope="session")
def big_import_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 100k-row file, written once per session."""
    folder = tmp_path_factory.mktemp("big-import")
    return subscriptions_csv(folder / "subscriptions-100k.csv", BIG_IMPORT_ROWS, FILE_SEATS)


# --- reading a cache after a kill ---------------------------------------------------------


def connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection (it replays the committed part of the WAL, as the app would)."""
    return sqlite3.connect(path, isolation_level=None)


def assert_intact(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def scalar(db: sqlite3.Connection, sql: str, *params: Any) -> Any:
    return db.execute(sql, params).fetchone()[0]


def table_digest(db: sqlite3.Connection, table: str, columns: str = "*") -> str:
    rows = sorted(db.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class Profile:
    """How long the operation takes and when it first commits, from its fastest run.

    A busy machine during calibration would otherwise push the kills past the end.
    """

    def __init__(self, calibration: Outcome) -> None:
        self.duration = float("inf")
        self.commit_at: float | None = None
        self.update(calibration)

    def update(self, outcome: Outcome) -> None:
        done = outcome.done
        if done is None or done["elapsed"] >= self.duration:
            return
        self.duration = float(done["elapsed"])
        commits = done.get("commits") or []
        # A little before the first commit, so the commit itself is inside the window.
        self.commit_at = 0.9 * commits[0] / self.duration if commits else None

    def delay(self, moment: KillMoment) -> float:
        return moment.delay(self.duration, self.commit_at)


def summary(name: str, outcomes: list[Outcome], duration: float, states: list[str]) -> str:
    killed = sum(o.killed for o in outcomes)
    return (
        f"{name}: {len(outcomes)} runs, {killed} killed mid-operation, "
        f"{len(outcomes) - killed} finished first; measured {duration * 1000:.0f} ms; "
        f"states {dict((s, states.count(s)) for s in sorted(set(states)))}; seed {SEED}"
    )


# --- import -----------------------------------------------------------------------------

_IMPORT_TABLES = ("subscriptions", "customers", "partners", "price_book", "campaigns")


def import_snapshot(path: Path) -> dict[str, Any]:
    db = connect(path)
    try:
        assert_intact(db)
        snap: dict[str, Any] = {t: table_digest(db, t) for t in _IMPORT_TABLES}
        snap["import_runs"] = scalar(db, "SELECT count(*) FROM import_runs")
        snap["audit"] = scalar(
            db, "SELECT count(*) FROM audit_events WHERE action = 'import_subscriptions'"
        )
        snap["counts"] = (
            scalar(db, "SELECT count(*) FROM subscriptions"),
            scalar(db, "SELECT count(*) FROM subscriptions WHERE seats = ?", BASE_SEATS),
            scalar(db, "SELECT count(*) FROM customers"),
        )
        return snap
    finally:
        db.close()


def import_state(path: Path, before: dict[str, Any], after: dict[str, Any]) -> str:
    snap = import_snapshot(path)
    engine = open_cache(path)  # the app opens it and reads it
    try:
        assert SubscriptionRepository(engine).count() == snap["counts"][0]
    finally:
        engine.dispose()
    if snap == before:
        return "before"
    assert snap == after, f"a half-done import: {snap['counts']} (seed {SEED})"
    return "after"


def test_import_killed_at_random_moments(
    server: ForkServer, import_base: Path, workdir: Path
) -> None:
    source = subscriptions_csv(workdir / "subscriptions-20k.csv", IMPORT_ROWS, FILE_SEATS)
    before = import_snapshot(import_base)
    assert before["counts"] == (IMPORT_BASE_ROWS, IMPORT_BASE_ROWS, BASE_CUSTOMERS)

    done_db = copy_cache(import_base, workdir / "import-done.sqlite")
    calibration = server.run({"op": "import", "db": str(done_db), "file": str(source)})
    assert calibration.done is not None
    after = import_snapshot(done_db)
    assert after["counts"] == (IMPORT_ROWS, 0, BASE_CUSTOMERS + NEW_CUSTOMERS)
    assert after["import_runs"] == before["import_runs"] + 1

    rng = random.Random(SEED)
    outcomes, states = [], []
    profile = Profile(calibration)
    for i, moment in enumerate(kill_plan(ITERATIONS, rng)):
        db = copy_cache(import_base, workdir / f"import-{i}.sqlite")
        command = {"op": "import", "db": str(db), "file": str(source)}
        outcome = server.run(command, kill_after=profile.delay(moment))
        profile.update(outcome)
        state = import_state(db, before, after)
        if not outcome.killed:
            assert state == "after", f"finished import not in the cache (seed {SEED})"
        outcomes.append(outcome)
        states.append(state)
        remove(db)
    print(summary("import 20k", outcomes, profile.duration, states))
    assert sum(o.killed for o in outcomes) >= ITERATIONS // 2, "the kills missed the import"


def test_sigkill_in_the_middle_of_a_100k_import_leaves_the_cache_as_it_was(
    server: ForkServer, import_base: Path, workdir: Path, big_import_file: Path
) -> None:
    """Killed while it writes (three quarters through: half the rows sent to SQLite)."""
    before = import_snapshot(import_base)
    db = copy_cache(import_base, workdir / "import-100k.sqlite")
    outcome = server.run(
        {"op": "import", "db": str(db), "file": str(big_import_file), "mark_at": 0.75},
        kill_on_mark=True,
    )
    assert outcome.killed and outcome.marks, "the worker finished before the kill"
    assert Path(f"{db}-wal").exists()  # it had written into the log when it died
    assert import_snapshot(db) == before
    remove(db)


# --- quote send -------------------------------------------------------------------------


def send_state(path: Path, smtp: RecordingSmtp) -> tuple[str, str]:
    """("absent" | outbox status, Message-ID) after checking the quote is whole."""
    db = connect(path)
    try:
        assert_intact(db)
        quotes = db.execute("SELECT number, status, pdf FROM quotes").fetchall()
        if not quotes:
            for table in ("quote_lines", "quote_recipients", "outbox", "sequences"):
                assert scalar(db, f"SELECT count(*) FROM {table}") == 0, table
            assert scalar(db, "SELECT count(*) FROM audit_events WHERE quote_number != ''") == 0
            return "absent", ""
        ((number, status, pdf),) = quotes
        assert status == "QUOTED"
        assert pdf is not None and bytes(pdf).startswith(b"%PDF")
        lines = scalar(db, "SELECT count(*) FROM quote_lines WHERE quote_number = ?", number)
        assert lines == SEND_LINES, "a quote without all its lines"
        recipients = db.execute(
            "SELECT email FROM quote_recipients WHERE quote_number = ? ORDER BY position",
            (number,),
        ).fetchall()
        assert tuple(r[0] for r in recipients) == EXTRA_RECIPIENTS
        actions = {
            r[0]
            for r in db.execute("SELECT action FROM audit_events WHERE quote_number = ?", (number,))
        }
        assert {"created", "sent", "email_queued"} <= actions, actions
        outbox = db.execute(
            "SELECT status, attempts, message_id FROM outbox WHERE quote_number = ?", (number,)
        ).fetchall()
        assert len(outbox) == 1, "a QUOTED email quote without exactly one outbox message"
        ((box_status, attempts, message_id),) = outbox
    finally:
        db.close()
    at_server = smtp.count(message_id)
    if box_status == "sent":
        assert at_server == 1, "marked sent but not delivered exactly once"
    elif box_status == "queued":
        assert at_server == 0, "delivered but still queued"
    else:
        assert box_status == "sending", box_status
        assert attempts == 1
    return box_status, message_id


def restart_and_deliver(path: Path, smtp: RecordingSmtp, state: str, message_id: str) -> None:
    """What the next start does: requeue interrupted messages, send what is due."""
    engine = open_cache(path)
    try:
        outbox = Outbox(engine)
        later = NOW + BACKOFF_CAP  # a queued retry is due by then at the latest
        outbox.recover_interrupted(later)
        outbox.send_due(make_sender(smtp.settings(), None), later)
        (message,) = outbox.list()
        assert message.status == "sent", message
        assert message.message_id == message_id
    finally:
        engine.dispose()
    count = smtp.count(message_id)
    if state == "sending":
        # Killed after the server's 250 but before "sent" was committed: the retry has
        # the same Message-ID, so the copy is recognisably the same message.
        assert count in (1, 2)
    else:
        assert count == 1, f"{state}: delivered {count} times"


def set_smtp_port(path: Path, port: int) -> None:
    db = connect(path)
    try:
        db.execute("UPDATE settings SET value = ? WHERE key = 'smtp.port'", (str(port),))
    finally:
        db.close()


def test_quote_send_killed_at_random_moments(
    server: ForkServer, quote_base: Path, workdir: Path, smtp: RecordingSmtp
) -> None:
    """Every other run the server is down (connection refused), so the email is queued."""
    command = {"op": "send", "ids": send_ids()}
    done_db = copy_cache(quote_base, workdir / "send-done.sqlite")
    calibration = server.run({**command, "db": str(done_db)})
    assert calibration.done is not None and calibration.done["delivered"]
    assert send_state(done_db, smtp)[0] == "sent"

    rng = random.Random(SEED + 1)
    outcomes, states = [], []
    dead_port = free_port()
    profile = Profile(calibration)
    for i, moment in enumerate(kill_plan(ITERATIONS, rng, tail=True)):
        db = copy_cache(quote_base, workdir / f"send-{i}.sqlite")
        offline = i % 2 == 1
        if offline:
            set_smtp_port(db, dead_port)
        outcome = server.run({**command, "db": str(db)}, kill_after=profile.delay(moment))
        if not offline:
            profile.update(outcome)
        state, message_id = send_state(db, smtp)
        if not outcome.killed:
            assert state == ("queued" if offline else "sent"), state
        if state != "absent":
            restart_and_deliver(db, smtp, state, message_id)
        outcomes.append(outcome)
        states.append(("offline " if offline else "") + state)
        remove(db)
    print(summary("send", outcomes, profile.duration, states))
    assert sum(o.killed for o in outcomes) >= ITERATIONS // 2, "the kills missed the send"


# --- a quote's files (the .eml draft and --pdf) -------------------------------------------


def files_state(path: Path, out: Path) -> str:
    """ "absent" (no quote, and then no file at all) or "saved" (the files may follow)."""
    db = connect(path)
    try:
        assert_intact(db)
        numbers = [r[0] for r in db.execute("SELECT number FROM quotes")]
    finally:
        db.close()
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
    db = connect(path)
    try:
        assert_intact(db)
        status = scalar(db, "SELECT status FROM quotes WHERE number = ?", BUY_NUMBER)
        bought = scalar(db, "SELECT count(*) FROM audit_events WHERE action = 'ordered'")
        renewed = scalar(db, "SELECT count(*) FROM audit_events WHERE action = 'renewed'")
        line_ids = [
            r[0]
            for r in db.execute(
                "SELECT subscription_id FROM quote_lines WHERE quote_number = ?", (BUY_NUMBER,)
            )
        ]
    finally:
        db.close()
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
