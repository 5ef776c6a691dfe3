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

from renewdesk.pdf.fonts import run_width

# Where a line may break: any whitespace except the no-break spaces Babel puts in
# amounts and dates (``2 563 500,00``), which Paragraph would also keep together.
_BREAK = re.compile(r"[^\S\u00a0\u2007\u202f]+")
ELLIPSIS = "\u2026"
# A text wraps to at most this many lines unless its caller says otherwise; past it
# the last line ends in an ellipsis, so no text can grow a cell past a page.
MAX_LINES = 12


@lru_cache(maxsize=8192)
def text_width(text: str, font: str, size: float) -> float:
    """The text's width, each run in the font that draws it (``pdf.fonts``), remembered.

    A quote repeats its dates, terms and campaign codes.
    """
    return run_width(text, font, size)


@lru_cache(maxsize=8192)
def wrap(text: str, font: str, size: float, width: float, max_lines: int = MAX_LINES) -> str:
    """``text`` broken into at most ``max_lines`` lines (joined by ``\\n``) that fit ``width``.

    Like a Paragraph: runs of whitespace collapse to one space, lines break between
    words, and a word wider than ``width`` (a long ID, CJK text without spaces) is
    cut between characters rather than run into the next column. A text that needs
    more lines keeps its first ``max_lines``, the last ending in ``…``. Remembered,
    as quotes repeat their texts.
    """
    words = [w for w in _BREAK.split(text) if w]
    one_line = " ".join(words)
    if text_width(one_line, font, size) <= width:
        return one_line
    lines = _lines(words, font, size, width, max_lines)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _shortened(lines[-1] + ELLIPSIS, font, size, width)
    return "\n".join(lines)


def _lines(words: list[str], font: str, size: float, width: float, max_lines: int) -> list[str]:
    """The words in lines of ``width``; stops once there are more than ``max_lines``."""
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
        if len(lines) > max_lines:
            return lines
        if word_width > width:
            *full, word = _cut(word, font, size, width, max_lines - len(lines) + 1)
            lines += full
            word_width = text_width(word, font, size)
        line, used = [word], word_width
    lines.append(" ".join(line))
    return lines


def _cut(word: str, font: str, size: float, width: float, limit: int) -> list[str]:
    """``word`` cut into pieces no wider than ``width`` (at least one character each).

    A piece ends after its last hyphen when it has one (``WINTER-`` / ``RENEW``),
    else between the characters that fill it. After ``limit`` pieces the rest of the
    word is one last piece, unmeasured: it is beyond the lines that will print.
    """
    pieces: list[str] = []
    piece = ""
    for i, char in enumerate(word):
        if piece and run_width(piece + char, font, size) > width:
            if len(pieces) >= limit:
                return [*pieces, piece + word[i:]]
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


def _shortened(text: str, font: str, size: float, room: float) -> str:
    """``text`` (which ends in ``…``) cut before its ellipsis until it fits ``room``."""
    if run_width(text, font, size) <= room:
        return text
    body = text[: -len(ELLIPSIS)]
    low, high = 0, len(body)  # the longest prefix that fits, by bisection
    while low < high:
        mid = (low + high + 1) // 2
        if run_width(body[:mid] + ELLIPSIS, font, size) <= room:
            low = mid
        else:
            high = mid - 1
    return body[:low].rstrip() + ELLIPSIS


def fit(text: str, font: str, size: float, room: float) -> str:
    """``text`` on one line, cut with an ellipsis so it fits ``room`` points."""
    text = " ".join(text.split())
    if run_width(text, font, size) <= room:
        return text
    return _shortened(text + ELLIPSIS, font, size, room)
