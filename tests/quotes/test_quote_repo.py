"""Quote persistence: exact round trip, the frozen customer snapshot, numbers under concurrency."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from renewdesk.domain import Address, QuoteStatus
from renewdesk.store import quote_repo as repo
from renewdesk.store.engine import open_cache, writer
from renewdesk.store.repositories import CustomerRepository
from tests.quotes.conftest import CSN, TODAY, make_service, seed_world, static_settings


def test_a_quote_reads_back_exactly_as_written(engine):
    world = seed_world(engine)
    world.sub("S-2", seats=2)
    world.sub("S-1", seats=5)
    world.campaign("TEN", "10")
    service = make_service(engine, settings=static_settings())
    odd = replace(
        service.customer(CSN),
        company_name='<b>Łódź & "Söner"</b>',
        address=Address("Rue 1", "Bât. B", "75001", "Paris", "IDF", "FR"),
    )
    request = service.request(
        ["S-2", "S-1"], seats={"S-1": 4}, recipients=["b@x.example", "a@x.example"], customer=odd
    )
    draft = service.create_draft(request)
    with engine.begin() as conn:
        stored = repo.load_quote(conn, draft.number)
    assert stored == draft
    assert [ln.subscription_id for ln in stored.lines] == ["S-2", "S-1"]  # selection order
    assert stored.recipients == ("b@x.example", "a@x.example")
    assert stored.customer.company_name == '<b>Łódź & "Söner"</b>'
    assert stored.lines[1].discount == Decimal("40.00")
    assert isinstance(stored.created, datetime)


def test_the_customer_snapshot_is_frozen_once_sent(engine):
    world = seed_world(engine)
    world.sub("S-1")
    world.sub("S-2")
    service = make_service(engine, settings=static_settings())
    quote = service.send(service.request(["S-1"]), "pdf").quote
    customers = CustomerRepository(engine)
    moved = replace(customers.get(CSN), address=Address("Ny gata 9", "", "411 01", "Göteborg"))
    customers.save(moved)
    assert service.get(quote.number).customer.address.city == "Stockholm"
    assert service.preview(service.request(["S-2"])).quote.customer.address.city == "Göteborg"


def test_open_quote_holders_ignore_closed_and_excluded_quotes(engine):
    world = seed_world(engine)
    world.sub("S-1")
    world.sub("S-2")
    service = make_service(engine, settings=static_settings())
    sent = service.send(service.request(["S-1"]), "pdf").quote
    draft = service.create_draft(service.request(["S-2"]))
    with engine.begin() as conn:
        holders = repo.open_quote_holders(conn, ["S-1", "S-2"], TODAY)
        assert holders == {"S-1": sent.number, "S-2": draft.number}
        assert repo.open_quote_holders(conn, ["S-1", "S-2"], TODAY, {draft.number}) == {
            "S-1": sent.number
        }
    service.buy(sent.number)
    with engine.begin() as conn:
        assert repo.open_quote_holders(conn, ["S-1"], TODAY) == {}
    assert service.get(sent.number).status is QuoteStatus.ORDERED


def test_two_processes_never_get_the_same_number(engine, db_path):
    world = seed_world(engine)
    subs = world.subs(20)
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(ids: list[str]) -> None:
        own = open_cache(db_path)  # a separate engine, as another process would have
        try:
            service = make_service(own, settings=static_settings())
            for sid in ids:
                number = service.create_draft(service.request([sid])).number
                with lock:
                    numbers.append(number)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            own.dispose()

    ids = [s.subscription_id for s in subs]
    threads = [threading.Thread(target=work, args=(ids[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == [f"Q-2026-{n:06d}" for n in range(1, 21)]


def test_the_counter_survives_a_rolled_back_transaction(engine):
    seed_world(engine)
    with writer(engine).begin() as conn:
        assert repo.next_quote_number(conn, 2026) == "Q-2026-000001"
    try:
        with writer(engine).begin() as conn:
            assert repo.next_quote_number(conn, 2026) == "Q-2026-000002"
            raise RuntimeError("crash before commit")
    except RuntimeError:
        pass
    with writer(engine).begin() as conn:
        # the rolled-back number was never used by a stored quote, so handing it out is safe
        assert repo.next_quote_number(conn, 2026) == "Q-2026-000002"
