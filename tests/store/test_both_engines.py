"""The store's statements on both engines (issue 13): SQLite, and PostgreSQL where a server runs.

Each test takes ``cache_engine`` (``tests/conftest.py``), a migrated cache on one
engine per parameter; the PostgreSQL case skips with the reason when
``RENEWDESK_TEST_PG_URL`` is unset.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, create_engine

from renewdesk.domain import Address, Customer
from renewdesk.store.engine import writer
from renewdesk.store.import_writes import record_run
from renewdesk.store.quote_repo import next_quote_number
from renewdesk.store.repositories import CustomerRepository, SettingsRepository
from tests.pg_server import SessionCache, server_url


def test_parallel_quotes_take_distinct_numbers_none_reused(cache_engine: Engine) -> None:
    numbers: list[str] = []
    start = threading.Barrier(8)

    def take() -> None:
        start.wait()
        for _ in range(5):
            with writer(cache_engine).begin() as conn:
                numbers.append(next_quote_number(conn, 2026))

    threads = [threading.Thread(target=take) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(numbers) == [f"Q-2026-{n:06d}" for n in range(1, 41)]
    with writer(cache_engine).begin() as conn:
        assert next_quote_number(conn, 2027) == "Q-2027-000001"  # each year counts afresh


def test_saving_again_replaces_a_customer_and_a_setting(cache_engine: Engine) -> None:
    customers, settings = CustomerRepository(cache_engine), SettingsRepository(cache_engine)
    customers.save(Customer(csn="5100", company_name="Nordljus AB"))
    customers.save(Customer(csn="5100", company_name="Nordljus AB", address=Address(city="Umeå")))
    settings.set_many({"quote.validity_days": "30"})
    settings.set_many({"quote.validity_days": "45"})
    assert [(c.csn, c.address.city) for c in customers.all()] == [("5100", "Umeå")]
    assert settings.get("quote.validity_days") == "45"


def test_each_test_gets_the_session_database_emptied_with_its_numbers_restarted(
    pg_session_cache: SessionCache,
) -> None:
    """The cheap PostgreSQL fixture (tests/pg_server.py) hands out a cache as if just migrated."""
    url = pg_session_cache.empty(server_url())
    engine = create_engine(url)
    try:
        CustomerRepository(engine).save(Customer(csn="5100", company_name="Nordljus AB"))
        with writer(engine).begin() as conn:
            assert next_quote_number(conn, 2026) == "Q-2026-000001"
            first = record_run(conn, "prices", "a.csv", (1, 0, 0), [], [{"action": "x"}])
        assert pg_session_cache.empty(server_url()) == url
        assert CustomerRepository(engine).all() == []
        with writer(engine).begin() as conn:
            assert next_quote_number(conn, 2026) == "Q-2026-000001"
            again = record_run(conn, "prices", "a.csv", (1, 0, 0), [], [{"action": "x"}])
        assert again == first == 1
    finally:
        engine.dispose()
