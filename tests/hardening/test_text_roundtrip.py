"""Every text field the user types reaches the PDF and the email unchanged and harmless.

Customer details typed in the review (company, address, VAT, buyer, phone), the
extra recipients and the "Prepared by" profile from Settings go through the real
QuoteService into a sent quote. Then:

- the PDF, read back with pypdf, shows each value as typed (``<b>AB & Co`` prints
  literally, not as bold markup or ``&amp;``; line breaks become spaces);
- the stored RFC 5322 bytes, parsed with the standard library, have exactly the
  headers RenewDesk writes: a newline in a name never starts a header, the To
  header holds exactly the buyer and the recipients, the subject and the body
  carry the names on one line;
- the ``.eml`` draft says the same, and the PDF attached is the PDF stored.

``RENEWDESK_FUZZ_EXAMPLES`` scales the number of generated examples too.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import Engine

from renewdesk.domain import Address, Customer
from renewdesk.mail.outbox import Outbox
from renewdesk.quotes.errors import QuoteBlockedError
from renewdesk.secrets import MemorySecretStore
from renewdesk.services.settings_service import AppSettings, SettingsService
from renewdesk.store.engine import open_cache
from tests.hardening.scenarios import (
    BUY_LINES,
    build_quote_base,
    fill_quote_base,
    int_env,
    quote_service,
)
from tests.hardening.smtp_servers import free_port
from tests.pg_server import fresh_database, server_url
from tests.quotes.conftest import CSN, World

EXAMPLES = max(int_env("RENEWDESK_FUZZ_EXAMPLES", 60) // 4, 5)
EXPECTED_HEADERS = {
    "subject",
    "from",
    "to",
    "date",
    "message-id",
    "x-renewdesk-quote",
    "mime-version",
    "content-type",
}
NASTY = {
    "company_name": "<b>AB & Co</b>\r\nBcc: thief@evil.example",
    "line1": 'ul. "Piotrkowska" 12 & <i>1/2</i>',
    "line2": "c/o Åsa's office\nX-Injected: yes",
    "postal_code": "90-001",
    "city": "Łódź",
    "region": "łódzkie <script>alert(1)</script>",
    "vat_number": "PL&lt;7251&gt;",
    "buyer_name": "Zoë O'Brien\r\nTo: thief@evil.example",
    "buyer_phone": "+48 (42) 000-00-00 ext. <5>",
}
SELLER = {"company_name": "Admins & <Partners> AB", "your_name": 'Per "PP" Persson'}

# Letters DejaVu Sans prints and pypdf reads back one for one, plus markup and breaks.
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "ÅÄÖåäöŁłÓóŹźŻżĆćŚśĘęŃńÜüßéèçñØøÆæ€"
    "<>&\"'/;:=+-_.,!?()[]{}#%*@"
    " \n\r\t"
)
field_text = st.text(alphabet=ALPHABET, min_size=1, max_size=40).filter(lambda s: s.strip())


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Engine, Path]]:
    """The quote base in a SQLite file, then in a PostgreSQL database (skips without one)."""
    folder = tmp_path_factory.mktemp("roundtrip")
    if request.param == "sqlite":
        engine = open_cache(build_quote_base(folder / "cache.sqlite", free_port()))
        yield engine, folder
        engine.dispose()
        return
    with fresh_database(server_url()) as url:
        engine = open_cache(url)
        fill_quote_base(engine, free_port())
        yield engine, folder
        engine.dispose()


_fresh = itertools.count(1)


def fresh_subscription(engine: Engine) -> str:
    """A subscription no quote holds yet (the base has S-001...S-100, then more are added)."""
    n = next(_fresh)
    if n <= BUY_LINES:
        return f"S-{n:03d}"
    sid = f"T-{n:05d}"
    World(engine).sub(sid)  # Acme's, like the base's
    return sid


def send_typed(
    engine: Engine,
    folder: Path,
    fields: dict[str, str],
    recipients: list[str],
    seller: dict[str, str],
) -> tuple[bytes, EmailMessage, EmailMessage, str]:
    """Send one quote with these typed values: (stored PDF, outbox email, .eml draft, number)."""
    SettingsService(engine, MemorySecretStore()).save(
        AppSettings(
            company_name=seller["company_name"],
            your_name=seller["your_name"],
            smtp_host="127.0.0.1",
            smtp_port=free_port(),
            smtp_security="none",
            sender="quotes@renewdesk.example",
            language="en",
        )
    )
    customer = Customer(
        csn=CSN,
        company_name=fields["company_name"],
        address=Address(
            fields["line1"],
            fields["line2"],
            fields["postal_code"],
            fields["city"],
            fields["region"],
            "PL",
        ),
        vat_number=fields["vat_number"],
        buyer_name=fields["buyer_name"],
        buyer_email="buyer@acme.example",
        buyer_phone=fields["buyer_phone"],
    )
    service = quote_service(engine)
    sid = fresh_subscription(engine)
    request = service.request([sid], recipients=recipients, customer=customer)
    drafts = folder / f"drafts-{sid}"
    result = service.send(request, "eml", eml_target=drafts)
    assert result.eml_path is not None and result.eml_path.parent == drafts.resolve()
    eml = parse(result.eml_path.read_bytes())
    again = service.resend(result.number, deliver=False)  # the same quote by email
    assert again.outbox_id is not None
    email = parse(Outbox(engine).raw_bytes(again.outbox_id))
    return service.pdf(result.number), email, eml, result.number


def parse(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    assert not message.defects, message.defects
    return message


def squeeze(text: str) -> str:
    """Text without any whitespace: the PDF wraps lines, the email folds them."""
    return "".join(text.split())


def one_line(text: str) -> str:
    return " ".join(text.split())


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def check(
    pdf: bytes,
    email: EmailMessage,
    eml: EmailMessage,
    number: str,
    fields: dict[str, str],
    recipients: list[str],
    seller: dict[str, str],
) -> None:
    text = squeeze(pdf_text(pdf))
    for name, value in {**fields, **{f"seller {k}": v for k, v in seller.items()}}.items():
        assert squeeze(value) in text, f"{name} {value!r} is not in the PDF as typed"

    for message, extra in ((email, set()), (eml, {"x-unsent"})):
        assert {k.lower() for k in message} == EXPECTED_HEADERS | extra
        assert [a.addr_spec for a in message["To"].addresses] == [
            "buyer@acme.example",
            *recipients,
        ]
        assert message["X-RenewDesk-Quote"] == number
        subject = str(message["Subject"])
        assert "\n" not in subject and "\r" not in subject
        assert one_line(fields["company_name"]) in subject
        body = message.get_body(("plain",))
        assert body is not None
        content = body.get_content()
        assert one_line(fields["company_name"]) in content
        assert one_line(fields["buyer_name"]) in content
        (attachment,) = message.iter_attachments()
        assert attachment.get_content() == pdf


def test_nasty_typed_values_round_trip_and_inject_nothing(
    world: tuple[Engine, Path],
) -> None:
    engine, folder = world
    recipients = ["finance@acme.example", "o'brien@acme.example"]
    pdf, email, eml, number = send_typed(engine, folder, NASTY, recipients, SELLER)
    check(pdf, email, eml, number, NASTY, recipients, SELLER)
    assert email["Bcc"] is None and email["X-Injected"] is None
    # In the raw bytes too: every header line starts with a header RenewDesk writes
    # (the typed "Bcc: ..." sits inside the one-line subject, or on a folded line).
    head = email.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        if not line[:1].isspace():
            assert line.split(b":", 1)[0].decode().lower() in EXPECTED_HEADERS, line


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    fields=st.fixed_dictionaries({name: field_text for name in NASTY}),
    seller=st.fixed_dictionaries({name: field_text for name in SELLER}),
    recipients=st.lists(
        st.sampled_from(["finance@acme.example", "o'brien@acme.example", "it+quotes@acme.example"]),
        max_size=3,
        unique=True,
    ),
)
def test_any_typed_values_round_trip_into_the_pdf_and_the_email(
    world: tuple[Engine, Path],
    fields: dict[str, str],
    seller: dict[str, str],
    recipients: list[str],
) -> None:
    engine, folder = world
    pdf, email, eml, number = send_typed(engine, folder, fields, recipients, seller)
    check(pdf, email, eml, number, fields, recipients, seller)


@pytest.mark.parametrize(
    "address",
    [
        "finance@acme.example\r\nBcc: thief@evil.example",
        "Finance <finance@acme.example>",
        "finance@acme.example, thief@evil.example",
    ],
)
def test_a_recipient_that_could_inject_is_refused_and_nothing_is_saved(
    world: tuple[Engine, Path], address: str
) -> None:
    engine, _folder = world
    service = quote_service(engine)
    before = [q.number for q in service.list_quotes()]
    with pytest.raises(QuoteBlockedError, match="INVALID_RECIPIENT"):
        service.send(service.request([fresh_subscription(engine)], recipients=[address]), "pdf")
    assert [q.number for q in service.list_quotes()] == before


def test_a_cancellation_note_is_kept_as_typed(world: tuple[Engine, Path]) -> None:
    engine, _folder = world
    service = quote_service(engine)
    sent = service.send(service.request([fresh_subscription(engine)]), "pdf")
    note = 'Partner <Reseller & Co> said: "customer moves"\r\nBcc: nobody'
    cancelled = service.record_cancellation(sent.number, note)
    stored = service.get(sent.number).note
    assert one_line(note) in stored and stored == cancelled.note
