"""``open_cache(URL)``: the shared cache on the test PostgreSQL server (issue 13, item 1).

Every refusal is one line naming the server or database and what to do: never the
password, never SQL, never a traceback; a database that is not ours is left untouched.
"""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from renewdesk.store.engine import head_revision, is_server, open_cache
from renewdesk.store.faults import CacheError
from renewdesk.store.server import ForeignDatabaseError, account, display_name, parse
from tests.pg_server import server_url

ROOT = Path(__file__).resolve().parents[2]
SECRET = "pw-Hunter2-" + secrets.token_hex(4)


def assert_one_clean_line(message: str) -> None:
    assert "\n" not in message, message
    for leak in ("[SQL", "SELECT", "Traceback", "sqlalche.me", SECRET, "psycopg."):
        assert leak not in message, message


def tables_of(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            )
            return {str(r[0]) for r in rows}
    finally:
        engine.dispose()


def run_sql(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_an_empty_database_becomes_a_migrated_renewdesk_cache(pg_url: str) -> None:
    engine = open_cache(pg_url)
    try:
        assert is_server(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                head_revision()
            )
            app = conn.exec_driver_sql("SHOW application_name").scalar()
            level = conn.exec_driver_sql("SHOW transaction_isolation").scalar()
        assert app == "renewdesk" and level == "read committed"
        assert engine.pool._pre_ping  # type: ignore[attr-defined]
        assert engine.hide_parameters
    finally:
        engine.dispose()
    assert {"quotes", "subscriptions", "outbox", "alembic_version"} <= tables_of(pg_url)


def test_a_sqlite_path_is_still_sqlite(tmp_path: Path) -> None:
    engine = open_cache(str(tmp_path / "c.sqlite"))
    try:
        assert not is_server(engine) and engine.dialect.name == "sqlite"
    finally:
        engine.dispose()


def test_opening_an_up_to_date_database_imports_no_alembic(pg_url: str) -> None:
    open_cache(pg_url).dispose()  # migrated once
    probe = (
        "import sys; from renewdesk.store.engine import open_cache; "
        "open_cache(sys.argv[1]).dispose(); "
        "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, pg_url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=60,
        check=True,
    ).stdout
    assert out.strip() == "False"


def test_two_clients_opening_a_new_database_at_once_both_get_it_migrated_once(
    pg_url: str,
) -> None:
    code = "import sys; from renewdesk.store.engine import open_cache; open_cache(sys.argv[1])"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, pg_url], env=env, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    results = [(p.returncode, p.communicate(timeout=120)[1]) for p in procs]
    results = [(p.returncode, err) for p, (_, err) in zip(procs, results, strict=True)]
    assert all(rc == 0 for rc, _ in results), results
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
    engine.dispose()


def test_another_programs_database_is_refused_and_left_untouched(pg_url: str) -> None:
    run_sql(pg_url, "CREATE TABLE invoices (id int)", "INSERT INTO invoices VALUES (1)")
    with pytest.raises(ForeignDatabaseError) as caught:
        open_cache(pg_url)
    message = str(caught.value)
    assert_one_clean_line(message)
    assert "is not a RenewDesk database" in message and display_name(pg_url) in message
    assert tables_of(pg_url) == {"invoices"}


def test_a_newer_schema_is_refused_with_the_same_line_as_sqlite(pg_url: str) -> None:
    open_cache(pg_url).dispose()
    run_sql(pg_url, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(CacheError) as caught:
        open_cache(pg_url)
    assert str(caught.value) == (
        f"{display_name(pg_url)} was written by a newer RenewDesk (schema "
        "9999_from_the_future); update RenewDesk to open it"
    )


def _with(url: str, **parts: object) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)  # type: ignore[arg-type]


def test_faults_are_one_line_naming_the_server_never_the_password(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    base = server_url()
    socket_dir = str(make_url(base).query["host"])
    missing_db = _with(base, database="no_such_db_" + secrets.token_hex(3), password=SECRET)
    cases = {
        missing_db: ("does not exist", "createdb", "README"),
        _with(base, query={"host": str(tmp_path)}, password=SECRET): (
            "cannot be reached",
            str(tmp_path),
        ),
        f"postgresql://u:{SECRET}@127.0.0.1:1/renewdesk": ("cannot be reached", "127.0.0.1:1"),
        _with(base, username="nobody_" + secrets.token_hex(3), password=SECRET): (
            "refused the sign-in",
            socket_dir,
        ),
        f"mysql://u:{SECRET}@db/renewdesk": ("mysql:// databases are not supported",),
        f"postgresql://u:{SECRET}@db:port/renewdesk": ("malformed",),
        f"postgresql://u:{SECRET}@db": ("names no database",),
    }
    caplog.set_level(logging.DEBUG)
    for url, expected in cases.items():
        with pytest.raises(CacheError) as caught:
            open_cache(url)
        message = str(caught.value)
        assert_one_clean_line(message)
        for part in expected:
            assert part in message, (url, message)
    assert SECRET not in caplog.text


def test_a_role_without_connect_right_is_told_to_ask_for_a_grant(pg_url: str) -> None:
    role = "rd_noconnect_" + secrets.token_hex(3)
    database = make_url(pg_url).database
    run_sql(
        pg_url,
        f'CREATE ROLE "{role}" LOGIN',
        f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC',
    )
    try:
        with pytest.raises(CacheError) as caught:
            open_cache(_with(pg_url, username=role))
        message = str(caught.value)
        assert_one_clean_line(message)
        assert f"{role} may not connect to the database {database}" in message
        assert "renewdesk team grant" in message
    finally:
        run_sql(server_url(), f'DROP ROLE IF EXISTS "{role}"')


def test_without_psycopg_the_line_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    # psycopg is installed here; pretend it is not (the one thing that cannot run here)
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a)
    )
    with pytest.raises(CacheError) as caught:
        open_cache("postgresql+psycopg://u@db.example/renewdesk")
    assert 'pip install "renewdesk[postgres]"' in str(caught.value)


def test_both_schemes_mean_psycopg_3_and_the_account_key_has_no_password() -> None:
    for scheme in ("postgresql", "postgresql+psycopg", "postgres"):
        url = parse(f"{scheme}://anna:{SECRET}@db.example:5433/renewdesk")
        assert url.drivername == "postgresql+psycopg"
        assert account(url) == "anna@db.example:5433/renewdesk"
        assert display_name(url) == "db.example:5433/renewdesk"
    sock = parse("postgresql://anna@/renewdesk?host=/run/postgresql")
    assert account(sock) == "anna@/run/postgresql/renewdesk"


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ("postgresql://a@h/d", True),
        ("postgresql+psycopg://a@/d?host=/run/postgresql", True),
        ("mysql://a@h/d", True),
        ("C:/Users/anna/renewdesk.sqlite", False),
        ("C:\\Users\\anna\\renewdesk.sqlite", False),
        ("/home/anna/renewdesk.sqlite", False),
        ("renewdesk.sqlite", False),
        ("weird:name.sqlite", False),
    ],
)
def test_a_url_is_told_from_a_path(value: str, url: bool) -> None:
    from renewdesk.store.engine import is_url

    assert is_url(value) is url
    assert is_url(Path(value)) is False  # a Path is always a file


def test_a_write_the_role_may_not_make_is_one_line_and_changes_nothing(pg_url: str) -> None:
    from renewdesk.store.repositories import SettingsRepository

    open_cache(pg_url).dispose()  # the owner sets the database up
    role = "rd_reader_" + secrets.token_hex(3)
    database = make_url(pg_url).database
    run_sql(
        pg_url,
        f'CREATE ROLE "{role}" LOGIN',
        f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"',
        f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"',
    )
    try:
        reader = open_cache(_with(pg_url, username=role))
        try:
            with pytest.raises(CacheError) as caught:
                SettingsRepository(reader).set_many({"quote_validity_days": "12"})
        finally:
            reader.dispose()
        message = str(caught.value)
        assert_one_clean_line(message)
        assert f"{role} has no right to make it" in message and "INSERT" not in message
        assert "quote_validity_days" not in message  # no parameters either
    finally:
        run_sql(pg_url, f'DROP OWNED BY "{role}"')
        run_sql(server_url(), f'DROP ROLE IF EXISTS "{role}"')


def test_a_nul_character_is_one_line_and_changes_nothing(pg_url: str) -> None:
    """PostgreSQL's text cannot hold NUL (SQLite's can): pasted junk is refused, not a crash."""
    from renewdesk.store.repositories import SettingsRepository

    engine = open_cache(pg_url)
    try:
        settings = SettingsRepository(engine)
        settings.set_many({"profile.name": "Åsa"})
        with pytest.raises(CacheError) as refused:
            settings.set_many({"profile.name": "Åsa\x00Öberg", "quote.validity_days": "20"})
        line = str(refused.value)
        assert "\n" not in line and "NUL character" in line and "nothing was changed" in line
        for leak in ("INSERT", "[SQL", "psycopg", "0x00) bytes"):
            assert leak not in line
        assert settings.get("profile.name") == "Åsa" and settings.get("quote.validity_days") == ""
    finally:
        engine.dispose()
