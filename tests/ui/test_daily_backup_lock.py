"""The window's daily backup is made by one client at a time (issue 13): while another
client over the same cache holds the daily job, this window makes none, then makes it."""

from __future__ import annotations

from renewdesk.services.backups import list_backups
from renewdesk.store.job_lock import DAILY_BACKUP, job_lock


def test_the_daily_backup_waits_while_another_client_makes_it(
    main_window, engine, filled_cache
) -> None:
    with job_lock(engine, DAILY_BACKUP) as other_client:
        assert other_client
        assert main_window.ctx.daily_backup() is None
        assert [b for b in list_backups(filled_cache) if b.kind == "daily"] == []
    made = main_window.ctx.daily_backup()
    assert made is not None and made.is_file()
    assert [b.path for b in list_backups(filled_cache) if b.kind == "daily"] == [made]
