"""Fixtures the two SIGKILL harness files share (SQLite file and PostgreSQL URL).

All are module-scoped (the 100k file: session), so each harness file has its own
folder, fork server and recording SMTP server, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hardening.crash_checks import BIG_IMPORT_ROWS
from tests.hardening.kill_harness import ForkServer
from tests.hardening.scenarios import FILE_SEATS, subscriptions_csv
from tests.hardening.smtp_servers import RecordingSmtp


@pytest.fixture(scope="module")
def workdir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder per harness file: its base caches, the copies, the fork server's files."""
    return tmp_path_factory.mktemp(request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture(scope="module")
def server(workdir: Path) -> Iterator[ForkServer]:
    """The warm fork server the workers are forked from (``crash_child.py``)."""
    with ForkServer(workdir) as fork_server:
        yield fork_server


@pytest.fixture(scope="module")
def smtp() -> Iterator[RecordingSmtp]:
    """One recording SMTP server per test file (its port is in that file's base caches)."""
    with RecordingSmtp() as recording:
        yield recording


@pytest.fixture(scope="session")
def big_import_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 100k-row file, written once per session for both engines."""
    folder = tmp_path_factory.mktemp("big-import")
    return subscriptions_csv(folder / "subscriptions-100k.csv", BIG_IMPORT_ROWS, FILE_SEATS)
