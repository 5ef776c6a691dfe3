"""Crash safety on PostgreSQL: SIGKILL an import and a quote send over a database URL.

The same harness as ``test_crash_safety.py`` (a warm fork server, kills spread over
the measured duration, seed printed), but every worker opens its cache from a
``postgresql+psycopg`` URL. Each iteration starts from a copy of one base
database (``CREATE DATABASE ... TEMPLATE``), so every kill starts from the same
rows. After every kill:

- the database is consistent: no subscription without its customer or partner,
  no quote without its lines, recipients, PDF and one outbox message;
- the operation is wholly done or wholly absent (import: every table as before or
  as after; the killed client's transaction is never half applied);
- no outbox message is marked sent that the SMTP server did not accept, and after
  a restart (recover + send) every message is delivered, with one Message-ID;
- a 100k import killed while it streams its rows leaves the old data exactly, and
  the next import over the same URL works.

Skips without a test server (``RENEWDESK_TEST_PG_URL``); ``RENEWDESK_KILL_ITERATIONS``
and ``RENEWDESK_KILL_SEED`` work as for SQLite.
"""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

from renewdesk.mail.outbox import BACKOFF_CAP, Outbox
from renewdesk.mail.smtp import make_sender
from renewdesk.store.repositories import SubscriptionRepository
from tests.hardening.kill_harness import ForkServer, kill_plan
from tests.hardening.scenarios import (
    BASE_CUSTOMERS,
    BASE_SEATS,
    EXTRA_RECIPIENTS,
    FILE_SEATS,
    IMPORT_BASE_ROWS,
    NEW_CUSTOMERS,
    NOW,
    SEND_LINES,
    fill_import_base,
    fill_quote_base,
    send_ids,
    subscriptions_csv,
)
from tests.hardening.smtp_servers import RecordingSmtp, free_port
from tests.hardening.test_crash_safety import (
    BIG_IMPORT_ROWS,
    IMPORT_ROWS,
    ITERATIONS,
    SEED,
    Profile,
    summary,
)
from tests.pg_server import fresh_database, migrate, server_url

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill harness forks (POSIX)")


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg_server() -> str:
    return server_url()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crash-pg")


@pytest.fixture(scope="module")
def server(workdir: Path, pg_server: str) -> Iterator[ForkServer]:
    with ForkServer(workdir) as fork_server:
        yield fork_server


@pytest.fixture(scope="module")
def smtp() -> Iterator[RecordingSmtp]:
    with RecordingSmtp() as recording:
        yield recording


def _base(server: str, fill: Any) -> Iterator[str]:
    """A migrated database filled by ``fill(engine)``; its name, for TEMPLATE copies."""
    with fresh_database(server) as url:
        engine = create_engine(url)
        try:
            migrate(engine)
            fill(engine)
        finally:
            engine.dispose()  # a template must have no session on it
        name = make_url(url).database
        assert name is not None
        yield name


@pytest.fixture(scope="module")
def import_base(pg_server: str, workdir: Path) -> Iterator[str]:
    yield from _base(pg_server, lambda engine: fill_import_base(engine, workdir))


@pytest.fixture(scope="module")
def quote_base(pg_server: str, smtp: RecordingSmtp) -> Iterator[str]:
    yield from _base(pg_server, lambda engine: fill_quote_base(engine, smtp.port))


@pytest.fixture(scope="module")
def big_import_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big-import-pg")
    return subscriptions_csv(folder / "subscriptions-100k.csv", BIG_IMPORT_ROWS, FILE_SEATS)


# --- reading a database after a kill ------------------------------------------------------


def scalar(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params).scalar()


def table_digest(conn: Connection, table: str) -> str:
    rows = sorted((tuple(r) for r in conn.execute(text(f"SELECT * FROM {table}"))), key=repr)
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def assert_consistent(conn: Connection) -> None:
    """Every reference resolves (the server enforces the keys; this reads them back)."""
    assert (
        scalar(
            conn,
            "SELECT count(*) FROM subscriptions s LEFT JOIN customers c ON c.csn = s.customer_csn "
            "WHERE c.csn IS NULL",
        )
        == 0
    )
    assert (
        scalar(
            conn,
            "SELECT count(*) FROM subscriptions s LEFT JOIN partners p "
            "ON p.partner_csn = s.partner_csn WHERE s.partner_csn IS NOT NULL "
            "AND p.partner_csn IS NULL",
        )
        == 0
    )
    assert (
        scalar(
            conn,
            "SELECT count(*) FROM quote_lines l LEFT JOIN quotes q ON q.number = l.quote_number "
            "WHERE q.number IS NULL",
        )
        == 0
    )


_IMPORT_TABLES = ("subscriptions", "customers", "partners", "price_book", "campaigns")


def import_snapshot(url: str) -> dict[str, Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert_consistent(conn)
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
        assert SubscriptionRepository(engine).count() == snap["counts"][0]  # the app reads it
        return snap
    finally:
        engine.dispose()


def import_state(url: str, before: dict[str, Any], after: dict[str, Any]) -> str:
    snap = import_snapshot(url)
    if snap == before:
        return "before"
    assert snap == after, f"a half-done import: {snap['counts']} (seed {SEED})"
    return "after"


# --- import -----------------------------------------------------------------------------


def test_import_over_a_url_killed_at_random_moments(
    server: ForkServer, pg_server: str, import_base: str, workdir: Path
) -> None:
    source = subscriptions_csv(workdir / "subscriptions-20k.csv", IMPORT_ROWS, FILE_SEATS)
    with fresh_database(pg_server, template=import_base) as done_url:
        before = import_snapshot(done_url)
        assert before["counts"] == (IMPORT_BASE_ROWS, IMPORT_BASE_ROWS, BASE_CUSTOMERS)
        calibration = server.run({"op": "import", "db": done_url, "file": str(source)})
        assert calibration.done is not None
        after = import_snapshot(done_url)
    assert after["counts"] == (IMPORT_ROWS, 0, BASE_CUSTOMERS + NEW_CUSTOMERS)
    assert after["import_runs"] == before["import_runs"] + 1

    rng = random.Random(SEED + 10)
    outcomes, states = [], []
    profile = Profile(calibration)
    for moment in kill_plan(ITERATIONS, rng):
        with fresh_database(pg_server, template=import_base) as url:
            command = {"op": "import", "db": url, "file": str(source)}
            outcome = server.run(command, kill_after=profile.delay(moment))
            profile.update(outcome)
            state = import_state(url, before, after)
        if not outcome.killed:
            assert state == "after", f"finished import not in the database (seed {SEED})"
        outcomes.append(outcome)
        states.append(state)
    print(summary("import 20k over a URL", outcomes, profile.duration, states))
    assert sum(o.killed for o in outcomes) >= ITERATIONS // 2, "the kills missed the import"


def test_sigkill_in_the_middle_of_a_100k_import_over_a_url_keeps_the_old_data(
    server: ForkServer, pg_server: str, import_base: str, big_import_file: Path
) -> None:
    """Killed three quarters through (half the rows streamed by COPY); then it runs again."""
    with fresh_database(pg_server, template=import_base) as url:
        before = import_snapshot(url)
        command = {"op": "import", "db": url, "file": str(big_import_file)}
        outcome = server.run({**command, "mark_at": 0.75}, kill_on_mark=True)
        assert outcome.killed and outcome.marks, "the worker finished before the kill"
        assert import_snapshot(url) == before

        again = server.run(command)
        assert again.done is not None
        assert again.done["summary"].endswith(
            f"{BIG_IMPORT_ROWS - IMPORT_BASE_ROWS} added, {IMPORT_BASE_ROWS} updated, 0 unchanged"
        )
        after = import_snapshot(url)
    assert after["counts"] == (BIG_IMPORT_ROWS, 0, BASE_CUSTOMERS + NEW_CUSTOMERS)
    assert after["import_runs"] == before["import_runs"] + 1


# --- quote send -------------------------------------------------------------------------


def send_state(url: str, smtp: RecordingSmtp) -> tuple[str, str]:
    """("absent" | outbox status, Message-ID) after checking the quote is whole."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert_consistent(conn)
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


def restart_and_deliver(url: str, smtp: RecordingSmtp, state: str, message_id: str) -> None:
    """What the next start does: requeue interrupted messages, send what is due."""
    engine = create_engine(url)
    try:
        outbox = Outbox(engine)
        later = NOW + BACKOFF_CAP
        outbox.recover_interrupted(later)
        outbox.send_due(make_sender(smtp.settings(), None), later)
        (message,) = outbox.list()
        assert message.status == "sent", message
        assert message.message_id == message_id
    finally:
        engine.dispose()
    count = smtp.count(message_id)
    if state == "sending":
        assert count in (1, 2)  # 250 arrived, "sent" not committed: resent, same Message-ID
    else:
        assert count == 1, f"{state}: delivered {count} times"


def set_smtp_port(url: str, port: int) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE settings SET value = :v WHERE key = 'smtp.port'"), {"v": str(port)}
            )
    finally:
        engine.dispose()


def test_quote_send_over_a_url_killed_at_random_moments(
    server: ForkServer, pg_server: str, quote_base: str, smtp: RecordingSmtp
) -> None:
    """Every other run the SMTP server is down (connection refused), so the email is queued."""
    command = {"op": "send", "ids": send_ids()}
    with fresh_database(pg_server, template=quote_base) as done_url:
        calibration = server.run({**command, "db": done_url})
        assert calibration.done is not None and calibration.done["delivered"]
        assert send_state(done_url, smtp)[0] == "sent"

    rng = random.Random(SEED + 11)
    outcomes, states = [], []
    dead_port = free_port()
    profile = Profile(calibration)
    for i, moment in enumerate(kill_plan(ITERATIONS, rng, tail=True)):
        offline = i % 2 == 1
        with fresh_database(pg_server, template=quote_base) as url:
            if offline:
                set_smtp_port(url, dead_port)
            outcome = server.run({**command, "db": url}, kill_after=profile.delay(moment))
            if not offline:
                profile.update(outcome)
            state, message_id = send_state(url, smtp)
            if not outcome.killed:
                assert state == ("queued" if offline else "sent"), state
            if state != "absent":
                restart_and_deliver(url, smtp, state, message_id)
        outcomes.append(outcome)
        states.append(("offline " if offline else "") + state)
    print(summary("send over a URL", outcomes, profile.duration, states))
    assert sum(o.killed for o in outcomes) >= ITERATIONS // 2, "the kills missed the send"
