"""The database password (issue 13, item 1): asked once, kept in the keyring, shown nowhere.

A cluster of its own (:func:`tests.pg_server.password_cluster`) asks for passwords
(``scram-sha-256``); a login role ``renewdesk_anna`` owns the team's database. The
command line runs as a real process with a file keyring standing in for the OS one,
and on a pseudo-terminal where ``getpass`` must ask.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from renewdesk.secrets import DATABASE_SERVICE
from renewdesk.store.engine import open_cache
from renewdesk.store.faults import CacheError
from renewdesk.store.server import account, parse
from tests.cli.conftest import ROOT
from tests.pg_server import PasswordCluster, password_cluster

ROLE, PASSWORD, DATABASE = "renewdesk_anna", "Anna-Pw-81734", "team"


@pytest.fixture(scope="module")
def cluster() -> Iterator[PasswordCluster]:
    with password_cluster() as found:
        found.add_owner(ROLE, PASSWORD, DATABASE)
        yield found


@pytest.fixture
def url(cluster: PasswordCluster) -> str:
    return cluster.url(ROLE, DATABASE)


@pytest.fixture
def keyring_file(tmp_path: Path) -> Path:
    return tmp_path / "os-keyring.json"


def env_for(tmp_path: Path, keyring_file: Path) -> dict[str, str]:
    env = dict(os.environ, RENEWDESK_TODAY="2026-11-26", PYTHONPATH=str(ROOT))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    env["PYTHON_KEYRING_BACKEND"] = "tests.hardening.file_keyring.FileKeyring"
    env["RENEWDESK_TEST_KEYRING"] = str(keyring_file)
    env.pop("RENEWDESK_DB", None)
    env.pop("PGPASSWORD", None)
    return env


def run_plain(tmp_path: Path, keyring_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "renewdesk", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env=env_for(tmp_path, keyring_file),
        timeout=120,
    )


def run_on_terminal(
    tmp_path: Path, keyring_file: Path, answers: list[str], *args: str
) -> tuple[int, str]:
    """Run renewdesk with a pseudo-terminal as its terminal; type ``answers`` when asked."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "renewdesk", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env_for(tmp_path, keyring_file),
        start_new_session=True,
    )
    os.close(slave)
    seen = b""
    pending = list(answers)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            if pending and seen.count(b"Password for the database") > len(answers) - len(pending):
                os.write(master, pending.pop(0).encode() + b"\n")
        elif proc.poll() is not None:
            break
    code = proc.wait(timeout=60)
    os.close(master)
    return code, seen.decode(errors="replace")


def stored(keyring_file: Path) -> dict[str, str]:
    return json.loads(keyring_file.read_text()) if keyring_file.exists() else {}


def test_no_password_stored_and_no_terminal_is_one_line_saying_how_to_store_it(
    url: str, tmp_path: Path, keyring_file: Path
) -> None:
    result = run_plain(tmp_path, keyring_file, "--db", url, "check")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "asks for the password of renewdesk_anna" in line and "none is stored" in line
    assert "in a terminal" in line and "Settings > Shared database" in line
    assert "Traceback" not in result.stderr


def test_the_terminal_asks_once_keeps_it_in_the_keyring_and_never_asks_again(
    url: str, tmp_path: Path, keyring_file: Path
) -> None:
    code, screen = run_on_terminal(tmp_path, keyring_file, [PASSWORD], "--db", url, "check")
    assert code == 0, screen
    assert "Password for the database renewdesk_anna@" in screen
    assert PASSWORD not in screen  # getpass does not echo
    key = f"{DATABASE_SERVICE}/{account(parse(url))}"
    assert stored(keyring_file) == {key: PASSWORD}
    again = run_plain(tmp_path, keyring_file, "--db", url, "config", "--quote-validity", "20")
    assert again.returncode == 0, again.stderr  # no terminal now: the keyring's password
    for path in (tmp_path / "data", tmp_path / "state"):
        for found in path.rglob("*") if path.exists() else ():
            if found.is_file():
                assert PASSWORD.encode() not in found.read_bytes(), found
    with psycopg.connect(host=parse(url).query["host"], user=ROLE, dbname=DATABASE,
                         password=PASSWORD) as conn:  # fmt: skip
        values = " ".join(str(v) for (v,) in conn.execute("SELECT value FROM settings"))
        audit = " ".join(str(r) for r in conn.execute("SELECT * FROM audit_events"))
        assert PASSWORD not in values and PASSWORD not in audit


def test_a_wrong_password_is_asked_once_more_then_refused_in_one_line(
    url: str, tmp_path: Path, keyring_file: Path
) -> None:
    code, screen = run_on_terminal(
        tmp_path, keyring_file, ["wrong-1", PASSWORD], "--db", url, "check"
    )
    assert code == 0, screen
    assert "That password was refused; try once more." in screen
    assert list(stored(keyring_file).values()) == [PASSWORD]

    keyring_file.unlink()
    code, screen = run_on_terminal(
        tmp_path, keyring_file, ["wrong-1", "wrong-2"], "--db", url, "check"
    )
    assert code == 2, screen
    assert "refused the password of renewdesk_anna@" in screen and "twice" in screen
    assert "wrong-" not in screen and "Traceback" not in screen
    assert stored(keyring_file) == {}


def test_a_password_in_the_url_is_moved_to_the_keyring(
    cluster: PasswordCluster, url: str, tmp_path: Path, keyring_file: Path
) -> None:
    with_password = cluster.url(ROLE, DATABASE, PASSWORD)
    first = run_plain(tmp_path, keyring_file, "--db", with_password, "check")
    assert first.returncode == 0, first.stderr
    assert PASSWORD not in first.stdout + first.stderr
    assert list(stored(keyring_file).values()) == [PASSWORD]
    later = run_plain(tmp_path, keyring_file, "--db", url, "check")  # no password given now
    assert later.returncode == 0, later.stderr


def test_the_store_never_shows_the_password(url: str, memory_keyring) -> None:
    memory_keyring.set_password(DATABASE_SERVICE, account(parse(url)), "not-" + PASSWORD)
    with pytest.raises(CacheError) as caught:
        open_cache(url)  # the keyring's password, wrong
    assert "refused the sign-in of renewdesk_anna" in str(caught.value)
    assert "not-" + PASSWORD not in str(caught.value)
    with_password = parse(url).set(password=PASSWORD).render_as_string(hide_password=False)
    for engine in (open_cache(url, password=PASSWORD), open_cache(with_password)):
        try:
            assert PASSWORD not in repr(engine)
            assert PASSWORD not in engine.url.render_as_string(hide_password=False)
            assert engine.url.password is None
            with engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT current_user").scalar() == ROLE
        finally:
            engine.dispose()
    engine = open_cache(url, password=PASSWORD)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT current_user").scalar() == ROLE
    finally:
        engine.dispose()
