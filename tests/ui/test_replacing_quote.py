"""Create new quote: the copy's email and PDF say which quote it replaces (en and sv)."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

import pytest
from pypdf import PdfReader

from renewdesk.mail.message import build_quote_message
from tests.i18n.conftest import BRITISH_CUSTOMER, SWEDISH_CUSTOMER, sek_quote


@pytest.mark.parametrize(
    ("customer", "language", "expected"),
    [
        (BRITISH_CUSTOMER, "en", "This quote replaces quote Q-2026-000041"),
        (SWEDISH_CUSTOMER, "sv", "Den här offerten ersätter offert Q-2026-000041"),
    ],
)
def test_the_email_of_a_copy_names_the_quote_it_replaces(customer, language, expected):
    quote = replace(sek_quote(customer, language), supersedes="Q-2026-000041")
    msg = build_quote_message(quote, b"%PDF-1.4", "quotes@seller.example", ["b@x.example"])
    assert expected in msg.get_body(("plain",)).get_content()
    plain = build_quote_message(
        sek_quote(customer, language), b"%PDF-1.4", "quotes@seller.example", ["b@x.example"]
    )
    assert "Q-2026-000041" not in plain.get_body(("plain",)).get_content()


@pytest.mark.parametrize(
    ("language", "label"), [("en", "Replaces quote"), ("sv", "Ersätter offert")]
)
def test_the_pdf_of_a_copy_names_the_quote_it_replaces(language, label):
    from renewdesk.pdf.quote_pdf import render_quote_pdf

    quote = replace(sek_quote(SWEDISH_CUSTOMER, language), supersedes="Q-2026-000041")
    text = PdfReader(BytesIO(render_quote_pdf(quote, None))).pages[0].extract_text()
    assert label in text and "Q-2026-000041" in text
