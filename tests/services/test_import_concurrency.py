"""Two imports at once, and a reader during an import, on both engines (issue 13).

While one import writes, the window can still read the cache (it sees the rows
from before the import), and a second import waits for the first to commit, so
it compares its file with what the first wrote: a row both files hold is
reported as updated or unchanged, never added twice, and nothing is lost.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Engine

from renewdesk.services.import_service import ImportReport, ImportService
from renewdesk.store.repositories import SubscriptionRepository
from tests.hardening.scenarios import subscriptions_csv

WAIT_S = 30


def test_a_reader_is_not_blocked_and_a_second_import_waits_for_the_first(
    engine: Engine, tmp_path: Path
) -> None:
    base = subscriptions_csv(tmp_path / "base.csv", 200, seats=5)
    ImportService(engine).import_subscriptions(base)
    first = subscriptions_csv(tmp_path / "first.csv", 3000, seats=7)  # 200 updated, 2800 new
    second = subscriptions_csv(tmp_path / "second.csv", 3000, seats=9)  # the same rows again

    writing, go = threading.Event(), threading.Event()
    reports: dict[str, ImportReport] = {}
    errors: list[BaseException] = []

    def hold_while_writing(done: int, total: int) -> None:
        if done > total // 2 and not writing.is_set():  # inside the write transaction
            writing.set()
            assert go.wait(WAIT_S)

    def run(name: str, path: Path, progress: object = None) -> None:
        try:
            service = ImportService(engine)
            reports[name] = service.import_subscriptions(path, progress=progress)  # type: ignore[arg-type]
        except BaseException as exc:  # the assertion below shows it
            errors.append(exc)
            writing.set()

    one = threading.Thread(target=run, args=("first", first, hold_while_writing))
    one.start()
    try:
        assert writing.wait(WAIT_S) and not errors, errors
        assert SubscriptionRepository(engine).count() == 200  # read at once, the old rows
        two = threading.Thread(target=run, args=("second", second))
        two.start()
        two.join(1.0)
        assert two.is_alive(), "the second import did not wait for the first"
    finally:
        go.set()
    one.join(WAIT_S)
    two.join(WAIT_S)
    assert not errors, errors
    assert (reports["first"].added, reports["first"].updated) == (2800, 200)
    assert (reports["second"].added, reports["second"].updated) == (0, 3000)
    subs = SubscriptionRepository(engine).all()
    assert len(subs) == 3000 and {s.seats for s in subs} == {9}
