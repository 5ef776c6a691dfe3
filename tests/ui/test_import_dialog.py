"""File > Import… driven as an admin drives it: typing, Return, the keyboard on the pickers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton

from tests.ui.conftest import HEADER_FOR_IMPORT as HEADER
from tests.ui.conftest import import_row as _row


@pytest.fixture
def dialog(main_window, monkeypatch):
    """The Import dialog, with Browse's file chooser recording that it was opened."""
    opened: list[str] = []

    def chooser(*_args, **_kwargs):
        opened.append("browse")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    main_window.open_import()
    found = main_window.import_dialog
    found.browse_opened = opened
    return found


def child(dialog, kind: type, name: str):
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def type_path(qtbot, dialog, path: Path) -> None:
    """Type the path into the field and press Return, as a keyboard user does."""
    edit = child(dialog, QLineEdit, "importPath")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def choose(qtbot, combo: QComboBox, data: str) -> None:
    """Pick the item holding ``data`` with the arrow keys."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def prices_file(tmp_path: Path, *prices: str) -> Path:
    path = tmp_path / "prices.csv"
    rows = [f'SPL,annual,SEK,"{p}"' for p in prices]
    path.write_text("offering_code,term,currency,unit_price\n" + "\n".join(rows) + "\n")
    return path


def test_return_in_the_path_field_loads_the_file_and_opens_nothing(qtbot, dialog, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("\n".join([HEADER, _row("SUB-9001", "4")]) + "\n")
    type_path(qtbot, dialog, good)
    assert dialog.preview_table.rowCount() == 1
    assert dialog.browse_opened == []
    assert dialog.report is None  # Return does not import either
    assert child(dialog, QPushButton, "importButton").isEnabled()


def test_changing_the_kind_after_choosing_a_file_previews_it_again(qtbot, dialog, tmp_path):
    type_path(qtbot, dialog, prices_file(tmp_path, "1850.00"))
    required = child(dialog, QLabel, "importRequired")
    assert "Subscription ID" in required.text()  # read as subscriptions: columns missing
    choose(qtbot, child(dialog, QComboBox, "importKind"), "prices")
    status = child(dialog, QLabel, "importStatus")
    assert "attribute" not in status.text() and status.text() == ""
    assert required.text() == ""
    assert dialog.mapping() == {
        "offering_code": "offering_code",
        "term": "term",
        "currency": "currency",
        "unit_price": "unit_price",
    }
    assert dialog.mapping_combo("unit_price").currentText() == "Unit price"  # a label
    qtbot.mouseClick(child(dialog, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.kind == "prices"


def test_nothing_from_a_previous_file_lingers(qtbot, dialog, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("\n".join([HEADER, _row("SUB-9001", "4"), _row("SUB-1003", "7")]) + "\n")
    type_path(qtbot, dialog, good)
    qtbot.mouseClick(child(dialog, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    status = child(dialog, QLabel, "importStatus")
    assert "1 added" in status.text() and dialog.changes_table.rowCount() > 0

    portal = tmp_path / "portal.csv"
    portal.write_text(
        "subscription_id,offering_name,seat_quantity,term,start_date,end_date,"
        "subscription_status\nSUB-7,Site Planner,3,annual,2025-04-01,2026-04-01,active\n"
    )
    type_path(qtbot, dialog, portal)
    assert status.text() == ""
    assert dialog.report is None and dialog.changes_table.rowCount() == 0
    assert "1 added" not in child(dialog, QLabel, "importReport").text()
    required = child(dialog, QLabel, "importRequired")
    assert "Customer number (CSN)" in required.text() and "Currency" in required.text()
    assert "customer_csn" not in required.text()

    qtbot.keyClicks(dialog.default_currency, "SEK")
    assert "Currency" not in required.text() and "Customer number (CSN)" in required.text()
    qtbot.keyClicks(dialog.default_csn, "5100001001")
    choose(qtbot, dialog.default_payment, "invoice")
    assert required.text() == ""


def test_a_stray_byte_is_refused_in_the_dialog_with_row_and_column(qtbot, dialog, tmp_path):
    mixed = tmp_path / "mixed.csv"
    text = "\n".join([HEADER, _row("SUB-9001", "4"), _row("SUB-9002", "5")]) + "\n"
    broken = "Åre".encode() + b" \x96 AB"  # UTF-8 letters, then one Windows-1252 dash
    mixed.write_bytes(text.encode().replace(b"Nordljus Arkitekter AB", broken, 1))
    type_path(qtbot, dialog, mixed)
    problems = dialog.problems()
    assert problems[0][:2] == ("2", "customer_name")
    assert "byte 0x96" in problems[0][2]
    assert not child(dialog, QPushButton, "importButton").isEnabled()


def test_the_detected_encoding_is_shown_and_can_be_overridden(
    qtbot, dialog, tmp_path, filled_cache
):
    polish = tmp_path / "pl.csv"
    row = _row("SUB-9001", "4").replace("5100001001,Nordljus Arkitekter AB", "7,Łódź SA")
    polish.write_bytes(("\n".join([HEADER, row]) + "\n").encode("cp1250"))
    type_path(qtbot, dialog, polish)
    encoding = child(dialog, QComboBox, "importEncoding")
    assert encoding.currentText() == "Detected: Windows-1252"
    assert "Windows-1252" in child(dialog, QLabel, "importFileInfo").text()
    choose(qtbot, encoding, "cp1250")
    assert dialog.preview_table.item(0, 6).text() == "Łódź SA"
    assert "Windows-1250" in child(dialog, QLabel, "importFileInfo").text()
    qtbot.mouseClick(child(dialog, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.added == 1
    type_path(qtbot, dialog, prices_file(tmp_path, "10"))  # another file: detected afresh
    assert encoding.currentData() == "" and encoding.currentText() == "Detected: UTF-8"
    with sqlite3.connect(filled_cache) as db:
        found = db.execute("SELECT company_name FROM customers WHERE csn = '7'").fetchone()
    assert found == ("Łódź SA",)


def test_the_number_locale_is_shown_and_decides_an_ambiguous_price(qtbot, dialog, tmp_path):
    choose(qtbot, child(dialog, QComboBox, "importKind"), "prices")
    numbers = child(dialog, QComboBox, "importNumberLocale")
    type_path(qtbot, dialog, prices_file(tmp_path, "12,50"))
    assert numbers.currentText() == "As the file shows: 1.234,56"

    type_path(qtbot, dialog, prices_file(tmp_path, "5,000"))
    assert numbers.currentText() == "As the file shows (not yet known)"
    qtbot.mouseClick(child(dialog, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    problems = dialog.problems()
    assert problems[0][:2] == ("2", "unit_price") and "could be read two ways" in problems[0][2]

    choose(qtbot, numbers, "en_US")
    assert numbers.currentText() == "1,234.56"
    qtbot.mouseClick(child(dialog, QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.changes[0].new == "5000"
    assert dialog.problems() == []


def test_a_column_mapped_by_hand_is_kept_when_the_encoding_changes(qtbot, dialog, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("\n".join([HEADER, _row("SUB-9001", "4")]) + "\n")
    type_path(qtbot, dialog, good)
    choose(qtbot, dialog.mapping_combo("team"), "")  # (ignore)
    assert dialog.mapping().get("team", "") == ""
    assert dialog.mapping_combo("team").currentText() == "(ignore)"
    choose(qtbot, child(dialog, QComboBox, "importEncoding"), "cp1252")
    assert dialog.mapping_combo("team").currentData() == ""
    assert dialog.mapping()["seats"] == "seats"
