"""The child side of the kill harness: a fork server that runs one operation per child.

Run as ``python crash_child.py`` (the repository root on PYTHONPATH). It imports
RenewDesk once, then reads one JSON command per line on stdin. For each command it
forks a worker, which opens the cache, prints ``ready``, waits for ``go`` on stdin,
runs the operation (import, send, buy) and prints ``done`` with its duration. The
test process kills the worker with SIGKILL whenever it likes; this server reports
how the worker ended (``exit``) and waits for the next command.

Forking from a warm process keeps each iteration cheap (no interpreter start, no
imports), so the kill lands inside the operation itself, not in start-up.

Every message is one JSON line written with a single ``os.write`` (no buffering
shared across ``fork``).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any


def emit(**event: Any) -> None:
    os.write(1, (json.dumps(event) + "\n").encode())


def read_line() -> str:
    """One line from stdin, byte by byte (a buffered reader could swallow the next line)."""
    chunks = bytearray()
    while True:
        byte = os.read(0, 1)
        if not byte:
            return chunks.decode() if chunks else ""
        if byte == b"\n":
            return chunks.decode()
        chunks += byte


WARM_MODULES = (
    "renewdesk.mail.message",
    "renewdesk.mail.outbox",
    "renewdesk.mail.smtp",
    "renewdesk.pdf.quote_pdf",
    "renewdesk.services.import_service",
    "renewdesk.services.quote_service",
    "renewdesk.services.settings_service",
    "renewdesk.store.engine",
    "tests.hardening.scenarios",
)
#: Warmed too where installed: the PostgreSQL driver (the ``postgres`` extra).
WARM_IF_PRESENT = ("psycopg", "sqlalchemy.dialects.postgresql.psycopg", "renewdesk.store.server")


def open_db(target: str) -> Any:
    """The cache at ``target``, a file path (SQLite) or a database URL (PostgreSQL),
    opened as the command line opens it."""
    from renewdesk.store.engine import open_cache

    return open_cache(target)


def warm_up() -> None:
    """Import everything the operations use, before any fork."""
    for name in WARM_MODULES:
        importlib.import_module(name)
    for name in WARM_IF_PRESENT:
        if importlib.util.find_spec(name.split(".")[0]) is not None:
            importlib.import_module(name)
    from renewdesk.pdf.styles import register_fonts

    register_fonts()


class Commits:
    """When the operation's transactions commit (seconds after ``go``), for the kill plan."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.start = 0.0
        self.times: list[float] = []
        event.listen(engine, "commit", self._on_commit)

    def _on_commit(self, _conn: Any) -> None:
        if self.start:
            self.times.append(time.perf_counter() - self.start)

    def done(self, **details: Any) -> None:
        emit(event="done", elapsed=time.perf_counter() - self.start, commits=self.times, **details)


def run_import(cmd: dict[str, Any]) -> None:
    from renewdesk.services.import_service import ImportService

    engine = open_db(cmd["db"])
    service = ImportService(engine)
    mark_at = cmd.get("mark_at")
    marked = False

    def progress(done: int, total: int) -> None:
        nonlocal marked
        if mark_at is not None and not marked and done >= mark_at * total:
            marked = True
            emit(event="mark", done=done, total=total)

    commits = Commits(engine)
    commits.start = go()
    report = service.import_subscriptions(Path(cmd["file"]), progress=progress)
    commits.done(summary=report.summary())


def run_send(cmd: dict[str, Any]) -> None:
    from tests.hardening.scenarios import EXTRA_RECIPIENTS, quote_service

    engine = open_db(cmd["db"])
    service = quote_service(engine)
    request = service.request(cmd["ids"], recipients=EXTRA_RECIPIENTS)
    commits = Commits(engine)
    commits.start = go()
    result = service.send(request, "email")
    commits.done(number=result.number, delivered=result.delivered, error=result.delivery_error)


def run_files(cmd: dict[str, Any]) -> None:
    """Send as a mail-app draft with the PDF written too: both files in ``cmd["out"]``."""
    from tests.hardening.scenarios import EXTRA_RECIPIENTS, quote_service

    engine = open_db(cmd["db"])
    service = quote_service(engine)
    request = service.request(cmd["ids"], recipients=EXTRA_RECIPIENTS)
    out = Path(cmd["out"])
    commits = Commits(engine)
    commits.start = go()
    result = service.send(request, "eml", eml_target=out, pdf_path=out / "quote.pdf")
    commits.done(number=result.number)


def run_buy(cmd: dict[str, Any]) -> None:
    from tests.hardening.scenarios import quote_service

    engine = open_db(cmd["db"])
    service = quote_service(engine)
    service.get(cmd["number"])  # warm the connection pool and statement caches
    commits = Commits(engine)
    commits.start = go()
    quote = service.buy(cmd["number"])
    commits.done(status=str(quote.status))


def go() -> float:
    emit(event="ready", pid=os.getpid())
    answer = read_line()
    if answer != "go":
        raise SystemExit(f"expected go, got {answer!r}")
    return time.perf_counter()


OPERATIONS = {"import": run_import, "send": run_send, "files": run_files, "buy": run_buy}


def main() -> int:
    warm_up()
    emit(event="server-ready", pid=os.getpid())
    while True:
        line = read_line()
        if not line:
            return 0
        cmd = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                OPERATIONS[cmd["op"]](cmd)
            except BaseException:
                emit(event="error", trace=traceback.format_exc())
                code = 3
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        emit(event="exit", pid=pid, code=os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    sys.exit(main())
