"""The quote PDF read back with pypdf: content, escaping, fonts, pages, determinism."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from renewdesk.domain import Address, Partner, PaymentMethod, Quote
from renewdesk.pdf.quote_pdf import Seller, render_quote_pdf, resolve_page_size

QuoteFactory = Callable[..., Quote]
A4_WIDTH, LETTER_WIDTH = 595.28, 612.0


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text, with no-break spaces read as spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text().replace("\u00a0", " ") for page in reader.pages]


def test_pdf_shows_number_dates_parties_totals_and_how_to_buy(make_quote: QuoteFactory) -> None:
    quote = make_quote(1)
    seller = Seller("Acme Licensing AB", "Erik Ström", "erik@acme.example", "+46 8 123 456")
    notes = ["Auto-renew was turned off for SUB-100200300."]
    (text,) = pages_text(render_quote_pdf(quote, None, seller=seller, notes=notes))

    for expected in (
        "Quote Q-2026-000001",
        "Page 1 of 1",
        "Renewal quote",
        "Feb 2, 2026",  # created
        "Mar 4, 2026",  # expires
        "Łódź Engineering Sp. z o.o.",
        "ul. Piotrkowska 12",
        "90-001 Łódź",
        "Poland",
        "PL1234567890",
        "Buyer: Åsa Öberg",
        "asa.oberg@example.com",
        "+48 42 123 45 67",
        "Erik Ström",
        "Design Suite Premium",
        "SUB-100200300",
        "1 year",
        "Mar 1, 2026",
        "SPRING10",
        "SEK 6,250.00",  # subtotal
        "-SEK 625.00",  # campaign discount
        "SEK 5,625.00",  # total
        "Tax is added at checkout",
        "Billing and Ordering > Quotes",
        "Buy before Mar 4, 2026",
        "Auto-renew was turned off for SUB-100200300.",
    ):
        assert expected in text, expected
    assert "Reseller" not in text.split("Questions")[0]


def test_swedish_reader_gets_swedish_money_and_dates(make_quote: QuoteFactory) -> None:
    (text,) = pages_text(render_quote_pdf(make_quote(1, language="sv")))
    assert "6 250,00 kr" in text
    assert "5 625,00 kr" in text
    assert "4 mars 2026" in text
    assert "Polen" in text


def test_user_text_prints_literally(make_quote: QuoteFactory) -> None:
    quote = make_quote(1)
    customer = dataclasses.replace(
        quote.customer, company_name="<b>AB & Co", buyer_name="Ann &amp; <i>Bo</i>"
    )
    line = dataclasses.replace(quote.lines[0], product_name="Suite <font size=40>X</font>")
    quote = dataclasses.replace(quote, customer=customer, lines=(line,))
    (text,) = pages_text(render_quote_pdf(quote, notes=["Seats < 5 & term > 1 year"]))
    text = " ".join(text.split())  # table cells wrap
    assert "<b>AB & Co" in text
    assert "Ann &amp; <i>Bo</i>" in text
    assert "Suite <font size=40>X</font>" in text
    assert "Seats < 5 & term > 1 year" in text


def test_reseller_block_when_a_partner_is_involved(
    make_quote: QuoteFactory, partner: Partner
) -> None:
    quote = make_quote(2, partner_csn=partner.partner_csn, payment_method=PaymentMethod.PARTNER)
    (text,) = pages_text(render_quote_pdf(quote, partner))
    assert "RESELLER" in text
    assert "Nordic <Reseller> & Partners AB" in text
    assert "Partner number: 7700099" in text
    assert "sales@nordic-reseller.example" in text
    assert "Contact your reseller, Nordic <Reseller> & Partners AB" in text

    (csn_only,) = pages_text(render_quote_pdf(quote, None))
    assert "Partner number: 7700099" in csn_only


def test_same_quote_gives_the_same_bytes(make_quote: QuoteFactory, partner: Partner) -> None:
    quote = make_quote(12, partner_csn=partner.partner_csn)
    first = render_quote_pdf(quote, partner, notes=["A note"])
    assert render_quote_pdf(quote, partner, notes=["A note"]) == first
    assert render_quote_pdf(quote, partner, notes=["Another note"]) != first
    # Other quotes in between (other language, paper, lines) leave nothing behind.
    render_quote_pdf(make_quote(40, language="sv"), page_size="Letter")
    assert render_quote_pdf(quote, partner, notes=["A note"]) == first


def test_hundred_lines_run_over_pages_with_header_on_each(make_quote: QuoteFactory) -> None:
    quote = make_quote(100)
    pages = pages_text(render_quote_pdf(quote))
    count = len(pages)
    assert count >= 3
    for number, text in enumerate(pages, start=1):
        # The running header comes first in each page's content, then the footer.
        assert text.startswith(f"Quote Q-2026-000001\nPage {number} of {count}\nValid until")
        if "SUB-" in text:  # a page with lines shows the table's header
            assert "Subscription" in text and "Line total" in text
    everything = "\n".join(pages)
    assert all(f"SUB-{100200300 + i}" in everything for i in range(100))
    total = f"SEK {quote.total:,.2f}"
    assert total in pages[-1]


def test_bundled_font_is_embedded(make_quote: QuoteFactory) -> None:
    reader = PdfReader(io.BytesIO(render_quote_pdf(make_quote(1))))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert names and all("DejaVuSans" in name for name in names)
    descriptor = next(iter(fonts.values())).get_object()["/FontDescriptor"].get_object()
    assert "/FontFile2" in descriptor  # embedded TrueType, not a reference


@pytest.mark.parametrize(
    ("country", "language", "page_size", "expected"),
    [
        ("PL", "en", "auto", "A4"),
        ("US", "en", "auto", "Letter"),
        ("Canada", "sv", "auto", "Letter"),
        ("", "en", "auto", "Letter"),  # en reads as en_US
        ("", "sv", "auto", "A4"),
        ("US", "en", "A4", "A4"),
        ("SE", "sv", "Letter", "Letter"),
    ],
)
def test_page_size_follows_the_reader(
    make_quote: QuoteFactory, country: str, language: str, page_size: str, expected: str
) -> None:
    quote = make_quote(1, language=language)
    address = Address("Main St 1", "", "10001", "New York", "NY", country)
    quote = dataclasses.replace(
        quote, customer=dataclasses.replace(quote.customer, address=address)
    )
    assert resolve_page_size(page_size, quote) == expected
    width = float(
        PdfReader(io.BytesIO(render_quote_pdf(quote, page_size=page_size))).pages[0].mediabox.width
    )
    assert width == pytest.approx(LETTER_WIDTH if expected == "Letter" else A4_WIDTH, abs=0.5)


def test_unknown_page_size_is_refused(make_quote: QuoteFactory) -> None:
    with pytest.raises(ValueError, match="page_size"):
        render_quote_pdf(make_quote(1), page_size="A5")


def test_long_texts_wrap_in_their_columns_and_print_whole(make_quote: QuoteFactory) -> None:
    quote = make_quote(2)
    company = "Łódź Engineering and Manufacturing International Holding Group Sp. z o.o."
    product = "Enterprise Infrastructure Design Collection with Premium Cloud Rendering Credits"
    sub_id = "SUB-1234567890123456789012345"
    customer = dataclasses.replace(quote.customer, company_name=company)
    line = dataclasses.replace(quote.lines[0], product_name=product, subscription_id=sub_id)
    quote = dataclasses.replace(quote, customer=customer, lines=(line, quote.lines[1]))
    (text,) = pages_text(render_quote_pdf(quote))
    words = text.split()
    assert " ".join(company.split()) in " ".join(words)
    assert " ".join(product.split()) in " ".join(words)
    assert sub_id not in text  # too wide for its column: cut between characters,
    assert sub_id in "".join(words)  # over two lines, none lost
