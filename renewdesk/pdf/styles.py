"""The quote PDF's look: colours, margins and paragraph styles (fonts: ``pdf.fonts``)."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from renewdesk.pdf.fonts import FONT, FONT_BOLD, register_fonts

__all__ = ["FONT", "FONT_BOLD", "register_fonts"]  # re-exported: the PDF's callers import them here
from renewdesk.domain import PAGE_SIZE_CHOICES as PAGE_SIZE_CHOICES  # defined Qt- and PDF-free

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#b0b4b8")
HEAD_FILL = colors.HexColor("#e8eaed")
ZEBRA = colors.HexColor("#f6f7f8")
MARGIN_X = 14 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 18 * mm


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """The quote's text styles by name (a fresh dict of shared, never-modified styles).

    ``cell`` and ``head`` are the lines table's plain-string cells (see quote_pdf).
    """
    return dict(_paragraph_styles())


@cache
def _paragraph_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12, textColor=INK)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=18, leading=22),
        "h2": ParagraphStyle(  # a heading never ends a page without what it heads
            "h2",
            base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "label": ParagraphStyle("label", base, fontSize=7.5, leading=10, textColor=MUTED),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=7.5, leading=9.5),
        "head": ParagraphStyle("head", base, fontName=FONT_BOLD, fontSize=7.5, leading=9.5),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
        "total": ParagraphStyle("total", base, fontName=FONT_BOLD, fontSize=10.5, leading=14),
        "total_r": ParagraphStyle(
            "total_r", base, fontName=FONT_BOLD, fontSize=10.5, leading=14, alignment=TA_RIGHT
        ),
    }
