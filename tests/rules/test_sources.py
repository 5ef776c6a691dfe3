"""Every rule cites the help article by sentence number, or says it is a RenewDesk default."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from renewdesk.i18n import install_language
from renewdesk.rules.codes import Code
from renewdesk.rules.limits import LIMITS_FILE
from renewdesk.rules.sources import CITES, DEFAULTS, SENTENCES, citation, source

CITE = re.compile(r"\[S(\d+)\]")
ARTICLE_SENTENCES = 33


def _article() -> Path | None:
    """The shared article beside the checkout (the project's source folder), if present."""
    for folder in Path(__file__).resolve().parents:
        candidate = folder / "shared" / "source" / "renew-by-quote.en.md"
        if candidate.is_file():
            return candidate
    return None


def test_every_code_has_a_source() -> None:
    assert set(CITES) == set(Code)
    for code in Code:
        assert CITES[code] or code in DEFAULTS, f"{code} cites nothing and is no default"
        assert all(n in SENTENCES for n in CITES[code]), code
        assert source(code), code


def test_the_limits_notes_cite_the_article_or_say_renewdesk_default() -> None:
    data = tomllib.loads(LIMITS_FILE.read_text(encoding="utf-8"))
    notes = {
        f"{section}.{key}": str(value)
        for section, values in data.items()
        for key, value in values.items()
        if key.endswith("source")
    }
    assert notes
    for where, note in notes.items():
        numbers = [int(n) for n in CITE.findall(note)]
        assert numbers or note.startswith("RenewDesk default"), f"{where}: {note}"
        assert all(1 <= n <= ARTICLE_SENTENCES for n in numbers), f"{where}: {note}"
        assert "Portal help" not in note, where
    assert "[S1]" in notes["window.days_before_renewal_source"]
    assert "[S1]" in notes["window.days_after_renewal_source"]
    assert {"4", "13"} <= set(CITE.findall(notes["quote.max_extra_recipients_source"]))
    assert "[S28]" in notes["automatic.days_before_expiry_source"]
    for default in ("quote.max_lines_source", "quote.validity_days_source", "card_ceiling.source"):
        assert notes[default].startswith("RenewDesk default"), default


def test_the_short_citations_read_as_the_article_numbers_them() -> None:
    assert citation(Code.WINDOW_NOT_OPEN) == "[S1]"
    assert citation(Code.TOO_MANY_RECIPIENTS) == "[S4] [S13]"
    assert citation(Code.MIXED_CURRENCY) == "[S8] [S19]"
    assert citation(Code.TOO_MANY_LINES) == "RenewDesk default"
    assert citation(Code.CARD_LIMIT) == "RenewDesk default"


@pytest.mark.skipif(
    _article() is None, reason="the shared help article is not beside this checkout"
)
def test_the_cited_sentences_are_the_articles_own() -> None:
    article = _article()
    assert article is not None
    text = {
        m.group(1): m.group(2).strip()
        for m in re.finditer(r"^- \[S(\d+)\] (.+)$", article.read_text(encoding="utf-8"), re.M)
    }
    for number, sentence in SENTENCES.items():
        own = text[number.removeprefix("S")]
        quoted = str(sentence).removeprefix("Not covered: ")
        assert quoted[:1].upper() + quoted[1:] == own, number


def test_a_swedish_admin_reads_the_swedish_original() -> None:
    install_language("sv")
    try:
        assert source(Code.WINDOW_NOT_OPEN).startswith(
            "[S1] Det går att förnya direkt med Autodesk genom en offert"
        )
        assert source(Code.TOO_MANY_RECIPIENTS) == (
            "[S4] Det går att skicka offerter till valfri mottagare i företaget och upp till "
            "ytterligare fyra kontakter. [S13] Lägg till upp till fyra offertmottagare."
        )
        assert "RenewDesk" in citation(Code.TOO_MANY_LINES)
    finally:
        install_language("en")
