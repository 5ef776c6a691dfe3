"""Import and Settings dialogs over a real cache."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import HEADER_FOR_IMPORT as HEADER
from tests.ui.conftest import import_row as _row


def test_import_dialog_bad_file_lists_row_and_column(main_window, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([HEADER, _row("SUB-9001", "4"), _row("SUB-9002", "lots")]) + "\n")
    main_window.open_import()
    dialog = main_window.import_dialog
    dialog.set_path(bad)
    assert dialog.preview_table.rowCount() == 2
    assert dialog.mapping()["seats"] == "seats"
    dialog.start_import()
    problems = dialog.problems()
    assert problems and problems[0][0] == "3" and problems[0][1] == "seats"
    assert "Nothing was imported" in dialog.status.text()
    assert main_window.subscriptions_page.model.total_count == 8  # the cache is unchanged


def test_import_dialog_good_file_reports_and_refreshes(main_window, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("\n".join([HEADER, _row("SUB-9001", "4"), _row("SUB-1003", "7")]) + "\n")
    main_window.open_import()
    dialog = main_window.import_dialog
    dialog.set_path(good)
    dialog.start_import()
    assert dialog.report is not None
    assert dialog.report.added == 1 and dialog.report.updated == 1
    assert dialog.progress.value() == 100
    assert "1 added" in dialog.report_label.text()
    fields = {
        dialog.changes_table.item(r, 1).text() for r in range(dialog.changes_table.rowCount())
    }
    assert "Seats" in fields  # the column's label, not its field name
    assert main_window.subscriptions_page.model.total_count == 9


def test_settings_dialog_saves_and_keeps_password_in_the_secret_store(main_window) -> None:
    main_window.open_settings()
    dialog = main_window.settings_dialog
    dialog.host.setText("smtp.example.com")
    dialog.user.setText("renewals")
    dialog.sender.setText("not an address")
    dialog.password.setText("s3cret")
    assert dialog.save() is False
    assert not dialog._errors["sender"].isHidden()
    dialog.sender.setText("renewals@example.com")
    assert dialog.save() is True
    service = main_window.ctx.settings
    stored = service.load()
    assert stored.smtp_host == "smtp.example.com" and stored.sender == "renewals@example.com"
    assert service.get_password() == "s3cret"
    assert "s3cret" not in repr(stored)
