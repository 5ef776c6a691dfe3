"""Who is sending an outbox message: one sender at a time, and when a sender is gone.

A sender claims a message by writing its :func:`holder` ("pid@host#token") and the
wall-clock time into the row, in the same conditional UPDATE that moves it from
``queued`` to ``sending``. Another process may take a ``sending`` message back only
when its holder is gone (:func:`holder_gone`):

- the holder ran on this computer and that process no longer runs (or the pid now
  belongs to this very process, so the holder was an earlier run whose pid came back);
- or the lease is older than :data:`LEASE_LIMIT`, far longer than any send can take
  (the SMTP timeout is per network step, 30 seconds by default), which covers a holder
  on another computer sharing the folder and a pid reused by an unrelated process;
- or the row has no holder at all (written before leases existed).

The random token tells two runs of the same pid apart. It is made once per process
(per pid, so a forked child gets its own).
"""

from __future__ import annotations

import os
import secrets
import socket
from datetime import UTC, datetime, timedelta

#: A lease older than this is taken for abandoned whatever its holder.
LEASE_LIMIT = timedelta(hours=1)

_tokens: dict[int, str] = {}


def _host() -> str:
    return socket.gethostname() or "localhost"


def holder() -> str:
    """This process's name as a lease holder: ``pid@host#token``."""
    pid = os.getpid()
    token = _tokens.get(pid)
    if token is None:
        token = _tokens[pid] = secrets.token_hex(8)
    return f"{pid}@{_host()}#{token}"


def lease_now() -> datetime:
    """The lease clock: real UTC wall time (naive), never the quotes' ``RENEWDESK_TODAY``."""
    return datetime.now(UTC).replace(tzinfo=None)


def _parse(value: str) -> tuple[int, str, str] | None:
    pid, at, rest = value.partition("@")
    host, hash_, token = rest.rpartition("#")
    if not (at and hash_ and pid.isdigit() and host and token):
        return None
    return int(pid), host, token


def _running(pid: int) -> bool:
    """Whether a process with this pid runs on this computer (never disturbs it)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would send it Ctrl+C there
        return _running_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def _running_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def holder_gone(value: str, since: datetime | None, now: datetime | None = None) -> bool:
    """Whether the sender named ``value`` (leased at ``since``) can no longer finish."""
    if value == holder():
        return False  # ourselves: a send in this process is still running
    parsed = _parse(value)
    if parsed is None or since is None:
        return True
    if (now or lease_now()) - since > LEASE_LIMIT:
        return True
    pid, host, _token = parsed
    if host != _host():
        return False  # another computer: only the age limit can tell
    if pid == os.getpid():
        return True  # our pid with another token: an earlier run of this pid
    return not _running(pid)
