"""Which bundled font draws which character: DejaVu Sans first, Droid Sans Fallback for CJK.

DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Hebrew but no Chinese,
Japanese or Korean. Droid Sans Fallback (``resources/fonts/DroidSansFallback.ttf``,
Apache 2.0) covers the CJK ideographs, kana, Hangul and full-width forms, and no
Latin. A text is split into *runs*: each character goes to DejaVu (regular or bold,
as the text asks) when DejaVu has it, else to the fallback when the fallback has it,
else to DejaVu (a character no bundled font has prints as DejaVu's empty box).

reportlab embeds each TrueType font as subsets of the glyphs a document uses, so the
3.4 MB fallback costs a CJK quote only its few dozen glyphs, and nothing at all in a
quote without CJK text. The fallback is read (about 0.2 s) the first time a text
needs it, not at start-up.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from renewdesk.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallback"
FALLBACK_FILE = "DroidSansFallback.ttf"

Run = tuple[str, str]  # (font name, text)

_REGISTER_LOCK = threading.Lock()


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans (regular and bold) with reportlab, once."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def register_fallback() -> None:
    """Register Droid Sans Fallback with reportlab, once (read on first use)."""
    _covered(FALLBACK)


def covered(font: str) -> frozenset[int]:
    """The code points ``font`` (a bundled font's name) has a glyph for."""
    return _covered(font)


@cache
def _covered(font: str) -> frozenset[int]:
    with _REGISTER_LOCK:
        if font == FALLBACK:
            if FALLBACK not in pdfmetrics.getRegisteredFontNames():
                path = str(resource_path("fonts", FALLBACK_FILE))
                pdfmetrics.registerFont(TTFont(FALLBACK, path))
        else:
            register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def needs_fallback(text: str, font: str = FONT) -> bool:
    """True when ``font`` lacks a character of ``text`` (whitespace aside)."""
    if text.isascii():
        return False
    have = _covered(font)
    return any(ord(char) not in have and not char.isspace() for char in text)


def runs(text: str, font: str = FONT) -> tuple[Run, ...]:
    """``text`` split into (font, text) runs: ``font`` where it has the glyph, else the fallback.

    Whitespace stays in the run it follows, so ``東京 大阪`` is one fallback run.
    """
    if not needs_fallback(text, font):
        return ((font, text),) if text else ()
    return _runs(text, font)


@cache
def _font_of(char: str, font: str) -> str:
    if ord(char) in _covered(font):
        return font
    return FALLBACK if ord(char) in _covered(FALLBACK) else font


def _runs(text: str, font: str) -> tuple[Run, ...]:
    pieces: list[Run] = []
    current, start = "", 0
    for i, char in enumerate(text):
        if char.isspace() and current and ord(char) in _covered(current):
            continue
        chosen = _font_of(char, font)
        if chosen != current:
            if current:
                pieces.append((current, text[start:i]))
            current, start = chosen, i
    pieces.append((current, text[start:]))
    return tuple(pieces)


def run_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points, each run measured in the font that draws it."""
    if not needs_fallback(text, font):
        return pdfmetrics.stringWidth(text, font, size)
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in _runs(text, font))
