"""Errors of the Qt-free layers read in the window's language when shown."""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable

import pytest

from renewdesk.lazy_text import LaterText, tr_later
from renewdesk.mail.smtp import SmtpSettings, classify
from renewdesk.quotes.errors import QuoteNotFoundError
from renewdesk.quotes.lifecycle import Action, require
from renewdesk.quotes.numbering import BadQuoteNumberError, parse_number
from renewdesk.store.engine import CacheError, open_cache


def test_english_without_a_translation_and_a_plain_str_to_other_code() -> None:
    text = tr_later("QuoteErrors", "there is no quote {number}").format(number="Q-1")
    assert isinstance(text, str) and isinstance(text, LaterText)
    assert text == "there is no quote Q-1" and str(text) == "there is no quote Q-1"
    assert pickle.loads(pickle.dumps(text)) == text


def test_shown_in_swedish_everywhere_it_becomes_text(
    window_language: Callable[[str], str],
) -> None:
    window_language("sv")
    exc = QuoteNotFoundError("Q-2026-000009")
    assert str(exc) == "det finns ingen offert Q-2026-000009"
    assert f"renewdesk: {exc}" == "renewdesk: det finns ingen offert Q-2026-000009"
    assert "%s" % exc.message == "det finns ingen offert Q-2026-000009"  # noqa: UP031 (as logging)
    assert exc.message + "." == "det finns ingen offert Q-2026-000009."
    # Stored in the cache (an outbox error) as the admin read it.
    db = sqlite3.connect(":memory:")
    db.execute("create table t(x text)")
    db.execute("insert into t values (?)", (exc.message,))
    assert db.execute("select x from t").fetchone() == ("det finns ingen offert Q-2026-000009",)


def test_smtp_cache_and_lifecycle_errors_are_swedish(
    window_language: Callable[[str], str], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from renewdesk.domain import QuoteStatus

    window_language("sv")
    refused = classify(ConnectionRefusedError(), SmtpSettings(host="mail.example", port=587))
    assert str(refused) == "mail.example:587 vägrade anslutningen"
    with pytest.raises(BadQuoteNumberError) as bad:
        parse_number("Q-12")
    assert str(bad.value) == "'Q-12' är inget offertnummer (Q-ÅÅÅÅ-NNNNNN)"
    with pytest.raises(CacheError) as cache:
        open_cache(tmp_path)
    assert str(cache.value).endswith("är en mapp, inte en cachefil")
    with pytest.raises(Exception) as refused_buy:
        require(Action.BUY, "Q-2026-000001", QuoteStatus.DRAFT, date(2026, 4, 1), date(2026, 3, 2))
    assert str(refused_buy.value) == "Q-2026-000001 har status utkast och kan inte köpas"


def test_a_broken_translation_falls_back_to_english() -> None:
    from renewdesk import lazy_text

    saved = lazy_text._translate[0]
    lazy_text.set_translator(lambda context, text: "kaputt {missing}")
    try:
        text = tr_later("X", "hello {name}").format(name="Åsa")
        assert str(text) == "hello Åsa"
    finally:
        lazy_text.set_translator(saved)
