"""Renew step 2: how to renew — radio options and the black Create a quote button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from renewdesk.ui.widgets import muted, name

# The one button the spec wants black: a stylesheet on the button itself, so the
# application theme's button rules cannot override it.
BLACK_BUTTON_QSS = (
    "QPushButton { background: #000000; color: #ffffff; border: 1px solid #000000;"
    " border-radius: 6px; padding: 9px 22px; font-weight: 600; }"
    "QPushButton:hover { background: #1f2937; }"
    "QPushButton:pressed { background: #374151; }"
    "QPushButton:focus { border: 2px solid #60a5fa; padding: 8px 21px; }"
    "QPushButton:disabled { background: #6b7280; color: #e5e7eb; }"
)


class OptionsStep(QWidget):
    create_quote = Signal()
    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 8, 4, 8)
        outer.setSpacing(6)
        title = QLabel(self.tr("Renewal options"))
        title.setProperty("role", "sectionTitle")
        outer.addWidget(title)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, text, hint in (
            (
                "portal",
                self.tr("Renew now in the portal (online only)"),
                self.tr(
                    "Pay in the vendor portal right away. RenewDesk works offline, so this "
                    "happens in the portal itself."
                ),
            ),
            (
                "quote",
                self.tr("Create a quote"),
                self.tr(
                    "Build a renewal quote with the seats and term you choose, and send it to "
                    "the buyer as a PDF. The buyer pays when they accept it."
                ),
            ),
            (
                "auto_renew_on",
                self.tr("Turn on auto-renew"),
                self.tr("Let these subscriptions renew by themselves on their renewal date."),
            ),
        ):
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[key] = button
            outer.addWidget(button)
            hint_label = muted(hint)
            hint_label.setContentsMargins(26, 0, 0, 8)
            outer.addWidget(hint_label)
            button.toggled.connect(lambda _on: self.choice_changed.emit())
        name(self.buttons["quote"], "optionCreateQuote", self.tr("Create a quote"))
        self.buttons["portal"].setEnabled(False)
        self.buttons["portal"].setToolTip(self.tr("Needs the vendor portal; not available here."))
        self.buttons["quote"].setChecked(True)
        outer.addSpacing(10)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create a quote"))
        name(self.create_button, "createQuoteButton", self.tr("Create a quote"))
        self.create_button.setStyleSheet(BLACK_BUTTON_QSS)
        self.create_button.clicked.connect(self._on_create)
        row.addWidget(self.create_button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def choice(self) -> str:
        return next(key for key, b in self.buttons.items() if b.isChecked())

    def next_text(self) -> str:
        return (
            self.tr("Turn on auto-renew") if self.choice() == "auto_renew_on" else self.tr("Next")
        )

    def _on_create(self) -> None:
        self.buttons["quote"].setChecked(True)
        self.create_quote.emit()
