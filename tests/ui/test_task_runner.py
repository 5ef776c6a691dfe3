"""Closing the window while long work runs: the work finishes, its result is kept, and
nothing complains (no "Signal source has been deleted", no touch of a deleted widget)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from sqlalchemy import Engine

from renewdesk.store.repositories import SubscriptionRepository
from tests.hardening.scenarios import subscriptions_csv


def test_an_import_that_ends_after_its_window_closed_is_kept_and_quiet(
    qtbot, filled_cache: Path, engine: Engine, tmp_path: Path
) -> None:
    from renewdesk.app import create_main_window

    window = create_main_window(filled_cache)  # real background threads
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as run_gui opens it
    window.show()
    qtbot.waitExposed(window)
    csv = subscriptions_csv(tmp_path / "subscriptions.csv", 300, 4)
    go = threading.Event()
    shown: list[object] = []

    def work(progress: Callable[[int, int, str], None]) -> object:
        assert go.wait(20)
        return window_imports.import_subscriptions(csv, progress=lambda d, t: progress(d, t, ""))

    window_imports = window.ctx.imports
    window.runner.wait_for_done(5_000)  # the start-up work has ended
    window.runner.submit(
        work,
        name="late-import",
        on_finished=lambda report: (window.subscriptions_page.reload(), shown.append(report)),
        on_progress=lambda done, total, _text: window.statusBar().showMessage(f"{done}/{total}"),
    )
    destroyed = threading.Event()
    window.destroyed.connect(destroyed.set)
    # The admin closes the window while the import runs; it ends a moment later.
    threading.Timer(0.3, go.set).start()
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(destroyed.is_set, timeout=5_000)
    qtbot.wait(300)  # the import's queued results arrive now, after the window
    QCoreApplication.processEvents()

    assert shown == []  # the window was gone: nothing was shown in it
    ids = {s.subscription_id for s in SubscriptionRepository(engine).all()}
    assert {f"SUB-{i:06d}" for i in range(300)} <= ids  # but the import was kept, whole
