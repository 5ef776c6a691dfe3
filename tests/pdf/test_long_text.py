"""Any text that passes the field limits prints whole; longer text is shortened, never fatal.

Before, a 1,500-character product name or a 2,500-character customer name stopped the
quote with ``Flowable ... too large on page 2``. Every field is tried here at its
maximum length (``renewdesk/rules/limits.toml`` [fields]) in Latin and in CJK, and at
absurd lengths (10,000 characters without a space, CJK without a space, a very long
email, an address of many lines), on 1- and 100-line quotes, read back with pypdf.
"""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from renewdesk.domain import Address, Customer, Partner, Quote
from renewdesk.pdf.quote_pdf import Seller, render_quote_pdf
from renewdesk.rules.limits import default_limits
from tests.pdf.pdf_fonts import glyphs_missing

QuoteFactory = Callable[..., Quote]
LATIN = "Ångström Łódź Engineering Collection "
CJK = "北京软件有限公司서울소프트웨어株式会社ソフトウェア"
ELLIPSIS = "\u2026"


def filled(length: int, alphabet: str) -> str:
    """``length`` characters from ``alphabet`` repeated, with no space at either end."""
    text = (alphabet * (length // len(alphabet) + 1))[:length]
    return text[:-1] + "x" if text.endswith(" ") else text


def email_of(length: int) -> str:
    return "a" * (length - len("@example.com")) + "@example.com"


def quote_with(
    make_quote: QuoteFactory, n_lines: int, text: Callable[[str], str], email: str
) -> tuple[Quote, Partner, Seller]:
    """A quote, its reseller and its "prepared by" with every printed text from ``text(field)``."""
    quote = make_quote(n_lines)
    customer = Customer(
        csn=text("customer_csn"),
        company_name=text("customer_name"),
        address=Address(
            text("address_line"),
            text("address_line"),
            text("postal_code"),
            text("city"),
            text("region"),
            "SE",
        ),
        vat_number=text("vat_number"),
        buyer_name=text("buyer_name"),
        buyer_email=email,
        buyer_phone=text("phone"),
    )
    lines = tuple(
        dataclasses.replace(
            line,
            product_name=text("product_name"),
            subscription_id=text("subscription_id"),
            campaign_code=text("campaign_code"),
        )
        for line in quote.lines
    )
    partner = Partner(text("partner_csn"), text("partner_name"), email)
    quote = dataclasses.replace(
        quote, customer=customer, lines=lines, partner_csn=partner.partner_csn
    )
    seller = Seller(text("customer_name"), text("buyer_name"), email, text("phone"))
    return quote, partner, seller


def read_back(pdf: bytes) -> tuple[int, str]:
    """(page count, the body text with all whitespace removed and compatibility forms folded).

    Each page's running header and footer (its first four lines: number, page,
    validity, customer) are left out, so a text split over two pages reads as one.
    """
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = "".join("\n".join(page.extract_text().split("\n")[4:]) for page in pages)
    return len(pages), "".join(unicodedata.normalize("NFKC", text).split())


def squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("n_lines", [1, 100])
@pytest.mark.parametrize("alphabet", [LATIN, CJK], ids=["latin", "cjk"])
def test_every_field_at_its_maximum_length_prints_whole(
    make_quote: QuoteFactory, n_lines: int, alphabet: str
) -> None:
    limits = default_limits()
    values: dict[str, str] = {}

    def text(field: str) -> str:
        values[field] = filled(limits.max_length(field), alphabet)
        return values[field]

    email = email_of(limits.max_length("email"))
    quote, partner, seller = quote_with(make_quote, n_lines, text, email)
    note = filled(limits.max_length("note"), alphabet)
    pdf = render_quote_pdf(quote, partner, seller=seller, notes=[note])

    pages, printed = read_back(pdf)
    for field, value in values.items():
        assert squeezed(value) in printed, f"{field} at its maximum length is not printed whole"
    assert squeezed(email) in printed and squeezed(note) in printed
    assert glyphs_missing(pdf) == []
    assert pages <= (3 if n_lines == 1 else 40)


ABSURD = {
    "no spaces": lambda n: "N" * n,
    "cjk without spaces": lambda n: filled(n, CJK),
    "many lines": lambda n: filled(n, "Storgatan 1\n"),
    "words": lambda n: filled(n, LATIN),
}


@pytest.mark.parametrize("n_lines", [1, 100])
@pytest.mark.parametrize("kind", sorted(ABSURD))
def test_absurdly_long_texts_are_shortened_and_the_quote_still_renders(
    make_quote: QuoteFactory, n_lines: int, kind: str
) -> None:
    make = ABSURD[kind]
    quote, partner, seller = quote_with(
        make_quote, n_lines, lambda field: make(10_000), email_of(10_000)
    )
    # Letter is the shorter page: the customer block must fit under the title there too.
    paper = "Letter" if n_lines == 1 else "A4"
    pdf = render_quote_pdf(quote, partner, seller=seller, notes=[make(10_000)], page_size=paper)

    pages, printed = read_back(pdf)
    assert squeezed(ELLIPSIS) in printed  # shortened, visibly (NFKC reads "…" as "...")
    assert glyphs_missing(pdf) == []
    # Each line's row and each block is bounded, so the quote stays readable.
    assert pages <= (5 if n_lines == 1 else 60)
    # What the reader needs to buy is all there.
    assert squeezed(quote.number) in printed and "SUB-" not in printed  # the IDs were the long text
    total = squeezed(f"SEK {quote.total:,.2f}")
    assert total in printed


def test_a_long_company_name_runs_on_in_the_footer_as_one_shortened_line(
    make_quote: QuoteFactory,
) -> None:
    quote = make_quote(1)
    name = filled(2_500, LATIN)
    quote = dataclasses.replace(
        quote, customer=dataclasses.replace(quote.customer, company_name=name)
    )
    pdf = render_quote_pdf(quote)
    (page,) = PdfReader(io.BytesIO(pdf)).pages
    # The header (number, page), then the footer: validity, then the customer's name.
    footer = page.extract_text().split("\n")[3]
    assert footer.startswith(LATIN[:20]) and footer.endswith(ELLIPSIS)
    assert len(footer) < 120


def test_the_lines_heading_never_ends_a_page_without_the_first_line(
    make_quote: QuoteFactory,
) -> None:
    """However far down the page the customer's details push it."""
    quote = make_quote(3)
    first = dataclasses.replace(quote.lines[0], product_name=filled(200, LATIN))
    seen_on_page_two = False
    for length in range(0, 1_200, 30):
        text = filled(length, LATIN) if length else ""
        address = dataclasses.replace(quote.customer.address, line1=text, line2=text)
        customer = dataclasses.replace(quote.customer, address=address, buyer_name=text)
        tall = dataclasses.replace(
            quote, customer=customer, lines=(first, *quote.lines[1:]), partner_csn="7700099"
        )
        partner = Partner("7700099", text or "Nordic Reseller AB", "sales@example.com")
        pdf = render_quote_pdf(tall, partner)
        pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
        (page,) = [p for p in pages if "Subscriptions to renew" in p]
        assert first.subscription_id in page, f"heading alone at the foot of a page ({length})"
        seen_on_page_two |= page is not pages[0]
    assert seen_on_page_two  # the heading did move down to the next page at some point
