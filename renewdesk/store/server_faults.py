"""What a PostgreSQL fault means for the admin: one line naming the server, never SQL.

psycopg reports a connection that fails (no server, a wrong password, no such
database, no right to connect) as ``OperationalError`` whose text is libpq's, with
no SQLSTATE; SQLAlchemy wraps it with the statement and a link. :func:`explain`
turns each into a :class:`ServerFault` (a ``CacheError``, shown as one line with exit
status 2 on the command line) that says what to do. The password is never part of
libpq's text, and the URL is never quoted (it may hold one): only host, role and
database are named.
"""

from __future__ import annotations

from typing import Any

from renewdesk.lazy_text import tr_later
from renewdesk.store.faults import CacheFault

#: The kinds whose fix is a (new) password: the command line asks once more for these.
PASSWORD_KINDS = frozenset({"auth", "password-needed"})


class ServerFault(CacheFault):
    """A PostgreSQL fault, explained; ``kind`` as in :func:`classify`."""


def _text(exc: BaseException) -> str:
    return str(exc).replace("\n", " ")


def classify(exc: BaseException) -> str | None:
    """The kind of a psycopg error, or ``None`` for one this module does not explain."""
    import psycopg

    if not isinstance(exc, psycopg.Error):
        return None
    state = getattr(exc, "sqlstate", None) or ""
    text = _text(exc)
    if isinstance(exc, psycopg.DataError) and "NUL (0x00)" in text:
        return "nul"  # psycopg refuses it before the server sees it (no SQLSTATE)
    if state == "42501" or "permission denied" in text:
        if "for database" in text or "CONNECT privilege" in text:
            return "no-connect"
        return "denied"
    if state.startswith("08") or not state:
        return _connect_kind(text)
    if state in {"57P01", "57P02", "57P03"}:  # admin shutdown, crash, cannot connect now
        return "unreachable"
    if state == "25006":  # read-only transaction (a standby, or default_transaction_read_only)
        return "denied"
    return None


def _connect_kind(text: str) -> str | None:
    if "password authentication failed" in text or "authentication failed" in text:
        return "auth"
    if "no password supplied" in text:
        return "password-needed"
    if "database" in text and "does not exist" in text:
        return "no-database"
    if "role" in text and "does not exist" in text:
        return "auth"
    if "permission denied" in text or "not permitted to log in" in text:
        return "no-connect"
    if "no pg_hba.conf entry" in text:
        return "no-connect"
    markers = (
        "connection to server",
        "failed to resolve host",
        "could not translate host name",
        "server closed the connection",
        "terminating connection",
        "connection is bad",
        "connection timeout",
        "timeout expired",
        "consuming input failed",
        "the connection is closed",
    )
    if any(m in text for m in markers):
        return "unreachable"
    return None


# The one line of each kind of fault (:func:`classify`); the rest name the server's own words.
_LINES = {
    "unreachable": tr_later(
        "CacheErrors",
        "the database server {server} cannot be reached (is it running, and are host, "
        "port or socket folder right?); nothing was changed",
    ),
    "auth": tr_later(
        "CacheErrors",
        "the database server {server} refused the sign-in of {user} (a wrong password "
        "or an unknown role); check them in Settings > Shared database",
    ),
    "password-needed": tr_later(
        "CacheErrors",
        "the database server {server} asks for the password of {user} and none is "
        "stored; run any renewdesk command in a terminal to be asked for it once, or "
        "enter it in Settings > Shared database",
    ),
    "no-database": tr_later(
        "CacheErrors",
        "the database {database} does not exist on {server}; create it with createdb "
        '(see "Team mode: a shared database" in the README)',
    ),
    "no-connect": tr_later(
        "CacheErrors",
        "{user} may not connect to the database {database} on {server}; ask its owner "
        "to run renewdesk team grant --role {user}",
    ),
    "denied": tr_later(
        "CacheErrors",
        "the database {database} on {server} refused this change: {user} has no right "
        "to make it (nothing was changed)",
    ),
    "nul": tr_later(
        "CacheErrors",
        "a text holds a NUL character (0x00), which the database {database} on {server} "
        "cannot store; remove it and try again (nothing was changed)",
    ),
}
_OTHER = tr_later(
    "CacheErrors", "the database server {server} reported a problem: {reason} (nothing was changed)"
)


def describe(kind: str, server: str, user: str, database: str, reason: str = "") -> str:
    """The one line for a fault of ``kind`` on ``database`` at ``server``."""
    line = _LINES.get(kind, _OTHER)
    return line.format(server=server, user=user, database=database, reason=reason or "?")


def primary_message(exc: BaseException) -> str:
    """The server's own first line of an error, without statement, detail or parameters."""
    original = getattr(exc, "orig", exc)
    diag = getattr(original, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    text = primary or str(original).split("\n", 1)[0]
    return text[:200]


def explain(exc: BaseException, server: str, user: str, database: str) -> ServerFault | None:
    """``exc`` (psycopg's error or SQLAlchemy's wrapper of one) as a ServerFault."""
    original: Any = getattr(exc, "orig", None) or exc
    kind = classify(original)
    if kind is None:
        return None
    return ServerFault(describe(kind, server, user, database), kind)
