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
  the next import over the same URL works: in the fork server, and as the real
  ``renewdesk --db URL import`` command killed while ``pg_stat_activity`` shows its COPY.

The import and send checks are the SQLite file's (``crash_checks.py``); this file
keeps what is PostgreSQL's: the TEMPLATE copies, the key read-back, the rerun after
a kill and the real command killed during its COPY. Skips without a test server
(``RENEWDESK_TEST_PG_URL``); ``RENEWDESK_KILL_ITERATIONS`` and ``RENEWDESK_KILL_SEED``
work as for SQLite.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url

from tests.hardening import crash_checks
from tests.hardening.cli_runs import env_for
from tests.hardening.crash_checks import (
    BIG_IMPORT_ROWS,
    IMPORT_ROWS,
    SEED,
    Copies,
    Target,
    import_snapshot,
    scalar,
)
from tests.hardening.kill_harness import TIMEOUT_S, ForkServer
from tests.hardening.scenarios import (
    BASE_CUSTOMERS,
    FILE_SEATS,
    IMPORT_BASE_ROWS,
    NEW_CUSTOMERS,
    fill_import_base,
    fill_quote_base,
    subscriptions_csv,
)
from tests.hardening.smtp_servers import RecordingSmtp
from tests.pg_server import fresh_database, migrate, server_url

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill harness forks (POSIX)")


# --- fixtures (``workdir``, ``server``, ``smtp`` and ``big_import_file``: conftest.py) -----


@pytest.fixture(scope="module", autouse=True)
def pg_server() -> str:
    """The test server's URL; set up first, so without a server every test skips at once."""
    return server_url()


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


# --- reaching a database after a kill -------------------------------------------------------


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


def url_target(url: str) -> Target:
    return Target(
        db=url,
        plain=lambda: create_engine(url),
        app=lambda: create_engine(url),
        check=assert_consistent,
    )


def copies_of(pg_server: str, base: str) -> Copies:
    """Fresh ``CREATE DATABASE ... TEMPLATE base`` copies, dropped when done."""

    @contextmanager
    def copy(_name: str) -> Iterator[Target]:
        with fresh_database(pg_server, template=base) as url:
            yield url_target(url)

    return copy


# --- import -----------------------------------------------------------------------------


def test_import_over_a_url_killed_at_random_moments(
    server: ForkServer, pg_server: str, import_base: str, workdir: Path
) -> None:
    source = subscriptions_csv(workdir / "subscriptions-20k.csv", IMPORT_ROWS, FILE_SEATS)
    copies = copies_of(pg_server, import_base)
    crash_checks.import_killed_at_random_moments(
        server, copies, source, SEED + 10, "import 20k over a URL"
    )


def test_sigkill_in_the_middle_of_a_100k_import_over_a_url_keeps_the_old_data(
    server: ForkServer, pg_server: str, import_base: str, big_import_file: Path
) -> None:
    """Killed three quarters through (half the rows streamed by COPY); then it runs again."""
    with fresh_database(pg_server, template=import_base) as url:
        target = url_target(url)
        before = import_snapshot(target)
        crash_checks.kill_three_quarters_through(server, target, big_import_file)
        assert import_snapshot(target) == before

        again = server.run({"op": "import", "db": url, "file": str(big_import_file)})
        assert again.done is not None
        assert again.done["summary"].endswith(
            f"{BIG_IMPORT_ROWS - IMPORT_BASE_ROWS} added, {IMPORT_BASE_ROWS} updated, 0 unchanged"
        )
        after = import_snapshot(target)
    assert after["counts"] == (BIG_IMPORT_ROWS, 0, BASE_CUSTOMERS + NEW_CUSTOMERS)
    assert after["import_runs"] == before["import_runs"] + 1


def _copying(watcher: Engine) -> bool:
    """Whether a session of the database is inside ``COPY subscriptions ... FROM STDIN``."""
    with watcher.connect() as conn:
        return bool(
            scalar(
                conn,
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND state = 'active' AND query LIKE 'COPY subscriptions %'",
            )
        )


def test_sigkill_of_the_renewdesk_command_while_it_copies_keeps_the_old_data(
    pg_server: str, import_base: str, big_import_file: Path, tmp_path: Path
) -> None:
    """What the reviewer does: ``renewdesk --db URL import`` of 100k rows, SIGKILLed
    while its COPY streams (seen in ``pg_stat_activity``); then the same command again."""
    command = [sys.executable, "-m", "renewdesk", "--lang", "en", "--db"]
    with fresh_database(pg_server, template=import_base) as url:
        target = url_target(url)
        before = import_snapshot(target)
        args = [*command, url, "import", str(big_import_file)]
        proc = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_for(tmp_path)
        )
        watcher = create_engine(url)
        try:
            deadline = time.monotonic() + TIMEOUT_S
            while not _copying(watcher):
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "the import never reached its COPY"
                time.sleep(0.02)
            os.kill(proc.pid, signal.SIGKILL)  # this test started it
            proc.communicate(timeout=TIMEOUT_S)
        finally:
            watcher.dispose()
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        assert import_snapshot(target) == before

        again = subprocess.run(
            args, capture_output=True, text=True, env=env_for(tmp_path), timeout=TIMEOUT_S * 3
        )
        assert again.returncode == 0, again.stderr
        added = BIG_IMPORT_ROWS - IMPORT_BASE_ROWS
        assert f"{added} added, {IMPORT_BASE_ROWS} updated, 0 unchanged" in again.stdout
        assert import_snapshot(target)["counts"] == (
            BIG_IMPORT_ROWS,
            0,
            BASE_CUSTOMERS + NEW_CUSTOMERS,
        )


# --- quote send -------------------------------------------------------------------------


def test_quote_send_over_a_url_killed_at_random_moments(
    server: ForkServer, pg_server: str, quote_base: str, smtp: RecordingSmtp
) -> None:
    """Every other run the SMTP server is down (connection refused), so the email is queued."""
    copies = copies_of(pg_server, quote_base)
    crash_checks.send_killed_at_random_moments(server, copies, smtp, SEED + 11, "send over a URL")
