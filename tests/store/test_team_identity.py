"""Team mode on a shared PostgreSQL database (issue 13 items 4, 6, 7), with real roles.

Each test makes its own LOGIN roles (unique names, dropped after), grants them an
admin's or a viewer's rights with ``team_repo.grant`` as the database's owner, and
works through engines signed in as them, as two admins' windows would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select, text

from renewdesk.domain import OutboxStatus
from renewdesk.mail.outbox import Outbox
from renewdesk.secrets import MemorySecretStore
from renewdesk.services.settings_service import AppSettings, SettingsService
from renewdesk.store import team_repo
from renewdesk.store.engine import open_cache
from renewdesk.store.faults import CacheFault
from renewdesk.store.identity import actor, host_name, os_user
from renewdesk.store.repositories import (
    AuditRepository,
    SettingsRepository,
    SubscriptionRepository,
)
from tests.quotes.conftest import Clock, make_service, seed_world
from tests.team_roles import as_role, migrated, role_engine, roles


@pytest.fixture
def shared(pg_url: str) -> Iterator[tuple[str, Callable[[str], str]]]:
    """A migrated shared database (its owner's URL) and a maker of roles on it."""
    migrated(pg_url)
    with roles(pg_url) as make:
        yield pg_url, make


@pytest.fixture
def owner(shared: tuple[str, Callable[[str], str]]) -> Iterator[Engine]:
    engine = role_engine(shared[0])
    yield engine
    engine.dispose()


def _member(shared: tuple[str, Callable[[str], str]], owner: Engine, prefix: str, **kw: bool):
    url, make = shared
    role = make(prefix)
    team_repo.grant(owner, role, **kw)
    return role, role_engine(as_role(url, role))


def test_audit_events_name_the_database_user_the_os_user_and_the_host(
    cache_engine: Engine,
) -> None:
    world = seed_world(cache_engine)
    world.sub("S-1", auto_renew=True)
    SubscriptionRepository(cache_engine).set_auto_renew(["S-1"], False)
    [event] = AuditRepository(cache_engine).for_subscription("S-1")
    assert (event.os_user, event.host) == (os_user(), host_name())
    if cache_engine.dialect.name == "postgresql":
        with cache_engine.connect() as conn:
            assert event.db_user == conn.execute(text("SELECT current_user")).scalar_one()
    else:  # SQLite has no users: the OS user is the cache's one admin
        assert event.db_user == os_user()
    assert actor(cache_engine).db_user == event.db_user


def test_two_admins_quotes_say_who_made_and_who_sent_each(shared, owner) -> None:
    anna, anna_db = _member(shared, owner, "anna")
    bert, bert_db = _member(shared, owner, "bert")
    seed_world(owner).sub("S-1")
    draft = make_service(anna_db, Clock()).create_draft(
        make_service(anna_db, Clock()).request(["S-1"])
    )
    sent = make_service(bert_db, Clock()).send(draft.number, "email")  # offline: queued
    assert sent.queued
    stored = make_service(owner, Clock()).get(draft.number)
    assert (stored.created_by, stored.sent_by) == (anna, bert)
    events = {e.action: e for e in AuditRepository(owner).for_quote(draft.number)}
    assert (events["created"].db_user, events["sent"].db_user) == (anna, bert)
    assert events["sent"].os_user == os_user() and events["sent"].host == host_name()
    # bert's email goes out through bert's account: anna's sender leaves it alone.
    [message] = Outbox(owner).list()
    assert message.queued_by == bert
    later = Clock()() + timedelta(hours=2)  # past the retry delay of the failed attempt
    assert Outbox(anna_db).due(later) == []
    assert [m.id for m in Outbox(bert_db).due(later)] == [message.id]
    report = Outbox(anna_db).send_due(lambda raw, to: None, later)
    assert report.attempted == 0 and Outbox(owner).get(message.id).status is OutboxStatus.QUEUED
    assert Outbox(bert_db).send_due(lambda raw, to: None, later).sent == 1
    anna_db.dispose()
    bert_db.dispose()


def test_company_settings_are_shared_and_personal_ones_each_admins(shared, owner) -> None:
    _, anna_db = _member(shared, owner, "anna")
    _, bert_db = _member(shared, owner, "bert")
    anna = SettingsService(anna_db, MemorySecretStore())
    anna.save(
        AppSettings(
            smtp_host="smtp.anna.example",
            sender="anna@example.com",
            your_name="Anna",
            language="sv",
            quote_validity_days=45,
            automatic_quotes=False,
        )
    )
    bert = SettingsService(bert_db, MemorySecretStore()).load()
    assert (bert.quote_validity_days, bert.automatic_quotes) == (45, False)  # the company's
    assert (bert.smtp_host, bert.sender, bert.your_name, bert.language) == ("", "", "", "")
    mine = SettingsService(anna_db, MemorySecretStore()).load()
    assert (mine.smtp_host, mine.sender, mine.language) == (
        "smtp.anna.example",
        "anna@example.com",
        "sv",
    )
    anna_db.dispose()
    bert_db.dispose()


def test_a_viewer_reads_everything_and_a_write_is_refused_in_one_line(shared, owner) -> None:
    vera, vera_db = _member(shared, owner, "vera", read_only=True)
    _, anna_db = _member(shared, owner, "anna")
    seed_world(owner).sub("S-1", auto_renew=True)
    assert team_repo.can_write(anna_db) and not team_repo.can_write(vera_db)
    assert SubscriptionRepository(vera_db).get("S-1").auto_renew is True
    with pytest.raises(CacheFault) as refused:
        SubscriptionRepository(vera_db).set_auto_renew(["S-1"], False)
    message = str(refused.value)
    assert refused.value.kind == "denied" and vera in message and "refused this change" in message
    assert "\n" not in message and "UPDATE" not in message and "[SQL" not in message
    assert SubscriptionRepository(owner).get("S-1").auto_renew is True  # nothing changed
    with pytest.raises(CacheFault, match="refused this change"):
        SettingsRepository(vera_db).set_many({"quotes.validity_days": "10"})
    vera_db.dispose()
    anna_db.dispose()


def test_grant_covers_tables_a_later_migration_adds_and_read_only_takes_writes_back(
    shared, owner
) -> None:
    anna, anna_db = _member(shared, owner, "anna")
    with owner.begin() as conn:  # a table the next release's migration might add
        conn.execute(text("CREATE TABLE later_table (id serial PRIMARY KEY, note text)"))
    with anna_db.begin() as conn:
        conn.execute(text("INSERT INTO later_table (note) VALUES ('by anna')"))
    rights = team_repo.grant(owner, anna, read_only=True)
    assert (rights.can_read, rights.can_write) == (True, False)
    assert not team_repo.can_write(anna_db)
    with pytest.raises(CacheFault, match="refused this change"), anna_db.begin() as conn:
        conn.execute(text("INSERT INTO later_table (note) VALUES ('again')"))
    assert team_repo.grant(owner, anna).can_write
    gone = team_repo.revoke(owner, anna)
    assert (gone.can_read, gone.can_write) == (False, False)
    anna_db.dispose()


def test_an_odd_role_name_is_quoted_and_an_unknown_role_refused(shared, owner) -> None:
    _url, make = shared
    odd = make('o"dd; DROP TABLE quotes; --')
    assert team_repo.grant(owner, odd, read_only=True).can_read
    with owner.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM quotes")).scalar_one() == 0
    with pytest.raises(team_repo.TeamError, match="no database role nobody_here"):
        team_repo.grant(owner, "nobody_here")


def test_team_grant_on_a_sqlite_cache_says_it_is_for_postgresql(tmp_path: Path) -> None:
    engine = open_cache(tmp_path / "cache.sqlite")
    with pytest.raises(team_repo.TeamError, match="shared PostgreSQL database"):
        team_repo.grant(engine, "anna")
    assert team_repo.can_write(engine)
    engine.dispose()


def test_an_engine_of_another_role_is_another_actor(shared, owner) -> None:
    anna, anna_db = _member(shared, owner, "anna")
    assert actor(anna_db).db_user == anna
    assert actor(owner).db_user != anna
    assert actor(create_engine("sqlite://")).db_user == os_user()
    anna_db.dispose()


def test_the_daily_automatic_quotes_are_made_and_sent_by_the_admin_who_runs_the_job(
    shared, owner
) -> None:
    from renewdesk.services.auto_quotes import AutoQuoteService
    from tests.quotes.conftest import TODAY

    _anna, anna_db = _member(shared, owner, "anna")
    bert, bert_db = _member(shared, owner, "bert")
    seed_world(owner).sub("S-1", renewal_date=TODAY + timedelta(days=10))
    make_service(anna_db, Clock())  # anna has her own mail settings too
    report = AutoQuoteService(bert_db, make_service(bert_db, Clock())).run(TODAY, deliver=False)
    [number] = report.created
    quote = make_service(owner, Clock()).get(number)
    assert (quote.created_by, quote.sent_by) == (bert, bert)
    [sent] = [e for e in AuditRepository(owner).for_quote(number) if e.action == "sent"]
    assert sent.db_user == bert and f"automatic, by {bert}" in sent.details
    [message] = Outbox(owner).list()
    assert message.queued_by == bert  # goes out through bert's account, not anna's
    assert Outbox(anna_db).due(Clock()() + timedelta(hours=2)) == []
    anna_db.dispose()
    bert_db.dispose()


def test_only_the_tables_owner_can_grant_and_a_superuser_is_no_viewer(shared, owner) -> None:
    _url, make = shared
    _anna, anna_db = _member(shared, owner, "anna")
    bert = make("bert")
    with pytest.raises(team_repo.TeamError, match="only the owner"):
        team_repo.grant(anna_db, bert)  # anna may write, but she does not own the tables
    with owner.connect() as conn:
        me = conn.execute(text("SELECT current_user")).scalar_one()  # the cluster's superuser
    with pytest.raises(team_repo.TeamError, match="is a superuser"):
        team_repo.grant(owner, me, read_only=True)
    anna_db.dispose()


def test_a_private_cache_under_a_renamed_account_keeps_its_admins_settings(
    tmp_path: Path,
) -> None:
    import shutil

    from renewdesk.store.models import SettingRow

    fixture = Path(__file__).parents[1] / "fixtures" / "cache_schema_0001.sqlite"
    shutil.copyfile(fixture, tmp_path / "old.sqlite")
    engine = open_cache(tmp_path / "old.sqlite")  # migrated: personal values go to os_user()
    before = SettingsService(engine, MemorySecretStore()).load()
    assert before.sender and before.smtp_host  # the fixture's admin set them up
    settings = SettingRow.__table__
    with engine.begin() as conn:  # the file moved to an account of another name
        conn.execute(
            settings.update().where(settings.c.owner != "").values(owner="previous-account")
        )
    moved = SettingsService(engine, MemorySecretStore()).load()
    assert (moved.sender, moved.smtp_host) == (before.sender, before.smtp_host)
    SettingsService(engine, MemorySecretStore()).save(moved)  # now under this account's name
    with engine.begin() as conn:
        owners = set(conn.execute(select(settings.c.owner).distinct()).scalars())
    assert owners == {"", "previous-account", os_user()}
    assert SettingsService(engine, MemorySecretStore()).load().sender == before.sender
    engine.dispose()


def test_0005_goes_down_and_up_again_keeping_each_settings_value(cache_engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    from renewdesk.store.engine import MIGRATIONS_DIR

    def config(conn: object) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        return cfg

    seed_world(cache_engine).sub("S-1")
    service = make_service(cache_engine, Clock())  # saves its sender and server (personal)
    number = service.create_draft(service.request(["S-1"])).number
    SettingsRepository(cache_engine).set_many({"quotes.validity_days": "40"})
    before = SettingsRepository(cache_engine).all()
    from alembic.script import ScriptDirectory

    with cache_engine.begin() as conn:
        below = ScriptDirectory.from_config(config(conn)).get_revision("0005_team_identity")
        command.downgrade(config(conn), str(below.down_revision))
    with cache_engine.begin() as conn:
        command.upgrade(config(conn), "head")
        command.check(config(conn))  # the models match the migrations again
    assert SettingsRepository(cache_engine).all() == before
    # Taken back from the audit trail, whose events then name only the OS user.
    assert make_service(cache_engine, Clock()).get(number).created_by == os_user()


def test_a_private_cache_sends_what_its_admin_queued_under_an_older_name(engine) -> None:
    from email.message import EmailMessage

    from renewdesk.store.engine import writer
    from renewdesk.store.models import OutboxRow

    seed_world(engine).sub("S-1")
    service = make_service(engine, Clock())
    number = service.create_draft(service.request(["S-1"])).number
    msg = EmailMessage()
    msg["Message-ID"] = "<old-account@renewdesk.test>"
    msg.set_content("Your renewal quote.")
    with writer(engine).begin() as conn:
        Outbox(engine).enqueue(conn, number, msg, ["buyer@example.com"], now=Clock()())
        conn.execute(OutboxRow.__table__.update().values(queued_by="previous-account"))
    assert Outbox(engine).send_due(lambda raw, to: None, Clock()()).sent == 1
