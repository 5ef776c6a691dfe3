"""Plain text measured and wrapped for table cells and canvas strings, without Paragraph.

A ``Paragraph`` parses markup and re-breaks its lines on every wrap and draw, which
made a 100-line quote table ten times slower than the table itself. Cells that hold
data (names, IDs, amounts, dates) need no markup, only wrapping to the column, so
they are plain strings here: reportlab's ``Table`` draws each ``\\n``-separated line
with ``drawString`` and never reads it as markup, so ``<b>AB & Co`` prints literally
and needs no escaping.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

# Where a line may break: any whitespace except the no-break spaces Babel puts in
# amounts and dates (``2 563 500,00``), which Paragraph would also keep together.
_BREAK = re.compile(r"[^\S\u00a0\u2007\u202f]+")


@lru_cache(maxsize=8192)
def text_width(text: str, font: str, size: float) -> float:
    """``stringWidth``, remembered: a quote repeats its dates, terms and campaign codes."""
    return stringWidth(text, font, size)


@lru_cache(maxsize=8192)
def wrap(text: str, font: str, size: float, width: float) -> str:
    """``text`` broken into lines (joined by ``\\n``) that fit ``width`` points.

    Like a Paragraph: runs of whitespace collapse to one space, lines break between
    words, and a word wider than ``width`` (a long ID) is cut between characters
    rather than run into the next column. Remembered, as quotes repeat their texts.
    """
    words = [w for w in _BREAK.split(text) if w]
    one_line = " ".join(words)
    if text_width(one_line, font, size) <= width:
        return one_line
    space = text_width(" ", font, size)
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for word in words:
        word_width = text_width(word, font, size)
        if line and used + space + word_width <= width:
            line.append(word)
            used += space + word_width
            continue
        if line:
            lines.append(" ".join(line))
        if word_width > width:
            *full, word = _cut(word, font, size, width)
            lines += full
            word_width = text_width(word, font, size)
        line, used = [word], word_width
    lines.append(" ".join(line))
    return "\n".join(lines)


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    """``word`` cut into pieces no wider than ``width`` (at least one character each).

    A piece ends after its last hyphen when it has one (``WINTER-`` / ``RENEW``),
    else between the characters that fill it.
    """
    pieces: list[str] = []
    piece = ""
    for char in word:
        if piece and text_width(piece + char, font, size) > width:
            hyphen = piece.rfind("-")
            if 0 < hyphen < len(piece) - 1:
                pieces.append(piece[: hyphen + 1])
                piece = piece[hyphen + 1 :]
            else:
                pieces.append(piece)
                piece = ""
        piece += char
    pieces.append(piece)
    return pieces


def fit(text: str, font: str, size: float, room: float) -> str:
    """``text`` on one line, cut with an ellipsis so it fits ``room`` points."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"
