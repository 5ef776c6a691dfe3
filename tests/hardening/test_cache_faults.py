"""Database faults and refused caches: one line with exit 2 that says what to do, never SQL.

Each test injects the fault for real: a write lock held by another connection past
the busy timeout, a full disk (every write into the write-ahead log fails with
ENOSPC, injected by strace), a read-only folder or file (a read-only bind mount in a
user namespace), damaged pages, a data folder that cannot be made, another
program's SQLite file, a schema with its ``alembic_version`` gone, a database URL.
What the admin sees is asserted, and what is left in the cache and beside it.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from renewdesk.cli import main
from renewdesk.store import engine as engine_module
from renewdesk.store.engine import make_engine, open_cache, writer
from renewdesk.store.faults import CacheFault
from tests.hardening.cli_runs import (
    assert_one_clean_line,
    run,
    strace_enospc,
    table_count,
)
from tests.hardening.scenarios import build_quote_base, checkpoint, copy_cache
from tests.hardening.smtp_servers import free_port

QUOTE_NUMBER = re.compile(rb"Q-\d{4}-\d{6}")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cache-faults")
    return build_quote_base(folder / "base.sqlite", free_port())


@pytest.fixture
def db(base: Path, tmp_path: Path) -> Path:
    return copy_cache(base, tmp_path / "cache.sqlite")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def neighbours(path: Path) -> list[str]:
    """Everything beside the cache other than the cache and its own -wal/-shm."""
    own = {path.name, f"{path.name}-wal", f"{path.name}-shm"}
    return sorted(p.name for p in path.parent.iterdir() if p.name not in own and p.is_file())


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["--lang", "en", *args])
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    return code, err


# --- the write lock held past the busy timeout ------------------------------------------


def test_a_write_lock_held_past_the_busy_timeout_is_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setenv("RENEWDESK_TODAY", "2026-11-20")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, and writing, and writing
    try:
        code, err = run_main(capsys, "--db", str(db), "quote", "create", "S-001")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2
    (line,) = err
    assert "is busy" in line and "wait until it has finished" in line and "0.3 seconds" in line
    assert "[SQL" not in line and "BEGIN" not in line and "sqlalche.me" not in line
    assert table_count(db, "quotes") == 0 and table_count(db, "sequences") == 0


def test_the_busy_line_is_swedish_for_a_swedish_admin(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setenv("RENEWDESK_TODAY", "2026-11-20")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = main(["--lang", "sv", "--db", str(db), "quote", "create", "S-001"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        from renewdesk.i18n import install_language

        install_language("en")
    (line,) = [x for x in capsys.readouterr().err.splitlines() if x.strip()]
    assert code == 2
    assert "upptagen" in line, line


# --- a full disk --------------------------------------------------------------------------


def _strace_works() -> bool:
    strace = shutil.which("strace")
    if strace is None:
        return False
    probe = subprocess.run([strace, "-f", "-qq", "-o", "/dev/null", "true"], capture_output=True)
    return probe.returncode == 0  # a container without ptrace rights says no


needs_strace = pytest.mark.skipif(
    not _strace_works(),
    reason="strace (with ptrace allowed) injects ENOSPC: apt-get install strace",
)


@needs_strace
def test_a_full_disk_at_the_commit_saves_nothing_and_writes_no_file(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ("--db", str(db), "quote", "create", "S-001", "--eml", str(out))
    wal = Path(f"{db}-wal")
    full = run(tmp_path, *args, "--pdf", str(out / "quote.pdf"), wrapper=strace_enospc(wal))
    line = assert_one_clean_line(full)
    assert "is full" in line and "free some space" in line, line
    assert table_count(db, "quotes") == 0 and table_count(db, "outbox") == 0
    assert sorted(p.name for p in out.iterdir()) == []  # no file carries a number
    # With space again the same command makes the very number that never escaped.
    again = run(tmp_path, *args, "--pdf", str(out / "quote.pdf"))
    assert again.code == 0, again.err
    assert again.out.strip() == "Q-2026-000001"
    files = sorted(p.name for p in out.iterdir())
    assert files == ["Quote-Q-2026-000001.eml", "quote.pdf"], files


# --- a read-only folder or file -----------------------------------------------------------


def read_only_run(tmp_path: Path, target: Path, *args: str) -> tuple[int, list[str]]:
    """Run renewdesk with ``target`` (a folder or a file) mounted read-only."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) makes the read-only mount")
    probe = subprocess.run([unshare, "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this kernel allows no user namespace for a read-only mount")
    script = (
        f'mount --bind "{target}" "{target}" && mount -o remount,ro,bind "{target}" && exec "$@"'
    )
    result = run(tmp_path, *args, wrapper=(unshare, "-rm", "sh", "-c", script, "sh"))
    return result.code, result.lines


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_cache_or_folder_is_one_line(db: Path, tmp_path: Path, what: str) -> None:
    before = digest(db)
    target = db.parent if what == "folder" else db
    code, lines = read_only_run(tmp_path, target, "--db", str(db), "quote", "create", "S-001")
    assert code == 2 and len(lines) == 1, lines
    (line,) = lines
    if what == "folder":
        assert "its folder is missing or cannot be written" in line, line
    else:
        assert "is read-only" in line and "write access" in line, line
    assert "[SQL" not in line
    assert digest(db) == before


# --- damaged pages --------------------------------------------------------------------------


def zero_pages(path: Path, table: str) -> None:
    """Overwrite the pages of ``table`` (not the first page) with zeros."""
    checkpoint(path)
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\0" * page_size)


def test_zeroed_pages_are_noticed_when_the_cache_opens(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RENEWDESK_TODAY", "2026-11-20")
    zero_pages(db, "quote_lines")  # a table `check` itself never reads
    before = digest(db)
    for command in (["check"], ["quotes"]):
        code, err = run_main(capsys, "--db", str(db), *command)
        assert code == 2, err
        (line,) = err
        assert "is damaged" in line and "File > Restore from backup" in line, line
    assert digest(db) == before
    assert neighbours(db) == []


def test_damaged_pages_met_by_a_write_are_one_clear_fault(db: Path) -> None:
    engine = make_engine(db)  # opened without the quick check, as a long-open window is
    try:
        zero_pages(db, "subscriptions")
        with pytest.raises(CacheFault) as caught, writer(engine).begin() as conn:
            conn.execute(text("UPDATE subscriptions SET seats = seats + 1"))
    finally:
        engine.dispose()
    assert caught.value.kind == "damaged"
    assert "[SQL" not in str(caught.value) and "UPDATE" not in str(caught.value)


# --- the data folder --------------------------------------------------------------------------


def test_a_data_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be\n")
    result = run(tmp_path, "check", XDG_DATA_HOME=str(blocker))
    line = assert_one_clean_line(result)
    assert "data folder" in line and "--db" in line, line


# --- what is not a RenewDesk cache ------------------------------------------------------------


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_another_programs_sqlite_file_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], journal: str
) -> None:
    """Firefox keeps places.sqlite in WAL mode: no -wal or -shm may appear beside it."""
    places = tmp_path / "places.sqlite"
    conn = sqlite3.connect(places)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.com/')")
    conn.commit()
    conn.close()
    csv = tmp_path / "subscriptions.csv"
    csv.write_text("subscription_id,product_name\nS-1,Design Suite\n")
    before = digest(places)
    for command in (["check"], ["import", str(csv)], ["outbox", "send"]):
        code, err = run_main(capsys, "--db", str(places), *command)
        assert code == 2, err
        (line,) = err
        assert "is not a RenewDesk cache" in line and "left untouched" in line, line
    assert digest(places) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite", "subscriptions.csv"]


def test_a_cache_without_alembic_version_is_refused_and_leaves_no_backups(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE alembic_version")
    conn.commit()
    conn.close()
    checkpoint(db)
    before = digest(db)
    for _attempt in range(3):
        code, err = run_main(capsys, "--db", str(db), "check")
        assert code == 2
        (line,) = err
        assert "schema is incomplete" in line and "alembic_version" in line, line
    assert digest(db) == before
    assert neighbours(db) == []


def test_a_migration_that_fails_leaves_no_backup_copy_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "cache_schema_0001.sqlite"
    old = tmp_path / "old.sqlite"
    shutil.copyfile(fixture, old)
    conn = sqlite3.connect(old)  # a column in the way: the outbox migration fails
    conn.execute("ALTER TABLE outbox ADD COLUMN lease_holder TEXT")
    conn.commit()
    conn.close()
    before = table_count(old, "quotes"), table_count(old, "outbox")
    for _attempt in range(3):
        with pytest.raises(Exception, match="duplicate column"):
            open_cache(old)
    assert (table_count(old, "quotes"), table_count(old, "outbox")) == before
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    conn.close()
    assert neighbours(old) == []  # the backup of each attempt was removed again
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # the private log
    code, err = run_main(capsys, "--db", str(old), "check")  # a bug, not the admin's fault
    assert code == 1
    (line,) = err
    assert "duplicate column name: lease_holder" in line and "details in" in line, line
    assert "[SQL" not in line and "ALTER TABLE" not in line and "sqlalche.me" not in line
    assert neighbours(old) == []


def test_an_empty_sqlite_file_becomes_a_new_cache(tmp_path: Path) -> None:
    empty = tmp_path / "new.sqlite"
    sqlite3.connect(empty).close()  # zero bytes, as `sqlite3 new.sqlite` leaves it
    open_cache(empty).dispose()
    assert table_count(empty, "quotes") == 0


# --- a URL ------------------------------------------------------------------------------


def test_an_unusable_database_url_is_one_line_and_makes_nothing(tmp_path: Path) -> None:
    here = tmp_path / "here"
    here.mkdir()
    cases = {
        "mysql://admin:s3cret@db.example/renewdesk": "mysql:// databases are not supported",
        f"postgresql+psycopg://u:s3cret@/renewdesk?host={tmp_path}": "cannot be reached",
    }
    for url, expected in cases.items():
        for command in (("check",), ()):  # a command, and the window
            result = run(tmp_path, "--db", url, *command, cwd=here)
            line = assert_one_clean_line(result)
            assert expected in line and "s3cret" not in line, line
    assert list(here.iterdir()) == []  # no folders named after the URL, no SQLite file


# --- a quote's file that cannot be written after the commit ------------------------------


def test_a_pdf_that_cannot_be_written_after_the_commit_says_the_quote_is_saved(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RENEWDESK_TODAY", "2026-11-20")
    out = tmp_path / "out"
    (out / "quote.pdf").mkdir(parents=True)  # a folder where the file should go
    for sub, how in (("S-001", ["--draft"]), ("S-002", [])):  # a draft, and "Save PDF only"
        pdf = str(out / "quote.pdf")
        code, err = run_main(capsys, "--db", str(db), "quote", "create", sub, "--pdf", pdf, *how)
        assert code == 2
        (line,) = err
        assert re.search(r"Q-2026-00000\d is saved, but .*quote\.pdf could not be written", line)
        assert "renewdesk quote pdf" in line
    assert table_count(db, "quotes") == 2  # both quotes are in the cache, numbers used once
    assert sorted(p.name for p in out.iterdir()) == ["quote.pdf"]  # no .part left behind
