"""What the SIGKILL harness checks after a kill, the same on SQLite and PostgreSQL.

``test_crash_safety.py`` (a SQLite file) and ``test_crash_safety_pg.py`` (a
``postgresql+psycopg`` URL) differ only in how a cache is copied and reached and in
the engine's own soundness check; both describe one cache as a :class:`Target`, and
everything here reads it through SQLAlchemy:

- an import is wholly done or wholly absent (every table as before or as after);
- a sent quote is whole (lines, recipients, PDF, audit, exactly one outbox message);
- no outbox message is marked sent that the SMTP server did not accept, and after a
  restart (recover + send) every message is delivered, with one Message-ID.

``RENEWDESK_KILL_ITERATIONS`` (default 20) sets the kills per operation,
``RENEWDESK_KILL_SEED`` replays a run (one seed for both files).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from renewdesk.mail.outbox import BACKOFF_CAP, Outbox
from renewdesk.mail.smtp import make_sender
from renewdesk.store.repositories import SubscriptionRepository
from tests.hardening.kill_harness import ForkServer, KillMoment, Outcome, kill_plan
from tests.hardening.scenarios import (
    BASE_CUSTOMERS,
    BASE_SEATS,
    EXTRA_RECIPIENTS,
    IMPORT_BASE_ROWS,
    NEW_CUSTOMERS,
    NOW,
    SEND_LINES,
    int_env,
    send_ids,
)
from tests.hardening.smtp_servers import RecordingSmtp, free_port

ITERATIONS = int_env("RENEWDESK_KILL_ITERATIONS", 20)
SEED = int_env("RENEWDESK_KILL_SEED", random.SystemRandom().randrange(1, 2**31))
IMPORT_ROWS = 20_000
BIG_IMPORT_ROWS = 100_000

_IMPORT_TABLES = ("subscriptions", "customers", "partners", "price_book", "campaigns")


@dataclass(frozen=True)
class Target:
    """One cache under test, and how the checks reach it.

    ``db`` is what the worker is given (a file path or a URL); ``plain()`` an engine
    that reads what the kill left, repairing and migrating nothing; ``app()`` the
    engine the app itself would open; ``check(conn)`` the engine's own soundness
    check, run before anything else is read.
    """

    db: str
    plain: Callable[[], Engine]
    app: Callable[[], Engine]
    check: Callable[[Connection], None]


#: A fresh copy of a base cache, named ``name`` where the engine names copies.
Copies = Callable[[str], AbstractContextManager[Target]]


def scalar(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params).scalar()


def table_digest(conn: Connection, table: str) -> str:
    rows = sorted((tuple(r) for r in conn.execute(text(f"SELECT * FROM {table}"))), key=repr)
    return hashlib.sha256(repr(rows).encode()).hexdigest()


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


def import_snapshot(target: Target) -> dict[str, Any]:
    """Every import table's digest and counts, after the soundness check; the app agrees."""
    engine = target.plain()
    try:
        with engine.connect() as conn:
            target.check(conn)
            snap: dict[str, Any] = {t: table_digest(conn, t) for t in _IMPORT_TABLES}
            snap["import_runs"] = scalar(conn, "SELECT count(*) FROM import_runs")
            snap["audit"] = scalar(
                conn, "SELECT count(*) FROM audit_events WHERE action = 'import_subscriptions'"
            )
            snap["counts"] = (
                scalar(conn, "SELECT count(*) FROM subscriptions"),
                scalar(conn, "SELECT count(*) FROM subscriptions WHERE seats = :s", s=BASE_SEATS),
                scalar(conn, "SELECT count(*) FROM customers"),
            )
    finally:
        engine.dispose()
    app = target.app()  # the app opens it and reads it
    try:
        assert SubscriptionRepository(app).count() == snap["counts"][0]
    finally:
        app.dispose()
    return snap


def import_state(target: Target, before: dict[str, Any], after: dict[str, Any]) -> str:
    snap = import_snapshot(target)
    if snap == before:
        return "before"
    assert snap == after, f"a half-done import: {snap['counts']} (seed {SEED})"
    return "after"


def import_killed_at_random_moments(
    server: ForkServer, copies: Copies, source: Path, seed: int, label: str
) -> None:
    """Calibrate on one copy, then kill an import of ``source`` on ITERATIONS fresh copies."""
    with copies("import-done") as done:
        before = import_snapshot(done)
        assert before["counts"] == (IMPORT_BASE_ROWS, IMPORT_BASE_ROWS, BASE_CUSTOMERS)
        calibration = server.run({"op": "import", "db": done.db, "file": str(source)})
        assert calibration.done is not None
        after = import_snapshot(done)
    assert after["counts"] == (IMPORT_ROWS, 0, BASE_CUSTOMERS + NEW_CUSTOMERS)
    assert after["import_runs"] == before["import_runs"] + 1

    rng = random.Random(seed)
    outcomes, states = [], []
    profile = Profile(calibration)
    for i, moment in enumerate(kill_plan(ITERATIONS, rng)):
        with copies(f"import-{i}") as target:
            command = {"op": "import", "db": target.db, "file": str(source)}
            outcome = server.run(command, kill_after=profile.delay(moment))
            profile.update(outcome)
            state = import_state(target, before, after)
        if not outcome.killed:
            assert state == "after", f"finished import not in the cache (seed {SEED})"
        outcomes.append(outcome)
        states.append(state)
    print(summary(label, outcomes, profile.duration, states))
    assert sum(o.killed for o in outcomes) >= ITERATIONS // 2, "the kills missed the import"


def kill_three_quarters_through(server: ForkServer, target: Target, source: Path) -> None:
    """Kill an import of ``source`` when it is three quarters through (its rows half sent)."""
    outcome = server.run(
        {"op": "import", "db": target.db, "file": str(source), "mark_at": 0.75},
        kill_on_mark=True,
    )
    assert outcome.killed and outcome.marks, "the worker finished before the kill"


# --- quote send -------------------------------------------------------------------------


def send_state(target: Target, smtp: RecordingSmtp) -> tuple[str, str]:
    """("absent" | outbox status, Message-ID) after checking the quote is whole."""
    engine = target.plain()
    try:
        with engine.connect() as conn:
            target.check(conn)
            quotes = conn.execute(text("SELECT number, status, pdf FROM quotes")).all()
            if not quotes:
                for table in ("quote_lines", "quote_recipients", "outbox", "sequences"):
                    assert scalar(conn, f"SELECT count(*) FROM {table}") == 0, table
                assert (
                    scalar(conn, "SELECT count(*) FROM audit_events WHERE quote_number != ''") == 0
                )
                return "absent", ""
            ((number, status, pdf),) = quotes
            assert status == "QUOTED"
            assert pdf is not None and bytes(pdf).startswith(b"%PDF")
            lines = scalar(
                conn, "SELECT count(*) FROM quote_lines WHERE quote_number = :n", n=number
            )
            assert lines == SEND_LINES, "a quote without all its lines"
            recipients = conn.execute(
                text(
                    "SELECT email FROM quote_recipients WHERE quote_number = :n ORDER BY position"
                ),
                {"n": number},
            ).scalars()
            assert tuple(recipients) == EXTRA_RECIPIENTS
            actions = set(
                conn.execute(
                    text("SELECT action FROM audit_events WHERE quote_number = :n"), {"n": number}
                ).scalars()
            )
            assert {"created", "sent", "email_queued"} <= actions, actions
            outbox = conn.execute(
                text("SELECT status, attempts, message_id FROM outbox WHERE quote_number = :n"),
                {"n": number},
            ).all()
    finally:
        engine.dispose()
    assert len(outbox) == 1, "a QUOTED email quote without exactly one outbox message"
    ((box_status, attempts, message_id),) = outbox
    at_server = smtp.count(message_id)
    if box_status == "sent":
        assert at_server == 1, "marked sent but not delivered exactly once"
    elif box_status == "queued":
        assert at_server == 0, "delivered but still queued"
    else:
        assert box_status == "sending", box_status
        assert attempts == 1
    return box_status, message_id


def restart_and_deliver(target: Target, smtp: RecordingSmtp, state: str, message_id: str) -> None:
    """What the next start does: requeue interrupted messages, send what is due."""
    engine = target.app()
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


def set_smtp_port(target: Target, port: int) -> None:
    engine = target.plain()
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE settings SET value = :v WHERE key = 'smtp.port'"), {"v": str(port)}
            )
    finally:
        engine.dispose()


def send_killed_at_random_moments(
    server: ForkServer, copies: Copies, smtp: RecordingSmtp, seed: int, label: str
) -> None:
    """Every other run the SMTP server is down (connection refused), so the email is queued."""
    command = {"op": "send", "ids": send_ids()}
    with copies("send-done") as done:
        calibration = server.run({**command, "db": done.db})
        assert calibration.done is not None and calibration.done["delivered"]
        assert send_state(done, smtp)[0] == "sent"

    rng = random.Random(seed)
    outcomes, states = [], []
    dead_port = free_port()
    profile = Profile(calibration)
    for i, moment in enumerate(kill_plan(ITERATIONS, rng, tail=True)):
        offline = i % 2 == 1
        with copies(f"send-{i}") as target:
            if offline:
                set_smtp_port(target, dead_port)
            outcome = server.run({**command, "db": target.db}, kill_after=profile.delay(moment))
            if not offline:
                profile.update(outcome)
            state, message_id = send_state(target, smtp)
            if not outcome.killed:
                assert state == ("queued" if offline else "sent"), state
            if state != "absent":
                restart_and_deliver(target, smtp, state, message_id)
        outcomes.append(outcome)
        states.append(("offline " if offline else "") + state)
    print(summary(label, outcomes, profile.duration, states))
    assert sum(o.killed for o in outcomes) >= ITERATIONS // 2, "the kills missed the send"
