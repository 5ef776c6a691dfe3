"""File > Restore from backup...: the cache's backups (date, kind, size), one restored on request.

The dialog lists and confirms; the restore itself belongs to the main window,
which first stops every timer and closes the cache (see MainWindow.restore_backup).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from renewdesk.services import backups
from renewdesk.services.backups import BackupInfo
from renewdesk.ui.cache_recovery import size_text, when
from renewdesk.ui.context import UiContext
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.widgets import dialog_layout, muted, name

RESTORABLE = ("daily", "manual", "pre-restore", "pre-migration")


class RestoreDialog(QDialog):
    restore_requested = Signal(object)  # the backup's Path

    def __init__(self, ctx: UiContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "restoreDialog", self.tr("Restore from backup"))
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(720, 460)
        self._ctx = ctx
        self._runner = runner
        self._backups: list[BackupInfo] = []
        self._server = ctx.on_server  # a shared database: the server's backups apply
        self._build()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_restore())
        self.restore_button.clicked.connect(self._on_restore)
        self.backup_button.clicked.connect(self._on_backup_now)
        self.cancel_button.clicked.connect(self.reject)
        self.reload()

    def _build(self) -> None:
        if self._server:
            backup_note, restore_note = backups.server_notes()
            outer = dialog_layout(
                self, self.tr("Backups of the shared database"), backup_note + " " + restore_note
            )
        else:
            outer = dialog_layout(
                self,
                self.tr("Restore the cache from a backup"),
                self.tr(
                    "RenewDesk backs the cache up once a day, before every restore and "
                    "before every upgrade of its format. Restoring replaces everything in "
                    "the cache (subscriptions, quotes, outbox) with the chosen copy; the "
                    "cache as it is now is backed up first, so a restore can be undone."
                ),
            )
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # whole rows, no cell focus frame
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        size_header = self.table.horizontalHeaderItem(2)
        if size_header is not None:  # over the right-aligned sizes
            size_header.setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(2, 110)
        outer.addWidget(self.table, 1)
        self.empty_label = muted(self.tr("No backups yet. The first one is made today."))
        outer.addWidget(self.empty_label)
        self.folder_label = muted(
            self.tr("Folder: %1").replace("%1", str(backups.backups_dir(self._ctx.db_path)))
        )
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.folder_label)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNowButton")
        buttons.addWidget(self.backup_button)
        if self._server and not backups.pg_dump_available():
            self.backup_button.setEnabled(False)
            self.backup_button.setToolTip(
                self.tr("pg_dump is not installed on this computer: the server's backups apply")
            )
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setProperty("kind", "primary")
        for button in (self.cancel_button, self.restore_button):
            button.setMinimumWidth(110)
            buttons.addWidget(button)
        self.restore_button.setVisible(not self._server)  # restored on the server, not here
        if self._server:
            self.cancel_button.setText(self.tr("Close"))
            self.empty_label.setText(self.tr("No pg_dump copies in this folder yet."))
        outer.addLayout(buttons)

    def kind_label(self, kind: str) -> str:
        return {
            "daily": self.tr("Daily"),
            "manual": self.tr("Made by hand"),
            "pre-restore": self.tr("Before a restore"),
            "pre-migration": self.tr("Before an upgrade"),
        }.get(kind, kind)

    def reload(self) -> None:
        if self._server:
            found = backups.server_dumps(self._ctx.db_path)
        else:
            found = backups.list_backups(self._ctx.db_path)
        self._backups = [b for b in found if b.kind in RESTORABLE]
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            size = QTableWidgetItem(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate(
                (QTableWidgetItem(when(info)), QTableWidgetItem(self.kind_label(info.kind)), size)
            ):
                item.setToolTip(str(info.path))
                self.table.setItem(row, col, item)
        self.empty_label.setVisible(not self._backups)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self._server)

    def _on_restore(self) -> None:
        info = self.selected()
        if info is None or self._server:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the cache with the backup from %1? Changes made since then are "
                "replaced too; the cache as it is now is backed up first."
            ).replace("%1", when(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.accept()
        self.restore_requested.emit(info.path)

    def _on_backup_now(self) -> None:
        path = self._ctx.db_path
        engine = self._ctx.extras.get("engine") if self._server else None

        def work(_progress: Callable[[int, int, str], None]) -> Path:
            if engine is not None:
                return backups.server_backup_now(engine, path)
            return backups.backup_now(path, "manual")

        self.backup_button.setEnabled(False)
        self._runner.submit(
            work, name="backup", on_finished=self._after_backup, on_failed=self._backup_failed
        )

    def _after_backup(self, _path: object) -> None:
        self.backup_button.setEnabled(True)
        self.reload()
        self.select_row(0)

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("The backup failed"), str(error))
