"""One sender at a time: two or three processes over one outbox deliver each message once.

The server is aiosmtpd on loopback, slow in DATA: it holds the first message's DATA
until the test lets it go (so a second sender surely runs while the first is inside
the SMTP conversation), or takes a fixed while over every message. The count at the
server, by Message-ID, is the truth; the cache must say ``sent`` once per message.
Each test runs over a SQLite file and over a PostgreSQL URL.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from renewdesk.mail.outbox import Outbox
from renewdesk.secrets import MemorySecretStore
from renewdesk.services.outbox_runner import OutboxSender
from renewdesk.services.settings_service import SettingsService
from renewdesk.store.engine import open_cache
from tests.hardening.scenarios import build_quote_base, copy_cache, fill_quote_base, quote_service
from tests.hardening.smtp_servers import RecordingSmtp
from tests.quotes.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
HOLD_LIMIT = 25.0  # below the client's 30 s SMTP timeout


class SlowSmtp(RecordingSmtp):
    """Takes ``delay`` seconds in every DATA; the first DATA waits for :meth:`release`."""

    def __init__(self, delay: float = 0.0, hold_first: bool = False) -> None:
        super().__init__()
        self.delay = delay
        self.in_data = threading.Event()
        self._released = threading.Event()
        if not hold_first:
            self._released.set()

    def release(self) -> None:
        self._released.set()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        first = not self.in_data.is_set()
        self.in_data.set()
        if first:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, self._released.wait, HOLD_LIMIT)
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


_started: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def _no_process_left() -> Iterator[None]:
    """A failed assertion must not leave a child running (or unreaped) behind."""
    yield
    while _started:
        proc = _started.pop()
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


def renewdesk(db: str, tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    """Start ``python -m renewdesk --db DB ARGS`` as its own process."""
    env = dict(os.environ, RENEWDESK_TODAY=TODAY.isoformat(), PYTHONPATH=str(ROOT))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    proc = subprocess.Popen(
        [sys.executable, "-m", "renewdesk", "--lang", "en", "--db", db, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    _started.append(proc)
    return proc


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def _rows(db: str, sql: str) -> list[tuple[Any, ...]]:
    """Rows read with a connection of their own: plain sqlite3 for a file, else the URL's."""
    if "://" not in db:
        conn = sqlite3.connect(db)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def outbox_rows(db: str) -> list[tuple[Any, ...]]:
    """(message_id, status, attempts, lease_holder) per message."""
    return _rows(db, "SELECT message_id, status, attempts, lease_holder FROM outbox ORDER BY id")


def audit_actions(db: str, action: str) -> int:
    return int(_rows(db, f"SELECT count(*) FROM audit_events WHERE action = '{action}'")[0][0])


@pytest.fixture(scope="module")
def base_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("one-sender")


@pytest.fixture(params=["sqlite", "postgresql"])
def cache_for(
    request: pytest.FixtureRequest, base_folder: Path, tmp_path: Path
) -> Callable[[SlowSmtp], str]:
    """``cache_for(server)``: the quote base with its SMTP port on ``server``, as the
    ``--db`` a process takes: a SQLite file, then a PostgreSQL URL (skips without one)."""
    if request.param == "sqlite":

        def on_file(server: SlowSmtp) -> str:
            base = build_quote_base(base_folder / f"base-{server.port}.sqlite", server.port)
            return str(copy_cache(base, tmp_path / "cache.sqlite"))

        return on_file
    url = request.getfixturevalue("pg_cache_url")

    def on_server(server: SlowSmtp) -> str:
        engine = open_cache(url)
        try:
            fill_quote_base(engine, server.port)
        finally:
            engine.dispose()
        return url

    return on_server


def assert_each_sent_once(server: SlowSmtp, db: Path, count: int) -> None:
    rows = outbox_rows(db)
    assert len(rows) == count
    assert {row[1] for row in rows} == {"sent"}
    assert [row[2] for row in rows] == [1] * count  # claimed once each, never requeued
    assert {row[3] for row in rows} == {""}  # every lease given back
    assert server.message_ids() == {row[0]: 1 for row in rows}
    assert audit_actions(db, "email_requeued") == 0


def test_outbox_send_while_quote_create_sends_delivers_once(
    tmp_path: Path, cache_for: Callable[[SlowSmtp], str]
) -> None:
    with SlowSmtp(hold_first=True) as server:
        db = cache_for(server)
        creator = renewdesk(db, tmp_path, "quote", "create", "S-001", "--send")
        try:
            assert server.in_data.wait(60), "quote create never reached DATA"
            code, _out, err = finish(renewdesk(db, tmp_path, "outbox", "send"))
            assert code == 0, err
            assert len(server.messages) == 0  # the second process left the message alone
        finally:
            server.release()
        code, out, err = finish(creator)
        assert code == 0, err
        assert "sent" in err and out.startswith("Q-")
        assert_each_sent_once(server, db, 1)


def test_three_processes_over_a_slow_server_deliver_each_message_once(
    tmp_path: Path, cache_for: Callable[[SlowSmtp], str]
) -> None:
    """quote create --send is inside DATA while two outbox send runs share the queue."""
    with SlowSmtp(delay=0.3, hold_first=True) as server:
        db = cache_for(server)
        engine = open_cache(db)
        try:  # three quotes queued while offline (delivery left to the outbox)
            service = quote_service(engine)
            for ids in (["S-002"], ["S-003"], ["S-004"]):
                service.send(service.request(ids), "email", deliver=False)
        finally:
            engine.dispose()
        creator = renewdesk(db, tmp_path, "quote", "create", "S-005", "--send")
        try:
            assert server.in_data.wait(60), "quote create never reached DATA"
            senders = [renewdesk(db, tmp_path, "outbox", "send") for _ in range(2)]
            results = [finish(proc) for proc in senders]
            assert [code for code, _out, _err in results] == [0, 0], results
            assert len(server.messages) == 3  # the queued three; the held one untouched
        finally:
            server.release()
        code, _out, err = finish(creator)
        assert code == 0, err
        assert_each_sent_once(server, db, 4)


def test_the_windows_outbox_runner_leaves_a_message_another_process_sends(
    tmp_path: Path, cache_for: Callable[[SlowSmtp], str]
) -> None:
    """What the window does at start and on its timer: recover, then send what is due."""
    with SlowSmtp(hold_first=True) as server:
        db = cache_for(server)
        creator = renewdesk(db, tmp_path, "quote", "create", "S-001", "--send")
        engine = open_cache(db)
        try:
            assert server.in_data.wait(60), "quote create never reached DATA"
            outbox = Outbox(engine)
            assert outbox.recover_interrupted() == 0  # the CLI's send is alive: not taken
            run = OutboxSender(SettingsService(engine, MemorySecretStore()), outbox)()
            assert run.report is not None and run.report.attempted == 0
            server.release()
            code, _out, err = finish(creator)
            assert code == 0, err
            assert_each_sent_once(server, db, 1)
        finally:
            server.release()
            engine.dispose()
