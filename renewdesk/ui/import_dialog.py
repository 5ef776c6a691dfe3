"""File > Import…: pick a file, check preview and mapping, set defaults, import, read the report.

Everything about reading and validating belongs to ``ImportService``; the
dialog shows its preview, passes the admin's mapping and defaults back, runs
the import on the TaskRunner and lists the problems by row and column.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from renewdesk.domain import PaymentMethod
from renewdesk.importing.encodings import ENCODINGS
from renewdesk.importing.labels import column_label, value_label
from renewdesk.ui import labels
from renewdesk.ui.context import UiContext
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.widgets import dialog_layout, muted

KINDS = ("subscriptions", "prices", "campaigns")
PREVIEW_ROWS = 20
# The number locales offered besides "as the file shows", with how each writes numbers.
NUMBER_LOCALES = (("en_US", "1,234.56"), ("sv_SE", "1 234,56"), ("de_DE", "1.234,56"))


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, ctx: UiContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setAccessibleName(self.tr("Import"))
        self.setWindowTitle(self.tr("Import"))
        self.resize(980, 700)
        self._ctx = ctx
        self._runner = runner
        self._preview: Any = None
        self._loaded_path = ""
        self.report: Any = None
        self._build()
        self._connect()
        self._update_buttons()

    # ---- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = dialog_layout(
            self,
            self.tr("Import from the portal's export"),
            self.tr(
                "CSV (comma, semicolon or tab) or Excel. Nothing changes unless every row "
                "is valid; rows are numbered as a spreadsheet shows them."
            ),
        )
        pick = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        self.kind.setAccessibleName(self.tr("What the file holds"))
        for kind, text in zip(
            KINDS,
            (self.tr("Subscriptions"), self.tr("Price book"), self.tr("Campaigns")),
            strict=True,
        ):
            self.kind.addItem(text, kind)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setPlaceholderText(self.tr("Choose a CSV or Excel file…"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setObjectName("importBrowse")
        pick.addWidget(self.kind)
        pick.addWidget(self.path_edit, 1)
        pick.addWidget(self.browse)
        outer.addLayout(pick)
        outer.addLayout(self._build_reading())
        self.file_info = muted("")
        self.file_info.setObjectName("importFileInfo")
        self.file_info.setWordWrap(True)
        outer.addWidget(self.file_info)

        self.tabs = QTabWidget()
        self.preview_table = _table([])
        self.preview_table.setAccessibleName(self.tr("Preview"))
        self.tabs.addTab(self.preview_table, self.tr("Preview"))
        self.tabs.addTab(self._build_mapping(), self.tr("Columns and defaults"))
        self.problems_table = _table([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems_table.setObjectName("importProblems")
        self.problems_table.setAccessibleName(self.tr("Problems"))
        self.problems_table.setColumnWidth(0, 70)
        self.problems_table.setColumnWidth(1, 180)
        self.tabs.addTab(self.problems_table, self.tr("Problems"))
        self.report_view = self._build_report()
        self.tabs.addTab(self.report_view, self.tr("Report"))
        outer.addWidget(self.tabs, 1)

        self.status = QLabel("")
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        bottom.addWidget(self.progress, 1)
        self.close_button = QPushButton(self.tr("Close"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setProperty("kind", "primary")
        self.import_button.setMinimumWidth(110)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.import_button)
        outer.addLayout(bottom)
        # Return in the path field loads the file; no button may take it as well (a
        # dialog's first button is its default and would open Browse, or import).
        for button in (self.browse, self.close_button, self.import_button):
            button.setAutoDefault(False)
            button.setDefault(False)

    def _build_reading(self) -> QHBoxLayout:
        """How the text is read: the encoding (detected or chosen) and the number locale."""
        row = QHBoxLayout()
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.encoding.setAccessibleName(self.tr("Encoding"))
        self.encoding.addItem(self.tr("Detect"), "")
        for codec, label in ENCODINGS.items():
            self.encoding.addItem(label, codec)
        self.number_locale = QComboBox()
        self.number_locale.setObjectName("importNumberLocale")
        self.number_locale.setAccessibleName(self.tr("Numbers"))
        self.number_locale.addItem(self.tr("As the file shows"), "")
        for locale, example in NUMBER_LOCALES:
            self.number_locale.addItem(example, locale)
        for combo in (self.encoding, self.number_locale):
            # The first item names what was detected: let the combo grow with it.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        encoding_label = QLabel(self.tr("Encoding"))
        encoding_label.setBuddy(self.encoding)
        number_label = QLabel(self.tr("Numbers"))
        number_label.setBuddy(self.number_locale)
        row.addWidget(encoding_label)
        row.addWidget(self.encoding)
        row.addSpacing(16)
        row.addWidget(number_label)
        row.addWidget(self.number_locale)
        row.addStretch(1)
        return row

    def _build_mapping(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        self.mapping_table = _table([self.tr("In the file"), self.tr("Fills")])
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        self.mapping_table.setColumnWidth(0, 240)
        self.mapping_table.verticalHeader().setDefaultSectionSize(34)
        layout.addWidget(self.mapping_table, 3)
        self.defaults_box = QGroupBox(self.tr("Defaults for columns the file lacks"))
        form = QFormLayout(self.defaults_box)
        self.default_csn = QLineEdit()
        self.default_csn.setAccessibleName(self.tr("Default customer number"))
        self.default_currency = QLineEdit()
        self.default_currency.setAccessibleName(self.tr("Default currency"))
        self.default_currency.setMaxLength(3)
        self.default_currency.setPlaceholderText("SEK, EUR, USD…")
        self.default_payment = QComboBox()
        self.default_payment.setAccessibleName(self.tr("Default payment method"))
        self.default_payment.addItem(self.tr("(from the file)"), "")
        for method in PaymentMethod:
            self.default_payment.addItem(labels.payment_label(method), method.value)
        form.addRow(self.tr("Customer number (CSN)"), self.default_csn)
        form.addRow(self.tr("Currency"), self.default_currency)
        form.addRow(self.tr("Payment method"), self.default_payment)
        self.required_label = QLabel("")
        self.required_label.setObjectName("importRequired")
        self.required_label.setProperty("role", "error")
        self.required_label.setWordWrap(True)
        form.addRow(self.required_label)
        layout.addWidget(self.defaults_box, 2, Qt.AlignmentFlag.AlignTop)
        return box

    def _build_report(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.report_label = QLabel(self._no_report_text())
        self.report_label.setObjectName("importReport")
        self.report_label.setProperty("role", "sectionTitle")
        self.report_label.setWordWrap(True)
        layout.addWidget(self.report_label)
        self.changes_table = _table(
            [self.tr("Record"), self.tr("Field"), self.tr("Before"), self.tr("Now")]
        )
        self.changes_table.setAccessibleName(self.tr("What changed"))
        for col, width in enumerate((180, 140, 160)):
            self.changes_table.setColumnWidth(col, width)
        layout.addWidget(self.changes_table, 1)
        return box

    def _no_report_text(self) -> str:
        return self.tr("Import a file to see what changed.")

    def _connect(self) -> None:
        self.browse.clicked.connect(self._on_browse)
        self.path_edit.returnPressed.connect(lambda: self.load_preview())
        self.path_edit.editingFinished.connect(self._on_path_edited)
        # A new kind reads the file afresh: a mapping made for another kind does not apply.
        self.kind.currentIndexChanged.connect(lambda _index: self.load_preview())
        self.encoding.currentIndexChanged.connect(lambda _index: self._reload_same_mapping())
        self.number_locale.currentIndexChanged.connect(lambda _index: self._reload_same_mapping())
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.accept)
        for widget in (self.default_csn, self.default_currency):
            widget.textChanged.connect(self._update_buttons)
        self.default_payment.currentIndexChanged.connect(self._update_buttons)

    # ---- preview and mapping ---------------------------------------------------------

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            str(Path.home()),
            self.tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))
        self.load_preview()

    def _on_path_edited(self) -> None:
        # Leaving the field loads a path typed there; Return (which also finishes the
        # editing) has loaded it already, and loads it again when pressed again.
        if self.path_edit.text().strip() != self._loaded_path:
            self.load_preview()

    def kind_value(self) -> str:
        return str(self.kind.currentData())

    def options(self) -> Any:
        """How to read the file's text, as the encoding and number pickers say."""
        from renewdesk.services.import_service import ReadOptions

        return ReadOptions(
            encoding=str(self.encoding.currentData() or "") or None,
            number_locale=str(self.number_locale.currentData() or "") or None,
        )

    def _reload_same_mapping(self) -> None:
        self.load_preview(self.mapping() if self._preview is not None else None)

    def load_preview(self, mapping: dict[str, str] | None = None) -> None:
        path = self.path_edit.text().strip()
        if path != self._loaded_path:
            # The encoding and number locale chosen were for the previous file.
            for combo in (self.encoding, self.number_locale):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self._loaded_path = path
        self._forget_file()
        if not path:
            self._update_buttons()
            return
        try:
            preview = self._ctx.imports.preview(
                path,
                rows=PREVIEW_ROWS,
                kind=self.kind_value(),
                mapping=mapping or None,
                options=self.options(),
            )
        except Exception as exc:
            self._preview = None
            self._show_error(exc)
            self._update_buttons()
            return
        self._preview = preview
        self._show_preview(preview)
        self._update_buttons()

    def _forget_file(self) -> None:
        """Clear everything a previous file (or a previous import) left on the screen."""
        self._preview = None
        self.report = None
        self._clear_problems()
        self.status.setProperty("role", "")
        self.status.style().polish(self.status)
        self.file_info.setText("")
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.mapping_table.setRowCount(0)
        self.required_label.setText("")
        self.report_label.setText(self._no_report_text())
        self.changes_table.setRowCount(0)
        self.progress.setValue(0)
        self.encoding.setItemText(0, self.tr("Detect"))
        self.number_locale.setItemText(0, self.tr("As the file shows"))

    def _show_preview(self, preview: Any) -> None:
        details = [self.tr("%n row(s)", "", preview.row_estimate), preview.kind.upper()]
        if preview.encoding_label:
            details.append(preview.encoding_label)
            if not preview.encoding_chosen:
                self.encoding.setItemText(
                    0, self.tr("Detected: %1").replace("%1", preview.encoding_label)
                )
        if not preview.number_chosen:
            shown = dict(NUMBER_LOCALES).get(preview.number_locale or "")
            self.number_locale.setItemText(
                0,
                self.tr("As the file shows: %1").replace("%1", shown)
                if shown
                else self.tr("As the file shows (not yet known)"),
            )
        if preview.delimiter:
            shown = {"\t": self.tr("tabs"), ",": self.tr("commas"), ";": self.tr("semicolons")}.get(
                preview.delimiter, preview.delimiter
            )
            details.append(self.tr("separated by %1").replace("%1", shown))
        self.file_info.setText(f"{preview.file_name} · " + " · ".join(details))
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(preview.headers))
        table.setHorizontalHeaderLabels(list(preview.headers))
        table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            for c, cell in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(cell))
        table.resizeColumnsToContents()
        self._fill_mapping(preview)
        self.defaults_box.setEnabled(self.kind_value() == "subscriptions")
        self._update_required()
        if preview.problems:
            self._show_problems(list(preview.problems))

    def _fill_mapping(self, preview: Any) -> None:
        table = self.mapping_table
        table.setRowCount(len(preview.headers))
        for row, header in enumerate(preview.headers):
            table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Column for %1").replace("%1", header))
            combo.addItem(self.tr("(ignore)"), "")
            for target in preview.targets:
                combo.addItem(column_label(target), target)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.get(header, "")), 0))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            table.setCellWidget(row, 1, combo)
        # The file's headers are short; the column labels they fill need the room.
        table.resizeColumnToContents(0)
        table.setColumnWidth(0, min(max(table.columnWidth(0), 120), 240))

    def mapping(self) -> dict[str, str]:
        """The admin's mapping: file header -> column ("" = ignore)."""
        result = {}
        for row in range(self.mapping_table.rowCount()):
            header = self.mapping_table.item(row, 0)
            combo = self.mapping_table.cellWidget(row, 1)
            if header is not None and isinstance(combo, QComboBox):
                result[header.text()] = str(combo.currentData() or "")
        return result

    def mapping_combo(self, header: str) -> QComboBox | None:
        for row in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(row, 0)
            widget = self.mapping_table.cellWidget(row, 1)
            if item is not None and item.text() == header and isinstance(widget, QComboBox):
                return widget
        return None

    def _on_mapping_changed(self) -> None:
        self.load_preview(self.mapping())

    # ---- import ----------------------------------------------------------------------

    def defaults(self) -> Any:
        from renewdesk.importing.subscriptions import ImportDefaults

        return ImportDefaults(
            customer_csn=self.default_csn.text().strip(),
            currency=self.default_currency.text().strip().upper(),
            payment_method=str(self.default_payment.currentData() or ""),
        )

    def start_import(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            return
        service, kind = self._ctx.imports, self.kind_value()
        mapping, defaults, options = self.mapping(), self.defaults(), self.options()

        def work(progress: Callable[[int, int, str], None]) -> Any:
            def report(done: int, total: int) -> None:
                progress(done, total, "")

            if kind == "prices":
                return service.import_prices(path, report, mapping, options)
            if kind == "campaigns":
                return service.import_campaigns(path, report, mapping, options)
            return service.import_subscriptions(path, defaults, report, mapping, options)

        self._clear_problems()
        self.report = None
        self.report_label.setText(self._no_report_text())
        self.changes_table.setRowCount(0)
        self.status.setProperty("role", "")
        self.status.style().polish(self.status)
        self.status.setText(self.tr("Importing…"))
        self.import_button.setEnabled(False)
        self.progress.setValue(0)
        self._runner.submit(
            work,
            name="import",
            on_progress=self._on_progress,
            on_finished=self._on_imported,
            on_failed=self._on_failed,
        )

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _on_imported(self, report: Any) -> None:
        self.report = report
        self.progress.setValue(100)
        self.status.setProperty("role", "ok")
        self.status.style().polish(self.status)
        self.status.setText(report.summary())
        text = (
            self.tr("%1 added · %2 updated · %3 unchanged")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
        )
        self.report_label.setText(text)
        changes = list(report.changes)
        self.changes_table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = (
                change.key,
                column_label(change.field),
                value_label(change.old),
                value_label(change.new),
            )
            for col, value in enumerate(cells):
                self.changes_table.setItem(row, col, QTableWidgetItem(value))
        self.tabs.setCurrentWidget(self.report_view)
        self._update_buttons()
        self.imported.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.progress.setValue(0)
        self._show_error(error)
        self._update_buttons()

    def _show_error(self, error: BaseException) -> None:
        problems = getattr(error, "problems", None)
        if problems:
            self._show_problems(list(problems), getattr(error, "more", 0))
        self.status.setProperty("role", "error")
        self.status.style().polish(self.status)
        self.status.setText(
            self.tr("Nothing was imported. %1").replace("%1", str(error))
            if problems
            else str(error)
        )

    def _show_problems(self, problems: list[Any], more: int = 0) -> None:
        table = self.problems_table
        table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            cells = (
                "" if problem.row is None else str(problem.row),
                problem.column,
                problem.problem,
            )
            for col, value in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(value))
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabs.setTabText(
            self.tabs.indexOf(table),
            self.tr("Problems (%1)").replace("%1", str(len(problems) + more)),
        )
        self.tabs.setCurrentWidget(table)

    def problems(self) -> list[tuple[str, str, str]]:
        """(row, column, problem) as the table shows them (tests read this)."""
        t = self.problems_table
        return [
            tuple(t.item(r, c).text() if t.item(r, c) else "" for c in range(3))  # type: ignore[misc]
            for r in range(t.rowCount())
        ]

    def _clear_problems(self) -> None:
        self.problems_table.setRowCount(0)
        self.tabs.setTabText(self.tabs.indexOf(self.problems_table), self.tr("Problems"))
        self.status.setText("")

    def _update_required(self) -> None:
        """Name the columns the file lacks that no default fills yet (gone once one is set)."""
        preview = self._preview
        if preview is None:
            self.required_label.setText("")
            return
        given = {
            "customer_csn": bool(self.default_csn.text().strip()),
            "currency": bool(self.default_currency.text().strip()),
            "payment_method": bool(self.default_payment.currentData()),
        }
        subscriptions = self.kind_value() == "subscriptions"
        need = [
            column_label(c)
            for c in preview.required_missing
            if not (subscriptions and given.get(c, False))
        ]
        self.required_label.setText(
            self.tr("The file has no %1: set a default or map a column.").replace(
                "%1", ", ".join(need)
            )
            if need
            else ""
        )

    def _update_buttons(self) -> None:
        self._update_required()
        self.import_button.setEnabled(self._preview is not None)
