"""The one line the Renew dialog shows when another admin saved first, with Reload (issue 13).

Two admins over one shared cache may have the same customer or draft open; the
second save is refused (``renewdesk.store.versions``) and this bar says who
changed it and when. Reload reads the details as they are now; nothing typed is
ever written over the other admin's change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from renewdesk.ui.widgets import name


class StaleEditBar(QFrame):
    """``show_error(text)`` shows it; Reload emits ``reload_requested`` and hides it."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "staleEditBar", self.tr("Changed by another admin"))
        self.setProperty("role", "notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.text = QLabel()
        self.text.setObjectName("staleEditText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        name(self.reload_button, "staleReloadButton", self.tr("Reload"))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button)
        self.reload_button.clicked.connect(self._on_reload)
        self.hide()

    def show_error(self, text: str) -> None:
        self.text.setText(text)
        self.show()
        self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_reload(self) -> None:
        self.hide()
        self.reload_requested.emit()
