"""Arabic and Hebrew in the PDF: letters joined, words in reading order.

reportlab draws characters left to right exactly as stored and does not shape Arabic
without HarfBuzz and its own bidi package. So, for text with right-to-left letters:

1. ``shape`` (before wrapping, so widths are measured on what is drawn): Arabic
   letters become their joined presentation forms (``arabic-reshaper``), with only
   the lam-alef ligatures, which DejaVu Sans has; vowel marks are kept;
2. ``visual`` (per wrapped line): the line in the order it is drawn, by the Unicode
   bidirectional algorithm (``python-bidi``). That library reverses right-to-left
   runs without mirroring brackets, so a bracket pair that comes out as ``)…(`` is
   mirrored back to ``(…)``, and a vowel mark is moved after the letter it belongs
   to (DejaVu places marks over the glyph drawn before them).

Text without right-to-left letters passes through untouched (and the libraries are
imported only when a text needs them).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

# Hebrew, Arabic, Syriac, Thaana, NKo ... and the Hebrew/Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", "«": "»", "‹": "›"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}


def has_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left letter (Hebrew, Arabic ...)."""
    return not text.isascii() and _RTL.search(text) is not None


@lru_cache(maxsize=1024)
def shape(text: str) -> str:
    """``text`` with its Arabic letters in their joined forms (logical order kept)."""
    if text.isascii() or _ARABIC.search(text) is None:
        return text
    return str(_reshaper().reshape(text))


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One line in drawing order: right-to-left runs reversed, brackets and marks fixed."""
    if not has_rtl(line):
        return line
    from bidi import get_display

    return _marks_after_letters(_mirror_reversed_pairs(str(get_display(line))))


@cache
def _reshaper() -> Any:
    from arabic_reshaper import ArabicReshaper

    # Only the lam-alef ligatures: DejaVu Sans has those presentation forms.
    return ArabicReshaper(
        configuration={
            "delete_harakat": False,
            "support_ligatures": True,
            "ARABIC LIGATURE ALLAH": False,
        }
    )


def _mirror_reversed_pairs(text: str) -> str:
    """Brackets reversed with a right-to-left run (``)אבג(``) turned back (``(אבג)``)."""
    chars = list(text)
    waiting: list[tuple[int, str]] = []  # brackets that may open a pair, left to right
    for i, char in enumerate(chars):
        if char in _PAIRS or char in _CLOSERS:
            if waiting:
                j, first = waiting[-1]
                if _PAIRS.get(first) == char:  # an upright pair ( … )
                    waiting.pop()
                    continue
                if _CLOSERS.get(first) == char:  # a reversed pair ) … (
                    waiting.pop()
                    chars[j], chars[i] = char, first
                    continue
            waiting.append((i, char))
    return "".join(chars)


def _marks_after_letters(text: str) -> str:
    """Combining marks that a reversal put before their right-to-left letter, put after it."""
    if not any(unicodedata.combining(c) for c in text):
        return text
    out: list[str] = []
    marks: list[str] = []
    for char in text:
        if unicodedata.combining(char):
            marks.append(char)
            continue
        if marks and unicodedata.bidirectional(char) in ("R", "AL"):
            out.append(char)
            out += marks
        else:
            out += marks
            out.append(char)
        marks = []
    out += marks
    return "".join(out)
