"""Sending quotes with the real parts: reportlab PDF, stdlib email, the outbox, aiosmtpd."""

from __future__ import annotations

import email
import io
from email import policy
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from renewdesk.domain import OutboxStatus, QuoteStatus
from renewdesk.quotes.errors import DeliveryError, QuoteBlockedError
from renewdesk.quotes.errors import TransitionRefusedError as Refused
from renewdesk.store.models import QuoteRow
from tests.quotes.conftest import (
    BUYER,
    SENDER,
    Clock,
    make_service,
    outbox_rows,
    seed_world,
    smtp_server,  # noqa: F401  (fixture)
    smtp_settings_service,
    static_settings,
)

S = QuoteStatus


@pytest.fixture
def world(engine):
    return seed_world(engine)


@pytest.fixture
def online(engine, world, smtp_server):  # noqa: F811
    """A service whose SMTP server is up."""
    settings = smtp_settings_service(engine, smtp_server.port)
    return make_service(engine, Clock(), settings_service=settings)


@pytest.fixture
def offline(engine, world):
    """A service whose SMTP server can't be reached (nobody listens on the port)."""
    return make_service(engine, Clock())


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_send_by_email_delivers_at_once_with_the_pdf_attached(engine, world, online, smtp_server):  # noqa: F811
    world.sub("S-1")
    world.campaign("TEN", "10")
    request = online.request(["S-1"], recipients=["it@acme.example"])
    result = online.send(request, "email")
    assert result.delivered and not result.queued and result.delivery_error == ""
    assert result.quote.status is S.QUOTED
    assert (result.number, str(result.total), result.currency) == ("Q-2026-000001", "270.00", "USD")
    assert result.expires.isoformat() == "2026-12-20"

    [envelope] = smtp_server.messages
    assert sorted(envelope.rcpt_tos) == sorted([BUYER, "it@acme.example"])
    assert envelope.mail_from == SENDER
    msg = email.message_from_bytes(envelope.content, policy=policy.default)
    assert result.number in msg["Subject"]
    [attachment] = [p for p in msg.iter_attachments()]
    assert attachment.get_content_type() == "application/pdf"
    stored = online.pdf(result.number)
    assert attachment.get_content() == stored
    text = pdf_text(stored)
    assert result.number in text
    assert "270.00" in text

    [queued] = outbox_rows(engine)
    assert (queued.quote_number, queued.status) == (result.number, OutboxStatus.SENT)
    assert "sent" in [e.action for e in online.audit(result.number)]


def test_offline_send_keeps_the_quote_quoted_and_the_message_queued(engine, world, offline):
    world.sub("S-1")
    result = offline.send(offline.request(["S-1"]), "email")
    assert result.queued and not result.delivered
    assert result.delivery_error  # e.g. connection refused
    assert offline.get(result.number).status is S.QUOTED
    [queued] = outbox_rows(engine)
    assert queued.status is OutboxStatus.QUEUED
    assert queued.last_error
    assert queued.recipients == (BUYER,)


def test_queue_without_trying_when_asked(engine, world, offline):
    world.sub("S-1")
    result = offline.send(offline.request(["S-1"]), "email", deliver=False)
    assert result.queued and result.delivery_error == ""
    [queued] = outbox_rows(engine)
    assert (queued.status, queued.attempts) == (OutboxStatus.QUEUED, 0)


def test_a_crash_while_queueing_leaves_no_quote(engine, world):
    class BrokenOutbox:
        def enqueue(self, *args, **kwargs):
            raise OSError("disk full")

        def get(self, outbox_id):
            return None

    service = make_service(engine, Clock(), settings=static_settings(), outbox=BrokenOutbox())
    world.sub("S-1")
    with pytest.raises(OSError):
        service.send(service.request(["S-1"]), "email")
    with engine.begin() as conn:
        assert conn.execute(select(func.count()).select_from(QuoteRow)).scalar_one() == 0
    draft = service.create_draft(service.request(["S-1"]))
    assert draft.number == "Q-2026-000001"  # the failed send took no number
    with pytest.raises(OSError):
        service.send(draft.number, "email")
    assert service.get(draft.number).status is S.DRAFT
    assert service.pdf(draft.number)  # rendered on demand, nothing stored


def test_eml_draft_for_the_mail_app(engine, world, offline, tmp_path):
    world.sub("S-1")
    opened: list[Path] = []
    service = make_service(engine, Clock(), settings=static_settings(), open_file=opened.append)
    result = service.send(service.request(["S-1"]), "eml", eml_target=tmp_path, open_eml=True)
    assert result.eml_path is not None and result.eml_path.parent == tmp_path
    assert opened == [result.eml_path]
    msg = email.message_from_bytes(result.eml_path.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert result.number in msg["Subject"]
    assert service.get(result.number).status is S.QUOTED
    assert outbox_rows(engine) == []  # handed to the mail app, not queued


def test_eml_to_an_exact_file_name(world, offline, tmp_path):
    world.sub("S-1")
    target = tmp_path / "out" / "quote.eml"
    result = offline.send(offline.request(["S-1"]), "eml", eml_target=target)
    assert result.eml_path == target and target.exists()


def test_pdf_only_writes_the_file_and_stores_the_same_bytes(world, offline, tmp_path):
    world.sub("S-1")
    target = tmp_path / "quote.pdf"
    result = offline.send(offline.request(["S-1"]), "pdf", pdf_path=target)
    assert result.pdf_path == target
    assert target.read_bytes() == offline.pdf(result.number)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_same_quote_renders_the_same_bytes_twice(world, offline):
    world.sub("S-1")
    draft = offline.create_draft(offline.request(["S-1"]))
    assert offline.pdf(draft.number) == offline.pdf(draft.number)


def test_auto_renew_note_prints_on_the_pdf(world, offline):
    world.sub("S-1", auto_renew=True, seats=5)
    request = offline.request(["S-1"], seats={"S-1": 3})
    offline.turn_off_auto_renew(offline.preview(request).auto_renew_must_be_off)
    result = offline.send(request, "pdf")
    assert "Auto-renew was turned off for S-1" in " ".join(
        pdf_text(offline.pdf(result.number)).split()
    )


def test_resend_queues_a_new_message(engine, world, online, smtp_server):  # noqa: F811
    world.sub("S-1")
    result = online.send(online.request(["S-1"]), "email")
    again = online.resend(result.number)
    assert again.delivered
    assert len(smtp_server.messages) == 2
    first, second = outbox_rows(engine)
    assert first.message_id != second.message_id
    assert [e.action for e in online.audit(result.number)].count("resent") == 1
    draft_sub = world.sub("S-2")
    draft = online.create_draft(online.request([draft_sub.subscription_id]))
    with pytest.raises(Refused):
        online.resend(draft.number)


def test_sending_by_email_needs_a_sender_and_a_recipient(engine, world):
    world.sub("S-1")
    no_sender = make_service(engine, Clock(), settings=static_settings(sender=""))
    with pytest.raises(DeliveryError, match="sender"):
        no_sender.send(no_sender.request(["S-1"]), "email")
    service = make_service(engine, Clock(), settings=static_settings())
    world.customer(csn="5100000077", buyer_email="")
    world.sub("S-7", customer_csn="5100000077")
    with pytest.raises(DeliveryError, match="recipient"):
        service.send(service.request(["S-7"]), "email")
    with engine.begin() as conn:
        assert conn.execute(select(func.count()).select_from(QuoteRow)).scalar_one() == 0
    with pytest.raises(DeliveryError):
        service.send(service.request(["S-1"]), "fax")  # type: ignore[arg-type]


def test_create_and_send_for_the_command_line(world, offline, tmp_path):
    world.sub("S-1", seats=4)
    world.sub("S-2")
    result = offline.create_and_send(
        ["S-1"], seats={"S-1": 2}, delivery=None, pdf_path=tmp_path / "draft.pdf"
    )
    assert result.quote.status is S.DRAFT
    assert (tmp_path / "draft.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(QuoteBlockedError) as info:
        offline.create_and_send(["S-2"], seats={"S-2": 9}, delivery="pdf")
    assert [str(c) for c in info.value.codes] == ["SEATS_ADDED"]
    done = offline.create_and_send(["S-2"], delivery="pdf")
    assert done.quote.status is S.QUOTED
