"""Several admin processes over one shared cache (issue 13): a SQLite file or a PostgreSQL
database, each a parameter of :func:`shared_cache`; see ``concurrency_child.py``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine

from renewdesk.store.engine import open_cache
from tests.pg_server import fresh_database, migrate, server_url
from tests.quotes.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Shared:
    """The cache every child opens (``target``), the test's own engine on it, and the
    children started so far (``children``: all of them, killed at the end; ``runs``: the
    ones :meth:`go` starts and :meth:`results` collects)."""

    target: str
    engine: Engine
    folder: Path
    children: list[subprocess.Popen[str]]
    runs: list[subprocess.Popen[str]] = field(default_factory=list)

    def start(self, job: str, *args: str) -> subprocess.Popen[str]:
        """A child that opens the cache, gets ready and waits for :meth:`go`; a ``hold``
        child takes its lock at once and says so on its first line instead."""
        env = dict(os.environ, RENEWDESK_TODAY=TODAY.isoformat(), PYTHONPATH=str(ROOT))
        env["XDG_DATA_HOME"] = str(self.folder / "data")
        env["XDG_STATE_HOME"] = str(self.folder / "state")
        cmd = [sys.executable, "-m", "tests.services.concurrency_child"]
        proc = subprocess.Popen(
            [*cmd, self.target, str(self.folder / "go"), job, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self.children.append(proc)
        if job != "hold":
            self.runs.append(proc)
        return proc

    def go(self, limit: float = 60.0) -> None:
        """Once every child started so far is ready, let them all run their job at once."""
        deadline = time.monotonic() + limit
        while len(list(self.folder.glob("ready.*"))) < len(self.runs):
            assert time.monotonic() < deadline, "the children never got ready"
            assert all(p.poll() is None for p in self.runs), "a child ended early"
            time.sleep(0.01)
        (self.folder / "go").touch()

    def results(self) -> list[Any]:
        """Each run's JSON outcome, in the order they were started; ready for another round."""
        found = []
        for proc in self.runs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            found.append(json.loads(out.strip().splitlines()[-1]))
        self.runs.clear()
        for signal_file in (*self.folder.glob("ready.*"), self.folder / "go"):
            signal_file.unlink(missing_ok=True)
        return found


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_cache(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Shared]:
    """A migrated shared cache on each engine in turn; children left running are killed."""
    children: list[subprocess.Popen[str]] = []
    try:
        if request.param == "sqlite":
            path = tmp_path / "shared.sqlite"
            engine = open_cache(path)
            try:
                yield Shared(str(path), engine, tmp_path, children)
            finally:
                engine.dispose()
            return
        with fresh_database(server_url()) as url:
            engine = create_engine(url, hide_parameters=True)
            try:
                migrate(engine)
                yield Shared(url, engine, tmp_path, children)
            finally:
                engine.dispose()
    finally:
        for proc in children:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
