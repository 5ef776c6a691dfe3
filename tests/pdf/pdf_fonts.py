"""Reading a quote PDF back with pypdf, font by font: which font drew which characters."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader

from renewdesk.pdf.fonts import FALLBACK, FONT, FONT_BOLD, covered

BUNDLED = (FONT, FONT_BOLD, FALLBACK)


def drawn_runs(pdf: bytes) -> list[tuple[str, str]]:
    """Every text piece on every page as (bundled font name, text), in content order.

    The font is the embedded subset's base name without its ``ABCDEF+`` tag; the text
    is what the subset's ToUnicode map says the glyphs are.
    """
    pieces: list[tuple[str, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text and font is not None:
            name = str(font["/BaseFont"]).lstrip("/").partition("+")[2]
            pieces.append((name, text))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return pieces


def glyphs_missing(pdf: bytes) -> list[tuple[str, str]]:
    """(font, character) for each character drawn with a bundled font that has no glyph for it."""
    missing = []
    for font, text in drawn_runs(pdf):
        assert font in BUNDLED, f"text drawn in an unexpected font {font!r}"
        have = covered(font)
        missing += [(font, c) for c in text if not c.isspace() and ord(c) not in have]
    return missing


def fonts_of(pdf: bytes, char: str) -> set[str]:
    """The fonts that drew ``char`` anywhere in the document."""
    return {font for font, text in drawn_runs(pdf) if char in text}


def embedded_fonts(pdf: bytes) -> set[str]:
    """The base names of the fonts the pages use (``DejaVuSans``, ``DroidSansFallback`` ...)."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]).lstrip("/").partition("+")[2])
    return names
