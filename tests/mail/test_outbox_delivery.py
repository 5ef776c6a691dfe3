"""The outbox over a real cache file and a real SMTP server: queue, retry, fail, recover."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import Engine

from renewdesk.domain import OutboxStatus, Quote
from renewdesk.mail.message import build_quote_message
from renewdesk.mail.outbox import INTERRUPTED, Outbox, SendReport, backoff
from renewdesk.mail.smtp import SmtpSettings, TemporarySmtpError, make_sender
from renewdesk.store.engine import open_cache, writer
from renewdesk.store.models import QuoteRow
from renewdesk.store.repositories import AuditRepository
from tests.mail.leases import dead_holder, set_lease

if TYPE_CHECKING:
    from conftest import SmtpServer  # tests/mail/conftest.py, for the annotations only

NOW = datetime(2026, 2, 2, 9, 0)
PDF = b"%PDF-1.4\n% outbox test\n%%EOF\n"
RECIPIENTS = ["asa@example.com", "cfo@example.com"]


@pytest.fixture
def quote(stored_quote: Quote) -> Quote:
    return stored_quote


def message(quote: Quote) -> EmailMessage:
    return build_quote_message(quote, PDF, "quotes@acme.example", RECIPIENTS)


def send_with(settings: SmtpSettings) -> Callable[[bytes, list[str]], object]:
    return make_sender(settings, None)


def actions(engine: Engine, number: str) -> list[str]:
    return [e.action for e in AuditRepository(engine).for_quote(number)]


def test_enqueue_stores_the_bytes_before_any_attempt(engine: Engine, quote: Quote) -> None:
    box = Outbox(engine)
    msg = message(quote)
    outbox_id = box.enqueue(None, quote.number, msg, RECIPIENTS, now=NOW)

    (queued,) = box.list([OutboxStatus.QUEUED])
    assert queued.id == outbox_id and queued.attempts == 0
    assert queued.message_id == msg["Message-ID"]
    assert queued.recipients == tuple(RECIPIENTS)
    assert box.raw_bytes(outbox_id) == bytes(msg)
    assert [m.id for m in box.due(NOW)] == [outbox_id]
    assert actions(engine, quote.number) == ["email_queued"]


def test_enqueue_joins_the_callers_transaction(engine: Engine, quote: Quote) -> None:
    box = Outbox(engine)
    with pytest.raises(RuntimeError), writer(engine).begin() as conn:
        box.enqueue(conn, quote.number, message(quote), RECIPIENTS, now=NOW)
        conn.execute(QuoteRow.__table__.update().values(status="QUOTED"))
        raise RuntimeError("the quote service failed after queueing")
    assert box.list() == []
    assert actions(engine, quote.number) == []

    with writer(engine).begin() as conn:
        box.enqueue(conn, quote.number, message(quote), RECIPIENTS, now=NOW)
    assert len(box.list()) == 1


def test_server_down_then_up_delivers_exactly_once(
    engine: Engine, quote: Quote, smtp_server: SmtpServer
) -> None:
    box = Outbox(engine)
    msg = message(quote)
    outbox_id = box.enqueue(None, quote.number, msg, RECIPIENTS, now=NOW)
    send = send_with(smtp_server.settings())

    report = box.send_due(send, NOW)  # nothing listens on the port yet
    assert (report.sent, report.retrying, report.online) == (0, 1, False)
    waiting = box.get(outbox_id)
    assert waiting is not None
    assert waiting.status is OutboxStatus.QUEUED and waiting.attempts == 1
    assert "refused the connection" in waiting.last_error
    assert waiting.next_attempt == NOW + timedelta(minutes=1)
    assert box.due(NOW) == []  # not again before the back-off

    smtp_server.start()
    later = NOW + timedelta(minutes=1)
    assert box.send_due(send, later).sent == 1
    assert len(smtp_server.handler.received) == 1
    assert smtp_server.handler.received[0].rcpt_tos == RECIPIENTS
    assert msg["Message-ID"].encode() in smtp_server.handler.received[0].original_content

    again = box.send_due(send, later + timedelta(hours=2))
    assert again == SendReport() and again.online is None
    assert len(smtp_server.handler.received) == 1
    sent = box.get(outbox_id)
    assert sent is not None
    assert (sent.status, sent.attempts, sent.last_error) == (OutboxStatus.SENT, 2, "")
    assert actions(engine, quote.number) == [
        "email_queued",
        "email_sending",
        "email_retry_scheduled",
        "email_sending",
        "email_sent",
    ]


def test_unreachable_server_leaves_the_rest_untouched(
    engine: Engine, quote: Quote, dead_smtp: SmtpServer
) -> None:
    box = Outbox(engine)
    ids = [box.enqueue(None, quote.number, message(quote), RECIPIENTS, now=NOW) for _ in range(3)]
    report = box.send_due(send_with(dead_smtp.settings()), NOW)
    assert (report.retrying, report.deferred, report.unreachable) == (1, 2, True)
    attempts = [box.get(i).attempts for i in ids]  # type: ignore[union-attr]
    assert attempts == [1, 0, 0]


def test_5xx_answer_fails_with_the_reason_until_retry_now(
    engine: Engine, quote: Quote, running_smtp: SmtpServer
) -> None:
    running_smtp.handler.answer_data = "554 5.7.1 Message rejected as spam"
    box = Outbox(engine)
    outbox_id = box.enqueue(None, quote.number, message(quote), RECIPIENTS, now=NOW)
    send = send_with(running_smtp.settings())

    report = box.send_due(send, NOW)
    assert (report.failed, report.online) == (1, True)
    failed = box.get(outbox_id)
    assert failed is not None and failed.status is OutboxStatus.FAILED
    assert "554" in failed.last_error and "rejected as spam" in failed.last_error
    assert box.send_due(send, NOW + timedelta(days=1)).attempted == 0  # waits for the admin

    running_smtp.handler.answer_data = ""
    retry_at = NOW + timedelta(hours=3)
    assert box.retry_now(outbox_id, retry_at)
    assert [m.id for m in box.due(retry_at)] == [outbox_id]
    assert box.send_due(send, retry_at).sent == 1
    assert len(running_smtp.handler.received) == 1
    assert not box.retry_now(outbox_id, retry_at)  # a sent message stays sent
    assert "email_failed" in actions(engine, quote.number)
    assert "email_retry_now" in actions(engine, quote.number)


def test_message_left_sending_by_a_crash_is_requeued_and_sent_once(
    db_path: Path, engine: Engine, quote: Quote, running_smtp: SmtpServer
) -> None:
    box = Outbox(engine)
    msg = message(quote)
    outbox_id = box.enqueue(None, quote.number, msg, RECIPIENTS, now=NOW)

    class Crash(BaseException):
        """The process dies while the SMTP conversation is under way."""

    def crashing_send(raw: bytes, recipients: list[str]) -> None:
        raise Crash

    with pytest.raises(Crash):
        box.send_due(crashing_send, NOW)
    assert box.recover_interrupted(NOW) == 0  # this process holds the lease: not gone
    set_lease(engine, outbox_id, dead_holder())  # ... as if the crashed process had
    engine.dispose()

    restarted = open_cache(db_path)  # the next start of the app
    try:
        box = Outbox(restarted)
        stuck = box.get(outbox_id)
        assert stuck is not None and stuck.status is OutboxStatus.SENDING
        assert box.due(NOW) == []

        assert box.recover_interrupted(NOW + timedelta(minutes=5)) == 1
        requeued = box.get(outbox_id)
        assert requeued is not None
        assert (requeued.status, requeued.last_error) == (OutboxStatus.QUEUED, INTERRUPTED)
        assert requeued.message_id == msg["Message-ID"]

        report = box.send_due(send_with(running_smtp.settings()), NOW + timedelta(minutes=5))
        assert report.sent == 1
        assert box.send_due(send_with(running_smtp.settings()), NOW + timedelta(days=1)).sent == 0
        assert len(running_smtp.handler.received) == 1
        assert "email_requeued" in actions(restarted, quote.number)
    finally:
        restarted.dispose()


def test_partly_refused_recipients_are_sent_with_a_note(
    engine: Engine, quote: Quote, running_smtp: SmtpServer
) -> None:
    running_smtp.handler.refuse = {"cfo@example.com": "550 5.1.1 No such user"}
    box = Outbox(engine)
    outbox_id = box.enqueue(None, quote.number, message(quote), RECIPIENTS, now=NOW)
    assert box.send_due(send_with(running_smtp.settings()), NOW).sent == 1
    done = box.get(outbox_id)
    assert done is not None and done.status is OutboxStatus.SENT
    assert "cfo@example.com (550" in done.last_error


def test_each_message_is_tried_once_per_run(engine: Engine, quote: Quote) -> None:
    box = Outbox(engine)
    for _ in range(3):
        box.enqueue(None, quote.number, message(quote), RECIPIENTS, now=NOW)
    calls: list[bytes] = []

    def busy(raw: bytes, recipients: list[str]) -> None:
        calls.append(raw)
        raise TemporarySmtpError("451 4.3.2 Try again later")

    report = box.send_due(busy, NOW)
    assert (len(calls), report.retrying, report.deferred) == (3, 3, 0)
    assert len(set(calls)) == 3


def test_backoff_doubles_up_to_an_hour() -> None:
    minutes = [backoff(n) / timedelta(minutes=1) for n in range(1, 10)]
    assert minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60]
