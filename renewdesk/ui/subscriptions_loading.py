"""Loading the Subscriptions page: the first paint's rows, then the rules' verdicts.

A first load shows the rows as soon as they are read (lean rows, no verdicts) and
judges them in a second task; every later load reads and judges in one task and
swaps both in at once, so the table never flickers back to "Checking…".
Everything heavy runs on the page's :class:`~renewdesk.ui.task_runner.TaskRunner`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from renewdesk.services.verdicts import Verdict
from renewdesk.store.lean_rows import CURRENCY, CUSTOMER, complete_rows
from renewdesk.ui.subscription_rows import (
    Column,
    LeanRow,
    RowIndex,
    index_rows,
    sort_orders,
)

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QTableView, QWidget

    from renewdesk.ui.context import UiContext
    from renewdesk.ui.subscriptions_model import SubscriptionsModel
    from renewdesk.ui.task_runner import TaskRunner

PRESORT_FROM_ROWS = 20_000  # below this a first sort takes a few milliseconds


@dataclass(frozen=True, slots=True)
class _Loaded:
    """What the loading task hands the GUI thread: plain values only."""

    rows: list[LeanRow]
    verdicts: list[Verdict] | None  # None: the rules are checked in a second task
    as_of: date
    index: RowIndex
    company: dict[str, str]  # customer number -> company name
    # The filters' customer numbers and currencies; None (the first paint): with the verdicts.
    choices: tuple[list[str], list[str]] | None


@dataclass(frozen=True, slots=True)
class _Checked:
    """The verdicts of rows already shown (the second step of a first load)."""

    rows: list[LeanRow]
    verdicts: list[Verdict]
    company: dict[str, str]
    index: RowIndex | None  # the search text and days, when the first paint left them out
    choices: tuple[list[str], list[str]]  # the filters' customer numbers and currencies
    read_again: bool = False  # the file changed under the first paint's rows: these are new


class LoadingMixin:
    """The loading half of :class:`~renewdesk.ui.subscriptions_page.SubscriptionsPage`."""

    _ctx: UiContext
    _runner: TaskRunner
    _shown: bool
    _stale: bool = False  # the rows shown are older than the file (first_rows_are_stale)
    _company: dict[str, str]
    model: SubscriptionsModel
    table: QTableView
    empty_box: QWidget
    splitter: QWidget
    toolbar: QWidget
    reload_started: SignalInstance
    load_settled: SignalInstance
    data_changed: SignalInstance

    if TYPE_CHECKING:  # the page's own

        def _fill_filter_choices(self, csns: list[str], currencies: list[str]) -> None: ...
        def _fill_owner_choices(self, owners: list[str]) -> None: ...
        def _on_selection(self, *_args: object) -> None: ...
        def _select_ids(self, ids: list[str]) -> None: ...
        def selected_rows(self) -> list[int]: ...

    def show_first_rows(self, rows: list[LeanRow], as_of: date) -> None:
        """The first paint's rows (a plain read, no verdicts yet); :meth:`reload` checks them.

        Only what the paint shows is made now: the rows' texts are shared and their
        search text made after the paint, in the task that checks them.
        """
        self._show(_Loaded(rows, None, as_of, index_rows(rows, as_of, whole=False), {}, None))

    def first_rows_are_stale(self) -> None:
        """The file changed since the first paint's read: the next load reads it again."""
        self._stale = True

    def reload(self) -> None:
        """Read and check every subscription off the GUI thread, then show them.

        The task also indexes the rows for search and sort and reads the customer
        names, so the GUI thread only swaps the finished rows in. A first load shows
        the rows before the rules have judged them; later loads swap both in at once.
        """
        self.reload_started.emit()
        as_of = self._ctx.today()
        check, customers = self._ctx.check, self._ctx.customers
        if self._shown and not self.model.checked and not self._stale:
            # The first paint's rows: judge those, sharing their texts first.
            self._check_rows(self.model.rows, as_of, first_paint=True)
            return
        self._stale = False
        first = not self._shown

        def work(progress: Callable[[int, int, str], None]) -> _Loaded:
            rows = check.lean_rows()
            verdicts = None if first else check.verdicts(rows, as_of)
            index = index_rows(rows, as_of, verdicts)
            return _Loaded(rows, verdicts, as_of, index, _names(customers), _choices(rows))

        def done(loaded: _Loaded) -> None:
            self._show(loaded)
            if loaded.verdicts is None:
                self._check_rows(loaded.rows, as_of)

        self._runner.submit(
            work,
            name="check",
            on_finished=done,
            on_failed=lambda _exc: self.load_settled.emit(),
        )

    def _check_rows(self, rows: list[LeanRow], as_of: date, *, first_paint: bool = False) -> None:
        """The rules' verdicts for the rows shown, off the GUI thread.

        For the first paint's rows the task first reads the columns the table does not
        show and shares their repeated texts (in place: the table reads equal rows
        meanwhile), and makes their search text and days; when the file no longer
        holds those subscriptions it reads every row again.
        """
        check, customers, path = self._ctx.check, self._ctx.customers, self._ctx.db_path

        def work(progress: Callable[[int, int, str], None]) -> _Checked:
            judged, again = rows, False
            if first_paint and not complete_rows(path, rows):
                judged, again = check.lean_rows(), True
            verdicts = check.verdicts(judged, as_of)
            index = index_rows(judged, as_of, verdicts) if first_paint else None
            names = _names(customers)
            return _Checked(judged, verdicts, names, index, _choices(judged), again)

        def done(checked: _Checked) -> None:
            if checked.read_again and checked.index is not None:
                if self.model.rows is rows:  # no later load has shown other rows meanwhile
                    loaded = _Loaded(
                        checked.rows,
                        checked.verdicts,
                        as_of,
                        checked.index,
                        checked.company,
                        checked.choices,
                    )
                    self._show(loaded)  # settles the load
                else:
                    self.load_settled.emit()
                return
            if checked.index is not None:
                self.model.adopt_index(checked.rows, checked.index)
            if self.model.set_verdicts(checked.rows, checked.verdicts):
                self._company = checked.company
                self._fill_filter_choices(*checked.choices)
                self._on_selection()
                self._presort(checked.rows, self.model.index_now(), checked.verdicts)
                self.data_changed.emit()  # the status bar's as-of date, now wired
            self.load_settled.emit()

        self._runner.submit(
            work, name="check", on_finished=done, on_failed=lambda _exc: self.load_settled.emit()
        )

    def _show(self, loaded: _Loaded) -> None:
        rows = loaded.rows
        if loaded.company or loaded.verdicts is not None:
            self._company = loaded.company
        if loaded.choices is not None:
            self._fill_filter_choices(*loaded.choices)
        # A reload (after an action, or another process's write) keeps the admin's place.
        kept = [self.model.id_at(r) for r in self.selected_rows()]
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(rows, loaded.as_of, loaded.index, loaded.verdicts)
        self._fill_owner_choices(self.model.owners())
        self._shown = True
        if loaded.verdicts is not None:
            self._presort(rows, loaded.index, loaded.verdicts)
        self._select_ids(kept)
        self.table.verticalScrollBar().setValue(scroll)
        empty = not rows
        self.empty_box.setVisible(empty)
        self.splitter.setVisible(not empty)
        self.toolbar.setVisible(not empty)
        self.data_changed.emit()
        if loaded.verdicts is not None:
            self.load_settled.emit()

    def _presort(self, rows: list[LeanRow], index: RowIndex, verdicts: list[Verdict]) -> None:
        """Sort orders for every column, made in the background, so a first click sorts at once."""
        if len(rows) < PRESORT_FROM_ROWS:
            return  # small tables sort in a few milliseconds anyway

        def work(progress: Callable[[int, int, str], None]) -> dict[Column, Any]:
            return sort_orders(rows, index, verdicts)

        self._runner.submit(
            work,
            name="presort",
            on_finished=lambda orders: self.model.adopt_sort_orders(rows, orders),
        )


def _names(customers: Any) -> dict[str, str]:
    """Customer number -> company name; a broken customers table must not hide the rows."""
    try:
        return dict(customers.company_names())
    except Exception:
        return {}


def _choices(rows: list[LeanRow]) -> tuple[list[str], list[str]]:
    """The customer numbers and currencies the rows use, for the filters."""
    csns, currencies = map(itemgetter(CUSTOMER), rows), map(itemgetter(CURRENCY), rows)
    return sorted(set(csns)), sorted(set(currencies))
