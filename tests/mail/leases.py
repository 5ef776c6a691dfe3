"""Lease helpers for the outbox tests: what a process that has died leaves in a row."""

from __future__ import annotations

import socket
import subprocess
import sys

from sqlalchemy import Engine, update

from renewdesk.store.engine import writer
from renewdesk.store.models import OutboxRow


def dead_holder() -> str:
    """A lease holder on this computer whose process has run and exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return f"{child.pid}@{socket.gethostname() or 'localhost'}#0123456789abcdef"


def set_lease(engine: Engine, outbox_id: int, holder: str) -> None:
    table = OutboxRow.__table__
    with writer(engine).begin() as conn:
        conn.execute(update(table).where(table.c.id == outbox_id).values(lease_holder=holder))
