"""``renewdesk --help`` and ``renewdesk check`` start without the window's or the PDF's libraries.

Asserted from ``sys.modules`` of a real child process: a top-level import of Qt,
reportlab or Alembic anywhere on the command line's path makes every command
slower to start, which a user feels on each run. ``renewdesk import`` also loads
no ORM (about 0.3 s of CPU per run): its writes are SQLAlchemy Core and the driver.
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
orm = "sqlalchemy.orm" in sys.modules
print(json.dumps({"code": code, "loaded": loaded, "orm": orm}), file=sys.stderr)
"""


def run_probe(*args: str, tmp_path: Path) -> tuple[dict[str, object], str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), RENEWDESK_TODAY="2026-11-26")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    return json.loads(proc.stderr.strip().splitlines()[-1]), proc.stdout


def modules_loaded(*args: str, tmp_path: Path) -> tuple[int, set[str], str]:
    report, out = run_probe(*args, tmp_path=tmp_path)
    return report["code"], set(report["loaded"]), out  # type: ignore[return-value,arg-type]


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


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_import_writes_without_the_orm(
    tmp_path: Path, engine: str, request: pytest.FixtureRequest
) -> None:
    """The import command's path (validation, COPY or executemany, the audit rows) is Core only."""
    from tests.importing.helpers import CANONICAL_HEADER, CANONICAL_ROWS

    csv_file = tmp_path / "subscriptions.csv"
    lines = [CANONICAL_HEADER, *CANONICAL_ROWS]
    csv_file.write_text("".join(",".join(row) + "\n" for row in lines), encoding="utf-8")
    db = str(tmp_path / "cache.sqlite") if engine == "sqlite" else request.getfixturevalue("pg_url")
    from renewdesk.store.engine import open_cache

    open_cache(db).dispose()  # made and migrated, as by an earlier run
    report, out = run_probe("--db", db, "import", str(csv_file), tmp_path=tmp_path)
    assert report["code"] in (0, None), out
    assert "3 added, 0 updated, 0 unchanged" in out
    assert report["orm"] is False
