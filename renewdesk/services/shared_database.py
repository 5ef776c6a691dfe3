"""Settings > Shared database, Qt-free: test a URL, keep its password in the keyring.

The window's panel (``ui/shared_database.py``) runs :func:`test` off the GUI thread
and asks for a password (on the GUI thread) when :func:`wants_password` says the
server asked for one.
"""

from __future__ import annotations

import contextlib

from renewdesk.secrets import SecretStoreError, database_secret_store, stored_database_password
from renewdesk.store import server
from renewdesk.store.server_faults import PASSWORD_KINDS, ServerFault


def test(url: str, password: str | None) -> tuple[str, str, str]:
    """Connect and look, change nothing in the database: (``"ours"``/``"empty"``, the
    URL without a password, ``host/db``). A password that worked (typed, or written in
    the URL) goes to the keyring. A fault raises its one-line ``CacheError``."""
    parsed = server.parse(url)
    secret = password or (str(parsed.password) if parsed.password else None)
    state = server.probe(url, password=secret, lookup=stored_database_password)
    clean = server.without_password(parsed)
    if secret:
        keep_password(clean, secret)
    return state, clean, server.display_name(parsed)


def as_written(url: str) -> str:
    """The URL as the admin reads it: no password, the socket folder unescaped."""
    return server.without_password(url)


def wants_password(error: BaseException) -> bool:
    """Whether the server refused for want of a (right) password."""
    return isinstance(error, ServerFault) and error.kind in PASSWORD_KINDS


def account_of(url: str) -> str:
    return server.account(server.parse(url))


def keep_password(url: str, password: str) -> None:
    """The password that worked, into the OS keyring (a memory-only store: this session)."""
    with contextlib.suppress(SecretStoreError):
        database_secret_store().set_password(account_of(url), password)
