"""Backups of the shared database (issue 13, item 9): the server's tools, the password never
on a command line.

``pg_dump`` runs for real; a shim of the same name in front of it on PATH records the
command line and environment it was given, then hands over to the real one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from renewdesk.services import backups
from renewdesk.store.engine import open_cache
from tests.pg_server import PasswordCluster, password_cluster

SHIM = """#!{python}
import json, os, sys
with open({record!r}, "w") as out:
    json.dump({{"argv": sys.argv[1:], "pgpassword": os.environ.get("PGPASSWORD")}}, out)
os.execv({real!r}, [{real!r}, *sys.argv[1:]])
"""


@pytest.fixture(scope="module")
def cluster() -> Iterator[PasswordCluster]:
    with password_cluster() as found:
        found.add_owner("renewdesk_bo", "Bo-Pw-5521", "bo_team")
        yield found


def shim_pg_dump(folder: Path) -> Path:
    real = shutil.which("pg_dump")
    if real is None:
        pytest.skip("pg_dump is not installed here (Debian's postgresql-client has it)")
    record = folder / "pg_dump-call.json"
    shim = folder / "bin" / "pg_dump"
    shim.parent.mkdir()
    shim.write_text(SHIM.format(python=sys.executable, record=str(record), real=real))
    shim.chmod(0o755)
    return record


def test_back_up_now_is_a_pg_dump_with_the_password_in_its_environment_only(
    cluster: PasswordCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = shim_pg_dump(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("PGPASSWORD", "not-this-one")  # the child gets the engine's own
    engine = open_cache(cluster.url("renewdesk_bo", "bo_team"), password="Bo-Pw-5521")
    try:
        cache_path = tmp_path / "data" / "renewdesk.sqlite"
        made = backups.server_backup_now(engine, cache_path)
    finally:
        engine.dispose()
    assert made.parent == backups.backups_dir(cache_path) and made.suffix == ".pgdump"
    assert made.name.startswith("bo_team.manual-")
    call = json.loads(record.read_text())
    assert call["pgpassword"] == "Bo-Pw-5521"
    assert "--format=custom" in call["argv"]
    assert not any("Bo-Pw-5521" in arg for arg in call["argv"])
    listing = subprocess.run(
        ["pg_restore", "--list", str(made)], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE public quotes" in listing and "TABLE public subscriptions" in listing
    assert [b.path for b in backups.server_dumps(cache_path)] == [made]


def test_the_daily_copy_is_one_pg_dump_a_day(pg_url: str, tmp_path: Path) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed here (Debian's postgresql-client has it)")
    engine = open_cache(pg_url)
    try:
        cache_path = tmp_path / "renewdesk.sqlite"
        first = backups.daily_backup_of(engine, cache_path)
        assert first is not None and first.is_file() and ".daily-" in first.name
        assert backups.daily_backup_of(engine, cache_path) is None  # once a day
    finally:
        engine.dispose()
    assert not cache_path.exists()  # no SQLite file made beside it


def test_without_pg_dump_the_servers_own_backups_apply(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    engine = open_cache(pg_url)
    try:
        cache_path = tmp_path / "renewdesk.sqlite"
        assert backups.daily_backup_of(engine, cache_path) is None
        with pytest.raises(backups.BackupError) as caught:
            backups.server_backup_now(engine, cache_path)
    finally:
        engine.dispose()
    assert "the server's own backups apply" in str(caught.value)
    assert not backups.backups_dir(cache_path).exists()
    assert not backups.pg_dump_available()
