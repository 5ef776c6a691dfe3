"""Names in Chinese, Japanese, Korean, Arabic and Hebrew print, each glyph from a font that has it."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from renewdesk.domain import Address, Customer, Partner, Quote
from renewdesk.pdf.fonts import FALLBACK, FONT, FONT_BOLD, covered, runs
from renewdesk.pdf.quote_pdf import Seller, render_quote_pdf
from renewdesk.pdf.rtl import shape, visual
from tests.pdf.pdf_fonts import drawn_runs, embedded_fonts, fonts_of, glyphs_missing

QuoteFactory = Callable[..., Quote]

# Per script: a customer, a street, a city, a buyer, two products and a reseller.
NAMES = {
    "zh": ("北京软件有限公司", "朝阳区建国路88号", "北京", "王小明", "设计套件 高级版", "渲染云（团队）", "上海伙伴科技"),
    "ja": ("株式会社ソフトウェア東京", "千代田区丸の内1-1", "東京", "山田 花子", "CADワークステーション", "ドキュメント共同編集", "大阪パートナーズ株式会社"),
    "ko": ("서울소프트웨어 주식회사", "강남구 테헤란로 152", "서울", "김민준", "렌더 클라우드 팀", "디자인 스위트", "부산 파트너스"),
    "ar": ("شركة البرمجيات العربية", "شارع الملك فهد 12", "الرياض", "أحمد علي", "برنامج التصميم", "خدمة السحابة", "شريك الخليج"),
    "he": ("חברת תוכנה בעמ", "רחוב הרצל 5", "תל אביב", "דנה כהן", "חבילת עיצוב פרימיום", "ענן רינדור", "שותפים צפון"),
}  # fmt: skip


def script_quote(make_quote: QuoteFactory, script: str, n_lines: int = 4) -> tuple[Quote, Partner]:
    company, street, city, buyer, product_a, product_b, reseller = NAMES[script]
    quote = make_quote(n_lines)
    customer = Customer(
        csn="5100012345",
        company_name=company,
        address=Address(street, "", "100-0001", city, "", "JP"),
        vat_number="",
        buyer_name=buyer,
        buyer_email="buyer@example.com",
        buyer_phone="+81 3 1234 5678",
    )
    products = (product_a, product_b)
    lines = tuple(
        dataclasses.replace(line, product_name=products[i % 2])
        for i, line in enumerate(quote.lines)
    )
    quote = dataclasses.replace(quote, customer=customer, lines=lines, partner_csn="7700099")
    return quote, Partner("7700099", reseller, "sales@example.com")


def text_of(pdf: bytes) -> str:
    """The document's text as read back, presentation forms folded to plain letters."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = "".join(page.extract_text() for page in pages)
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("script", sorted(NAMES))
def test_every_character_is_drawn_by_a_font_that_has_it(
    make_quote: QuoteFactory, script: str
) -> None:
    quote, partner = script_quote(make_quote, script)
    seller = Seller(NAMES[script][6], NAMES[script][3], "me@example.com")
    notes = [f"Auto-renew was turned off for {NAMES[script][4]}."]
    pdf = render_quote_pdf(quote, partner, seller=seller, notes=notes)

    assert glyphs_missing(pdf) == []
    text = "".join(text_of(pdf).split())  # a name may wrap in its column
    for name in NAMES[script]:
        for word in name.split():
            assert unicodedata.normalize("NFKC", word) in text, f"{word!r} is not in the PDF"


@pytest.mark.parametrize("script", ["zh", "ja", "ko"])
def test_cjk_comes_from_the_fallback_and_latin_from_dejavu(
    make_quote: QuoteFactory, script: str
) -> None:
    quote, partner = script_quote(make_quote, script)
    pdf = render_quote_pdf(quote, partner)

    assert embedded_fonts(pdf) == {FONT, FONT_BOLD, FALLBACK}
    ideograph = NAMES[script][0][0]
    assert fonts_of(pdf, ideograph) == {FALLBACK}
    # The Latin around the names stays in DejaVu, never in the fallback.
    fallback_text = "".join(t for f, t in drawn_runs(pdf) if f == FALLBACK)
    assert not any(c.isascii() and c.isalnum() for c in fallback_text)


def test_a_quote_without_cjk_embeds_no_fallback(make_quote: QuoteFactory) -> None:
    pdf = render_quote_pdf(make_quote(3))
    assert embedded_fonts(pdf) == {FONT, FONT_BOLD}


def test_hangul_and_kana_are_covered_by_the_bundled_fallback() -> None:
    have = covered(FALLBACK)
    hangul = range(0xAC00, 0xD7A4)  # every precomposed Hangul syllable
    # Hiragana and katakana, less the rare small ka/ke and ヷ-ヺ, which the font lacks.
    kana = [*range(0x3041, 0x3095), *range(0x30A1, 0x30F7)]
    ideographs = range(0x4E00, 0x9FA6)  # the CJK Unified Ideographs of Unicode 4.1
    for block in (hangul, kana, ideographs):
        assert all(code in have for code in block)


@pytest.mark.parametrize("script", sorted(NAMES))
def test_the_same_quote_gives_the_same_bytes(make_quote: QuoteFactory, script: str) -> None:
    quote, partner = script_quote(make_quote, script)
    first = render_quote_pdf(quote, partner)
    render_quote_pdf(make_quote(5))  # another quote in between leaves nothing behind
    assert render_quote_pdf(quote, partner) == first


def test_a_cjk_quote_stays_small(make_quote: QuoteFactory) -> None:
    """The 3.4 MB fallback is embedded as a subset: only the glyphs the quote uses."""
    quote, partner = script_quote(make_quote, "zh", n_lines=100)
    latin = render_quote_pdf(make_quote(100))
    cjk = render_quote_pdf(quote, partner)
    assert len(cjk) < len(latin) + 40_000


def test_runs_split_text_by_the_font_that_has_each_character() -> None:
    assert runs("Tokyo 東京 office") == (
        (FONT, "Tokyo "),
        (FALLBACK, "東京 "),
        (FONT, "office"),
    )
    assert runs("Åsa Öberg", FONT_BOLD) == ((FONT_BOLD, "Åsa Öberg"),)
    # A character no bundled font has stays with DejaVu (its box), not the fallback.
    assert runs("\U00020000") == ((FONT, "\U00020000"),)  # CJK Extension B


def test_arabic_is_joined_and_right_to_left_text_is_in_reading_order() -> None:
    word = "شركة"  # sheen, reh, kaf, teh marbuta
    joined = shape(word)
    assert joined == "\ufeb7\ufeae\ufedb\ufe94"  # initial, final, initial, final forms
    assert unicodedata.normalize("NFKC", joined) == word
    assert visual(joined) == joined[::-1]  # drawn from the right
    hebrew = "\u05d0\u05d1\u05d2"
    assert visual(f"Name {hebrew} ({hebrew}) Ltd") == f"Name ({hebrew[::-1]}) {hebrew[::-1]} Ltd"
    assert visual("Åsa (Öberg)") == "Åsa (Öberg)"  # left-to-right text as it is
    assert all(ord(c) in covered(FONT) and ord(c) in covered(FONT_BOLD) for c in joined)


def test_arabic_and_hebrew_read_back_in_logical_order(make_quote: QuoteFactory) -> None:
    for script in ("ar", "he"):
        quote, partner = script_quote(make_quote, script)
        text = text_of(render_quote_pdf(quote, partner))
        assert NAMES[script][0] in text  # the whole name, words in order


def test_a_bold_cjk_name_is_drawn_heavier_than_the_regular_fallback(
    make_quote: QuoteFactory,
) -> None:
    """The fallback has no bold face; the bold customer name is filled and outlined."""
    quote, partner = script_quote(make_quote, "zh", n_lines=1)
    pdf = render_quote_pdf(quote, partner)
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()
    assert b"2 Tr" in content  # fill and stroke: the customer's and reseller's names
    regular = dataclasses.replace(
        quote, customer=dataclasses.replace(quote.customer, company_name="Acme AB"), partner_csn=""
    )
    content = PdfReader(io.BytesIO(render_quote_pdf(regular))).pages[0].get_contents().get_data()
    assert b"2 Tr" not in content  # CJK in regular text is just filled


def test_cjk_text_with_markup_characters_prints_literally(make_quote: QuoteFactory) -> None:
    quote, _ = script_quote(make_quote, "ja", n_lines=1)
    name = "<b>東京 & Co</b>"
    partner = Partner("7700099", name, "sales@example.com")
    notes = [f"Auto-renew was turned off for <i>{name}</i> & more."]
    pdf = render_quote_pdf(quote, partner, notes=notes)
    text = text_of(pdf)
    assert text.count(name) == 3  # the reseller block, the note, the "How to buy" step
    assert "&amp;" not in text and glyphs_missing(pdf) == []


def test_vowel_marks_stay_on_their_letter_when_a_line_is_reversed() -> None:
    with_fatha = "\u0628\u064e\u0627\u0628"  # beh + fatha, alef, beh
    drawn = visual(shape(with_fatha))
    assert "\u064e" in drawn  # kept, not deleted
    beh = drawn.index("\u064e") - 1  # the mark follows the joined beh it sits on
    assert unicodedata.normalize("NFKC", drawn[beh]) == "\u0628"
    assert unicodedata.normalize("NFKC", drawn[::-1].replace("\u064e", "")) == "\u0628\u0627\u0628"
