"""``--db URL`` and ``RENEWDESK_DB`` on the command line, over the test PostgreSQL server.

Each is a real ``renewdesk`` process (or ``main()`` where the in-memory keyring must
be seen), against a fresh database per test (``pg_url``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from renewdesk.cli import main
from renewdesk.cli.wiring import keep_url_password
from renewdesk.secrets import DATABASE_SERVICE
from renewdesk.store.server import account, parse
from tests.cli.conftest import ROOT, Run, write
from tests.cli.test_import_check import CANONICAL
from tests.cli.test_startup_guard import HEAVY, modules_loaded


def renewdesk(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> Run:
    full = dict(os.environ, RENEWDESK_TODAY="2026-11-26", PYTHONPATH=str(ROOT))
    full["XDG_DATA_HOME"] = str(tmp_path / "data")
    full["XDG_STATE_HOME"] = str(tmp_path / "state")
    full.pop("RENEWDESK_DB", None)
    full.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "renewdesk", *args],
        capture_output=True,
        text=True,
        env=full,
        stdin=subprocess.DEVNULL,
        timeout=180,
        cwd=tmp_path,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def test_import_and_checks_verdicts_over_a_url(pg_url: str, tmp_path: Path) -> None:
    source = write(tmp_path / "subs.csv", CANONICAL)
    done = renewdesk(tmp_path, "--db", pg_url, "import", str(source))
    assert done.code == 0, done.err
    assert "8 added" in done.out
    result = renewdesk(
        tmp_path, "--db", pg_url, "check", "--today", "2026-11-26", "--format", "json"
    )
    assert result.code == 0, result.err
    verdicts = {r["subscription_id"]: (r["eligible"], r["codes"]) for r in json.loads(result.out)}
    assert verdicts == {
        "S-OK": (True, []),
        "S-EARLY": (False, ["WINDOW_NOT_OPEN"]),
        "S-EDGE": (True, []),
        "S-LATE": (False, ["WINDOW_CLOSED"]),
        "S-LAST": (True, []),
        "S-FLEX": (False, ["OFFERING_NOT_COVERED"]),
        "S-CANC": (False, ["STATUS_NOT_RENEWABLE", "AUTO_RENEW_ON"]),
        "S-AUTO": (True, ["AUTO_RENEW_ON"]),
    }
    assert list(tmp_path.glob("**/*.sqlite")) == []  # nothing of it went into a file


def test_renewdesk_db_names_the_database_and_db_wins_over_it(pg_url: str, tmp_path: Path) -> None:
    done = renewdesk(tmp_path, "config", "--quote-validity", "21", env={"RENEWDESK_DB": pg_url})
    assert done.code == 0, done.err
    shown = renewdesk(tmp_path, "config", env={"RENEWDESK_DB": pg_url})
    assert "21" in shown.out, shown.out + shown.err
    local = tmp_path / "local.sqlite"
    over_file = renewdesk(tmp_path, "--db", str(local), "check", env={"RENEWDESK_DB": pg_url})
    assert over_file.code == 0 and "0 subscriptions" in over_file.out, over_file.err
    assert local.is_file()
    file_config = renewdesk(tmp_path, "--db", str(local), "config")
    assert "21" not in file_config.out


def test_a_password_in_the_url_goes_to_the_keyring_and_nowhere_else(
    pg_url: str,
    tmp_path: Path,
    memory_keyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret = "Url-Secret-4711"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    with_password = make_url(pg_url).set(password=secret).render_as_string(hide_password=False)
    # The test server trusts its socket: the password is not needed, but must be kept.
    assert main(["--db", with_password, "config", "--quote-validity", "21"]) == 0
    assert main(["--db", with_password, "check"]) == 0
    captured = capsys.readouterr()
    assert secret not in captured.out + captured.err
    key = account(parse(pg_url))
    assert memory_keyring.secrets[(DATABASE_SERVICE, key)] == secret
    assert secret not in keep_url_password(with_password)  # what the command opens
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        stored = " ".join(
            str(v) for (v,) in conn.execute(text("SELECT key || '=' || value FROM settings"))
        )
        audit = " ".join(str(r) for r in conn.execute(text("SELECT * FROM audit_events")))
    engine.dispose()
    assert "21" in stored and secret not in stored and secret not in audit
    for log in (tmp_path / "state").rglob("*"):
        if log.is_file():
            assert secret not in log.read_text(errors="replace")


def test_help_says_a_path_or_a_url(tmp_path: Path) -> None:
    shown = renewdesk(tmp_path, "--help")
    assert shown.code == 0
    assert "postgresql://" in shown.out and "RENEWDESK_DB" in shown.out


def test_check_over_a_url_loads_no_heavy_library(pg_url: str, tmp_path: Path) -> None:
    assert renewdesk(tmp_path, "--db", pg_url, "check").code == 0  # migrated once
    code, loaded, out = modules_loaded("--db", pg_url, "check", tmp_path=tmp_path)
    assert code == 0, out
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_an_unreachable_server_is_one_line_without_the_password(
    tmp_path: Path,
) -> None:
    # A socket folder with no server: the unreachable line, exit 2, nothing made.
    missing = f"postgresql+psycopg://anna:pw-123@/renewdesk?host={tmp_path}"
    result = renewdesk(tmp_path, "--db", missing, "check")
    assert result.code == 2
    (line,) = result.err.strip().splitlines()
    assert "cannot be reached" in line and "pw-123" not in line


def test_demo_takes_a_file_never_a_url(tmp_path: Path) -> None:
    for command in (("check",), ()):  # a command, and the window
        result = renewdesk(tmp_path, "--demo", "--db", "postgresql://anna@db/renewdesk", *command)
        assert result.code == 2
        (line,) = result.err.strip().splitlines()
        assert "--demo builds a cache file" in line
