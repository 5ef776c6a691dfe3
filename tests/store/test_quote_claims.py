"""The claims that keep a subscription on one open quote, on both engines (issue 13).

``cache_engine`` runs each test on a SQLite file and on a PostgreSQL database.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import date, timedelta

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from renewdesk.domain import QuoteStatus
from renewdesk.store import claim_repo, quote_repo
from renewdesk.store.engine import MIGRATIONS_DIR, writer
from renewdesk.store.repositories import upsert_customer
from tests.mail.conftest import build_quote

DAY = date(2026, 3, 4)


def store_quotes(engine: Engine, *numbers: str, **changes: object) -> None:
    with writer(engine).begin() as conn:
        for number in numbers:
            quote = build_quote(number=number, lines=(), **changes)
            upsert_customer(conn, quote.customer)
            quote_repo.insert_quote(conn, quote)


def holders(engine: Engine, *ids: str) -> dict[str, str]:
    with engine.begin() as conn:
        return claim_repo.holders(conn, list(ids))


def claim(engine: Engine, number: str, ids: list[str], **kwargs: object) -> dict[str, str]:
    kwargs.setdefault("open_until", None)
    kwargs.setdefault("today", DAY)
    with writer(engine).begin() as conn:
        return claim_repo.claim(conn, number, ids, **kwargs)  # type: ignore[arg-type]


def test_a_second_claim_waits_for_the_first_then_is_refused_naming_it(
    cache_engine: Engine,
) -> None:
    store_quotes(cache_engine, "Q-2026-000001", "Q-2026-000002")
    refused: list[dict[str, str]] = []
    with writer(cache_engine).connect() as first:
        with first.begin():
            claim_repo.claim(first, "Q-2026-000001", ["SUB-1"], open_until=None, today=DAY)
            second = threading.Thread(
                target=lambda: refused.append(claim(cache_engine, "Q-2026-000002", ["SUB-1"]))
            )
            second.start()
            time.sleep(0.5)
            assert second.is_alive()  # waits on the first transaction's claim
        second.join(15)
    assert refused == [{"SUB-1": "Q-2026-000001"}]
    assert holders(cache_engine, "SUB-1") == {"SUB-1": "Q-2026-000001"}


def test_a_claim_is_taken_over_only_after_expiry_by_a_replacement_or_when_released(
    cache_engine: Engine,
) -> None:
    store_quotes(cache_engine, "Q-2026-000001", "Q-2026-000002", "Q-2026-000003")
    assert claim(cache_engine, "Q-2026-000001", ["SUB-1", "SUB-2"], open_until=DAY) == {}
    busy = {"SUB-1": "Q-2026-000001"}
    assert claim(cache_engine, "Q-2026-000002", ["SUB-1"]) == busy  # open on its last day
    after = DAY + timedelta(days=1)
    assert claim(cache_engine, "Q-2026-000002", ["SUB-1"], today=after) == {}  # expired
    takes = {"takes_from": ["Q-2026-000002"]}
    assert claim(cache_engine, "Q-2026-000003", ["SUB-1"], **takes) == {}  # the copy
    assert holders(cache_engine, "SUB-1", "SUB-2") == {
        "SUB-1": "Q-2026-000003",
        "SUB-2": "Q-2026-000001",
    }
    with writer(cache_engine).begin() as conn:
        claim_repo.release(conn, "Q-2026-000003")
    assert holders(cache_engine, "SUB-1") == {}
    assert claim(cache_engine, "Q-2026-000002", ["SUB-1"]) == {}


def test_a_draft_that_drops_a_line_releases_its_claim(cache_engine: Engine) -> None:
    store_quotes(cache_engine, "Q-2026-000001", "Q-2026-000002")
    assert claim(cache_engine, "Q-2026-000001", ["SUB-1", "SUB-2"]) == {}
    assert claim(cache_engine, "Q-2026-000001", ["SUB-2"]) == {}
    assert claim(cache_engine, "Q-2026-000002", ["SUB-1"]) == {}


def _alembic(engine: Engine, action: str, revision: str) -> None:
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)


def test_migrating_a_cache_with_two_open_quotes_on_one_subscription_keeps_the_newest(
    cache_engine: Engine,
) -> None:
    """Before the claims, a subscription could be on two open quotes (two admins at once)."""
    from tests.quotes.conftest import seed_world

    world = seed_world(cache_engine)
    world.subs(3)
    base = build_quote()
    line = base.lines[0]

    def on(*ids: str) -> tuple[object, ...]:
        return tuple(replace(line, subscription_id=i) for i in ids)

    with writer(cache_engine).begin() as conn:  # written the old way: no claims
        upsert_customer(conn, base.customer)
        for number, status, ids in (
            ("Q-2026-000001", QuoteStatus.DRAFT, ("S-001", "S-002")),
            ("Q-2026-000002", QuoteStatus.QUOTED, ("S-001",)),
            ("Q-2026-000003", QuoteStatus.ORDERED, ("S-003",)),
        ):
            quote = replace(base, number=number, status=status, lines=on(*ids))
            quote_repo.insert_quote(conn, quote)  # type: ignore[arg-type]
    _alembic(cache_engine, "downgrade", "0003_outbox_lease")
    _alembic(cache_engine, "upgrade", "head")
    assert holders(cache_engine, "S-001", "S-002", "S-003") == {
        "S-001": "Q-2026-000002",  # the newer of the two open quotes
        "S-002": "Q-2026-000001",
    }
    stored = quote_repo.QuoteRepository(cache_engine).all()
    assert [len(q.lines) for q in stored] == [1, 1, 2]  # down and up again: every line kept
    assert {q.version for q in stored} == {1}
    # The QUOTED one's claim ends with its expiry; the draft's does not.
    after = base.expires + timedelta(days=1)
    store_quotes(cache_engine, "Q-2026-000004")
    assert claim(cache_engine, "Q-2026-000004", ["S-001", "S-002"], today=after) == {
        "S-002": "Q-2026-000001"
    }
