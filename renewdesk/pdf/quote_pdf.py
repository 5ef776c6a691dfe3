"""Render a quote as a PDF a finance department accepts (reportlab Platypus).

- The bundled DejaVu Sans is embedded, so ``Łódź`` and ``Åsa Öberg`` print.
- Every text that comes from data is XML-escaped before it reaches a Paragraph,
  so ``<b>AB & Co`` prints literally instead of being read as markup.
- ``invariant=1`` plus fixed metadata make the same quote give the same bytes.
- Each page carries the quote number and ``Page x of y``. The total is only known
  after layout, so the document is laid out twice (cheap: a 100-line quote is
  five pages); the header sits in the margin, so both passes break identically.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from renewdesk.domain import Partner, Quote
from renewdesk.i18n import language
from renewdesk.pdf.formatting import (
    amount,
    country_name,
    currency_name,
    long_date,
    money,
    number,
    paper_for,
)
from renewdesk.pdf.labels import payment_label, pdf_labels, term_label
from renewdesk.pdf.styles import (
    FONT,
    FONT_BOLD,
    HEAD_FILL,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE_CHOICES,
    PAGE_SIZES,
    RULE,
    ZEBRA,
    paragraph_styles,
    register_fonts,
)


@dataclass(frozen=True, slots=True)
class Seller:
    """Who prepared the quote (the Settings profile); printed when given."""

    company: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""

    def lines(self) -> list[str]:
        return [v for v in (self.company, self.name, self.email, self.phone) if v]


# reportlab keeps per-document font state in shared font objects; one render at a time
# keeps a background PDF job and a CLI-triggered one from interleaving.
_RENDER_LOCK = threading.Lock()
# Tables default to Helvetica for plain-string cells; the bundled font keeps the PDF
# self-contained (and every cell here is a Paragraph anyway).
_BASE_FONT = ("FONT", (0, 0), (-1, -1), FONT, 9)


def _e(text: object) -> str:
    """Escape data for Paragraph markup (``<``, ``>``, ``&``)."""
    return escape(str(text))


def resolve_page_size(page_size: str, quote: Quote) -> str:
    """``"A4"`` or ``"Letter"``: ``auto`` follows the customer's country, else the locale."""
    if page_size in PAGE_SIZES:
        return page_size
    return paper_for(quote.language, quote.customer.address.country)


class _QuoteDocument:
    """Builds the story for one quote; each layout pass asks for a fresh story."""

    def __init__(
        self, quote: Quote, partner: Partner | None, seller: Seller | None, notes: Sequence[str]
    ) -> None:
        self.q = quote
        self.partner = partner
        self.seller = seller
        self.notes = [n for n in notes if n.strip()]
        self.lang = quote.language
        self.t = pdf_labels()
        self.s = paragraph_styles()

    def date(self, day: Any) -> str:
        return long_date(day, self.lang)

    def story(self, width: float) -> list[Flowable]:
        t, s, q = self.t, self.s, self.q
        story: list[Flowable] = [Paragraph(_e(t["title"]), s["title"]), Spacer(1, 4 * mm)]
        story.append(self._top_blocks(width))
        parties = self._party_blocks(width)
        if parties is not None:
            story += [Spacer(1, 4 * mm), parties]
        story.append(Paragraph(_e(t["lines"]), s["h2"]))
        name = currency_name(q.currency, self.lang)
        note = t["amounts_in"].format(currency_name=name, currency=q.currency)
        story += [Paragraph(_e(note), s["small"]), Spacer(1, 2 * mm), self._lines_table(width)]
        story.append(KeepTogether([Spacer(1, 4 * mm), self._totals(width)]))
        if self.notes:
            story.append(Paragraph(_e(t["notes"]), s["h2"]))
            story.append(self._bullets([_e(n) for n in self.notes], "bullet"))
        story.append(KeepTogether(self._how_to_buy()))
        return story

    def _block(self, title: str, rows: list[str], bold_first: bool = True) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [Paragraph(_e(title).upper(), s["label"])]
        for i, text in enumerate(rows):
            markup = f"<b>{_e(text)}</b>" if bold_first and i == 0 else _e(text)
            out.append(Paragraph(markup, s["base"]))
        return out

    def _customer_rows(self) -> list[str]:
        c, t = self.q.customer, self.t
        a = c.address
        city = " ".join(v for v in (a.postal_code, a.city) if v)
        if a.region:
            city = f"{city}, {a.region}" if city else a.region
        country = country_name(a.country, self.lang)
        rows = [c.company_name or c.csn, a.line1, a.line2, city, country]
        if c.vat_number:
            rows.append(f"{t['vat']}: {c.vat_number}")
        rows.append(f"{t['customer_number']}: {c.csn}")
        if c.buyer_name:
            rows.append(f"{t['buyer']}: {c.buyer_name}")
        rows += [c.buyer_email, c.buyer_phone]
        return [r for r in rows if r]

    def _top_blocks(self, width: float) -> Table:
        t, s, q = self.t, self.s, self.q
        details = [
            (t["number"], q.number),
            (t["created"], self.date(q.created.date())),
            (t["expires"], self.date(q.expires)),
            (t["currency"], q.currency),
            (t["payment"], payment_label(t, q.payment_method)),
            (t["subscriptions_count"], number(len(q.lines), self.lang)),
        ]
        kv = Table(
            [
                [Paragraph(_e(k), s["label"]), Paragraph(f"<b>{_e(v)}</b>", s["right"])]
                for k, v in details
            ],
            colWidths=[0.45 * width * 0.42, 0.55 * width * 0.42],
            style=[
                _BASE_FONT,
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ],
        )
        customer = self._block(t["customer"], self._customer_rows())
        details_block = [Paragraph(_e(t["details"]).upper(), s["label"]), kv]
        return _columns([customer, details_block], [width * 0.58, width * 0.42])

    def _party_blocks(self, width: float) -> Table | None:
        t, q = self.t, self.q
        left: list[Flowable] = []
        right: list[Flowable] = []
        if q.partner_csn:
            p = self.partner
            rows = [p.name if p and p.name else q.partner_csn]
            rows.append(f"{t['partner_number']}: {q.partner_csn}")
            if p and p.email:
                rows.append(p.email)
            left = self._block(t["reseller"], rows)
        if self.seller and self.seller.lines():
            right = self._block(t["prepared_by"], self.seller.lines())
        if not (left or right):
            return None
        # Same columns as the customer / details row above, so the blocks line up.
        return _columns([left, right], [width * 0.58, width * 0.42])

    def _lines_table(self, width: float) -> Table:
        t, s, q, lang = self.t, self.s, self.q, self.lang
        head = [
            ("col_no", "head_r"),
            ("col_product", "head"),
            ("col_subscription", "head"),
            ("col_term", "head"),
            ("col_seats", "head_r"),
            ("col_period", "head"),
            ("col_unit_price", "head_r"),
            ("col_campaign", "head"),
            ("col_discount", "head_r"),
            ("col_total", "head_r"),
        ]
        rows: list[list[Flowable]] = [[Paragraph(_e(t[k]), s[st]) for k, st in head]]
        dash = t["none"]
        for i, line in enumerate(q.lines, start=1):
            discount = amount(-line.discount, q.currency, lang) if line.discount else dash
            period = f"{_e(self.date(line.start_date))} –<br/>{_e(self.date(line.end_date))}"
            cells = [
                (str(i), "cell_r"),
                (_e(line.product_name), "cell"),
                (_e(line.subscription_id), "cell"),
                (_e(term_label(t, line.term)), "cell"),
                (_e(number(line.seats, lang)), "cell_r"),
                (period, "cell"),
                (_e(amount(line.unit_price, q.currency, lang)), "cell_r"),
                (_e(line.campaign_code or dash), "cell"),
                (_e(discount), "cell_r"),
                (_e(amount(line.line_total, q.currency, lang)), "cell_r"),
            ]
            rows.append([Paragraph(markup, s[st]) for markup, st in cells])
        weights = [7, 32, 24, 13, 11, 22, 18, 18, 17, 20]  # mm on A4
        col_widths = [width * w / sum(weights) for w in weights]
        style: list[tuple[Any, ...]] = [
            _BASE_FONT,
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (0, -1), 0.5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(rows), 2)]
        return Table(
            rows, colWidths=col_widths, repeatRows=1, hAlign="LEFT", style=TableStyle(style)
        )

    def _totals(self, width: float) -> Table:
        t, s, q, lang = self.t, self.s, self.q, self.lang
        rows = [
            [Paragraph(_e(t["subtotal"]), s["base"]), _money_p(q.subtotal, q, s["right"])],
            [Paragraph(_e(t["discount"]), s["base"]), _money_p(-q.discount, q, s["right"])],
            [
                Paragraph(_e(t["total"].format(currency=q.currency)), s["total"]),
                Paragraph(_e(money(q.total, q.currency, lang)), s["total_r"]),
            ],
        ]
        box = Table(
            rows,
            colWidths=[width * 0.24, width * 0.22],
            style=[
                _BASE_FONT,
                ("LINEABOVE", (0, 2), (-1, 2), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 2), (-1, 2), 5),
            ],
        )
        tax = Paragraph(_e(t["tax_note"]), s["small"])
        return Table(
            [["", box], ["", tax]],
            colWidths=[width * 0.54, width * 0.46],
            hAlign="LEFT",
            style=[
                _BASE_FONT,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
            ],
        )

    def _how_to_buy(self) -> list[Flowable]:
        t, q = self.t, self.q
        expires = self.date(q.expires)
        steps = [
            _e(t["step_sign_in"]),
            _e(t["step_open"].format(number=q.number)),
            _e(t["step_buy"].format(expires=expires)),
        ]
        if q.partner_csn:
            name = self.partner.name if self.partner and self.partner.name else q.partner_csn
            steps.append(_e(t["step_partner"].format(partner=name)))
        elif self.seller and (self.seller.email or self.seller.name):
            contact = " ".join(
                v
                for v in (self.seller.name, f"<{self.seller.email}>" if self.seller.email else "")
                if v
            )
            steps.append(_e(t["step_seller"].format(contact=contact)))
        return [Paragraph(_e(t["how_to_buy"]), self.s["h2"]), self._bullets(steps, "1")]

    def _bullets(self, markup: list[str], kind: str) -> ListFlowable:
        items = [ListItem(Paragraph(m, self.s["base"]), leftIndent=14) for m in markup]
        return ListFlowable(
            items,
            bulletType=kind,
            start=None if kind == "1" else "•",
            bulletFontName=FONT,
            bulletFontSize=9,
            leftIndent=14,
        )


def _money_p(value: Any, q: Quote, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_e(money(value, q.currency, q.language)), style)


def _columns(blocks: list[list[Flowable]], widths: list[float]) -> Table:
    """Side-by-side blocks without borders, top-aligned."""
    return Table(
        [blocks],
        colWidths=widths,
        hAlign="LEFT",
        style=[
            _BASE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ],
    )


def _page_decorator(
    quote: Quote, labels: dict[str, str], total: int | None
) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Draws the running header (quote number, page x of y) and footer on each page."""

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        top = height - 12 * mm
        canvas.setFont(FONT_BOLD, 9)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X, top, labels["header"].format(number=quote.number))
        canvas.setFont(FONT, 9)
        pages = str(total) if total is not None else "0"
        page_text = labels["page"].format(page=doc.page, pages=pages)
        canvas.drawRightString(width - MARGIN_X, top, page_text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        bottom = 10 * mm
        valid = labels["footer_valid"].format(expires=long_date(quote.expires, quote.language))
        canvas.drawRightString(width - MARGIN_X, bottom, valid)
        room = width - 2 * MARGIN_X - stringWidth(valid, FONT, 7.5) - 10 * mm
        company = quote.customer.company_name or quote.customer.csn
        canvas.drawString(MARGIN_X, bottom, _fit(company, FONT, 7.5, room))
        canvas.restoreState()

    return draw


def _fit(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis so it fits ``room`` points (canvas text does not wrap)."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _layout(
    doc_source: _QuoteDocument,
    size: tuple[float, float],
    total: int | None,
    title: str,
    author: str,
) -> tuple[bytes, int]:
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=title,
        creator="RenewDesk",
        producer="RenewDesk (ReportLab)",
        invariant=1,
        initialFontName=FONT,  # else every page also references Helvetica
    )
    # No frame padding: paragraphs and full-width tables share the same left edge.
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    deco = _page_decorator(doc_source.q, doc_source.t, total)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=deco)])
    doc.build(doc_source.story(doc.width))
    return buf.getvalue(), doc.page


def render_quote_pdf(
    quote: Quote,
    partner: Partner | None = None,
    *,
    seller: Seller | None = None,
    page_size: str = "auto",
    notes: Sequence[str] = (),
) -> bytes:
    """The quote as PDF bytes; the same arguments always give the same bytes.

    ``partner`` is the reseller's details when ``quote.partner_csn`` is set (the CSN
    alone prints when it is ``None``); ``seller`` prints a "Prepared by" block;
    ``page_size`` is ``auto`` (Letter for US/Canada, else A4), ``A4`` or ``Letter``;
    ``notes`` are already translated sentences (e.g. "Auto-renew was turned off for ...").
    """
    if page_size not in PAGE_SIZE_CHOICES:
        raise ValueError(f"page_size must be one of {', '.join(PAGE_SIZE_CHOICES)}: {page_size!r}")
    register_fonts()
    # Labels in the quote's language, whatever the window's (see renewdesk.i18n.language).
    with _RENDER_LOCK, language(quote.language):
        return _render(quote, partner, seller, page_size, notes)


def _render(
    quote: Quote,
    partner: Partner | None,
    seller: Seller | None,
    page_size: str,
    notes: Sequence[str],
) -> bytes:
    source = _QuoteDocument(quote, partner, seller, notes)
    size = PAGE_SIZES[resolve_page_size(page_size, quote)]
    title = source.t["header"].format(number=quote.number)
    author = (seller.company or seller.name) if seller else ""
    author = author or quote.customer.company_name
    _, pages = _layout(source, size, None, title, author)
    pdf, pages_again = _layout(source, size, pages, title, author)
    if pages_again != pages:  # pragma: no cover - the header never changes the flow
        pdf, _ = _layout(source, size, pages_again, title, author)
    return pdf
