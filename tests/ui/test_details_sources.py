"""The details pane: each reason ends with where its rule comes from, the sentences in full
in its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def show(window, sid: str) -> QLabel:  # type: ignore[no-untyped-def]
    page = window.subscriptions_page
    page.table.selectRow(page.model.row_of(sid))
    label = window.findChild(QLabel, "detailsReasons")
    assert label is not None
    return label


def test_a_reason_names_its_sentence_and_the_tooltip_quotes_it(main_window) -> None:
    reasons = show(main_window, "SUB-2002")  # canceled
    assert "cannot be renewed. (source: [S16] + RenewDesk default)" in reasons.text()
    tip = reasons.toolTip()
    assert "[S16] It must be a new subscription, a renewal-date adjustment or a renewal." in tip
    assert "RenewDesk default: the article names no statuses" in tip


def test_an_article_rule_cites_only_the_article(main_window) -> None:
    reasons = show(main_window, "SUB-1002")  # auto-renew on
    assert reasons.text().rstrip().endswith("(source: [S2])")
    assert reasons.toolTip().count("[S2] If you work with a partner") == 1
    assert "RenewDesk default" not in reasons.toolTip()
