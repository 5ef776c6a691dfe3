"""Text drawn run by run in the fonts that have its glyphs (see ``pdf.fonts``).

Three ways a text reaches the page, one for each kind of place:

- ``MixedLines``: a table cell whose wrapped text needs the fallback font. A plain
  string cell is drawn by ``Table`` in one font, so such a cell becomes this small
  flowable instead, drawn exactly where the string would have been (first baseline
  one font size below the cell's top, one ``leading`` per line). Cells that DejaVu
  draws alone stay plain strings, so a quote without CJK text is laid out as before.
- ``draw_runs``: one line on the canvas (the running header and footer).
- ``markup``: Paragraph markup, each run XML-escaped and the fallback's runs in a
  ``<font>`` tag (notes, "How to buy").
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from renewdesk.pdf.fonts import FONT, FONT_BOLD, needs_fallback, run_width, runs

_FAUX_BOLD = 0.035  # outline width per point of font size for a bold fallback run


def draw_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` with its left end at (x, y), each run in the font that has it.

    The fallback has no bold face: in a bold text its runs are filled and stroked
    with a thin outline in the stroke colour (set it to the fill colour first).
    """
    if not needs_fallback(text, font):
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    bold = font == FONT_BOLD
    if bold:
        canvas.saveState()
        canvas.setLineWidth(size * _FAUX_BOLD)
    line = canvas.beginText(x, y)
    for run_font, piece in runs(text, font):
        line.setFont(run_font, size)
        if bold:
            line.setTextRenderMode(2 if run_font != font else 0)
        line.textOut(piece)
    canvas.drawText(line)
    if bold:
        canvas.restoreState()


def draw_right_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` with its right end at (x, y), each run in the font that has it."""
    draw_runs(canvas, x - run_width(text, font, size), y, text, font, size)


def markup(text: str, font: str = FONT) -> str:
    """``text`` as Paragraph markup: escaped, with the fallback's runs in ``<font>`` tags.

    ``font`` is the font of the Paragraph's style, which draws every run it has glyphs for.
    """
    if not needs_fallback(text, font):
        return escape(text)
    return "".join(
        escape(piece) if run_font == font else f'<font face="{run_font}">{escape(piece)}</font>'
        for run_font, piece in runs(text, font)
    )


class MixedLines(Flowable):
    """Ready-wrapped lines (``\\n``-separated) in a table cell, drawn run by run.

    ``right`` aligns each line to the right end of the longest, as a right-aligned
    plain-string cell would; the cell aligns the block itself.
    """

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        color: Color,
        *,
        right: bool = False,
    ) -> None:
        super().__init__()
        self.text = text
        self.lines = text.split("\n")
        self.font, self.size, self.leading = font, size, leading
        self.color, self.right = color, right
        self.widths = [run_width(line, font, size) for line in self.lines]

    def __repr__(self) -> str:
        return f"MixedLines({self.text!r})"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = max(self.widths, default=0.0)
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.color)
        canvas.setStrokeColor(self.color)  # a bold fallback run's outline
        y = self.height - self.size
        for line, width in zip(self.lines, self.widths, strict=True):
            x = self.width - width if self.right else 0.0
            draw_runs(canvas, x, y, line, self.font, self.size)
            y -= self.leading
