"""Which shared database this admin chose in Settings > Shared database (per user).

A small JSON file in the user's configuration folder (platformdirs), holding the
database URL **without** its password (that lives in the OS keyring only). No file,
or an empty URL: the cache file on this computer. ``--db`` and ``RENEWDESK_DB``
still win over it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

FILE_NAME = "database.json"


def choice_file() -> Path:
    from platformdirs import user_config_path

    return user_config_path("RenewDesk", appauthor=False) / FILE_NAME


def load_chosen() -> str:
    """The chosen database URL, or "" (the local cache file)."""
    path = choice_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    url = data.get("url") if isinstance(data, dict) else None
    return url.strip() if isinstance(url, str) else ""


def save_chosen(url: str) -> Path:
    """Remember ``url`` (never with a password: it is stripped here too); "" forgets it."""
    if url:
        from renewdesk.store.server import without_password

        url = without_password(url)
    path = choice_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.parent.chmod(0o700)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"url": url}), encoding="utf-8")
    tmp.replace(path)
    return path
