"""Mail faults: a loopback SMTP server that refuses, hangs, drops, answers 4xx and 5xx.

Each test starts from a cache holding one quote email queued by the real
QuoteService, then runs the outbox against a misbehaving server (see
``smtp_servers.FaultSmtp``). What the admin sees is asserted: the message stays
queued with the reason (temporary) or is failed with the server's own words
(permanent), retries back off, and once the server recovers the message is
delivered exactly once, counted at the server by its Message-ID. Every test runs
on a SQLite file and on a PostgreSQL database (a TEMPLATE copy of one base).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.engine import make_url

from renewdesk.domain import OutboxMessage, OutboxStatus
from renewdesk.mail.outbox import INTERRUPTED, Outbox, SendReport, backoff
from renewdesk.mail.smtp import SmtpSettings, make_sender
from renewdesk.store.engine import open_cache, writer
from renewdesk.store.models import OutboxRow
from tests.hardening.scenarios import (
    NOW,
    build_quote_base,
    copy_cache,
    fill_quote_base,
    quote_service,
)
from tests.hardening.smtp_servers import (
    DATA_451,
    DATA_550,
    DROP_IN_DATA,
    GREET_421,
    HANG,
    OK,
    PERMANENT_TEXT,
    RCPT_550,
    TEMPORARY_TEXT,
    FaultSmtp,
    free_port,
    message_id_of,
)
from tests.pg_server import fresh_database, server_url

SHORT_TIMEOUT = 0.5


def _queue_one(engine: Engine) -> None:
    service = quote_service(engine)
    service.send(service.request(["S-001", "S-002"]), "email", deliver=False)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def queued_base(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A cache with one QUOTED quote whose email waits in the outbox (never tried): a
    SQLite file's path, or the name of a PostgreSQL database to copy (skips without one)."""
    if request.param == "sqlite":
        folder = tmp_path_factory.mktemp("mail-faults")
        base = build_quote_base(folder / "base.sqlite", free_port())
        engine = open_cache(base)
        try:
            _queue_one(engine)
        finally:
            engine.dispose()
        yield str(base)
        return
    with fresh_database(server_url()) as url:
        engine = open_cache(url)
        try:
            fill_quote_base(engine, free_port())
            _queue_one(engine)
        finally:
            engine.dispose()  # a template must have no session on it
        yield f"postgresql:{make_url(url).database}"


@pytest.fixture
def engine(queued_base: str, tmp_path: Path) -> Iterator[Engine]:
    """A fresh copy of the base: the file copied, or the database copied with TEMPLATE."""
    if not queued_base.startswith("postgresql:"):
        eng = open_cache(copy_cache(Path(queued_base), tmp_path / "cache.sqlite"))
        yield eng
        eng.dispose()
        return
    template = queued_base.split(":", 1)[1]
    with fresh_database(server_url(), template=template) as url:
        eng = open_cache(url)
        yield eng
        eng.dispose()


@pytest.fixture
def outbox(engine: Engine) -> Outbox:
    return Outbox(engine)


def only(outbox: Outbox) -> OutboxMessage:
    (message,) = outbox.list()
    return message


def run(outbox: Outbox, settings: SmtpSettings, now: datetime) -> SendReport:
    return outbox.send_due(make_sender(settings, None), now)


# --- temporary faults: queued, with the reason, retried later -------------------------


def test_connection_refused_keeps_it_queued_and_backs_off_until_the_server_is_up(
    outbox: Outbox,
) -> None:
    port = free_port()  # nothing listens here yet
    settings = SmtpSettings("127.0.0.1", port, security="none", sender="q@acme.example")
    now = NOW
    gaps = []
    for attempt in range(1, 5):
        report = run(outbox, settings, now)
        assert report.unreachable and report.retrying == 1
        message = only(outbox)
        assert message.status is OutboxStatus.QUEUED
        assert message.attempts == attempt
        assert "refused the connection" in message.last_error
        assert message.next_attempt is not None
        gaps.append(message.next_attempt - now)
        # Not due yet: a run just before the retry time does not touch it.
        early = run(outbox, settings, message.next_attempt - timedelta(seconds=1))
        assert early.attempted == 0 and only(outbox).attempts == attempt
        now = message.next_attempt
    assert gaps == [timedelta(minutes=m) for m in (1, 2, 4, 8)]

    with FaultSmtp(OK, port=port) as server:
        report = run(outbox, server.settings(), now)
        assert report.sent == 1
        message = only(outbox)
        assert message.status is OutboxStatus.SENT and message.attempts == 5
        assert server.count(message.message_id) == 1
        # Later runs never send it again.
        run(outbox, server.settings(), now + timedelta(days=1))
        assert server.count(message.message_id) == 1


def test_backoff_grows_and_is_capped_at_an_hour() -> None:
    waits = [backoff(n) for n in range(1, 12)]
    assert waits[:7] == [timedelta(minutes=m) for m in (1, 2, 4, 8, 16, 32, 60)]
    assert all(w == timedelta(hours=1) for w in waits[6:])


def test_a_server_that_accepts_and_never_answers_times_out(engine: Engine, outbox: Outbox) -> None:
    """The connection opens but no greeting ever comes: after the timeout the message is
    queued saying so, and the run stops there instead of waiting once per message."""
    service = quote_service(engine)
    service.send(service.request(["S-030"]), "email", deliver=False)
    with FaultSmtp(HANG) as server:
        start = time.monotonic()
        report = run(outbox, server.settings(timeout=SHORT_TIMEOUT), NOW)
        elapsed = time.monotonic() - start
        assert server.connections == 1
    assert elapsed < 5, "the send waited far longer than its timeout"
    assert report.unreachable and report.retrying == 1 and report.deferred == 1
    first, second = outbox.list()
    assert first.status is OutboxStatus.QUEUED and first.attempts == 1
    assert f"did not answer within {SHORT_TIMEOUT:g} s" in first.last_error
    assert second.status is OutboxStatus.QUEUED and second.attempts == 0


def test_connection_dropped_in_the_middle_of_data(outbox: Outbox) -> None:
    with FaultSmtp(DROP_IN_DATA) as server:
        report = run(outbox, server.settings(), NOW)
        assert server.dropped == 1
        assert report.retrying == 1 and report.sent == 0
        message = only(outbox)
        assert message.status is OutboxStatus.QUEUED, message.last_error
        assert message.last_error
        assert server.messages == []  # half a message is no message

        server.mode = OK
        run(outbox, server.settings(), message.next_attempt or NOW)
        message = only(outbox)
        assert message.status is OutboxStatus.SENT
        assert server.count(message.message_id) == 1


@pytest.mark.parametrize(
    ("mode", "where"),
    [(GREET_421, "did not accept the connection: 421"), (DATA_451, "The server answered: 451")],
)
def test_4xx_answers_keep_it_queued_with_the_servers_words(
    outbox: Outbox, mode: str, where: str
) -> None:
    with FaultSmtp(mode) as server:
        report = run(outbox, server.settings(), NOW)
        assert report.retrying == 1
        message = only(outbox)
        assert message.status is OutboxStatus.QUEUED
        assert where in message.last_error and TEMPORARY_TEXT in message.last_error
        assert message.next_attempt == NOW + timedelta(minutes=1)
        assert server.messages == []


# --- permanent faults: failed with the reason, until the admin retries ----------------


@pytest.mark.parametrize("mode", [DATA_550, RCPT_550])
def test_5xx_fails_it_with_the_reason_and_retry_now_sends_it_once(
    outbox: Outbox, mode: str
) -> None:
    with FaultSmtp(mode) as server:
        report = run(outbox, server.settings(), NOW)
        assert report.failed == 1
        message = only(outbox)
        assert message.status is OutboxStatus.FAILED
        assert "550" in message.last_error and PERMANENT_TEXT in message.last_error
        connections = server.connections
        # A failed message is not retried by the timer, however long it waits.
        run(outbox, server.settings(), NOW + timedelta(days=3))
        assert server.connections == connections and only(outbox).status is OutboxStatus.FAILED

        server.mode = OK
        later = NOW + timedelta(days=3, minutes=1)
        assert outbox.retry_now(message.id, later)
        run(outbox, server.settings(), later)
        message = only(outbox)
        assert message.status is OutboxStatus.SENT and message.last_error == ""
        assert server.count(message.message_id) == 1


# --- recovery: delivered once, whatever happened before --------------------------------


def test_every_fault_in_a_row_then_recovery_delivers_exactly_once(outbox: Outbox) -> None:
    port = free_port()
    now = NOW
    refused = SmtpSettings("127.0.0.1", port, security="none", sender="q@acme.example")
    run(outbox, refused, now)
    with FaultSmtp(HANG, port=port) as server:
        for mode in (HANG, DROP_IN_DATA, GREET_421, DATA_451, OK, OK):
            server.mode = mode
            now = only(outbox).next_attempt or now
            run(outbox, server.settings(timeout=SHORT_TIMEOUT), now)
        message = only(outbox)
        assert message.status is OutboxStatus.SENT
        assert message.attempts == 6  # refused, hang, drop, 421, 451, ok
        assert server.count(message.message_id) == 1
        assert len(server.messages) == 1


def test_other_messages_wait_untouched_while_the_server_is_unreachable(
    engine: Engine, outbox: Outbox
) -> None:
    service = quote_service(engine)
    for ids in (["S-010"], ["S-011"]):
        service.send(service.request(ids), "email", deliver=False)
    port = free_port()
    refused = SmtpSettings("127.0.0.1", port, security="none", sender="q@acme.example")
    report = run(outbox, refused, NOW)
    assert report.deferred == 2 and report.retrying == 1
    assert [m.attempts for m in outbox.list()] == [1, 0, 0]
    with FaultSmtp(OK, port=port) as server:
        run(outbox, server.settings(), NOW + timedelta(minutes=1))
        messages = outbox.list()
        assert [m.status for m in messages] == [OutboxStatus.SENT] * 3
        assert [server.count(m.message_id) for m in messages] == [1, 1, 1]


# --- a restart while a message is `sending` -------------------------------------------


def mark_sending(engine: Engine, outbox_id: int) -> None:
    """What a crash between the claim and the result leaves behind."""
    with writer(engine).begin() as conn:
        conn.execute(
            update(OutboxRow.__table__)
            .where(OutboxRow.__table__.c.id == outbox_id)
            .values(status=OutboxStatus.SENDING.value, attempts=OutboxRow.__table__.c.attempts + 1)
        )


def restart(engine: Engine) -> Outbox:
    """A new process over the same cache: a fresh engine and outbox, then recovery."""
    same = engine.url.database if engine.dialect.name == "sqlite" else None
    fresh = open_cache(same or engine.url.render_as_string(hide_password=False))
    box = Outbox(fresh)
    assert box.recover_interrupted(NOW) == 1
    return box


def test_restart_while_sending_before_the_server_got_it_sends_it_once(
    engine: Engine, outbox: Outbox
) -> None:
    message = only(outbox)
    stored = outbox.raw_bytes(message.id)
    mark_sending(engine, message.id)
    box = restart(engine)
    try:
        again = only(box)
        assert again.status is OutboxStatus.QUEUED and again.last_error == INTERRUPTED
        with FaultSmtp(OK) as server:
            run(box, server.settings(), NOW)
            assert server.count(message.message_id) == 1
            (delivered,) = server.messages
        assert message_id_of(delivered) == message.message_id == message_id_of(stored)
        parsed = BytesParser(policy=policy.default).parsebytes(delivered)
        assert parsed["X-RenewDesk-Quote"] == message.quote_number
        assert only(box).status is OutboxStatus.SENT
    finally:
        box._engine.dispose()  # type: ignore[attr-defined]


def test_restart_after_the_server_took_it_resends_the_same_message_id(
    engine: Engine, outbox: Outbox
) -> None:
    """Killed between the server's 250 and the "sent" commit: it goes out again, but as
    the same message (same Message-ID, same bytes), so it is recognisably one email."""
    message = only(outbox)
    with FaultSmtp(OK) as server:
        run(outbox, server.settings(), NOW)
        with writer(engine).begin() as conn:  # roll the row back to the claimed state
            conn.execute(
                update(OutboxRow.__table__)
                .where(OutboxRow.__table__.c.id == message.id)
                .values(status=OutboxStatus.SENDING.value)
            )
        box = restart(engine)
        try:
            run(box, server.settings(), NOW)
            assert only(box).status is OutboxStatus.SENT
        finally:
            box._engine.dispose()  # type: ignore[attr-defined]
        assert len(server.messages) == 2
        assert {message_id_of(raw) for raw in server.messages} == {message.message_id}
        assert server.messages[0] == server.messages[1]


def test_send_with_the_server_down_queues_the_email_and_says_why(
    engine: Engine, outbox: Outbox
) -> None:
    with FaultSmtp(OK) as server:  # deliver the one already queued, so ours is first
        run(outbox, server.settings(), NOW)
    service = quote_service(engine)  # the cache's SMTP port: nothing listens there
    result = service.send(service.request(["S-020"]), "email")
    assert result.queued and not result.delivered
    assert "refused the connection" in result.delivery_error
    assert service.get(result.number).status == "QUOTED"
    queued = [m for m in outbox.list() if m.quote_number == result.number]
    assert [m.status for m in queued] == [OutboxStatus.QUEUED]
