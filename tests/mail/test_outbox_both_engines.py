"""The outbox's one-sender-at-a-time claim on both engines (issue 13): three senders, one delivery each."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import Engine

from renewdesk.domain import OutboxStatus
from renewdesk.mail.outbox import Outbox
from renewdesk.store import quote_repo
from renewdesk.store.engine import writer
from renewdesk.store.repositories import upsert_customer
from tests.mail.conftest import build_quote

MESSAGES = 6


def _queue(engine: Engine, outbox: Outbox) -> None:
    for i in range(1, MESSAGES + 1):
        quote = build_quote(number=f"Q-2026-{i:06d}", lines=())
        msg = EmailMessage()
        msg["Message-ID"] = f"<quote-{i}@renewdesk.test>"
        msg["Subject"] = f"Quote {quote.number}"
        msg.set_content("Your renewal quote is attached.")
        with writer(engine).begin() as conn:
            upsert_customer(conn, quote.customer)
            quote_repo.insert_quote(conn, quote)
            outbox.enqueue(conn, quote.number, msg, ["asa@example.com"])


def test_three_senders_at_once_deliver_each_message_once(cache_engine: Engine) -> None:
    outbox = Outbox(cache_engine)
    _queue(cache_engine, outbox)
    delivered: list[bytes] = []
    lock = threading.Lock()

    def slow_server(raw: bytes, recipients: list[str]) -> None:
        with lock:
            delivered.append(raw)
        time.sleep(0.05)  # long enough for the other senders to reach the same message

    start = threading.Barrier(3)
    now = datetime.now()

    def sender() -> None:
        start.wait()
        outbox.send_due(slow_server, now)

    threads = [threading.Thread(target=sender) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(delivered) == MESSAGES
    assert len(set(delivered)) == MESSAGES  # none twice
    messages = outbox.list()
    assert [m.status for m in messages] == [OutboxStatus.SENT] * MESSAGES
    assert [m.attempts for m in messages] == [1] * MESSAGES
    assert outbox.recover_interrupted() == 0  # every lease given back
