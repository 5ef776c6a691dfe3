"""Render a quote as a PDF a finance department accepts (reportlab Platypus).

- The bundled DejaVu Sans is embedded, so ``Łódź`` and ``Åsa Öberg`` print, and
  Droid Sans Fallback for the characters DejaVu lacks (Chinese, Japanese, Korean),
  chosen per run of text (``pdf.fonts``, ``pdf.mixed``); Arabic is joined and
  right-to-left text put in reading order (``pdf.rtl``).
- Any text fits: it wraps in its column and, past a fixed number of lines, ends in
  ``…`` (``_CELL_LINES`` and the rest below), so no row or block outgrows a page.
- Data is printed literally (``<b>AB & Co``): the lines table, the customer,
  reseller and "prepared by" blocks, the details and the totals are plain-string
  table cells (``renewdesk.pdf.text``), never read as markup; any other data that
  reaches a Paragraph (notes, names in "How to buy") is XML-escaped first.
- ``invariant=1`` plus fixed metadata make the same quote give the same bytes.
- Each page carries the quote number and ``Page x of y``. The total is only known
  after layout, so the canvas holds the pages and draws the header and footer when
  it saves (one layout pass; see ``PageCountCanvas``).
- Speed: sending a 100-line quote should cost at most twice a bare reportlab table
  of the same rows (``tests/perf/bench_quotes.py``). Paragraphs are slow (markup
  parsing, line breaking on every wrap and draw), so one-font texts are plain
  strings wrapped once, placed where the Paragraphs were (``_plain``,
  ``_text_style``), and the lines table's cells share ready cell styles.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from functools import partial
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
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
from reportlab.platypus.tables import CellStyle

from renewdesk.domain import Partner, Quote, Seller
from renewdesk.i18n import language
from renewdesk.pdf.cells import line_count, markup_of, plain, shortened, text_style
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
from renewdesk.pdf.pages import PageCountCanvas, page_decorator
from renewdesk.pdf.styles import (
    FONT,
    FONT_BOLD,
    HEAD_FILL,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE_CHOICES,
    PAGE_SIZES,
    RULE,
    ZEBRA,
    paragraph_styles,
    register_fonts,
)
from renewdesk.pdf.text import wrap

# reportlab keeps per-document font state in shared font objects; one render at a time
# keeps a background PDF job and a CLI-triggered one from interleaving.
_RENDER_LOCK = threading.Lock()
# Tables default to Helvetica for plain-string cells; the bundled font keeps the PDF
# self-contained (the small tables' cells are Paragraphs anyway).
_BASE_FONT = ("FONT", (0, 0), (-1, -1), FONT, 9)
_GUTTER = 8  # between side-by-side blocks (_columns)
# Countries that write the city first and the postal code last.
_CITY_FIRST = frozenset({"US", "CA", "AU"})

# Long texts wrap, then end in an ellipsis (``pdf.text.wrap``), so that no row is
# taller than a page and any accepted input prints (the field limits are in
# rules/limits.toml [fields]; a 200-character name, even in CJK, prints whole).
_CELL_LINES = 20  # a lines-table cell: 20 lines of 9.5 pt, a sixth of a page
_BLOCK_ROW_LINES = 10  # one row of the customer, reseller or "prepared by" block
_BLOCK_LINES = 50  # all rows of one block: 50 lines of 12 pt fit under the title on Letter
_VALUE_LINES = 3  # a detail or an amount
_NOTE_CHARS = 2000  # a note in "Notes"
_NAME_CHARS = 300  # a name inside a "How to buy" step

# The lines table: column labels, widths (mm on A4, scaled to the page), the padding
# each column's text sits inside, and one style for any number of rows.
_LINE_HEAD = (
    "col_no",
    "col_product",
    "col_subscription",
    "col_term",
    "col_seats",
    "col_period",
    "col_unit_price",
    "col_campaign",
    "col_discount",
    "col_total",
)
_LINE_WEIGHTS = (7, 32, 24, 13, 11, 22, 18, 18, 17, 20)
_LINE_RIGHT = frozenset({0, 4, 6, 8, 9})  # numbers and amounts
_CELL_PAD, _FIRST_PAD = 2.5, 0.5
_LINE_PADDING = (_FIRST_PAD + _CELL_PAD,) + (2 * _CELL_PAD,) * (len(_LINE_WEIGHTS) - 1)
# Only what is drawn between cells; fonts, alignment and padding are in the cell styles.
_LINES_STYLE = TableStyle(
    [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),  # zebra without a command per row
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
)


def _line_cell_styles(text: ParagraphStyle) -> list[CellStyle]:
    """One row's cell styles for the lines table, shared by every row of its kind.

    A style command such as ``("FONT", (0, 0), (-1, -1), ...)`` sets an attribute on
    each cell's own ``CellStyle``, for every command and every cell (about 8,000
    settings for 100 lines). Handing ``Table`` a few ready styles, shared, instead
    costs nothing per cell, and lets it skip ``setFont``/``setFillColor`` between
    cells of the same style. No cell-style command may then be added to the table:
    it would change the shared styles of every row.
    """

    # A colour as a string compares cheaply when Table moves to a cell of another style.
    color = "#" + text.textColor.hexval()[2:]

    def cell(name: str, alignment: str, left_padding: float) -> CellStyle:
        style = CellStyle(f"{name} {text.name}")
        style.fontname, style.fontsize, style.leading = text.fontName, text.fontSize, text.leading
        style.color = color
        style.alignment, style.valign = alignment, "TOP"
        style.leftPadding, style.rightPadding = left_padding, _CELL_PAD
        style.topPadding = style.bottomPadding = 3
        return style

    first, left, right = (
        cell("#", "RIGHT", _FIRST_PAD),
        cell("text", "LEFT", _CELL_PAD),
        cell("number", "RIGHT", _CELL_PAD),
    )
    return [
        first if column == 0 else right if column in _LINE_RIGHT else left
        for column in range(len(_LINE_WEIGHTS))
    ]


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
        story: list[Flowable] = [
            Paragraph(markup_of(t["title"], s["title"]), s["title"]),
            Spacer(1, 4 * mm),
        ]
        story.append(self._top_blocks(width))
        parties = self._party_blocks(width)
        if parties is not None:
            story += [Spacer(1, 4 * mm), parties]
        lines, start = self._lines_table(width)
        name = currency_name(q.currency, self.lang)
        note = t["amounts_in"].format(currency_name=name, currency=q.currency)
        heading = [
            Paragraph(markup_of(t["lines"], s["h2"]), s["h2"]),
            Paragraph(markup_of(note), s["small"]),
            Spacer(1, 2 * mm),
        ]
        # The heading starts a new page rather than end one without the table's first
        # line under it (a long first line may not fit in what is left of the page).
        story.append(CondPageBreak(_height(heading, width) + start))
        story += [*heading, lines]
        story.append(KeepTogether([Spacer(1, 4 * mm), self._totals(width)]))
        if self.notes:
            story.append(Paragraph(markup_of(t["notes"], s["h2"]), s["h2"]))
            story.append(
                self._bullets([markup_of(shortened(n, _NOTE_CHARS)) for n in self.notes], "bullet")
            )
        story.append(KeepTogether(self._how_to_buy()))
        return story

    def _block(self, title: str, rows: list[str], room: float) -> list[Flowable]:
        """A small label over lines of text, the first bold, ``room`` points wide.

        Plain strings in a one-column table, each row in the font, colour and leading
        of the Paragraph it replaces (label, then base), with no padding: the lines
        stack exactly as the Paragraphs did. Each row wraps to at most
        ``_BLOCK_ROW_LINES`` lines and the block to ``_BLOCK_LINES``, keeping a line
        for each row still to come, so the block always fits on its page.
        """
        label, base = self.s["label"], self.s["base"]
        cells: list[list[str | Flowable]] = [[plain(title.upper(), label, room)]]
        left = _BLOCK_LINES
        for i, text in enumerate(rows):
            lines = max(1, min(_BLOCK_ROW_LINES, left - (len(rows) - i - 1)))
            cell = plain(text, base, room, FONT_BOLD if i == 0 else "", lines)
            left -= line_count(cell)
            cells.append([cell])
        style: list[tuple[Any, ...]] = [
            *text_style((0, 0), (0, 0), label),
            *text_style((0, 1), (0, -1), base),
            ("FONTNAME", (0, 1), (0, 1), FONT_BOLD),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        return [Table(cells, colWidths=[room], style=style)]

    def _customer_rows(self) -> list[str]:
        c, t = self.q.customer, self.t
        a = c.address
        if a.country.upper() in _CITY_FIRST:  # "Seattle, WA 98101"
            region = " ".join(v for v in (a.region, a.postal_code) if v)
            city = ", ".join(v for v in (a.city, region) if v)
        else:  # "118 26 Stockholm, Stockholms län"
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
        if q.supersedes:  # Create new quote: the copy names the quote it replaces
            details.insert(3, (t["replaces"], q.supersedes))
        # Plain strings, drawn where the label / bold right-aligned Paragraphs were.
        widths = [0.45 * width * 0.42, 0.55 * width * 0.42]
        label, value = s["label"], s["right"]
        kv = Table(
            [
                [
                    plain(k, label, widths[0], "", _VALUE_LINES),
                    plain(v, value, widths[1], FONT_BOLD, _VALUE_LINES),
                ]
                for k, v in details
            ],
            colWidths=widths,
            style=[
                *text_style((0, 0), (0, -1), label),
                *text_style((1, 0), (1, -1), value, FONT_BOLD),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ],
        )
        customer = self._block(t["customer"], self._customer_rows(), width * 0.58 - _GUTTER)
        details_block = [Paragraph(markup_of(t["details"].upper()), s["label"]), kv]
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
            left = self._block(t["reseller"], rows, width * 0.58 - _GUTTER)
        if self.seller and self.seller.lines():
            right = self._block(t["prepared_by"], self.seller.lines(), width * 0.42)
        if not (left or right):
            return None
        # Same columns as the customer / details row above, so the blocks line up.
        return _columns([left, right], [width * 0.58, width * 0.42])

    def _lines_table(self, width: float) -> tuple[Table, float]:
        """One row per line, as plain strings wrapped to their columns (no Paragraphs).

        With the height of its column headings and first line, which must fit together.
        """
        t, q, lang = self.t, self.q, self.lang
        head, cell = self.s["head"], self.s["cell"]
        col_widths = [width * w / sum(_LINE_WEIGHTS) for w in _LINE_WEIGHTS]
        # The room for text in each column, inside the cell padding.
        rooms = [w - pad for w, pad in zip(col_widths, _LINE_PADDING, strict=True)]
        rows: list[list[str | Flowable]] = [
            [plain(t[k], head, room) for k, room in zip(_LINE_HEAD, rooms, strict=True)]
        ]
        dash = t["none"]
        date = self.date
        for i, line in enumerate(q.lines, start=1):
            discount = amount(-line.discount, q.currency, lang) if line.discount else dash
            texts = (
                str(i),
                line.product_name,
                line.subscription_id,
                term_label(t, line.term),
                number(line.seats, lang),
                None,  # the period: two lines, start and end
                amount(line.unit_price, q.currency, lang),
                line.campaign_code or dash,
                discount,
                amount(line.line_total, q.currency, lang),
            )
            row = [
                plain(text, cell, room, "", _CELL_LINES) if text is not None else ""
                for text, room in zip(texts, rooms, strict=True)
            ]
            # The period: dates in the reader's locale, which DejaVu always draws.
            start = wrap(f"{date(line.start_date)} –", cell.fontName, cell.fontSize, rooms[5])
            end = wrap(date(line.end_date), cell.fontName, cell.fontSize, rooms[5])
            row[5] = f"{start}\n{end}"
            rows.append(row)
        head_styles, body_styles = _line_cell_styles(head), _line_cell_styles(cell)
        start = sum(
            max(line_count(c) for c in row) * style.leading + 6  # top and bottom padding 3
            for row, style in zip(rows[:2], (head, cell), strict=False)
        )
        table = Table(
            rows,
            colWidths=col_widths,
            repeatRows=1,
            hAlign="LEFT",
            style=_LINES_STYLE,
            cellStyles=[head_styles] + [body_styles] * (len(rows) - 1),
            normalizedData=1,  # already a list of rows of strings
        )
        return table, start

    def _totals(self, width: float) -> Table:
        t, s, q, lang = self.t, self.s, self.q, self.lang
        # Plain strings, drawn where the base / right / total Paragraphs were.
        widths = [width * 0.24, width * 0.22]
        rooms = [widths[0] - 2.5, widths[1] - 2.5]  # inside the right padding
        base, right, total, total_r = s["base"], s["right"], s["total"], s["total_r"]
        rows = [
            [
                plain(t["subtotal"], base, rooms[0]),
                plain(money(q.subtotal, q.currency, lang), right, rooms[1], "", _VALUE_LINES),
            ],
            [
                plain(t["discount"], base, rooms[0]),
                plain(money(-q.discount, q.currency, lang), right, rooms[1], "", _VALUE_LINES),
            ],
            [
                plain(t["total"].format(currency=q.currency), total, rooms[0]),
                plain(money(q.total, q.currency, lang), total_r, rooms[1], "", _VALUE_LINES),
            ],
        ]
        box = Table(
            rows,
            colWidths=widths,
            style=[
                *text_style((0, 0), (0, 1), base),
                *text_style((1, 0), (1, 1), right),
                *text_style((0, 2), (0, 2), total),
                *text_style((1, 2), (1, 2), total_r),
                ("LINEABOVE", (0, 2), (-1, 2), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 2), (-1, 2), 5),
            ],
        )
        tax = Paragraph(markup_of(t["tax_note"]), s["small"])
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
            markup_of(t["step_sign_in"]),
            markup_of(t["step_open"].format(number=q.number)),
            markup_of(t["step_buy"].format(expires=expires)),
        ]
        if q.partner_csn:
            name = self.partner.name if self.partner and self.partner.name else q.partner_csn
            steps.append(markup_of(t["step_partner"].format(partner=shortened(name, _NAME_CHARS))))
        elif self.seller and (self.seller.email or self.seller.name):
            contact = " ".join(
                v
                for v in (self.seller.name, f"<{self.seller.email}>" if self.seller.email else "")
                if v
            )
            steps.append(
                markup_of(t["step_seller"].format(contact=shortened(contact, _NAME_CHARS)))
            )
        return [
            Paragraph(markup_of(t["how_to_buy"], self.s["h2"]), self.s["h2"]),
            self._bullets(steps, "1"),
        ]

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


def _height(flowables: list[Flowable], width: float) -> float:
    """The height ``flowables`` take stacked in a frame ``width`` wide, spacing included."""
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


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
            ("RIGHTPADDING", (0, 0), (-1, -1), _GUTTER),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ],
    )


def _layout(
    doc_source: _QuoteDocument, size: tuple[float, float], title: str, author: str
) -> bytes:
    """The document in one layout pass; the page count is drawn when the canvas saves."""
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
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    decorate = page_decorator(doc_source.q, doc_source.t)
    doc.build(doc_source.story(doc.width), canvasmaker=partial(PageCountCanvas, decorate=decorate))
    return buf.getvalue()


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
    return _layout(source, size, title, author)
