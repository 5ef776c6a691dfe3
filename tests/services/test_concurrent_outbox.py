"""Three ``outbox send`` processes at once over a slow SMTP server, on both engines (issue 13).

The server is aiosmtpd on loopback taking a while over every DATA, so each sender is
still inside one conversation while the others look for work. The count at the
server, by Message-ID, is the truth: every message exactly once.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, time
from email.message import EmailMessage
from typing import Any

from renewdesk.domain import OutboxStatus
from renewdesk.mail.outbox import Outbox
from renewdesk.store import quote_repo
from renewdesk.store.engine import writer
from renewdesk.store.repositories import upsert_customer
from tests.hardening.smtp_servers import RecordingSmtp
from tests.mail.conftest import build_quote
from tests.quotes.conftest import TODAY, smtp_settings_service
from tests.services.concurrency import Shared, shared_cache

__all__ = ["shared_cache"]  # the fixture, imported for pytest

MESSAGES = 9
SENDERS = 3
QUEUED = datetime.combine(TODAY, time(0, 0))  # due for the children's clock (RENEWDESK_TODAY)


class SlowSmtp(RecordingSmtp):
    """Takes ``delay`` seconds in every DATA before accepting the message."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


def queue_messages(shared: Shared) -> list[str]:
    outbox = Outbox(shared.engine)
    ids = []
    for i in range(1, MESSAGES + 1):
        quote = build_quote(number=f"Q-2026-{i:06d}", lines=())
        msg = EmailMessage()
        msg["Message-ID"] = f"<quote-{i}@renewdesk.test>"
        msg["From"] = "quotes@renewdesk.example"
        msg["To"] = "asa@example.com"
        msg["Subject"] = f"Quote {quote.number}"
        msg.set_content("Your renewal quote is attached.")
        with writer(shared.engine).begin() as conn:
            upsert_customer(conn, quote.customer)
            quote_repo.insert_quote(conn, quote)
            outbox.enqueue(conn, quote.number, msg, ["asa@example.com"], now=QUEUED)
        ids.append(msg["Message-ID"])
    return ids


def test_three_senders_at_once_over_a_slow_server_deliver_each_message_once(
    shared_cache: Shared,
) -> None:
    with SlowSmtp(delay=0.4) as server:
        smtp_settings_service(shared_cache.engine, server.port)
        message_ids = queue_messages(shared_cache)
        for _ in range(SENDERS):
            shared_cache.start("outbox")
        shared_cache.go()
        results = shared_cache.results()
    assert [r["error"] for r in results] == [""] * SENDERS
    assert sum(r["sent"] for r in results) == MESSAGES
    assert len([r for r in results if r["sent"]]) >= 2  # they really sent side by side
    assert server.message_ids() == dict.fromkeys(message_ids, 1)
    messages = Outbox(shared_cache.engine).list()
    assert [m.status for m in messages] == [OutboxStatus.SENT] * MESSAGES
    assert [m.attempts for m in messages] == [1] * MESSAGES  # claimed once each
    assert Outbox(shared_cache.engine).recover_interrupted() == 0  # every lease given back
