"""The running header and footer, and the canvas that draws them once the page count is known."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFPage, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from renewdesk.domain import Quote
from renewdesk.pdf.fonts import FONT, FONT_BOLD, run_width
from renewdesk.pdf.formatting import long_date
from renewdesk.pdf.mixed import draw_right_runs, draw_runs
from renewdesk.pdf.rtl import shape, visual
from renewdesk.pdf.styles import INK, MARGIN_X, MUTED, RULE
from renewdesk.pdf.text import fit


def page_decorator(quote: Quote, labels: dict[str, str]) -> Callable[[Canvas, int, int], None]:
    """Draws the running header (quote number, page x of y) and footer on a page."""
    header = labels["header"].format(number=quote.number)
    valid = labels["footer_valid"].format(expires=long_date(quote.expires, quote.language))
    company = shape(quote.customer.company_name or quote.customer.csn)

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        top = height - 12 * mm
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)  # a bold fallback run's outline (mixed.draw_runs)
        page_text = labels["page"].format(page=page, pages=pages)
        room = width - 2 * MARGIN_X - run_width(page_text, FONT, 9) - 10 * mm
        draw_runs(canvas, MARGIN_X, top, fit(header, FONT_BOLD, 9, room), FONT_BOLD, 9)
        draw_right_runs(canvas, width - MARGIN_X, top, page_text, FONT, 9)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        canvas.setFillColor(MUTED)
        bottom = 10 * mm
        draw_right_runs(canvas, width - MARGIN_X, bottom, valid, FONT, 7.5)
        room = width - 2 * MARGIN_X - run_width(valid, FONT, 7.5) - 10 * mm
        draw_runs(canvas, MARGIN_X, bottom, visual(fit(company, FONT, 7.5, room)), FONT, 7.5)
        canvas.restoreState()

    return draw


class PageCountCanvas(Canvas):
    """A canvas that holds every finished page until ``save``, when the count is known.

    "Page x of y" needs the total before the first page is written. Rather than lay
    the document out twice, each page's state is kept at ``showPage``; ``save`` then
    draws the header and footer on each with the total and writes the pages out.
    The header goes at the start of the page's content, where a page template's
    ``onPage`` would have put it, so text order and extraction are unchanged.
    """

    def __init__(
        self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held_pages)
        for page, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            body, self._code = self._code, []
            self._decorate(self, page, pages)
            self._code += body
            super().showPage()
            self._zlib_only(self._doc.Pages.pages[-1])
        super().save()

    @staticmethod
    def _zlib_only(page: PDFPage) -> None:
        """The page's content stream compressed, not also ASCII85-encoded.

        reportlab's default (``rl_config.useA85``) makes a binary stream a quarter
        bigger in 7-bit text with a pure-Python encoder, a tenth of the render time.
        The content stream is made here as reportlab's ``PDFPage.check_format`` would,
        with the one filter.
        """
        if page.compression and page.stream and page.Contents is None:
            page.Contents = PDFStream(content=page.stream, filters=[PDFZCompress])
