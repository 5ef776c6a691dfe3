"""Where the cache lives, answered without the engine (no SQLAlchemy is imported here).

The window's start (``renewdesk`` with no command) needs the cache's path before its
first paint; :mod:`renewdesk.store.engine` re-exports :func:`default_db_path`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from renewdesk.lazy_text import tr_later

DB_FILE_NAME = "renewdesk.sqlite"
# ``postgresql://``, ``sqlite:///`` (also as a path collapses it: ``postgresql:/``), but
# never a Windows drive (``C:/``): a scheme has two letters or more.
URL_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:/")


def looks_like_url(value: str) -> bool:
    """Whether ``--db``/``RENEWDESK_DB`` names a database URL rather than a file."""
    return URL_PATTERN.match(value.strip()) is not None


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
