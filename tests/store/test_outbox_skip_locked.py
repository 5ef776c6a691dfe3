"""On PostgreSQL a sender passes over a message another sender is claiming (issue 13).

``FOR UPDATE SKIP LOCKED``: the second sender's claim returns at once with nothing
instead of waiting for the first sender's transaction.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime
from email.message import EmailMessage

import pytest
from sqlalchemy import Engine, create_engine

from renewdesk.mail.outbox import Outbox
from renewdesk.store import outbox_repo, quote_repo
from renewdesk.store.repositories import upsert_customer
from tests.mail.conftest import build_quote
from tests.pg_server import migrate

NOW = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_url, hide_parameters=True)
    migrate(engine)
    yield engine
    engine.dispose()


def test_a_message_being_claimed_is_skipped_not_waited_for(pg_engine: Engine) -> None:
    quote = build_quote(lines=())
    msg = EmailMessage()
    msg["Message-ID"] = "<quote-1@renewdesk.test>"
    msg.set_content("Your renewal quote is attached.")
    with pg_engine.begin() as conn:
        upsert_customer(conn, quote.customer)
        quote_repo.insert_quote(conn, quote)
        outbox_id = Outbox(pg_engine).enqueue(conn, quote.number, msg, ["asa@example.com"], now=NOW)
    second: list[object] = []
    with pg_engine.connect() as first, first.begin():
        claimed = outbox_repo.claim_message(first, outbox_id, NOW, "first", NOW)
        assert claimed is not None

        def other_sender() -> None:
            with pg_engine.begin() as conn:
                second.append(outbox_repo.claim_message(conn, outbox_id, NOW, "second", NOW))

        thread = threading.Thread(target=other_sender)
        began = time.monotonic()
        thread.start()
        thread.join(5)
        waited = time.monotonic() - began
        assert not thread.is_alive()  # it did not wait for the first sender's commit
    assert second == [None] and waited < 2
    (lease,) = outbox_repo_leases(pg_engine)
    assert lease.holder == "first"


def outbox_repo_leases(engine: Engine) -> list[outbox_repo.Lease]:
    with engine.begin() as conn:
        return outbox_repo.sending_leases(conn)
