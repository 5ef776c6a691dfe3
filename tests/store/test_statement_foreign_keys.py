"""A subscription's customer and partner must exist, on both engines (issue 13 item 8).

SQLite enforces the two keys with ordinary per-row foreign keys; PostgreSQL, since
revision ``0007_statement_foreign_keys``, with statement-level triggers that check
the whole statement at once. Either way a writer (RenewDesk, a script, psql) gets
an ``IntegrityError`` and nothing of the statement is written. The PostgreSQL-only
cases: a COPY, a referenced row deleted while a subscription naming it is not yet
committed (the other writer waits, then is refused), and the migration itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, create_engine, delete, func, inspect, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from renewdesk.store.engine import writer
from renewdesk.store.models import CustomerRow, PartnerRow, SubscriptionRow
from renewdesk.store.repositories import SUB_COLUMNS
from tests.pg_server import alembic_config
from tests.team_roles import as_role, roles

CUSTOMER_FK = "fk_subscriptions_customer_csn_customers"
PARTNER_FK = "fk_subscriptions_partner_csn_partners"
_C, _P, _S = CustomerRow.__table__, PartnerRow.__table__, SubscriptionRow.__table__


def sub(subscription_id: str, customer: str = "5100", partner: str | None = None) -> dict:
    return {
        "subscription_id": subscription_id,
        "offering_type": "NEW",
        "customer_csn": customer,
        "partner_csn": partner,
        "currency": "EUR",
        "payment_method": "CARD",
        "term": "Annual",
        "seats": 5,
        "start_date": date(2026, 1, 1),
        "renewal_date": date(2027, 1, 1),
        "status": "Active",
    }


def customer(csn: str) -> dict:
    return {"csn": csn, "company_name": f"Customer {csn} AB"}


@pytest.fixture
def seeded(cache_engine: Engine) -> Engine:
    """Customers 5100 and 5200, partner 7100, and S-1 (5100 through 7100)."""
    with writer(cache_engine).begin() as conn:
        conn.execute(_C.insert(), [customer("5100"), customer("5200")])
        conn.execute(_P.insert(), [{"partner_csn": "7100", "name": "Reseller AB"}])
        conn.execute(_S.insert(), [sub("S-1", "5100", "7100")])
    return cache_engine


def ids(engine: Engine) -> list[tuple[str, str, str | None]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(_S.c.subscription_id, _S.c.customer_csn, _S.c.partner_csn).order_by(
                _S.c.subscription_id
            )
        )
        return [tuple(r) for r in rows]


def refused(engine: Engine, write: Callable[[Connection], Any]) -> IntegrityError:
    with pytest.raises(IntegrityError) as caught, writer(engine).begin() as conn:
        write(conn)
    if engine.dialect.name == "postgresql":  # a real foreign key's error, for its classifiers
        assert caught.value.orig.sqlstate == "23503"
    return caught.value


def count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


# ---- the subscriptions' side ---------------------------------------------------------------


def test_a_subscription_of_an_unknown_customer_is_refused(seeded: Engine) -> None:
    error = refused(seeded, lambda c: c.execute(_S.insert(), [sub("S-2", "9999")]))
    assert ids(seeded) == [("S-1", "5100", "7100")]
    if seeded.dialect.name == "postgresql":
        assert error.orig.diag.constraint_name == CUSTOMER_FK
        assert "Key (customer_csn)=(9999) is not present" in error.orig.diag.message_detail


def test_a_subscription_through_an_unknown_partner_is_refused(seeded: Engine) -> None:
    error = refused(seeded, lambda c: c.execute(_S.insert(), [sub("S-2", "5100", "7999")]))
    assert ids(seeded) == [("S-1", "5100", "7100")]
    if seeded.dialect.name == "postgresql":
        assert error.orig.diag.constraint_name == PARTNER_FK
        assert "Key (partner_csn)=(7999) is not present" in error.orig.diag.message_detail


def test_one_bad_row_of_a_multi_row_insert_writes_none_of_them(seeded: Engine) -> None:
    rows = [sub("S-2", "5200"), sub("S-3", "5100", "7100"), sub("S-4", "9999"), sub("S-5")]
    refused(seeded, lambda c: c.execute(_S.insert().values(rows)))  # one INSERT statement
    refused(seeded, lambda c: c.execute(_S.insert(), rows))  # executemany
    assert ids(seeded) == [("S-1", "5100", "7100")]


def test_a_direct_subscription_needs_no_partner(seeded: Engine) -> None:
    with writer(seeded).begin() as conn:
        conn.execute(_S.insert(), [sub("S-2", "5200", None), sub("S-3", "5100", "7100")])
    assert ids(seeded) == [("S-1", "5100", "7100"), ("S-2", "5200", None), ("S-3", "5100", "7100")]


def test_moving_a_subscription_to_an_unknown_customer_or_partner_is_refused(
    seeded: Engine,
) -> None:
    one = _S.c.subscription_id == "S-1"
    refused(seeded, lambda c: c.execute(update(_S).where(one).values(customer_csn="9999")))
    refused(seeded, lambda c: c.execute(update(_S).where(one).values(partner_csn="7999")))
    assert ids(seeded) == [("S-1", "5100", "7100")]
    with writer(seeded).begin() as conn:  # a known one, or none, is fine
        conn.execute(update(_S).where(one).values(customer_csn="5200", partner_csn=None))
        conn.execute(update(_S).values(status="Expired"))  # an update not touching the keys
    assert ids(seeded) == [("S-1", "5200", None)]


# ---- the referenced side --------------------------------------------------------------------


def test_a_customer_or_partner_a_subscription_names_cannot_be_deleted(seeded: Engine) -> None:
    refused(seeded, lambda c: c.execute(delete(_C).where(_C.c.csn == "5100")))
    refused(seeded, lambda c: c.execute(delete(_P)))
    refused(seeded, lambda c: c.execute(delete(_C)))  # one kept row is enough to refuse all
    assert (count(seeded, _C), count(seeded, _P)) == (2, 1)
    with writer(seeded).begin() as conn:  # one no subscription names can go
        conn.execute(delete(_C).where(_C.c.csn == "5200"))
    assert count(seeded, _C) == 1


def test_a_referenced_key_cannot_change_but_the_rest_of_its_row_can(seeded: Engine) -> None:
    refused(seeded, lambda c: c.execute(update(_C).where(_C.c.csn == "5100").values(csn="5101")))
    refused(seeded, lambda c: c.execute(update(_P).values(partner_csn="7101")))
    with writer(seeded).begin() as conn:  # what an import's upsert does to a known one
        conn.execute(update(_C).values(company_name="Renamed AB"))
        conn.execute(update(_P).values(email="partner@example.com"))
        conn.execute(update(_C).where(_C.c.csn == "5200").values(csn="5201"))  # unreferenced
    with seeded.connect() as conn:
        assert sorted(tuple(r) for r in conn.execute(select(_C.c.csn, _C.c.company_name))) == [
            ("5100", "Renamed AB"),
            ("5201", "Renamed AB"),
        ]
    assert ids(seeded) == [("S-1", "5100", "7100")]


def test_once_its_subscriptions_are_gone_a_customer_and_partner_can_be_deleted(
    seeded: Engine,
) -> None:
    with writer(seeded).begin() as conn:
        conn.execute(delete(_S))
        conn.execute(delete(_C))
        conn.execute(delete(_P))
    assert (count(seeded, _S), count(seeded, _C), count(seeded, _P)) == (0, 0, 0)


# ---- PostgreSQL only: COPY, TRUNCATE, two writers at once, the migration -----------------------


@pytest.fixture
def pg_seeded(pg_cache_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_cache_url, hide_parameters=True)
    with engine.begin() as conn:
        conn.execute(_C.insert(), [customer("5100"), customer("5200")])
        conn.execute(_P.insert(), [{"partner_csn": "7100", "name": "Reseller AB"}])
    yield engine
    engine.dispose()


def _copy(conn: Connection, lines: list[str]) -> None:
    """COPY text-format ``lines`` into subscriptions, as a script or the import would."""
    cur = conn.connection.driver_connection.cursor()
    with cur, cur.copy(f"COPY subscriptions ({', '.join(SUB_COLUMNS)}) FROM STDIN") as copy:
        copy.write("".join(lines))


def _line(subscription_id: str, customer: str, partner: str = r"\N") -> str:
    values = {**sub(subscription_id, customer), "partner_csn": partner, "auto_renew": "f"}
    return "\t".join(str(values.get(c, "")) for c in SUB_COLUMNS) + "\n"


def test_a_copy_naming_one_unknown_key_writes_nothing(pg_seeded: Engine) -> None:
    import psycopg

    good = [_line(f"S-{i:05d}", "5100" if i % 2 else "5200", "7100" if i % 3 else r"\N")
            for i in range(5000)]  # fmt: skip
    for bad, key in (
        (_line("S-X", "9999"), CUSTOMER_FK),
        (_line("S-X", "5100", "7999"), PARTNER_FK),
    ):
        with pytest.raises(psycopg.errors.ForeignKeyViolation) as caught:  # noqa: SIM117
            with pg_seeded.begin() as conn:  # psycopg's own error: COPY bypasses SQLAlchemy
                _copy(conn, [*good[:2500], bad, *good[2500:]])
        assert caught.value.diag.constraint_name == key
        assert count(pg_seeded, _S) == 0
    with pg_seeded.begin() as conn:
        _copy(conn, good)
    assert count(pg_seeded, _S) == 5000


def test_truncating_customers_or_partners_a_subscription_names_is_refused(
    pg_seeded: Engine,
) -> None:
    with pg_seeded.begin() as conn:
        conn.execute(_S.insert(), [sub("S-1", "5100", "7100")])
    refused(pg_seeded, lambda c: c.exec_driver_sql("TRUNCATE partners"))
    refused(pg_seeded, lambda c: c.exec_driver_sql("TRUNCATE customers CASCADE"))
    assert (count(pg_seeded, _C), count(pg_seeded, _P), count(pg_seeded, _S)) == (2, 1, 1)
    with pg_seeded.begin() as conn:  # together with the subscriptions is fine
        conn.exec_driver_sql("TRUNCATE subscriptions, partners, customers CASCADE")
    assert (count(pg_seeded, _C), count(pg_seeded, _P)) == (0, 0)


def test_a_writer_needs_only_to_read_customers_and_partners(
    pg_seeded: Engine, pg_cache_url: str
) -> None:
    """As with a real key, the checks (and their locks) run with the tables' owner's rights."""
    with roles(pg_cache_url) as make:
        role = make("clerk")
        with pg_seeded.begin() as conn:
            conn.exec_driver_sql(f'GRANT USAGE ON SCHEMA public TO "{role}"')
            conn.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
            conn.exec_driver_sql(f'GRANT INSERT ON subscriptions TO "{role}"')
        clerk = create_engine(as_role(pg_cache_url, role))
        try:
            with clerk.begin() as conn:
                conn.execute(_S.insert(), [sub("S-1", "5100", "7100")])
            refused(clerk, lambda c: c.execute(_S.insert(), [sub("S-2", "9999")]))
        finally:
            clerk.dispose()
    assert ids(pg_seeded) == [("S-1", "5100", "7100")]


def _waiting(engine: Engine, pid: int) -> bool:
    with engine.connect() as conn:
        state = conn.exec_driver_sql(
            f"SELECT wait_event_type FROM pg_stat_activity WHERE pid = {pid}"
        ).scalar()
    return state == "Lock"


def _in_thread(
    engine: Engine, write: Callable[[Connection], Any]
) -> tuple[threading.Thread, dict[str, Any]]:
    """Run ``write`` in its own transaction in a thread: the thread, and a dict that
    gets the connection's ``pid`` at once and the ``result`` ("written" or the error)."""
    outcome: dict[str, Any] = {}
    ready = threading.Event()

    def run() -> None:
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql("SET LOCAL lock_timeout = '20s'")  # never hangs the suite
                outcome["pid"] = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
                ready.set()
                write(conn)
            outcome["result"] = "written"
        except Exception as exc:  # the outcome the test asserts on
            outcome["result"] = exc
        finally:
            ready.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10)
    return thread, outcome


def _until_waiting(engine: Engine, outcome: dict[str, Any]) -> None:
    deadline = time.monotonic() + 10
    while not _waiting(engine, outcome["pid"]):
        assert "result" not in outcome, f"the second writer did not wait: {outcome['result']}"
        assert time.monotonic() < deadline, "the second writer never waited for the first"
        time.sleep(0.02)


@pytest.mark.parametrize("first_ends", ["commit", "rollback"])
def test_deleting_a_customer_waits_for_an_uncommitted_subscription_naming_it(
    pg_seeded: Engine, first_ends: str
) -> None:
    first = pg_seeded.connect()
    try:
        trans = first.begin()
        first.execute(_S.insert(), [sub("S-1", "5100")])  # locks customer 5100, not committed
        thread, outcome = _in_thread(
            pg_seeded, lambda c: c.execute(delete(_C).where(_C.c.csn == "5100"))
        )
        _until_waiting(pg_seeded, outcome)  # the DELETE waits for the first writer
        if first_ends == "commit":
            trans.commit()
        else:
            trans.rollback()
        thread.join(30)
        assert not thread.is_alive()
    finally:
        first.close()
    if first_ends == "commit":  # it then sees the subscription and is refused
        assert isinstance(outcome["result"], IntegrityError), outcome["result"]
        assert outcome["result"].orig.sqlstate == "23503"
        assert ids(pg_seeded) == [("S-1", "5100", None)]
        assert count(pg_seeded, _C) == 2
    else:  # nothing names it any more: it goes
        assert outcome["result"] == "written"
        assert count(pg_seeded, _C) == 1


def test_a_subscription_of_a_customer_being_deleted_waits_then_is_refused(
    pg_seeded: Engine,
) -> None:
    first = pg_seeded.connect()
    try:
        trans = first.begin()
        first.execute(delete(_C).where(_C.c.csn == "5100"))  # not committed yet
        thread, outcome = _in_thread(pg_seeded, lambda c: c.execute(_S.insert(), [sub("S-1")]))
        _until_waiting(pg_seeded, outcome)  # its lock on the customer waits for the DELETE
        trans.commit()
        thread.join(30)
        assert not thread.is_alive()
    finally:
        first.close()
    assert isinstance(outcome["result"], IntegrityError), outcome["result"]
    assert outcome["result"].orig.diag.constraint_name == CUSTOMER_FK
    assert count(pg_seeded, _S) == 0


def test_an_uncommitted_subscription_keeps_its_customer_from_being_deleted_meanwhile(
    pg_seeded: Engine,
) -> None:
    first = pg_seeded.connect()
    try:
        first.begin()
        first.execute(_S.insert(), [sub("S-1", "5100")])
        lock = pytest.raises(OperationalError, match="lock timeout")
        with lock, pg_seeded.begin() as conn:
            conn.exec_driver_sql("SET LOCAL lock_timeout = '200ms'")
            conn.execute(delete(_C).where(_C.c.csn == "5100"))
    finally:
        first.close()


def _keys_and_triggers(engine: Engine) -> tuple[set[str | None], set[str]]:
    with engine.connect() as conn:
        keys = {fk["name"] for fk in inspect(conn).get_foreign_keys("subscriptions")}
        triggers = set(
            conn.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
                "AND tgname NOT LIKE 'renewdesk_notify_%%'"
            ).scalars()
        )
    return keys, triggers


def test_the_migration_trades_the_per_row_keys_for_triggers_and_back(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        keys, triggers = _keys_and_triggers(engine)
        assert keys == set()
        assert triggers == {
            "renewdesk_subscriptions_keys_insert",
            "renewdesk_subscriptions_keys_update",
            *(f"renewdesk_{t}_referenced_{e}" for t in ("customers", "partners")
              for e in ("delete", "update", "truncate")),
        }  # fmt: skip
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0005_team_identity")
        keys, triggers = _keys_and_triggers(engine)
        assert keys == {CUSTOMER_FK, PARTNER_FK}
        assert triggers == set()
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            command.check(alembic_config(conn))
        assert _keys_and_triggers(engine)[0] == set()
    finally:
        engine.dispose()


def test_sqlite_keeps_its_ordinary_foreign_keys(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as conn:
        keys = {
            (tuple(fk["constrained_columns"]), fk["referred_table"])
            for fk in inspect(conn).get_foreign_keys("subscriptions")
        }
    assert keys == {(("customer_csn",), "customers"), (("partner_csn",), "partners")}
