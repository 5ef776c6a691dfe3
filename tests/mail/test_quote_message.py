"""The quote email and the .eml draft, read back with the stdlib parser."""

from __future__ import annotations

import email
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from renewdesk.domain import Customer, Quote
from renewdesk.mail.message import (
    build_quote_message,
    new_message_id,
    open_with_os,
    safe_file_name,
    write_eml_draft,
)

QuoteFactory = Callable[..., Quote]
PDF = b"%PDF-1.4\n% bytes that must arrive unchanged \x00\xff\n%%EOF\n"
SENT_AT = datetime(2026, 2, 2, 10, 30, tzinfo=UTC)


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, _class=EmailMessage, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def build(quote: Quote, **kwargs: Any) -> EmailMessage:
    values: dict[str, Any] = {"message_id": "<q-2026-000001.abc@acme.example>", "date": SENT_AT}
    values.update(kwargs)
    return build_quote_message(
        quote, PDF, "quotes@acme.example", ["asa@example.com", "cfo@example.com"], **values
    )


def test_message_has_number_expiry_total_and_the_pdf(make_quote: QuoteFactory) -> None:
    msg = parse(build(make_quote()).as_bytes())

    assert "Q-2026-000001" in msg["Subject"]
    assert msg["To"] == "asa@example.com, cfo@example.com"
    assert msg["From"] == "quotes@acme.example"
    assert msg["Message-ID"] == "<q-2026-000001.abc@acme.example>"
    assert msg["Date"] == "Mon, 02 Feb 2026 10:30:00 +0000"
    body = msg.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("\u00a0", " ")
    assert "Hello Åsa Öberg," in text
    assert "Q-2026-000001" in text
    assert "SEK 12,345.00" in text
    assert "Mar 4, 2026" in text
    assert "Billing and Ordering > Quotes" in text
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["Quote-Q-2026-000001.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == PDF


def test_swedish_quote_reads_in_swedish_money_and_dates(make_quote: QuoteFactory) -> None:
    msg = parse(build(make_quote(language="sv")).as_bytes())
    body = msg.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("\u00a0", " ")
    assert "12 345,00 kr" in text
    assert "4 mars 2026" in text


def test_data_cannot_inject_headers(make_quote: QuoteFactory) -> None:
    quote = make_quote()
    evil = Customer(csn="1", company_name="Evil\r\nBcc: spy@example.com", buyer_name="X\nY")
    msg = parse(build(Quote(**{**_fields(quote), "customer": evil})).as_bytes())
    assert msg["Bcc"] is None
    assert msg["Subject"].endswith("Evil Bcc: spy@example.com")


def _fields(quote: Quote) -> dict[str, Any]:
    return {name: getattr(quote, name) for name in quote.__slots__}  # type: ignore[attr-defined]


def test_message_id_is_fresh_per_sending_and_uses_the_sender_domain() -> None:
    first = new_message_id("Q-2026-000001", "Quotes <quotes@Acme.Example>")
    second = new_message_id("Q-2026-000001", "quotes@acme.example")
    assert first.startswith("<q-2026-000001.") and first.endswith("@acme.example>")
    assert first != second
    assert new_message_id("Q-1", "not an address").endswith("@renewdesk.invalid>")


def test_message_without_message_id_gets_one(make_quote: QuoteFactory) -> None:
    msg = build(make_quote(), message_id=None)
    assert msg["Message-ID"].endswith("@acme.example>")


def test_draft_is_marked_unsent_and_leaves_the_original_alone(
    make_quote: QuoteFactory, tmp_path: Path
) -> None:
    original = build(make_quote())
    path = write_eml_draft(original, tmp_path)

    assert path == tmp_path / "Quote-Q-2026-000001.eml"
    draft = parse(path.read_bytes())
    assert draft["X-Unsent"] == "1"
    assert draft["Subject"] == original["Subject"]
    assert next(draft.iter_attachments()).get_content() == PDF
    assert original["X-Unsent"] is None
    assert b"\r\n" in path.read_bytes()  # Outlook wants CRLF

    second = write_eml_draft(original, tmp_path)
    assert second == tmp_path / "Quote-Q-2026-000001-2.eml"
    assert path.exists()


def test_draft_name_is_sanitised_and_stays_in_the_folder(
    make_quote: QuoteFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "drafts"
    msg = build(make_quote(number="../../etc/passwd"))
    path = write_eml_draft(msg, folder)
    assert path.parent == folder.resolve()
    assert path.name == "Quote-etc-passwd.eml"
    named = write_eml_draft(msg, folder, name="..\\..\\C:\\evil name.eml")
    assert named.parent == folder.resolve()
    assert named.name == "C-evil-name.eml"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Quote-Q-2026-000001.pdf", "Quote-Q-2026-000001.pdf"),
        ("../../secret", "secret"),
        (".hidden", "hidden"),
        ("Łódź quote?.pdf", "odz-quote.pdf"),
        ("Åsa Öberg", "Asa-Oberg"),
        ("CON.pdf", "file-CON.pdf"),
        ("", "file"),
    ],
)
def test_safe_file_name(raw: str, expected: str) -> None:
    assert safe_file_name(raw) == expected


def test_open_with_os_never_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    started: list[list[str]] = []

    class FakeProcess:
        def __init__(self, args: list[str], **kwargs: Any) -> None:
            started.append(args)

        def wait(self) -> int:
            return 0

    monkeypatch.setattr(subprocess, "Popen", FakeProcess)
    assert open_with_os(tmp_path / "x.eml") is True
    assert started and started[0][-1] == str(tmp_path / "x.eml")

    def no_opener(*args: Any, **kwargs: Any) -> None:
        raise FileNotFoundError("xdg-open")

    monkeypatch.setattr(subprocess, "Popen", no_opener)
    assert open_with_os(tmp_path / "x.eml") is False
