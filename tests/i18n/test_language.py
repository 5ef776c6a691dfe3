"""Choosing and installing the window language, Qt's own strings, the per-thread override."""

from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from renewdesk import i18n
from renewdesk.importing.texts import Import
from renewdesk.messages import RuleMessages, sentence
from renewdesk.rules.codes import Code, Finding
from renewdesk.ui.labels import money


def test_lang_option_wins_then_the_saved_setting_then_the_os(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "sv")
    assert i18n.choose_language("en", "sv") == "en"
    assert i18n.choose_language(None, "en") == "en"
    assert i18n.choose_language(None, "") == "sv"
    assert i18n.choose_language("de", "fr") == "sv"  # unknown codes fall through


def test_swedish_window_translates_rules_importer_plurals_and_money(
    window_language: Callable[[str], str],
) -> None:
    assert window_language("sv") == "sv"
    assert sentence(Finding(Code.DUPLICATE_RECIPIENT, {"address": "a@b.se"})) == (
        "a@b.se finns med mer än en gång."
    )
    assert Import.tr("the file is empty") == "filen är tom"
    assert RuleMessages.tr("direct") == "direkt"
    one = QCoreApplication.translate("SubscriptionsPage", "%n subscription(s)", None, 1)
    many = QCoreApplication.translate("SubscriptionsPage", "%n subscription(s)", None, 3)
    assert (one, many) == ("1 prenumeration", "3 prenumerationer")
    # A Swedish window reads money the Swedish way even on an English-language computer.
    assert QLocale().name() == "sv_SE"
    assert money(Decimal("12345"), "SEK").replace("\u00a0", " ") == ("12 345,00 kr")


def test_qt_standard_buttons_are_swedish(window_language: Callable[[str], str]) -> None:
    assert i18n.qt_translations_dir() is not None, "PySide6 ships no qtbase_*.qm"
    window_language("sv")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"OK", "Avbryt", "Spara"}  # "OK" as Swedish software writes it
    message = QMessageBox(QMessageBox.Icon.Question, "t", "q")
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert {b.text().replace("&", "") for b in message.buttons()} == {"Ja", "Nej"}


def test_english_window_gets_real_plurals(window_language: Callable[[str], str]) -> None:
    window_language("en")
    one = QCoreApplication.translate("SubscriptionsPage", "%n subscription(s)", None, 1)
    many = QCoreApplication.translate("SubscriptionsPage", "%n subscription(s)", None, 2)
    assert (one, many) == ("1 subscription", "2 subscriptions")


def test_language_block_applies_to_its_own_thread_only(
    window_language: Callable[[str], str],
) -> None:
    window_language("en")
    seen: dict[str, str] = {}
    inside = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with i18n.language("sv"):
            seen["worker"] = i18n.translate("QuotePdf", "Renewal quote")
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    # While the worker renders in Swedish, the window's own texts stay English.
    seen["window"] = i18n.translate("QuotePdf", "Renewal quote")
    seen["window_qt"] = QCoreApplication.translate("QuotePdf", "Renewal quote")
    release.set()
    thread.join(5)
    assert seen == {
        "worker": "Förnyelseoffert",
        "window": "Renewal quote",
        "window_qt": "Renewal quote",
    }


def test_language_block_can_force_english_in_a_swedish_window(
    window_language: Callable[[str], str],
) -> None:
    window_language("sv")
    with i18n.language("en") as code:
        assert code == "en"
        assert i18n.translate("QuotePdf", "Renewal quote") == "Renewal quote"
        assert i18n.translate("SubscriptionsPage", "%n subscription(s)", None, 1) == (
            "1 subscription"
        )
    assert i18n.translate("QuotePdf", "Renewal quote") == "Förnyelseoffert"


def test_an_unknown_quote_language_reads_as_english() -> None:
    with i18n.language("de") as code:
        assert code == "en"
        assert i18n.translate("QuotePdf", "Total") == "Total"
