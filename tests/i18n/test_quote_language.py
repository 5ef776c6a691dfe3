"""A quote is written in its own language: the customer's by default, not the window's."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from renewdesk.domain import Address, Customer
from renewdesk.mail.message import build_quote_message
from renewdesk.pdf.quote_pdf import render_quote_pdf
from renewdesk.quotes.language import default_quote_language, language_for_country

from .conftest import BRITISH_CUSTOMER, SWEDISH_CUSTOMER, sek_quote


def pdf_text(pdf: bytes) -> str:
    """All pages' text with no-break and narrow spaces read as plain spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("SE", "sv"),
        ("se", "sv"),
        (" Sweden ", "sv"),
        ("Sverige", "sv"),
        ("SWE", "sv"),
        ("AX", "sv"),
        ("GB", "en"),
        ("FI", "en"),
        ("US", "en"),
        ("", "en"),
    ],
)
def test_language_for_country(country: str, expected: str) -> None:
    assert language_for_country(country) == expected


def test_default_quote_language_follows_the_customer() -> None:
    assert default_quote_language(SWEDISH_CUSTOMER) == "sv"
    assert default_quote_language(BRITISH_CUSTOMER) == "en"
    assert default_quote_language(Customer("1", address=Address(country="DE"))) == "en"
    assert default_quote_language(None) == "en"


@pytest.mark.parametrize("window", ["en", "sv"])
def test_swedish_quote_pdf_is_swedish_in_any_window(
    window: str, window_language: Callable[[str], str]
) -> None:
    window_language(window)
    text = pdf_text(render_quote_pdf(sek_quote(SWEDISH_CUSTOMER, "sv")))
    for expected in (
        "Förnyelseoffert",
        "Offert Q-2026-000042",
        "Sida 1 av 1",
        "Giltig till",
        "Prenumerationer som förnyas",
        "Antal",
        "À-pris",
        "Belopp",
        "Delsumma",
        "Totalt",
        "Så köper du",
        "Faktura",
        "12 345,00 kr",
        "1 apr. 2026",
    ):
        assert expected in text, expected
    for english in ("Renewal quote", "Valid until", "Subtotal", "SEK 12,345.00", "How to buy"):
        assert english not in text, english


@pytest.mark.parametrize("window", ["en", "sv"])
def test_english_quote_pdf_is_english_in_any_window(
    window: str, window_language: Callable[[str], str]
) -> None:
    window_language(window)
    text = pdf_text(render_quote_pdf(sek_quote(BRITISH_CUSTOMER, "en")))
    for expected in ("Renewal quote", "Page 1 of 1", "Valid until", "SEK 12,345.00", "Apr 1, 2026"):
        assert expected in text, expected
    for swedish in ("Förnyelseoffert", "Giltig till", "12 345,00 kr", "Delsumma"):
        assert swedish not in text, swedish


def test_quote_language_not_the_customers_country_wins() -> None:
    # The admin may pick English for a Swedish customer in the review step.
    text = pdf_text(render_quote_pdf(sek_quote(SWEDISH_CUSTOMER, "en")))
    assert "Renewal quote" in text and "SEK 12,345.00" in text


@pytest.mark.parametrize("window", ["en", "sv"])
def test_quote_email_follows_the_quote_language(
    window: str, window_language: Callable[[str], str]
) -> None:
    window_language(window)
    swedish = build_quote_message(
        sek_quote(SWEDISH_CUSTOMER, "sv"), b"%PDF-1.4", "sales@seller.example", ["a@b.se"]
    )
    body = swedish.get_body(("plain",)).get_content().replace("\u00a0", " ")
    assert swedish["Subject"] == "Förnyelseoffert Q-2026-000042 – Nordljus Arkitekter AB"
    assert "Hej Åsa Öberg!" in body
    assert "Totalt: 12 345,00 kr (moms tillkommer vid köpet)" in body
    assert "Giltig till: 1 apr. 2026" in body
    assert "Med vänliga hälsningar" in body
    attachment = next(swedish.iter_attachments())
    assert attachment.get_filename() == "Offert-Q-2026-000042.pdf"

    english = build_quote_message(
        sek_quote(BRITISH_CUSTOMER, "en"), b"%PDF-1.4", "sales@seller.example", ["a@b.uk"]
    )
    body = english.get_body(("plain",)).get_content().replace("\u00a0", " ")
    assert english["Subject"] == "Renewal quote Q-2026-000042 – Harbour Engineering Ltd"
    assert "Total: SEK 12,345.00 (tax is added at checkout)" in body


def _world_with_a_british_customer(engine):  # type: ignore[no-untyped-def]
    from tests.quotes.conftest import seed_world

    world = seed_world(engine)  # customer 5100000001 is in Stockholm (SE)
    world.customer(
        csn="5100000009",
        company_name="Harbour Engineering Ltd",
        address=Address("1 Dock Road", "", "E14 5AB", "London", "", "GB"),
        buyer_email="sam@harbour.example",
    )
    return world


def test_a_quote_with_no_language_chosen_takes_the_customers(engine) -> None:  # type: ignore[no-untyped-def]
    from tests.quotes.conftest import make_service, static_settings

    world = _world_with_a_british_customer(engine)
    world.sub("S-SE")
    world.sub("S-GB", customer_csn="5100000009")
    service = make_service(engine, settings=static_settings(), deliver_now=lambda now: None)
    swedish = service.create_draft(service.request(["S-SE"], language=""))
    british = service.create_draft(service.request(["S-GB"], language=""))
    chosen = service.preview(service.request(["S-SE"], language="en")).quote
    assert (swedish.language, british.language, chosen.language) == ("sv", "en", "en")
    assert "Förnyelseoffert" in pdf_text(service.pdf(swedish.number))
    assert "Renewal quote" in pdf_text(service.pdf(british.number))


def test_automatic_quotes_are_in_the_customers_language(engine) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from renewdesk.services.auto_quotes import AutoQuoteService
    from tests.quotes.conftest import TODAY, Clock, make_service, static_settings

    world = _world_with_a_british_customer(engine)
    world.sub("DUE-SE", renewal_date=TODAY + timedelta(days=10))
    world.sub("DUE-GB", renewal_date=TODAY + timedelta(days=10), customer_csn="5100000009")
    # The admin's own language setting is English; the customers decide.
    quotes = make_service(engine, Clock(), settings=static_settings(language="en"))
    report = AutoQuoteService(engine, quotes).run(TODAY, deliver=False)
    languages = {
        quotes.get(n).lines[0].subscription_id: quotes.get(n).language for n in report.created
    }
    assert languages == {"DUE-SE": "sv", "DUE-GB": "en"}
