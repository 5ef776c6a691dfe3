"""Where the cache lives, answered without the engine (no SQLAlchemy is imported here).

The window's start (``renewdesk`` with no command) needs the cache's path, or to know
that it is a server's URL, before its first paint; :mod:`renewdesk.store.engine` and
:mod:`renewdesk.store.server` re-export these.
"""

from __future__ import annotations

import os
from pathlib import Path

from renewdesk.lazy_text import tr_later

DB_FILE_NAME = "renewdesk.sqlite"


def looks_like_url(value: object) -> bool:
    """Whether ``value`` is a URL (``scheme://...``) rather than a file path.

    A Windows drive (``C:\\x`` or ``C:/x``) is a path: a scheme has two letters or more.
    """
    text = str(value).strip()
    scheme, sep, rest = text.partition(":")
    return (
        bool(sep)
        and len(scheme) >= 2
        and rest.startswith("//")
        and scheme[0].isalpha()
        and all(c.isalnum() or c in "+.-" for c in scheme)
    )


def default_db_path() -> Path:
    """The per-user cache file (platformdirs), its folder private to the user."""
    from platformdirs import user_data_path

    folder = user_data_path("RenewDesk", appauthor=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)
    except OSError as exc:
        from renewdesk.store.faults import CacheError

        raise CacheError(
            tr_later(
                "CacheErrors",
                "RenewDesk's data folder {folder} cannot be created or written ({reason}); "
                "give yourself write access to it, or choose a cache file with --db",
            ).format(folder=folder, reason=exc.strerror or exc)
        ) from None
    return folder / DB_FILE_NAME
