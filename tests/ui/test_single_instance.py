"""Two processes, one cache: one window per cache file, and the window sees others' writes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo
from sqlalchemy import Engine

import renewdesk
from renewdesk.store.repositories import SubscriptionRepository
from renewdesk.ui.single_instance import InstanceGuard, lock_path, server_name
from renewdesk.ui.subscriptions_model import Column
from tests.ui.conftest import HEADER_FOR_IMPORT, import_row

REPO = Path(renewdesk.__file__).resolve().parents[1]

OWNER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    app = QCoreApplication([])
    from renewdesk.ui.single_instance import InstanceGuard
    guard = InstanceGuard(sys.argv[1])
    print("owned" if guard.acquire() else "refused", flush=True)
    guard.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    """
)

CRASH = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from renewdesk.ui.single_instance import InstanceGuard
    guard = InstanceGuard(sys.argv[1])
    assert guard.acquire()
    os.kill(os.getpid(), signal.SIGKILL)  # a crash: the lock file stays behind
    """
)


def _python(code: str, *args: str, **kwargs):  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def _stop(process) -> None:  # type: ignore[no-untyped-def]
    process.kill()
    process.wait(10)
    process.stdout.close()


def test_second_instance_in_process_is_refused_and_raises_the_first(db_path, qtbot) -> None:
    first = InstanceGuard(db_path)
    assert first.acquire()
    assert lock_path(first.cache_path).exists()
    second = InstanceGuard(db_path)
    assert second.server_name == first.server_name == server_name(first.cache_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=5_000):
        assert second.ask_owner_to_raise()
    first.release()
    assert second.acquire()  # the first window closed: the cache is free again
    second.release()


def test_run_gui_on_an_open_cache_raises_that_window_and_exits_0(
    db_path, qtbot, capsys, engine
) -> None:
    from renewdesk.app import run_gui
    from renewdesk.i18n import uninstall_language

    first = InstanceGuard(db_path)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=5_000):
            assert run_gui(db_path) == 0
    finally:
        first.release()
        uninstall_language()
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "already open" in out[0] and str(db_path.resolve()) in out[0]


def test_two_processes_one_cache(db_path, qtbot, capsys) -> None:
    from renewdesk.app import run_gui
    from renewdesk.i18n import uninstall_language

    owner = _python(OWNER, str(db_path))
    try:
        assert owner.stdout.readline().strip() == "owned"
        try:
            assert run_gui(db_path) == 0  # the second process gets no window
        finally:
            uninstall_language()
        assert owner.stdout.readline().strip() == "raised"
    finally:
        _stop(owner)
    assert "already open" in capsys.readouterr().out


def test_a_lock_left_by_a_crashed_process_is_recovered(db_path) -> None:
    crashed = _python(CRASH, str(db_path))
    crashed.wait(30)
    _stop(crashed)
    assert crashed.returncode == -9
    assert lock_path(db_path.resolve()).exists()  # left behind
    guard = InstanceGuard(db_path)
    assert guard.acquire()  # the PID in it is gone: taken over
    guard.release()


@pytest.mark.parametrize("content", ["", "garbage\n", "999999\nrenewdesk\n{host}\n"])
def test_an_unreadable_or_dead_lock_file_is_recovered(db_path, content: str) -> None:
    target = lock_path(db_path.resolve())
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content.format(host=QSysInfo.machineHostName()))
    guard = InstanceGuard(db_path)
    assert guard.acquire()
    guard.release()


def test_a_lock_held_by_a_live_process_is_respected(db_path) -> None:
    owner = _python(OWNER, str(db_path))
    try:
        assert owner.stdout.readline().strip() == "owned"
        assert not InstanceGuard(db_path).acquire()
    finally:
        _stop(owner)


# ---- the window sees what another process wrote -------------------------------------


def test_a_write_by_another_connection_reloads_the_pages(main_window, engine: Engine) -> None:
    page = main_window.subscriptions_page
    model = page.model
    page.table.selectRow(model.row_of("SUB-1003"))
    assert main_window.watcher.poll() == []  # nothing changed yet

    # The command line (another connection, its own engine) turns auto-renew on.
    SubscriptionRepository(engine).set_auto_renew(["SUB-1001"], True, reason="cli")
    stale = main_window.watcher.poll()
    assert set(stale) == {"subscriptions", "quotes", "outbox"}
    row = model.row_of("SUB-1001")
    assert model.index(row, Column.AUTO_RENEW).data() == "On"
    # The admin's selection survived the reload.
    assert [r.subscription.subscription_id for r in page.selected_results()] == ["SUB-1003"]
    assert main_window.watcher.poll() == []  # and it reloads once, not on every poll


def test_the_window_polls_by_itself_and_shows_a_cli_import(
    filled_cache: Path, engine: Engine, qtbot, tmp_path: Path
) -> None:
    from renewdesk.app import create_main_window

    # The fixture's engine stays open beside the window's: opening the window must not
    # drop its POSIX locks (open_cache once read the header with open()/close()), or
    # the CLI would believe it is alone, delete the WAL on exit and no change would show.
    with engine.connect() as conn:  # its pooled connection stays open on the file
        conn.exec_driver_sql("SELECT count(*) FROM subscriptions")
    window = create_main_window(filled_cache)  # real threads and timers
    qtbot.addWidget(window)
    model = window.subscriptions_page.model
    qtbot.waitUntil(lambda: model.total_count == 8, timeout=10_000)
    assert window.watcher.timer.isActive() and window.watcher.timer.interval() <= 2_000

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    # Two command-line imports, one after the other: the first one's exit must not
    # take the cache's WAL away from the window (it checkpoints and deletes it when
    # it believes it is the last user), or the second would never show.
    for count, sid in ((9, "SUB-9001"), (10, "SUB-9002")):
        csv = tmp_path / f"{sid}.csv"
        csv.write_text(HEADER_FOR_IMPORT + "\n" + import_row(sid, "4") + "\n")
        done = subprocess.run(
            [sys.executable, "-m", "renewdesk", "--db", str(filled_cache), "import", str(csv)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda count=count: model.total_count == count, timeout=10_000)
        assert model.row_of(sid) >= 0
    window.close()
