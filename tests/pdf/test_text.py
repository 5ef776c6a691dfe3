"""Plain-text wrapping for the quote PDF's table cells: it breaks where a Paragraph would."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from renewdesk.pdf.fonts import FALLBACK, register_fallback
from renewdesk.pdf.styles import FONT, FONT_BOLD, register_fonts
from renewdesk.pdf.text import fit, text_width, wrap

SIZE = 7.5


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()
    register_fallback()


def test_short_text_stays_on_one_line_with_whitespace_collapsed() -> None:
    assert wrap("  Design \t Suite\nPremium ", FONT, SIZE, 500) == "Design Suite Premium"
    assert wrap("", FONT, SIZE, 50) == ""


def test_lines_break_between_words_and_each_fits() -> None:
    text = "Enterprise Infrastructure Design Collection with Premium Cloud Rendering Credits"
    lines = wrap(text, FONT, SIZE, 80).split("\n")
    assert len(lines) > 1
    assert " ".join(lines) == text
    assert all(stringWidth(line, FONT, SIZE) <= 80 for line in lines)


def test_a_word_wider_than_the_column_is_cut_between_characters() -> None:
    word = "a.very.long.buyer.email.address@subdomain.example-company.com"
    lines = wrap(f"to {word}", FONT, SIZE, 60).split("\n")
    assert lines[0] == "to"
    assert "".join(lines[1:]) == word
    assert all(stringWidth(line, FONT, SIZE) <= 60 for line in lines)


def test_a_long_code_breaks_after_its_hyphen() -> None:
    room = stringWidth("THREE-YEAR-SA", FONT, SIZE)
    assert wrap("THREE-YEAR-SAVE", FONT, SIZE, room) == "THREE-YEAR-\nSAVE"
    assert wrap("WINTER-RENEW", FONT, SIZE, stringWidth("WINTER-RE", FONT, SIZE)) == (
        "WINTER-\nRENEW"
    )


def test_no_break_spaces_in_amounts_hold() -> None:
    amount = "2\u00a0563\u00a0500,00\u00a0kr"
    room = stringWidth(amount, FONT, SIZE) + 1
    assert wrap(f"Total {amount}", FONT, SIZE, room) == f"Total\n{amount}"


@pytest.mark.parametrize(
    ("text", "font", "width"),
    [
        ("Subscription ID", FONT_BOLD, 49.6),
        ("Prenumerations-ID", FONT_BOLD, 49.6),
        ("Render Cloud — Team", FONT, 83.4),
        ("Suite <font size=40>X</font> with an extraordinarily long product name", FONT, 83.4),
        ("Łódź Engineering and Manufacturing International Holding Group", FONT_BOLD, 288.0),
    ],
)
def test_breaks_where_a_paragraph_breaks(text: str, font: str, width: float) -> None:
    """The cells that replaced Paragraphs keep their line breaks (hence the same look)."""
    style = ParagraphStyle("p", fontName=font, fontSize=SIZE, leading=9.5)
    paragraph = Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style)
    paragraph.wrap(width, 1000)
    assert wrap(text, font, SIZE, width).replace(" ", "").split("\n") == _lines(paragraph)


def _lines(paragraph: Paragraph) -> list[str]:
    """The Paragraph's lines after wrapping, spaces left out (markup splits them into frags)."""
    para = paragraph.blPara
    if para.kind == 0:
        return ["".join(words) for _, words in para.lines]
    return ["".join(frag.text for frag in line.words).replace(" ", "") for line in para.lines]


def test_fit_cuts_with_an_ellipsis() -> None:
    name = "Łódź Engineering and Manufacturing International Holding Group Sp. z o.o."
    assert fit(name, FONT, SIZE, 1000) == name
    short = fit(name, FONT, SIZE, 100)
    assert short.endswith("…") and stringWidth(short, FONT, SIZE) <= 100
    assert text_width("Łódź", FONT, SIZE) == stringWidth("Łódź", FONT, SIZE)


@pytest.mark.parametrize(
    "text",
    ["word " * 2_000, "N" * 10_000, "設計" * 5_000, "Storgatan 1\n" * 800],
    ids=["words", "no spaces", "cjk", "many lines"],
)
def test_a_text_past_its_lines_keeps_them_and_ends_in_an_ellipsis(text: str) -> None:
    lines = wrap(text, FONT, SIZE, 80, 6).split("\n")
    assert len(lines) == 6
    assert lines[-1].endswith("…")
    assert all(text_width(line, FONT, SIZE) <= 80 for line in lines)
    # What prints is the text's start, as it was (the cut lines joined again).
    printed = "".join("".join(lines)[:-1].split())
    assert "".join(text.split()).startswith(printed)


def test_a_text_that_fits_its_lines_has_no_ellipsis() -> None:
    text = "Enterprise Infrastructure Design Collection with Premium Cloud Rendering Credits"
    lines = wrap(text, FONT, SIZE, 80, 6).split("\n")
    assert " ".join(lines) == text and "…" not in text


def test_cjk_is_measured_in_the_font_that_draws_it() -> None:
    # DejaVu has no glyph for 東 (its box is narrower); the fallback's is one em wide.
    assert text_width("東京", FONT, 10) == pytest.approx(stringWidth("東京", FALLBACK, 10))
    assert text_width("Tokyo 東京", FONT, 10) == pytest.approx(
        stringWidth("Tokyo ", FONT, 10) + stringWidth("東京", FALLBACK, 10)
    )
    lines = wrap("東京都千代田区丸の内一丁目", FONT, 10, 40).split("\n")
    assert all(text_width(line, FONT, 10) <= 40 for line in lines) and len(lines) == 4


def test_fit_shortens_a_huge_text_to_one_line() -> None:
    short = fit("N" * 100_000, FONT, SIZE, 100)
    assert short.endswith("…") and text_width(short, FONT, SIZE) <= 100
    assert text_width(short[:-1] + "N…", FONT, SIZE) > 100  # as long as fits
