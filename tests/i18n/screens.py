"""Render every page, dialog and Renew step to PNG and list text that does not fit.

Used by ``test_layouts.py`` under Swedish and under a pseudo-locale whose strings
are ~40% longer. Each screen is grabbed offscreen (the main window at 1280x800,
dialogs at the size they open with); :func:`layout_problems` then walks the
visible widgets for text that is cut: a label, button or box narrower than its
text needs, a table header narrower than its title, a window whose layout needs
more room than it has. Standard dialogs (message boxes, input dialogs) are grabbed
by standing in for QMessageBox / QInputDialog's static functions.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QRadioButton,
    QStyle,
    QTabBar,
    QTabWidget,
    QWidget,
)

WINDOW_SIZE = (1280, 800)
SMALL_SCREEN = (1024, 700)  # issue 9: nothing may be cut on a screen this size
TODAY = date(2026, 3, 2)


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def _visible(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _header_problems(view: QAbstractItemView, where: str, strict: bool) -> list[str]:
    found = []
    model = view.model()
    header: QHeaderView | None = getattr(view, "horizontalHeader", lambda: None)()
    if model is None or header is None or not header.isVisible():
        return found
    bold = QFont(header.font())
    bold.setBold(True)  # the stylesheet sets header titles in bold
    fm = QFontMetrics(bold)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 4
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if not text or (tip == text and not strict):
            continue  # a title that may be elided because its tooltip shows it whole
        # The title, the stylesheet's 6 px padding each side, the sort arrow if shown.
        need = fm.horizontalAdvance(text) + 12
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += arrow
        if header.sectionSize(section) < need:
            found.append(
                f"{where}: header '{text}' is {header.sectionSize(section)} px, needs {need}"
            )
    return found


def _combo_extra(w: QComboBox) -> int:
    """The room a combo box's frame and arrow take, measured on the combo itself.

    (QComboBox.initStyleOption and QStyleOptionComboBox corrupt reference counts in
    PySide6 6.12 and crash the interpreter at exit, so no style option is built here.)
    """
    fm = w.fontMetrics()
    texts = [w.itemText(i) for i in range(w.count())]
    widest = max((fm.horizontalAdvance(text) for text in texts), default=0)
    fitted = (
        QComboBox.SizeAdjustPolicy.AdjustToContents,
        QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow,
    )
    if widest and w.sizeAdjustPolicy() in fitted:
        return max(0, min(w.sizeHint().width() - widest, 40))
    return 30


def layout_problems(top: QWidget, where: str, strict_titles: bool = True) -> list[str]:
    """Visible text in ``top`` that is cut or clipped.

    With ``strict_titles`` off, a table title narrower than its text passes when its
    tooltip shows it whole (the Subscriptions table's fitter does that in long languages).
    """
    found = []
    min_size = top.minimumSizeHint()
    if top.layout() is not None and (
        min_size.width() > top.width() or min_size.height() > top.height()
    ):
        found.append(
            f"{where}: needs {min_size.width()}x{min_size.height()}, "
            f"has {top.width()}x{top.height()}"
        )
    for w in top.findChildren(QWidget):
        if not _visible(w) or w.window() is not top:
            continue
        label = w.objectName() or type(w).__name__
        if isinstance(w, QLabel) and w.text() and not w.wordWrap():
            hint = w.minimumSizeHint().width()
            if w.width() + 1 < hint:
                found.append(f"{where}: label '{w.text()[:40]}' is {w.width()} px, needs {hint}")
        elif isinstance(w, QLabel) and w.text() and w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > 0 and w.height() + 1 < need:
                found.append(
                    f"{where}: wrapped label '{w.text()[:40]}' is {w.height()} px high, "
                    f"needs {need}"
                )
        elif isinstance(w, QCheckBox | QRadioButton | QAbstractButton) and w.text():
            hint = w.sizeHint().width() if not isinstance(w, QRadioButton) else 0
            hint = max(hint, w.minimumSizeHint().width())
            if w.width() + 1 < hint:
                found.append(f"{where}: button '{w.text()}' is {w.width()} px, needs {hint}")
        elif isinstance(w, QComboBox) and w.currentText() and not w.isEditable():
            need = w.fontMetrics().horizontalAdvance(w.currentText())
            room = w.width() - _combo_extra(w)
            if room < need:
                found.append(
                    f"{where}: combo {label} '{w.currentText()}' has {room} px, needs {need}"
                )
        elif isinstance(w, QGroupBox) and w.title():
            need = w.fontMetrics().horizontalAdvance(w.title()) + 16
            if w.width() < need:
                found.append(f"{where}: group '{w.title()}' is {w.width()} px, needs {need}")
        elif isinstance(w, QTabWidget):
            bar = w.tabBar()
            for i in range(bar.count()):
                need = bar.fontMetrics().horizontalAdvance(bar.tabText(i).replace("&", ""))
                if bar.tabRect(i).width() < need:
                    found.append(f"{where}: tab '{bar.tabText(i)}' is cut")
        if isinstance(w, QAbstractItemView):
            found += _header_problems(w, f"{where} {label}", strict_titles)
    return found


_TAGS = re.compile(r"<[^>]+>")
_DATA = re.compile(
    r"[\w.+-]+@[\w.-]+"  # email addresses
    r"|[A-Z]+-[\w-]+"  # SUB-10001, Q-2026-000001, CTR-5001
    r"|/[^\s]*"  # paths
    r"|[\w-]+\.(?:sqlite|csv|xlsx|pdf|eml)"  # file names
    r"|<[^>]*@[^>]*>"  # Message-IDs
    r"|\w+(?:\.\w+)+"  # host names
    r"|\w*_\w*"  # column and setting identifiers (buyer_email)
    r"|\d[\d\s.,:%-]*"  # numbers, dates, times, amounts
)


def data_words() -> set[str]:
    """Every word of the demo data (names, products, cities...): not for translation."""
    from renewdesk.resources import resource_path

    words = set()
    for path in resource_path("demo").glob("*.csv"):
        with path.open(encoding="utf-8") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    words.update(re.findall(r"[^\W\d_]+", cell))
    return words


def country_words() -> set[str]:
    """Every word of the Country picker's names: Babel's data, not the catalogue's."""
    from renewdesk.countries import country_names

    return {w for _, name in country_names("en") for w in re.findall(r"[^\W\d_]+", name)}


def texts_of(top: QWidget) -> Iterable[str]:
    """The user-visible texts in ``top``: labels, buttons, titles, headers, items, tips."""
    yield top.windowTitle()
    for w in [top, *top.findChildren(QWidget)]:
        if not _visible(w):
            continue
        yield w.toolTip()
        if isinstance(w, QLabel):
            yield _TAGS.sub(" ", w.text())
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QTabBar):
            yield from (w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model (the navigation): one column
                columns = 1
            for col in range(columns):
                yield str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(root), 15)):
                for col in range(columns):
                    index = model.index(row, col)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            yield value


def untranslated(texts: Iterable[str], known_data: set[str]) -> set[str]:
    """Texts with words that are neither pseudo-translated nor data."""
    found = set()
    for text in texts:
        if not text or ("[" in text and "~" in text):
            continue
        rest = _DATA.sub(" ", text)
        words = [w for w in re.findall(r"[^\W\d_]{2,}", rest) if w not in known_data]
        if words:
            found.add(text.strip())
    return found


class Shots:
    """Grabs widgets to ``folder/NN_name.png`` and collects their layout problems."""

    def __init__(
        self,
        folder: Path,
        *,
        strict_titles: bool = True,
        screen: tuple[int, int] = WINDOW_SIZE,
    ) -> None:
        self.folder = folder
        self.strict_titles = strict_titles
        self.screen = screen  # the main window's size; no window is larger
        folder.mkdir(parents=True, exist_ok=True)
        self.files: list[Path] = []
        self.problems: list[str] = []
        self.texts: list[tuple[str, str]] = []  # (screen, text)
        self._n = 0

    def grab(self, widget: QWidget, name: str, *, check: bool = True) -> None:
        settle()
        width, height = self.screen
        if widget.isWindow() and (widget.width() > width or widget.height() > height):
            # A screen this small: the window manager keeps every window on it.
            widget.resize(min(widget.width(), width), min(widget.height(), height))
            settle()
            if check and (widget.width() > width or widget.height() > height):
                # its minimum size: the window would run off the screen, cut
                self.problems.append(
                    f"{name}: is {widget.width()}x{widget.height()} at its smallest, "
                    f"wider or taller than a {width}x{height} screen"
                )
        self._n += 1
        path = self.folder / f"{self._n:02d}_{name}.png"
        widget.grab().save(str(path))
        self.files.append(path)
        if check:
            self.problems += layout_problems(widget, name, self.strict_titles)
        self.texts += [(name, text) for text in texts_of(widget) if text]

    def grab_menu(self, menu: QMenu, name: str) -> None:
        menu.popup(QPoint(0, 0))
        settle()
        self.grab(menu, name, check=False)
        self.texts += [(name, a.text()) for a in menu.actions() if a.text()]
        for action in menu.actions():
            fm = menu.fontMetrics()
            if action.text() and menu.actionGeometry(action).width() < fm.horizontalAdvance(
                action.text().replace("&", "")
            ):
                self.problems.append(f"{name}: menu item '{action.text()}' is cut")
        menu.hide()


@contextmanager
def standard_dialogs(shots: Shots) -> Iterator[None]:
    """QMessageBox / QInputDialog static calls show their box, grab it, and answer yes."""
    saved = {
        name: getattr(QMessageBox, name)
        for name in ("question", "information", "warning", "critical", "about")
    }
    saved_input = {name: getattr(QInputDialog, name) for name in ("getText", "getMultiLineText")}

    def box(kind: str) -> Callable[..., Any]:
        icons = {
            "question": QMessageBox.Icon.Question,
            "information": QMessageBox.Icon.Information,
            "warning": QMessageBox.Icon.Warning,
            "critical": QMessageBox.Icon.Critical,
            "about": QMessageBox.Icon.NoIcon,
        }

        def show(parent: QWidget | None, title: str, text: str, *args: Any, **kw: Any) -> Any:
            msg = QMessageBox(icons[kind], title, text, parent=parent)
            if kind == "question":
                msg.setStandardButtons(
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                )
            msg.show()
            shots.grab(msg, f"messagebox_{kind}")
            msg.close()
            # "No" to questions, so Buy leaves the quote for the cancellation dialog.
            if kind == "question":
                return QMessageBox.StandardButton.No
            return QMessageBox.StandardButton.Ok

        return show

    def ask(multi: bool) -> Callable[..., Any]:
        def show(parent: QWidget | None, title: str, label: str, *args: Any, **kw: Any) -> Any:
            dialog = QInputDialog(parent)
            dialog.setWindowTitle(title)
            dialog.setLabelText(label)
            if multi:
                dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
            dialog.setTextValue("Partner ref. 4711, 2 March")
            dialog.show()
            shots.grab(dialog, "inputdialog")
            dialog.close()
            return ("Partner ref. 4711, 2 March", True)

        return show

    for name in saved:
        setattr(QMessageBox, name, staticmethod(box(name)))
    QInputDialog.getText = staticmethod(ask(False))  # type: ignore[method-assign]
    QInputDialog.getMultiLineText = staticmethod(ask(True))  # type: ignore[method-assign]
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(QMessageBox, name, fn)
        for name, fn in saved_input.items():
            setattr(QInputDialog, name, fn)


def _configure_offline_smtp(window: Any) -> None:
    service = window.ctx.settings
    service.save(
        dataclasses.replace(
            service.load(),
            smtp_host="127.0.0.1",
            smtp_port=9,  # discard port: nothing listens, so sends queue in the outbox
            smtp_security="none",
            sender="renewals@seller.example",
            company_name="Seller AB",
            your_name="Erik Ström",
        )
    )


def capture_window(window: Any, shots: Shots, tmp: Path) -> None:
    """Every page, menu, dialog and Renew step of ``window`` (over the demo data)."""
    from renewdesk.ui.renew_dialog import OPTIONS, RECIPIENTS, REVIEW, SELECT

    _configure_offline_smtp(window)
    window.resize(*shots.screen)
    window.show()
    settle()
    page = window.subscriptions_page
    page.table.selectRow(0)
    shots.grab(window, "subscriptions")
    shots.grab_menu(page.bulk_button.menu(), "bulk_actions_menu")
    for i, action in enumerate(window.menuBar().actions(), start=1):
        if action.menu() is not None:
            shots.grab_menu(action.menu(), f"menu_{i}")

    # Renew: the Swedish customer's SEK/invoice group, four steps and the result.
    page.customer_filter.setCurrentIndex(page.customer_filter.findData("5100001001"))
    settle()
    page.table.selectAll()
    settle()
    window.open_renew(page.selected_results(), False)
    settle()
    dialog = window.renew_dialog
    assert dialog.step == SELECT
    shots.grab(dialog, "renew_1_select")
    dialog.next_button.click()
    settle()
    assert dialog.step == OPTIONS
    shots.grab(dialog, "renew_2_options")
    dialog.next_button.click()
    settle()
    assert dialog.step == REVIEW
    review = dialog.review
    for row in range(review.table.rowCount()):  # fewer seats: a rule and its fix show up
        spin = review.seat_spin(row)
        if spin.maximum() > 1:
            spin.setValue(spin.maximum() - 1)
    review.flush()
    settle()
    shots.grab(dialog, "renew_3_review")
    if not review.fix_button.isHidden():
        review.fix_button.click()
        settle()
    dialog.next_button.click()
    settle()
    if dialog.step == RECIPIENTS:
        rec = dialog.recipients
        rec.add_recipient("cfo@nordljus.example")
        rec.add_recipient("not-an-email")
        settle()
        shots.grab(dialog, "renew_4_recipients")
        rec.recipient_edits[-1].setText("it@nordljus.example")
        rec.set_delivery("email")
        rec.send_button.click()
        for _ in range(200):
            settle(1)
            if dialog.sent_result() is not None:
                break
        shots.grab(dialog, "renew_5_result")
    else:
        shots.problems.append(f"renew: stuck at step {dialog.step}")
    dialog.close()
    settle()
    page.reset_filters()

    # Quotes: a sent quote selected, its audit trail; Buy and the partner cancellation.
    window.nav.setCurrentRow(1)
    quotes = window.quotes_page
    quotes.reload()
    settle()
    for row in range(quotes.model.rowCount()):
        if quotes.model.quote_at(row).status.value == "QUOTED":
            quotes.table.selectRow(row)
            break
    shots.grab(window, "quotes")
    with standard_dialogs(shots):
        for button in (quotes.buy_button, quotes.cancel_button):
            if button.isEnabled():
                button.click()
                settle()
        window._on_about()
    window.nav.setCurrentRow(2)
    window.outbox_page.reload()
    settle()
    window.outbox_page.table.selectRow(0)
    shots.grab(window, "outbox")
    window.nav.setCurrentRow(0)

    # Import: a preview of the demo export, a file with problems, the report.
    window.open_import()
    settle()
    importer = window.import_dialog
    from renewdesk.resources import resource_path

    demo_csv = tmp / "subscriptions.csv"
    from renewdesk.demo import resolve_dates

    demo_csv.write_text(
        resolve_dates(resource_path("demo", "subscriptions.csv").read_text(), TODAY),
        encoding="utf-8",
    )
    importer.set_path(demo_csv)
    importer.load_preview()
    settle()
    shots.grab(importer, "import_preview")
    importer.tabs.setCurrentIndex(1)
    shots.grab(importer, "import_columns")
    bad = tmp / "broken.csv"
    bad.write_text(
        "subscription_id;product_name;customer_csn;currency;payment_method;term;seats;"
        "start_date;renewal_date;status\n"
        "SUB-1;Design Suite;5100001001;kronor;invoice;yearly;twelve;2025-03-01;2026-13-01;active\n"
        "SUB-1;Render Studio;5100001001;SEK;cash;annual;-3;2026-04-01;2026-03-01;sleeping\n",
        encoding="utf-8",
    )
    importer.set_path(bad)
    importer.load_preview()
    settle()
    importer.start_import()
    settle(20)
    for i in range(importer.tabs.count()):
        importer.tabs.setCurrentIndex(i)
        shots.grab(importer, f"import_tab{i + 1}")
    importer.close()

    window.open_restore()
    settle()
    shots.grab(window.restore_dialog, "restore_from_backup")
    window.restore_dialog.close()

    window.open_settings()
    settle()
    shots.grab(window.settings_dialog, "settings")
    window.settings_dialog.close()


def capture_empty(window: Any, shots: Shots) -> None:
    window.resize(*shots.screen)
    window.show()
    settle()
    shots.grab(window, "empty_cache")
    window.close()


def close_all() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog | QMenu):
            w.close()
    settle()
