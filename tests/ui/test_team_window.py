"""A viewer's window and the Quotes page's who columns over a shared PostgreSQL database.

The window is the real one (``create_main_window(URL)``) signed in as roles made for
the test; ``team_repo.grant`` gives them an admin's or a viewer's rights.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel, QPushButton, QTableView

from renewdesk.domain import QuoteStatus
from renewdesk.store import team_repo
from renewdesk.ui.quotes_model import QuoteColumn
from tests.quotes.conftest import Clock, make_service, seed_world
from tests.team_roles import as_role, migrated, role_engine, roles


@pytest.fixture
def team(pg_url: str, today_env, tmp_path, monkeypatch) -> Iterator[dict[str, str]]:  # type: ignore[no-untyped-def]
    """anna and bert (admins) and vera (a viewer); anna made a quote, bert sent it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the window's local folder
    migrated(pg_url)
    owner = role_engine(pg_url)
    seed_world(owner).sub("S-1")
    with roles(pg_url) as make:
        names = {"anna": make("anna"), "bert": make("bert"), "vera": make("vera")}
        team_repo.grant(owner, names["anna"])
        team_repo.grant(owner, names["bert"])
        team_repo.grant(owner, names["vera"], read_only=True)
        anna, bert = (role_engine(as_role(pg_url, names[n])) for n in ("anna", "bert"))
        service = make_service(anna, Clock())
        draft = service.create_draft(service.request(["S-1"]))
        make_service(bert, Clock()).send(draft.number, "pdf")
        anna.dispose()
        bert.dispose()
        owner.dispose()
        urls = {n: as_role(pg_url, role) for n, role in names.items()}
        yield {"number": draft.number, **names, **{f"{n}_url": u for n, u in urls.items()}}


def _window(qtbot, url: str):  # type: ignore[no-untyped-def]
    from renewdesk.app import create_main_window

    window = create_main_window(url, synchronous=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _select_quote(qtbot, window, number: str) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(1)  # Quotes: reloads
    page = window.quotes_page
    table = page.findChild(QTableView, "quotesTable")
    rect = table.visualRect(page.model.index(page.model.row_of(number), QuoteColumn.CUSTOMER))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_quote().number == number


def test_the_quotes_page_shows_who_made_and_who_sent_each_quote(qtbot, team) -> None:
    window = _window(qtbot, team["vera_url"])
    _select_quote(qtbot, window, team["number"])
    model = window.quotes_page.model
    row = model.row_of(team["number"])
    assert model.headerData(QuoteColumn.MADE_BY, Qt.Orientation.Horizontal) == "Made by"
    assert model.headerData(QuoteColumn.SENT_BY, Qt.Orientation.Horizontal) == "Sent by"
    assert model.index(row, QuoteColumn.MADE_BY).data() == team["anna"]
    assert model.index(row, QuoteColumn.SENT_BY).data() == team["bert"]
    who = window.quotes_page.findChild(QLabel, "quoteWho")
    assert who.isVisible() and who.text() == f"made by {team['anna']}, sent by {team['bert']}"
    audit = window.quotes_page.audit
    users = [audit.topLevelItem(i).text(1) for i in range(audit.topLevelItemCount())]
    assert any(u.startswith(team["anna"] + " (") for u in users)  # "anna (asa@host)"
    assert any(u.startswith(team["bert"] + " (") for u in users)
    window.quotes_page.search.setText(team["bert"])  # the search finds the admin too
    assert model.rowCount() == 1
    window.close()


def test_a_viewers_window_turns_off_every_write_and_says_why(qtbot, team) -> None:
    window = _window(qtbot, team["vera_url"])
    assert window.ctx.read_only and window.ctx.db_role == team["vera"]
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert f"your database role {team['vera']} may view but not change" in banner.text()
    assert window.findChild(QLabel, "readOnlyStatus").isVisible()
    reason = window.read_only_lock.reason
    for target in window._writing_targets():
        assert not target.isEnabled() and target.toolTip() == reason, target.objectName()

    # A sent quote selected: Buy would be allowed by its status, but not for a viewer.
    _select_quote(qtbot, window, team["number"])
    buy = window.quotes_page.findChild(QPushButton, "buyButton")
    assert not buy.isEnabled() and buy.toolTip() == reason
    qtbot.mouseClick(buy, Qt.MouseButton.LeftButton)
    assert window.ctx.quotes.get(team["number"]).status is QuoteStatus.QUOTED
    window.nav.setCurrentRow(0)  # Subscriptions: Return on a row would open Renew
    table = window.subscriptions_page.table
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == reason
    window.subscriptions_page.action_renew.trigger()  # Ctrl+R: nothing opens
    window.open_renew([], single=False)  # whatever asks for the dialog, none opens
    assert not hasattr(window, "renew_dialog")
    window.open_import()
    assert not hasattr(window, "import_dialog")

    window.open_settings()
    dialog = window.settings_dialog
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and save.toolTip() == reason
    assert dialog.findChild(QLabel, "settingsReadOnly").isVisible()
    dialog.validity.setValue(99)
    assert dialog.save() is False
    assert window.ctx.settings.load().quote_validity_days != 99
    dialog.reject()
    window.close()


def test_an_admins_window_over_the_same_database_may_write(qtbot, team) -> None:
    window = _window(qtbot, team["anna_url"])
    assert not window.ctx.read_only and window.read_only_lock is None
    assert window.findChild(QLabel, "readOnlyBanner") is None
    _select_quote(qtbot, window, team["number"])
    assert window.quotes_page.findChild(QPushButton, "buyButton").isEnabled()
    window.close()


def test_settings_say_which_sections_are_the_companys_and_which_are_yours(main_window) -> None:
    main_window.open_settings()
    dialog = main_window.settings_dialog
    titles = {
        key: dialog.findChild(QGroupBox, key).title()
        for key in ("profileGroup", "quotesGroup", "emailGroup")
    }
    assert titles == {
        "profileGroup": "Your profile (on quotes and their emails)",
        "quotesGroup": "Quotes · the company's",
        "emailGroup": "Email (SMTP) · yours",
    }
    assert dialog.findChild(QGroupBox, "quotesGroup").toolTip() == (
        "The company's: the same for every admin."
    )
    assert dialog.findChild(QGroupBox, "profileGroup").toolTip() == (
        "Yours: each admin has their own."
    )
    language = dialog.language.parentWidget()
    assert (
        dialog.findChild(QGroupBox, "quotesGroup").layout().labelForField(language).text()
        == "Language (yours)"
    )
    assert dialog.findChild(QLabel, "settingsReadOnly") is None  # a private cache: one admin
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_the_outbox_page_says_whose_account_sends_each_message(qtbot, main_window) -> None:
    from renewdesk.store.identity import os_user
    from renewdesk.ui.outbox_page import OutboxColumn
    from tests.quotes.conftest import unused_port
    from tests.ui.conftest import configure_smtp

    configure_smtp(main_window, unused_port())  # nobody listens: the email waits
    quotes = main_window.ctx.quotes
    assert quotes.send(quotes.request(["SUB-1001"]), "email").queued
    main_window.nav.setCurrentRow(2)  # Outbox: reloads
    model = main_window.outbox_page.model
    header = model.headerData(OutboxColumn.QUEUED_BY, Qt.Orientation.Horizontal)
    assert header == "Queued by"
    assert model.index(0, OutboxColumn.QUEUED_BY).data() == os_user()  # a private cache's admin


def test_a_viewers_empty_quotes_page_points_at_no_action_it_cannot_take(
    qtbot, pg_url: str, today_env, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    migrated(pg_url)
    owner = role_engine(pg_url)
    seed_world(owner).sub("S-1")
    with roles(pg_url) as make:
        vera = make("vera")
        team_repo.grant(owner, vera, read_only=True)
        owner.dispose()
        window = _window(qtbot, as_role(pg_url, vera))
        window.nav.setCurrentRow(1)  # Quotes
        hint = window.quotes_page.findChild(QLabel, "quotesEmptyHint")
        assert hint.isVisible()
        assert hint.text() == "No quotes yet. The quotes the admins make show up here."
        assert "Renew" not in hint.text()
        window.close()
