"""``renewdesk team grant`` and two admins and a viewer on one shared database (issue 13).

Every command runs against the test PostgreSQL server with ``--db URL``, signed in
as roles made for the test (trust authentication on its Unix socket).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from renewdesk.cli import main
from tests.cli.conftest import ROOT, Run
from tests.quotes.conftest import seed_world, unused_port
from tests.team_roles import as_role, migrated, role_engine, roles


@pytest.fixture
def shared(pg_url: str) -> Iterator[tuple[str, object]]:
    migrated(pg_url)
    engine = role_engine(pg_url)
    world = seed_world(engine)
    world.sub("S-1")
    world.sub("S-2")
    world.sub("S-3")
    engine.dispose()
    with roles(pg_url) as make:
        yield pg_url, make


@pytest.fixture
def run(capsys, monkeypatch):  # type: ignore[no-untyped-def]
    """``renewdesk --db URL ARGS...`` in this process."""
    monkeypatch.setenv("RENEWDESK_TODAY", "2026-11-26")

    def call(url: str, *args: str) -> Run:
        code = main(["--db", url, *args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return call


def _process(url: str, tmp_path: Path, *args: str) -> Run:
    env = dict(os.environ, RENEWDESK_TODAY="2026-11-26", PYTHONPATH=str(ROOT))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    proc = subprocess.run(
        [sys.executable, "-m", "renewdesk", "--db", url, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def _privileges(url: str, role: str) -> tuple[bool, bool]:
    engine = role_engine(url)
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT has_table_privilege(:r, 'quotes', 'SELECT'), "
                "has_table_privilege(:r, 'quotes', 'INSERT')"
            ),
            {"r": role},
        ).one()
    engine.dispose()
    return bool(row[0]), bool(row[1])


def test_team_grant_gives_an_admin_and_a_viewer_their_rights(shared, run) -> None:
    url, make = shared
    anna, vera = make("anna"), make("vera")
    assert _privileges(url, anna) == (False, False)
    done = run(url, "team", "grant", "--role", anna)
    assert done.code == 0 and done.out == f"{anna}: an admin (may read and change everything)\n"
    done = run(url, "team", "grant", "--role", vera, "--read-only")
    assert done.code == 0 and done.out == f"{vera}: a viewer (may read, not change)\n"
    assert _privileges(url, anna) == (True, True)
    assert _privileges(url, vera) == (True, False)
    assert run(url, "team", "revoke", "--role", anna).code == 0
    assert _privileges(url, anna) == (False, False)


def test_an_unknown_role_and_a_sqlite_cache_are_one_line_and_exit_2(shared, run, tmp_path) -> None:
    url, _make = shared
    refused = run(url, "team", "grant", "--role", "nobody_at_all")
    assert refused.code == 2 and refused.out == ""
    assert refused.err.count("\n") == 1 and "no database role nobody_at_all" in refused.err
    local = run(str(tmp_path / "cache.sqlite"), "team", "grant", "--role", "anna")
    assert local.code == 2 and local.err.count("\n") == 1
    assert "team grant is for a shared PostgreSQL database" in local.err


def test_two_admins_quote_a_viewer_sees_who_and_is_refused_a_write(shared, run, tmp_path) -> None:
    url, make = shared
    anna, bert, vera = make("anna"), make("bert"), make("vera")
    for role in (anna, bert):
        assert run(url, "team", "grant", "--role", role).code == 0
    assert run(url, "team", "grant", "--role", vera, "--read-only").code == 0
    anna_url, bert_url, vera_url = (as_role(url, r) for r in (anna, bert, vera))
    # bert's own mail account (a server nobody listens on: the email waits in his outbox)
    setup = run(
        bert_url, "config", "--smtp-host", "127.0.0.1", "--smtp-port", str(unused_port()),
        "--smtp-security", "none", "--sender", "bert@example.com",
    )  # fmt: skip
    assert setup.code == 0, setup.err
    assert run(anna_url, "quote", "create", "S-1", "--draft").code == 0
    sent = run(bert_url, "quote", "create", "S-2", "--send")
    assert sent.code == 0, sent.err

    listed = run(vera_url, "quotes", "--format", "json")
    assert listed.code == 0
    who = {q["subscriptions"][0]: (q["created_by"], q["sent_by"]) for q in json.loads(listed.out)}
    assert who == {"S-1": (anna, ""), "S-2": (bert, bert)}
    waiting = run(bert_url, "outbox")
    assert "Queued by" in waiting.out and bert in waiting.out
    assert run(anna_url, "config").out.count("bert@example.com") == 0  # his, not hers

    refused = _process(vera_url, tmp_path, "quote", "create", "S-3", "--draft")
    assert refused.code == 2 and refused.out == ""
    assert refused.err.count("\n") == 1, refused.err
    assert vera in refused.err and "refused this change" in refused.err
    for leak in ("Traceback", "INSERT", "UPDATE", "[SQL", "psycopg"):
        assert leak not in refused.err
    again = json.loads(run(vera_url, "quotes", "--format", "json").out)
    assert len(again) == 2  # nothing was changed


def test_a_viewers_import_is_refused_in_one_line_and_changes_nothing(shared, run, tmp_path) -> None:
    """The import writes through COPY on psycopg's own connection: still one line, exit 2."""
    url, make = shared
    vera = make("vera")
    assert run(url, "team", "grant", "--role", vera, "--read-only").code == 0
    export = tmp_path / "export.csv"
    before = run(url, "check", "--format", "json").out
    rows = json.loads(before)
    export.write_text(
        "subscription_id,contract_number,product_name,offering_code,offering_type,"
        "customer_csn,customer_name,partner_csn,partner_name,currency,payment_method,term,"
        "seats,start_date,renewal_date,status,auto_renew,team,buyer_email\n"
        "S-9,CT-9,Product 9,OC-009,standard,5000009,Customer 9 AB,,,EUR,paypal,annual,"
        "5,2026-03-01,2027-03-01,active,no,Team 1,buyer9@example.com\n",
        encoding="utf-8",
    )
    refused = _process(as_role(url, vera), tmp_path, "import", str(export))
    assert refused.code == 2 and refused.out == ""
    assert refused.err.count("\n") == 1, refused.err
    assert vera in refused.err and "refused this change" in refused.err
    for leak in ("Traceback", "LOCK", "COPY", "permission denied", "psycopg", "unexpected"):
        assert leak not in refused.err
    assert run(url, "check", "--format", "json").out == before and len(rows) == 3
