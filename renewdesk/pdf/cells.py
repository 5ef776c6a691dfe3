"""Table cells and Paragraph markup for the quote PDF, in the fonts that have their glyphs.

A cell's text is wrapped once (``pdf.text``), Arabic joined and right-to-left lines
put in drawing order (``pdf.rtl``), and kept a plain string when DejaVu draws all of
it (``Table`` draws those fast, see ``quote_pdf``), else made a ``MixedLines``
(``pdf.mixed``) drawn run by run.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from renewdesk.pdf.fonts import FONT, needs_fallback
from renewdesk.pdf.mixed import MixedLines, markup
from renewdesk.pdf.rtl import has_rtl, shape, visual
from renewdesk.pdf.text import ELLIPSIS, MAX_LINES, wrap


def markup_of(text: object, style: ParagraphStyle | None = None) -> str:
    """Text as Paragraph markup in ``style``'s font: escaped, CJK runs in the fallback font.

    Arabic is joined and right-to-left words put in reading order (``pdf.rtl``).
    """
    return markup(visual(shape(str(text))), style.fontName if style else FONT)


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (names inside sentences)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def plain(
    text: str, style: ParagraphStyle, room: float, font: str = "", max_lines: int = MAX_LINES
) -> str | Flowable:
    """``text`` as a table cell, wrapped as a Paragraph in ``style`` would be.

    A plain string when DejaVu (``font``, else the style's) has every glyph, which
    ``Table`` draws in the cell's font; else the same lines as a ``MixedLines`` that
    draws each run in the font that has it, in the style's size, leading and colour.
    At most ``max_lines`` lines, the last ending in ``…`` when the text needs more.
    """
    font = font or style.fontName
    lines = wrap(shape(text), font, style.fontSize, room, max_lines)
    if has_rtl(lines):  # each line in drawing order (pdf.rtl)
        lines = "\n".join(visual(line) for line in lines.split("\n"))
    if not needs_fallback(lines, font):
        return lines
    right = style.alignment == TA_RIGHT
    return MixedLines(lines, font, style.fontSize, style.leading, style.textColor, right=right)


def line_count(cell: str | Flowable) -> int:
    return len(cell.lines) if isinstance(cell, MixedLines) else str(cell).count("\n") + 1


def text_style(
    start: tuple[int, int], end: tuple[int, int], style: ParagraphStyle, font: str = ""
) -> list[tuple[Any, ...]]:
    """Table commands that draw plain-string cells in ``style``'s font, colour and alignment.

    A plain string in a cell sits where a Paragraph of the same font size and leading
    would (first baseline one font size below the top), so swapping one for the
    other keeps the page as it was, minus the markup parsing and line breaking.
    """
    commands: list[tuple[Any, ...]] = [
        ("FONT", start, end, font or style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", start, end, style.textColor),
    ]
    if style.alignment == TA_RIGHT:
        commands.append(("ALIGN", start, end, "RIGHT"))
    return commands
