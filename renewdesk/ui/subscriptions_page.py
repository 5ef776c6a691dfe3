"""Subscriptions and Agreements: search, filters, bulk actions, the table and a details pane."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from renewdesk.domain import SubscriptionStatus
from renewdesk.planning.stages import Stage
from renewdesk.rules import default_limits
from renewdesk.services.verdicts import CheckResult
from renewdesk.ui import labels
from renewdesk.ui.column_fit import ColumnFitter
from renewdesk.ui.context import UiContext
from renewdesk.ui.csv_export import write_subscriptions_csv
from renewdesk.ui.flow_layout import FlowLayout
from renewdesk.ui.planning_labels import stage_label
from renewdesk.ui.subscription_details import DetailsPane, EmptyState
from renewdesk.ui.subscription_rows import Column
from renewdesk.ui.subscriptions_loading import LoadingMixin
from renewdesk.ui.subscriptions_model import (
    Badge,
    BadgeRole,
    SubscriptionFilter,
    SubscriptionsModel,
    badge_text,
)
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.widgets import BadgeDelegate, configure_table, name, page_header

SEARCH_DEBOUNCE_MS = 150
RENEW_SHORTCUT = "Ctrl+R"  # Bulk actions > Renew (the README lists every shortcut)


class SubscriptionsPage(LoadingMixin, QWidget):
    """The page the admin lands on; emits ``renew_requested`` with check results."""

    renew_requested = Signal(list, bool)  # [CheckResult], started from one subscription
    renew_all_requested = Signal(list)  # Bulk actions > Renew with nothing selected
    data_changed = Signal()
    message = Signal(str)
    reload_started = Signal()  # the change watcher notes what this load will see
    load_settled = Signal()  # a load has shown its rows or failed
    plans_changed = Signal()  # a renewal stage or owner was changed here

    def __init__(
        self, ctx: UiContext | None, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if ctx is not None:  # else attach() brings it, after the first paint
            self.attach(ctx)
        self._runner = runner
        self.model = SubscriptionsModel(self)
        self._company: dict[str, str] = {}
        self._shown = False  # some load (or the first paint) has shown its rows
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._build()
        self._connect()
        # The first paint comes before the first load: say so, with the filters in place.
        self._fill_filter_choices([], [])
        self.count_label.setText(self.tr("Loading subscriptions…"))

    def attach(self, ctx: UiContext) -> None:
        """The window's services (``renewdesk.app``), before the first :meth:`reload`."""
        self._ctx = ctx

    # ---- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        header, self.count_label = page_header(self.tr("Subscriptions and Agreements"))
        outer.addWidget(header)

        self.toolbar = QWidget()
        rows = QVBoxLayout(self.toolbar)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.search = QLineEdit()
        name(self.search, "subscriptionSearch", self.tr("Search subscriptions"))
        self.search.setPlaceholderText(self.tr("Search product, subscription ID, contract or CSN"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)

        self.bulk_button = QToolButton()
        name(self.bulk_button, "bulkActionsButton", self.tr("Bulk actions"))
        self.bulk_button.setText(self.tr("Bulk actions"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.bulk_button)
        self.action_renew = self._action(menu, "actionRenew", self.tr("Renew…"))
        self.action_renew.setShortcut(QKeySequence(RENEW_SHORTCUT))
        self.action_renew.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action_renew.setShortcutVisibleInContextMenu(True)
        self.addAction(self.action_renew)  # the shortcut works while the menu is closed
        self.action_auto_off = self._action(
            menu, "actionAutoRenewOff", self.tr("Turn off auto-renew")
        )
        self.action_auto_on = self._action(menu, "actionAutoRenewOn", self.tr("Turn on auto-renew"))
        self.action_stage = self._action(
            menu, "actionSetStage", self.tr("Set renewal stage and owner…")
        )
        menu.addSeparator()
        self.action_export = self._action(menu, "actionExportCsv", self.tr("Export CSV…"))
        self.bulk_button.setMenu(menu)
        top.addWidget(self.bulk_button)
        rows.addLayout(top)

        # The filters wrap onto a second line where a 1024 px screen or a long
        # language needs it, instead of cutting a control.
        bar = FlowLayout()
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in SubscriptionStatus:
            self.status_filter.addItem(labels.status_label(status), status.value)
        self.customer_filter = QComboBox()
        self.customer_filter.setAccessibleName(self.tr("Customer filter"))
        self.customer_filter.setMinimumContentsLength(14)
        self.customer_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.currency_filter = QComboBox()
        self.currency_filter.setAccessibleName(self.tr("Currency filter"))
        # Filled after the first show: grow with the items ("All currencies").
        self.currency_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.within = QSpinBox()
        self.within.setAccessibleName(self.tr("Renews within days"))
        self.within.setRange(0, 3650)
        self.within.setSpecialValueText(self.tr("Renews: any time"))
        self.within.setPrefix(self.tr("Renews within "))
        self.within.setSuffix(self.tr(" days"))
        self.within.setSingleStep(30)
        self.eligible_only = QCheckBox(self.tr("Eligible only"))
        self.stage_filter = QComboBox()
        name(self.stage_filter, "stageFilter", self.tr("Stage filter"))
        self.stage_filter.addItem(self.tr("All stages"), "")
        for stage in Stage:
            self.stage_filter.addItem(stage_label(stage), stage.value)
        self.owner_filter = QComboBox()
        name(self.owner_filter, "ownerFilter", self.tr("Owner filter"))
        self.owner_filter.addItem(self.tr("All owners"), "")
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.setFlat(True)
        for w in (
            self.status_filter,
            self.customer_filter,
            self.currency_filter,
            self.within,
            self.stage_filter,
            self.owner_filter,
            self.eligible_only,
            self.clear_filters,
        ):
            bar.addWidget(w)
        rows.addLayout(bar)
        outer.addWidget(self.toolbar)
        self._build_only_bar(outer)

        split = QSplitter(Qt.Orientation.Vertical)
        self.splitter = split
        self.table = QTableView()
        name(self.table, "subscriptionsTable", self.tr("Subscriptions"))
        configure_table(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setItemDelegateForColumn(
            Column.ELIGIBILITY, BadgeDelegate(BadgeRole, self.table)
        )
        # The least each column needs; ColumnFitter adds header room where it fits and
        # keeps everything up to the Eligibility badge on a 1280 px window.
        minimum = {
            Column.PRODUCT: 150,
            Column.SUBSCRIPTION_ID: 90,
            Column.CONTRACT: 76,
            Column.CSN: 90,
            Column.TERM: 64,
            Column.SEATS: 56,
            Column.RENEWAL_DATE: 92,
            Column.DAYS_LEFT: 64,
            Column.STATUS: 80,
            Column.ELIGIBILITY: 104,
            Column.AUTO_RENEW: 76,
            Column.PAYMENT_METHOD: 90,
            Column.CURRENCY: 70,
            Column.STAGE: 100,
            Column.OWNER: 90,
        }
        for col, width in minimum.items():
            self.table.setColumnWidth(col, width)
        self.column_fitter = ColumnFitter(
            self.table,
            minimum,
            keep_visible=Column.ELIGIBILITY,
            texts={Column.ELIGIBILITY: [badge_text(b) for b in Badge]},
            extra={Column.ELIGIBILITY: 30},  # the pill's padding and margins
        )
        split.addWidget(self.table)
        self.details = DetailsPane()
        self.details_renew = self.details.renew_button
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        split.setSizes([520, 170])
        outer.addWidget(split, 1)

        self.empty_box = EmptyState()
        self.empty_import = self.empty_box.import_button
        self.empty_demo = self.empty_box.demo_button
        outer.addWidget(self.empty_box, 1)
        self.empty_box.hide()
        self._update_actions()

    def _action(self, menu: QMenu, object_name: str, text: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(object_name)
        menu.addAction(action)
        return action

    # ---- wiring ----------------------------------------------------------------------

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.returnPressed.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.customer_filter.currentIndexChanged.connect(self._apply_filter)
        self.currency_filter.currentIndexChanged.connect(self._apply_filter)
        self.within.valueChanged.connect(self._apply_filter)
        self.eligible_only.toggled.connect(self._apply_filter)
        self.stage_filter.currentIndexChanged.connect(self._apply_filter)
        self.owner_filter.currentIndexChanged.connect(self._apply_filter)
        self.only_clear.clicked.connect(self.reset_filters)
        self.action_stage.triggered.connect(self._on_set_stage)
        self.details.stage_button.clicked.connect(self._on_set_stage)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._on_selection)
        self.model.modelReset.connect(self._update_count)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.installEventFilter(self)  # Return and Enter on a row renew it
        self.details_renew.clicked.connect(self._on_details_renew)
        self.action_renew.triggered.connect(self._on_bulk_renew)
        self.action_auto_off.triggered.connect(lambda: self._on_auto_renew(False))
        self.action_auto_on.triggered.connect(lambda: self._on_auto_renew(True))
        self.action_export.triggered.connect(self._on_export)

    def set_empty_actions(self, on_import: Callable[[], None], on_demo: Callable[[], None]) -> None:
        self.empty_import.clicked.connect(on_import)
        self.empty_demo.clicked.connect(on_demo)

    # ---- loading: LoadingMixin (subscriptions_loading.py) -------------------------

    def _fill_filter_choices(self, csns: list[str], currencies: list[str]) -> None:
        for combo, values, any_text, label in (
            (
                self.customer_filter,
                csns,
                self.tr("All customers"),
                lambda c: f"{self._company.get(c) or c} ({c})" if self._company.get(c) else c,
            ),
            (self.currency_filter, currencies, self.tr("All currencies"), lambda c: c),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, "")
            for value in values:
                combo.addItem(label(value), value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # ---- filter, selection, details --------------------------------------------------

    def current_filter(self) -> SubscriptionFilter:
        within = self.within.value()
        return SubscriptionFilter(
            text=self.search.text().strip(),
            status=self.status_filter.currentData() or "",
            customer_csn=self.customer_filter.currentData() or "",
            currency=self.currency_filter.currentData() or "",
            within_days=within if within > 0 else None,
            eligible_only=self.eligible_only.isChecked(),
            stage=self.stage_filter.currentData() or "",
            owner=self.owner_filter.currentData() or "",
            ids=self._only_ids,
        )

    def reset_filters(self) -> None:
        for w in (self.status_filter, self.customer_filter, self.currency_filter, self.within):
            w.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.customer_filter.setCurrentIndex(0)
        self.currency_filter.setCurrentIndex(0)
        self.within.setValue(0)
        for w in (self.status_filter, self.customer_filter, self.currency_filter, self.within):
            w.blockSignals(False)
        self.eligible_only.setChecked(False)
        for combo in (self.stage_filter, self.owner_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._only_ids = None
        self.only_bar.hide()
        self.search.clear()
        self._apply_filter()

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        if shown == total:
            text = self.tr("%n subscription(s)", "", total)
        else:
            text = self.tr("Showing %1 of %2 subscriptions").replace("%1", str(shown))
            text = text.replace("%2", str(total))
        self.count_label.setText(text)

    def _select_ids(self, ids: list[str]) -> None:
        if not ids:
            return
        wanted = set(ids)
        model, selection = self.model, QItemSelection()
        for row in range(model.rowCount()):
            if model.id_at(row) in wanted:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)

    def selected_rows(self) -> list[int]:
        """The selected rows, from the selection's ranges: ``selectedRows()`` checks every
        cell and takes 4 s for 50,000 selected rows; the ranges take milliseconds."""
        model = self.table.selectionModel()
        if model is None:
            return []
        rows: set[int] = set()
        for span in model.selection():
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selected_results(self) -> list[CheckResult]:
        """The selected rows' check results (none while the rules are being checked)."""
        if not self.model.checked:
            return []
        rows = self.selected_rows()
        return [self.model.result_at(r) for r in rows]

    def selected_ids(self) -> list[str]:
        return [self.model.id_at(r) for r in self.selected_rows()]

    def _on_selection(self, *_args: object) -> None:
        self._update_actions()
        if not self.model.checked:
            self.details.show_count(len(self.selected_rows()))
            return
        selected = self.selected_results()
        if len(selected) == 1:
            csn = selected[0].subscription.customer_csn
            self.details.show_result(selected[0], self._company.get(csn, ""))
        else:
            self.details.show_count(len(selected))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            index = self.table.currentIndex()
            if index.isValid() and self.model.checked:
                self.renew_requested.emit([self.model.result_at(index.row())], True)
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        """Ctrl+F: to the search box, its text selected so typing replaces it."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_actions(self) -> None:
        # Until the rules have judged the rows there is nothing to act on yet.
        checked = self.model.checked
        count = len(self.selected_rows()) if self.table.model() and checked else 0
        # With nothing selected, Renew opens the groups of every subscription shown.
        self.action_renew.setEnabled(checked and self.model.rowCount() > 0)
        self.action_auto_off.setEnabled(count > 0)
        self.action_auto_on.setEnabled(count > 0)
        self.action_stage.setEnabled(count > 0)
        self.action_export.setEnabled(checked and self.model.rowCount() > 0)

    # ---- actions ---------------------------------------------------------------------

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.checked:
            self.renew_requested.emit([self.model.result_at(index.row())], True)

    def _on_details_renew(self) -> None:
        selected = self.selected_results()
        if len(selected) == 1:
            self.renew_requested.emit(selected, True)

    def _on_bulk_renew(self) -> None:
        """Renew: the selection's groups with its group chosen; with nothing selected,
        the groups of every subscription the table shows (the portal's Bulk actions)."""
        selected = self.selected_results()
        if selected:
            self.renew_requested.emit(selected, len(selected) == 1)
        elif self.model.rowCount() and self.model.checked:
            self.renew_all_requested.emit(self.model.visible_results())

    def _within_bulk_limit(self, ids: list[str]) -> bool:
        """A bulk action covers at most ``max_lines`` subscriptions (SPEC 1); else say so."""
        limit = default_limits().max_lines
        if len(ids) <= limit:
            return True
        QMessageBox.information(
            self,
            self.tr("Too many subscriptions"),
            self.tr("A bulk action covers at most %1 subscriptions; %2 are selected.")
            .replace("%1", str(limit))
            .replace("%2", str(len(ids))),
        )
        return False

    def _on_auto_renew(self, on: bool) -> None:
        ids = self.selected_ids()
        if not self._within_bulk_limit(ids):
            return
        setter = self._ctx.set_auto_renew

        def work(progress: Callable[[int, int, str], None]) -> int:
            return setter(ids, on)

        def done(changed: int) -> None:
            text = (
                self.tr("Auto-renew turned on for %n subscription(s).", "", changed)
                if on
                else self.tr("Auto-renew turned off for %n subscription(s).", "", changed)
            )
            self.message.emit(text)
            self.reload()

        self._runner.submit(work, name="auto-renew", on_finished=done, on_failed=self._failed)

    # ---- renewal planning (issue 14) --------------------------------------------------

    def _build_only_bar(self, outer: QVBoxLayout) -> None:
        """The banner over the table while it shows a forecast cell's subscriptions."""
        self._only_ids: frozenset[str] | None = None
        self.only_bar = QWidget()
        self.only_bar.setObjectName("planningFilterBar")
        row = QHBoxLayout(self.only_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.only_label = QLabel("")
        self.only_label.setObjectName("planningFilterLabel")
        self.only_clear = QPushButton(self.tr("Show all subscriptions"))
        self.only_clear.setFlat(True)
        row.addWidget(self.only_label, 1)
        row.addWidget(self.only_clear)
        outer.addWidget(self.only_bar)
        self.only_bar.hide()

    def _fill_owner_choices(self, owners: list[str]) -> None:
        combo, current = self.owner_filter, self.owner_filter.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All owners"), "")
        for owner in owners:
            combo.addItem(owner, owner)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        combo.setVisible(bool(owners))  # no owner yet: no filter to offer

    def show_only(self, ids: list[str], what: str) -> None:
        """Show exactly these subscriptions (every other filter cleared)."""
        self.reset_filters()
        self._only_ids = frozenset(ids)
        text = self.tr("Renewal planning, %1: %n subscription(s)", "", len(self._only_ids))
        self.only_label.setText(text.replace("%1", what))
        self.only_bar.show()
        self._apply_filter()

    def _on_set_stage(self) -> None:
        from renewdesk.ui.stage_dialog import StageDialog

        planning = self._ctx.planning
        ids = self.selected_ids()
        if planning is None or not ids:
            return
        if not self._within_bulk_limit(ids):
            return
        owners = self.model.owners()
        dialog = StageDialog(planning, ids, planning.plans(ids), owners, parent=self)
        self.stage_dialog = dialog

        def done(result: int) -> None:
            if dialog.changed:
                self.message.emit(
                    self.tr("Renewal stage saved for %n subscription(s).", "", len(dialog.changed))
                )
                self.reload()
                self.plans_changed.emit()

        dialog.finished.connect(done)
        dialog.open()

    def _on_export(self) -> None:
        selected = self.selected_results()
        rows = selected or self.model.visible_results()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), "subscriptions.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path, rows)

    def export_csv(self, path: str, rows: list[CheckResult]) -> None:
        as_of = self.model.as_of

        def work(progress: Callable[[int, int, str], None]) -> int:
            return write_subscriptions_csv(path, rows, as_of)

        def done(count: int) -> None:
            self.message.emit(self.tr("Exported %n subscription(s).", "", count))

        self._runner.submit(work, name="export", on_finished=done, on_failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Something went wrong"), str(error))
