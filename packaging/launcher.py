"""Entry point of the frozen RenewDesk: PyInstaller runs this file as ``__main__``.

It calls the same ``renewdesk.cli.main`` as the ``renewdesk`` console script,
after three fixes that only a frozen process needs. ``--bundle-check`` (first
argument only, not in ``--help``) runs packaging/bundle_check.py instead: a
self-test of the bundle's contents that ``packaging/build.py`` runs after
every build.
"""

from __future__ import annotations

import os
import sys


def _prepare_frozen_process() -> None:
    # A windowed Windows executable starts with sys.stdout and sys.stderr set
    # to None; argparse's --help/--version and logging would crash on them.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    # Alembic imports env.py and versions/*.py from source files. Never write
    # __pycache__ beside them: the install folder may be read-only, the
    # uninstaller would leave the files behind, and writing inside a signed
    # macOS .app breaks its code-signature seal.
    sys.dont_write_bytecode = True
    # macOS up to 10.12 passed a process serial number ("-psn_0_12345") to
    # apps started from Finder; argparse would reject it.
    if sys.platform == "darwin":
        sys.argv[1:] = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]


def main() -> int:
    _prepare_frozen_process()
    if sys.argv[1:2] == ["--bundle-check"]:
        from bundle_check import main as bundle_check

        return bundle_check()
    from renewdesk.cli import main as renewdesk_main

    return renewdesk_main()


if __name__ == "__main__":
    sys.exit(main())
