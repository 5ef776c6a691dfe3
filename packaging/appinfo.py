"""Names and numbers every packaging step shares: the spec, build.py and the installers.

The version is read from ``renewdesk/__init__.py`` (the one place it lives) by
parsing the file, so nothing here imports RenewDesk or Qt.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"

APP_NAME = "RenewDesk"
PUBLISHER = "RenewDesk"
DESCRIPTION = "Renew software subscriptions by quote, offline."
BUNDLE_ID = "com.renewdesk.RenewDesk"
# Inno Setup's AppId (the upgrade identity on Windows) lives in
# packaging/windows/renewdesk.iss only, so it can't drift between two files.
FIRST_YEAR = 2026

# The one-folder directory and the executables inside it. Windows gets a
# second, console executable: the windowed one has no stdout, and the command
# line (import, check, quote, --smoke-test) needs one.
DIST_NAME = APP_NAME
GUI_EXE = APP_NAME if sys.platform in ("win32", "darwin") else "renewdesk"
CLI_EXE = "renewdesk-cli"


def version() -> str:
    """``__version__`` from renewdesk/__init__.py, without importing the package."""
    tree = ast.parse((ROOT / "renewdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise RuntimeError("renewdesk/__init__.py has no __version__ = '...' line")


def numeric_version(text: str | None = None) -> tuple[int, int, int, int]:
    """The version as four integers (Windows resources and Inno Setup need them).

    ``1.2.0rc1`` becomes (1, 2, 0, 0): pre- and post-release tags are dropped.
    """
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?", text or version())
    if match is None:
        raise ValueError(f"version {text or version()!r} does not start with a number")
    major, minor, micro = (int(g or 0) for g in match.groups())
    return (major, minor, micro, 0)


def copyright_line(year: int) -> str:
    """The copyright notice shown in Windows file properties and the macOS About box."""
    span = f"{FIRST_YEAR}" if year <= FIRST_YEAR else f"{FIRST_YEAR}-{year}"
    return f"Copyright © {span} {PUBLISHER}"
