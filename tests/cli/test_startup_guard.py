"""``renewdesk --help`` and ``renewdesk check`` start without the window's or the PDF's libraries.

Asserted from ``sys.modules`` of a real child process: a top-level import of Qt,
reportlab or Alembic anywhere on the command line's path makes every command
slower to start, which a user feels on each run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "reportlab", "alembic")

PROBE = """
import json, runpy, sys
sys.argv = ["renewdesk", *json.loads(sys.argv[1])]
try:
    runpy.run_module("renewdesk", run_name="__main__")
except SystemExit as exc:
    code = exc.code
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def modules_loaded(*args: str, tmp_path: Path) -> tuple[int, set[str], str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), RENEWDESK_TODAY="2026-11-26")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    return report["code"], set(report["loaded"]), proc.stdout


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_help_loads_no_heavy_library(tmp_path: Path, lang: str) -> None:
    code, loaded, out = modules_loaded("--lang", lang, "--help", tmp_path=tmp_path)
    assert code == 0
    assert ("check every subscription" in out) or ("kontrollera varje prenumeration" in out)
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
    assert not loaded & {"authlib", "requests", "keyring"}  # the sign-in's libraries too


def test_check_loads_no_heavy_library(tmp_path: Path) -> None:
    from datetime import date

    from renewdesk.demo import build_demo_cache

    db = build_demo_cache(tmp_path / "demo.sqlite", date(2026, 3, 2))  # migrated: no upgrade due
    code, loaded, out = modules_loaded("--lang", "sv", "--db", str(db), "check", tmp_path=tmp_path)
    assert code == 0
    assert "Prenumerationer: 21, varav" in out  # Swedish, read without Qt's translator
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_a_cache_not_at_the_head_revision_goes_through_alembic(tmp_path: Path) -> None:
    import sqlite3
    from datetime import date

    from renewdesk.demo import build_demo_cache

    db = build_demo_cache(tmp_path / "demo.sqlite", date(2026, 3, 2))
    with sqlite3.connect(db) as conn:  # as if written by a newer RenewDesk
        conn.execute("UPDATE alembic_version SET version_num = 'an-unknown-newer-one'")
    code, loaded, _ = modules_loaded("--db", str(db), "check", tmp_path=tmp_path)
    assert code == 2  # a schema this RenewDesk does not know is refused, in one line
    assert "alembic" in loaded
