"""Settings > Shared database (issue 13, item 1): type a URL, test it, use it — by keyboard.

Driven through the real Settings dialog by objectName, against the test PostgreSQL
server and, for the password, a cluster of the test's own that asks for one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from sqlalchemy.engine import make_url

from renewdesk.db_choice import choice_file, load_chosen
from renewdesk.secrets import DATABASE_SERVICE
from renewdesk.store.server import account, display_name, parse, without_password
from tests.pg_server import PasswordCluster, password_cluster
from tests.store.test_server_engine import tables_of


@pytest.fixture(autouse=True)
def private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The remembered choice goes to this test's folder, never the user's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


@pytest.fixture
def settings(main_window, qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    main_window.show()
    main_window.open_settings()
    dialog = main_window.settings_dialog
    qtbot.waitExposed(dialog)
    tabs = dialog.tabs
    tabs.setCurrentWidget(dialog.shared_panel)
    yield dialog
    dialog.close()


def child(dialog: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def test_test_connection_looks_at_an_empty_database_and_changes_nothing(
    settings, qtbot, pg_url: str
) -> None:
    url = child(settings, QLineEdit, "sharedDbUrl")
    url.setFocus()
    qtbot.keyClicks(url, pg_url)
    qtbot.keyClick(url, Qt.Key.Key_Return)  # Return in the field tests it
    result = child(settings, QWidget, "sharedDbResult")
    qtbot.waitUntil(lambda: "Connected" in result.text(), timeout=10_000)
    assert result.text() == (
        f"Connected to {display_name(pg_url)}: an empty database; RenewDesk sets it up "
        "when you use it."
    )
    assert tables_of(pg_url) == set()  # a test never migrates
    assert not choice_file().exists()


def test_a_wrong_url_is_its_one_line_next_to_the_field(settings, qtbot) -> None:
    url = child(settings, QLineEdit, "sharedDbUrl")
    qtbot.keyClicks(url, "mysql://anna:Secret-9@db.example/renewdesk")
    qtbot.mouseClick(child(settings, QPushButton, "sharedDbTest"), Qt.MouseButton.LeftButton)
    result = child(settings, QWidget, "sharedDbResult")
    assert result.text().startswith("mysql:// databases are not supported")
    assert "Secret-9" not in result.text()


def test_use_this_database_remembers_it_without_a_password_and_reopens(
    settings, main_window, qtbot, pg_url: str, memory_keyring
) -> None:
    reopened: list[object] = []
    main_window.ctx.reopen = lambda target: reopened.append(target) or True
    # A password written in the URL (the test server trusts its socket and ignores it).
    typed = make_url(pg_url).set(password="Pw-Use-77").render_as_string(hide_password=False)
    qtbot.keyClicks(child(settings, QLineEdit, "sharedDbUrl"), typed)
    use = child(settings, QPushButton, "sharedDbUse")
    use.setFocus()
    assert main_window.isVisible()
    qtbot.keyClick(use, Qt.Key.Key_Space)  # keyboard: the focused button
    qtbot.waitUntil(lambda: bool(reopened), timeout=10_000)
    written = without_password(pg_url)  # ?host=/folder as the admin writes it
    assert make_url(written) == make_url(pg_url)
    assert reopened == [written]
    assert load_chosen() == written
    assert json.loads(choice_file().read_text()) == {"url": written}
    assert "Pw-Use-77" not in choice_file().read_text()
    assert memory_keyring.secrets[(DATABASE_SERVICE, account(parse(pg_url)))] == "Pw-Use-77"
    assert child(settings, QLineEdit, "sharedDbUrl").text() == written
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=5_000)  # the new one took over


@pytest.fixture(scope="module")
def cluster() -> Iterator[PasswordCluster]:
    with password_cluster() as found:
        found.add_owner("renewdesk_cai", "Cai-Pw-3310", "cai_team")
        yield found


def answer_password_dialog(qtbot, typed: list[str]) -> None:  # type: ignore[no-untyped-def]
    """When the password dialog is up, type the next password and press Return."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "databasePasswordDialog":
            QTimer.singleShot(50, answer)
            return
        field = dialog.findChild(QLineEdit, "databasePasswordField")
        qtbot.keyClicks(field, typed.pop(0))
        qtbot.keyClick(field, Qt.Key.Key_Return)
        if typed:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)


def test_the_server_asks_the_password_is_asked_in_a_dialog_and_kept_in_the_keyring(
    settings, qtbot, cluster: PasswordCluster, memory_keyring
) -> None:
    url = cluster.url("renewdesk_cai", "cai_team")
    qtbot.keyClicks(child(settings, QLineEdit, "sharedDbUrl"), url)
    answer_password_dialog(qtbot, ["wrong-one", "Cai-Pw-3310"])
    qtbot.mouseClick(child(settings, QPushButton, "sharedDbTest"), Qt.MouseButton.LeftButton)
    result = child(settings, QWidget, "sharedDbResult")
    qtbot.waitUntil(lambda: "Connected" in result.text(), timeout=20_000)
    key = (DATABASE_SERVICE, account(parse(url)))
    assert memory_keyring.secrets[key] == "Cai-Pw-3310"
    assert "Cai-Pw-3310" not in child(settings, QLineEdit, "sharedDbUrl").text()
