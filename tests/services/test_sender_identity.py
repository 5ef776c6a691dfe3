"""The quote email carries the admin's identity (issue 9, item 5), as a mail server receives it."""

from __future__ import annotations

import email
from email import policy

import pytest

from tests.quotes.conftest import (
    BUYER,
    SENDER,
    Clock,
    make_service,
    seed_world,
    smtp_server,  # noqa: F401  (fixture)
    smtp_settings_service,
)

PROFILE = {
    "your_name": "Anna Admin",
    "company_name": "Seller AB",
    "phone": "+46 8 555 010 10",
    "email": "anna.admin@seller.example",
}


@pytest.fixture
def world(engine):
    world = seed_world(engine)
    world.sub("S-1")
    return world


def _received(engine, smtp_server, language: str, **profile: str):  # noqa: F811
    settings = smtp_settings_service(engine, smtp_server.port, **profile)
    quotes = make_service(engine, Clock(), settings_service=settings)
    result = quotes.send(quotes.request(["S-1"], language=language), "email")
    assert result.delivered
    envelope = smtp_server.messages[-1]
    assert envelope.mail_from == SENDER and envelope.rcpt_tos == [BUYER]
    return email.message_from_bytes(envelope.content, policy=policy.default)


def test_english_email_is_from_the_admin_with_reply_to_and_signature(
    engine,
    world,
    smtp_server,  # noqa: F811
):
    msg = _received(engine, smtp_server, "en", **PROFILE)
    assert msg["From"].addresses[0].display_name == "Anna Admin"
    assert msg["From"].addresses[0].addr_spec == SENDER
    assert msg["Reply-To"].addresses[0].addr_spec == "anna.admin@seller.example"
    body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body.rstrip().endswith(
        "Kind regards,\nAnna Admin\nSeller AB\n"
        "Phone: +46 8 555 010 10\nEmail: anna.admin@seller.example"
    )


def test_swedish_email_signs_in_swedish(engine, world, smtp_server):  # noqa: F811
    msg = _received(engine, smtp_server, "sv", **PROFILE)
    assert msg["From"].addresses[0].display_name == "Anna Admin"
    assert msg["Reply-To"].addresses[0].addr_spec == "anna.admin@seller.example"
    body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body.rstrip().endswith(
        "Med vänliga hälsningar\nAnna Admin\nSeller AB\n"
        "Telefon: +46 8 555 010 10\nE-post: anna.admin@seller.example"
    )


def test_without_a_name_the_company_names_the_sender_and_no_reply_to_is_invented(
    engine,
    world,
    smtp_server,  # noqa: F811
):
    msg = _received(engine, smtp_server, "en", company_name="Seller AB")
    assert msg["From"].addresses[0].display_name == "Seller AB"
    assert msg["Reply-To"] is None
    body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body.rstrip().endswith("Kind regards,\nSeller AB")
