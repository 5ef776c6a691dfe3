"""One admin's process in the concurrency tests (issue 13): open the shared cache, wait for
the start signal, do one job, print its outcome as one JSON line.

``python -m tests.services.concurrency_child TARGET GO_FILE JOB [ARGS...]``: TARGET is
a SQLite file or a PostgreSQL URL; every child polls for GO_FILE so they all start
their job at the same moment, after their imports and connections are ready.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine


def open_target(target: str) -> Engine:
    """The shared cache: a migrated SQLite file, or a migrated PostgreSQL database."""
    if "://" in target:
        return create_engine(target, hide_parameters=True)
    from renewdesk.store.engine import open_cache

    return open_cache(Path(target))


def wait_for(go: Path, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not go.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"no start signal at {go}")
        time.sleep(0.002)


def drafts(engine: Engine, ids: list[str]) -> list[dict[str, Any]]:
    """A draft per subscription id; a refusal records the blocking codes and quotes named."""
    from renewdesk.quotes.errors import QuoteBlockedError
    from tests.hardening.scenarios import quote_service

    service = quote_service(engine)
    requests = [service.request([sid]) for sid in ids]  # built before the start signal
    outcome: list[dict[str, Any]] = []
    ready()
    for sid, request in zip(ids, requests, strict=True):
        try:
            outcome.append({"sub": sid, "number": service.create_draft(request).number})
        except QuoteBlockedError as exc:
            named = [[str(f.code), str(f.params.get("quote", ""))] for f in exc.findings]
            outcome.append({"sub": sid, "blocked": named, "line": str(exc)})
    return outcome


def auto_quotes(engine: Engine, day: str) -> dict[str, Any]:
    """The day's automatic quotes, as the window's daily job and ``renewdesk auto-quotes`` run them."""
    from datetime import date

    from renewdesk.services.auto_quotes import AutoQuoteService
    from tests.hardening.scenarios import quote_service

    service = AutoQuoteService(engine, quote_service(engine))
    ready()
    report = service.run(date.fromisoformat(day), deliver=False)
    skipped = [[x.subscription_id, x.detail] for x in report.skipped]
    return {"created": list(report.created), "skipped": skipped, "elsewhere": report.elsewhere}


def hold_lock(engine: Engine, job: str) -> dict[str, Any]:
    """Take a daily job's lock, say so, and keep it until this process is killed."""
    from renewdesk.store.job_lock import job_lock

    with job_lock(engine, job) as mine:
        print(json.dumps({"mine": mine}), flush=True)
        if mine:
            time.sleep(120)
    return {"mine": mine}


def send_outbox(engine: Engine) -> dict[str, Any]:
    """``renewdesk outbox send``: the saved SMTP settings, every due message once."""
    from renewdesk.mail.outbox import Outbox
    from renewdesk.secrets import MemorySecretStore
    from renewdesk.services.outbox_runner import OutboxSender
    from renewdesk.services.settings_service import SettingsService

    sender = OutboxSender(SettingsService(engine, MemorySecretStore()), Outbox(engine))
    ready()
    run = sender()
    report = run.report
    return {"sent": report.sent if report else 0, "error": run.error}


_GO: list[Path] = []


def ready() -> None:
    """Everything is imported and built: say so, then wait for the others."""
    go = _GO[0]
    (go.parent / f"ready.{os.getpid()}").touch()
    wait_for(go)


def main(argv: list[str]) -> int:
    target, go, job, *args = argv
    _GO.append(Path(go))  # "hold" ignores it: it takes the lock at once
    engine = open_target(target)
    try:
        if job == "drafts":
            result: Any = drafts(engine, args)
        elif job == "auto":
            result = auto_quotes(engine, args[0])
        elif job == "hold":
            result = hold_lock(engine, args[0])
        elif job == "outbox":
            result = send_outbox(engine)
        else:
            raise SystemExit(f"unknown job {job}")
    finally:
        engine.dispose()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
