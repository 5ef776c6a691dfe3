"""A viewer's window (issue 13 item 7): every action that writes is off, and says why.

A viewer's database role may read the shared database but not change it (the server's
``has_table_privilege(current_user, 'quotes', 'INSERT')`` is false; the composition
root sets ``UiContext.read_only``). :class:`ReadOnlyLock` keeps the writing buttons
and actions disabled with the reason as their tooltip, whatever the pages' own
enable logic does afterwards (a selection, a reload), and :func:`lock_window` puts a
banner above the pages and a note in the status bar. The server refuses a write
anyway; this only keeps the admin from trying.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from renewdesk.ui.widgets import name


def read_only_reason(role: str) -> str:
    """The one line a viewer sees on the banner and on every disabled action."""
    return QCoreApplication.translate(
        "ReadOnly",
        "Read-only: your database role %1 may view but not change the shared database.",
    ).replace("%1", role or "?")


class ReadOnlyLock(QObject):
    """Holds widgets and actions disabled with ``reason`` as their tooltip."""

    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reason = reason
        self._widgets: list[QWidget] = []
        self._actions: list[QAction] = []
        self.banner: QLabel | None = None  # set by lock_window
        self.status: QLabel | None = None

    def hold(self, *targets: QWidget | QAction) -> None:
        for target in targets:
            if isinstance(target, QAction):
                self._actions.append(target)
                target.changed.connect(lambda a=target: self._keep_action(a))
                self._keep_action(target)
            else:
                self._widgets.append(target)
                target.installEventFilter(self)
                self._keep_widget(target)

    def held(self) -> list[QWidget | QAction]:
        return [*self._widgets, *self._actions]

    def _keep_action(self, action: QAction) -> None:
        if action.isEnabled():
            action.setEnabled(False)
        if action.toolTip() != self.reason:
            action.setToolTip(self.reason)
            action.setStatusTip(self.reason)

    def _keep_widget(self, widget: QWidget) -> None:
        if widget.isEnabled():
            widget.setEnabled(False)
        if widget.toolTip() != self.reason:
            widget.setToolTip(self.reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.EnabledChange, QEvent.Type.ToolTipChange)
            and isinstance(watched, QWidget)
            and watched in self._widgets
        ):
            self._keep_widget(watched)
        return False


def _banner(reason: str) -> QLabel:
    banner = QLabel(
        reason
        + " "
        + QCoreApplication.translate(
            "ReadOnly",
            "Renewing, importing, buying, sending and saving settings are turned off.",
        )
    )
    name(banner, "readOnlyBanner", QCoreApplication.translate("ReadOnly", "Read-only"))
    banner.setWordWrap(True)
    banner.setProperty("role", "notice")  # the theme's amber notice frame
    banner.setContentsMargins(10, 6, 10, 6)
    return banner


def lock_window(window: QMainWindow, targets: list[QWidget | QAction], role: str) -> ReadOnlyLock:
    """Turn ``window`` into a viewer's: ``targets`` held off, a banner, a status note."""
    reason = read_only_reason(role)
    lock = ReadOnlyLock(reason, window)
    lock.hold(*targets)
    pages = window.takeCentralWidget()  # kept, not deleted: it goes under the banner
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(8, 8, 8, 0)
    layout.setSpacing(6)
    lock.banner = _banner(reason)
    layout.addWidget(lock.banner)
    layout.addWidget(pages, 1)
    window.setCentralWidget(holder)
    lock.status = QLabel(QCoreApplication.translate("ReadOnly", "Read-only"))
    name(lock.status, "readOnlyStatus", QCoreApplication.translate("ReadOnly", "Read-only"))
    lock.status.setToolTip(reason)
    window.statusBar().addPermanentWidget(lock.status)
    return lock
