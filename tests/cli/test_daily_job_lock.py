"""``renewdesk auto-quotes`` while another client runs the daily job: it skips quietly (issue 13)."""

from __future__ import annotations

from renewdesk.store.engine import open_cache
from renewdesk.store.job_lock import AUTO_QUOTES, job_lock
from tests.cli.conftest import write
from tests.cli.test_quote_commands import CAMPAIGNS, PRICES, SUBS


def test_auto_quotes_while_another_client_makes_them_make_none_here_then_run_after(
    cli, db_path, tmp_path
):
    for kind, text in (("subscriptions", SUBS), ("prices", PRICES), ("campaigns", CAMPAIGNS)):
        assert cli("import", "--kind", kind, str(write(tmp_path / f"{kind}.csv", text))).code == 0
    assert cli("config", "--sender", "quotes@renew.example", "--smtp-host", "127.0.0.1").code == 0
    engine = open_cache(db_path)
    try:
        with job_lock(engine, AUTO_QUOTES) as mine:
            assert mine  # this test stands for the other admin's window
            busy = cli("auto-quotes", "--today", "2026-11-26")
    finally:
        engine.dispose()
    assert (busy.code, busy.out) == (0, "")
    assert busy.err == (
        "another RenewDesk client is making the automatic quotes now: none made here\n"
    )
    assert cli("quotes", "--format", "json").out.strip() == "[]"
    after = cli("auto-quotes", "--today", "2026-11-26")
    assert after.code == 0 and len(after.out.split()) == 2  # not counted: made now
