"""Two admins editing the same customer or draft: the second save is refused with who
changed it and when, never a silent overwrite (issue 13), on both engines.

On PostgreSQL the two admins are two real roles of the server (the name in the
refusal is the database user); on SQLite both are this OS user, as a private cache has
no other.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from renewdesk.store.identity import os_user
from renewdesk.store.repositories import CustomerRepository
from renewdesk.store.versions import StaleEditError
from tests.pg_server import fresh_database, migrate, server_url
from tests.quotes.conftest import CSN, Clock, make_service, seed_world, static_settings


@dataclass
class Admins:
    first: Engine  # both over the same cache
    second: Engine
    first_name: str


def _role_engine(url: str, role: str) -> Engine:
    return create_engine(make_url(url).set(username=role), hide_parameters=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def admins(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Admins]:
    if request.param == "sqlite":
        from renewdesk.store.engine import open_cache

        one, two = open_cache(tmp_path / "c.sqlite"), open_cache(tmp_path / "c.sqlite")
        yield Admins(one, two, os_user())
        one.dispose()
        two.dispose()
        return
    suffix = secrets.token_hex(4)
    roles = [f"conc_alice_{suffix}", f"conc_bob_{suffix}"]
    with fresh_database(server_url()) as url:
        owner = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            migrate(owner)
            with owner.connect() as conn:
                for role in roles:
                    conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
                    conn.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{role}"'))
                    conn.execute(text(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
            one, two = (_role_engine(url, r) for r in roles)
            try:
                yield Admins(one, two, roles[0])
            finally:
                one.dispose()
                two.dispose()
                with owner.connect() as conn:
                    for role in roles:
                        conn.execute(text(f'DROP OWNED BY "{role}"'))
        finally:
            owner.dispose()
    admin = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            for role in roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    finally:
        admin.dispose()


def service_over(engine: Engine) -> Any:
    return make_service(engine, Clock(), settings=static_settings(), deliver_now=lambda now: None)


def test_the_second_admins_customer_edit_is_refused_naming_the_first(admins: Admins) -> None:
    seed_world(admins.first).subs(2)
    alice, bob = service_over(admins.first), service_over(admins.second)
    # Both open the review for the same customer: its details and their version.
    opened = alice.customer(CSN)
    version = alice.customer_version(CSN)
    assert bob.customer_version(CSN) == version
    typed_by_alice = replace(opened, buyer_email="inköp@acme.example")
    typed_by_bob = replace(opened, buyer_phone="+46 8 765 43 21")
    alice.create_draft(alice.request(["S-001"], customer=typed_by_alice, customer_version=version))
    with pytest.raises(StaleEditError) as refused:
        bob.create_draft(bob.request(["S-002"], customer=typed_by_bob, customer_version=version))
    assert str(refused.value) == (
        f"Customer {CSN} was changed by {admins.first_name} at 2026-11-20 10:30: "
        "reload it and save again"
    )
    stored = CustomerRepository(admins.first).get(CSN)
    assert stored is not None
    assert (stored.buyer_email, stored.buyer_phone) == ("inköp@acme.example", opened.buyer_phone)
    assert [q.number for q in bob.list_quotes()] == ["Q-2026-000001"]  # bob saved nothing
    # Reload: the details as they are now, with their version; the save goes through.
    again = replace(bob.customer(CSN), buyer_phone="+46 8 765 43 21")
    bob.create_draft(
        bob.request(["S-002"], customer=again, customer_version=bob.customer_version(CSN))
    )
    stored = CustomerRepository(admins.first).get(CSN)
    assert stored is not None
    assert (stored.buyer_email, stored.buyer_phone) == ("inköp@acme.example", "+46 8 765 43 21")


def test_the_second_admins_draft_edit_is_refused_naming_the_first(admins: Admins) -> None:
    seed_world(admins.first).subs(1)
    alice, bob = service_over(admins.first), service_over(admins.second)
    draft = alice.create_draft(alice.request(["S-001"]))
    opened_by_bob = bob.get(draft.number)
    assert opened_by_bob.version == draft.version == 1
    saved = alice.update_draft(
        draft.number, alice.request(["S-001"], seats={"S-001": 2}), version=draft.version
    )
    assert saved.version == 2
    with pytest.raises(StaleEditError) as refused:
        bob.update_draft(
            draft.number, bob.request(["S-001"], seats={"S-001": 1}), version=opened_by_bob.version
        )
    assert str(refused.value) == (
        f"Quote {draft.number} was changed by {admins.first_name} at 2026-11-20 10:30: "
        "reload it and save again"
    )
    assert bob.get(draft.number).lines[0].seats == 2  # alice's edit stands


def test_two_admins_adding_the_same_new_customer_at_once_the_second_is_refused(
    pg_cache_url: str,
) -> None:
    import threading
    from datetime import datetime

    from renewdesk.domain import Address, Customer
    from renewdesk.store.engine import writer
    from renewdesk.store.versions import save_customer

    first, second = (create_engine(pg_cache_url, hide_parameters=True) for _ in range(2))
    new = Customer("7777", "Nova AB", Address("Gatan 1", "", "111 22", "Stockholm", "", "SE"))
    when = datetime(2026, 12, 2, 9, 30)
    outcome: list[object] = []
    try:
        with writer(first).begin() as conn:
            assert save_customer(conn, new, None, when) == 1  # not committed yet

            def also_add() -> None:
                try:
                    with writer(second).begin() as other:
                        save_customer(other, replace(new, company_name="Nova Group"), None, when)
                    outcome.append("saved")
                except StaleEditError as exc:
                    outcome.append(exc)

            racer = threading.Thread(target=also_add)
            racer.start()
            racer.join(1.0)
            assert racer.is_alive()  # waits on the first admin's key, writes nothing yet
        racer.join(30)
        [refused] = outcome
        assert isinstance(refused, StaleEditError), refused
        assert refused.at == when and "reload it and save again" in str(refused)
        assert CustomerRepository(first).get("7777").company_name == "Nova AB"
    finally:
        first.dispose()
        second.dispose()
