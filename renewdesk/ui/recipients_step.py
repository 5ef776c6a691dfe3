"""Renew step 4: the buyer plus up to four recipients, the delivery choice, Send quote."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from renewdesk.rules import default_limits, is_valid_email
from renewdesk.ui.widgets import muted, name

DELIVERIES = ("email", "eml", "pdf")


class RecipientsStep(QWidget):
    changed = Signal()
    send_clicked = Signal()
    open_pdf_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_recipients = default_limits().max_extra_recipients
        self.recipient_edits: list[QLineEdit] = []
        self.error_labels: list[QLabel] = []
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        self.form = QFrame()
        self.form.setProperty("role", "card")
        name(self.form, "recipientsForm", self.tr("Recipients"))
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Who receives the quote"))
        title.setProperty("role", "sectionTitle")
        form_layout.addWidget(title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnMinimumWidth(0, 110)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.buyer_label = QLabel()
        self.buyer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid.addWidget(QLabel(self.tr("Buyer")), 0, 0)
        self.grid.addWidget(self.buyer_label, 0, 1, 1, 2)
        form_layout.addLayout(self.grid)
        add_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add recipient"))
        name(self.add_button, "addRecipientButton", self.tr("Add recipient"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.limit_label = muted(
            self.tr("Up to %1 recipients besides the buyer.").replace(
                "%1", str(self.max_recipients)
            )
        )
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.limit_label, 1)
        form_layout.addLayout(add_row)
        self.rule_label = QLabel("")
        self.rule_label.setProperty("role", "error")
        self.rule_label.setWordWrap(True)
        form_layout.addWidget(self.rule_label)
        outer.addWidget(self.form)

        delivery = QFrame()
        delivery.setProperty("role", "card")
        d_layout = QVBoxLayout(delivery)
        d_layout.setContentsMargins(16, 12, 16, 12)
        d_title = QLabel(self.tr("How the quote leaves RenewDesk"))
        d_title.setProperty("role", "sectionTitle")
        d_layout.addWidget(d_title)
        self.delivery_group = QButtonGroup(self)
        self.delivery_buttons: dict[str, QRadioButton] = {}
        for key, text, object_name in (
            (
                "email",
                self.tr("Send by email (queued in the outbox when offline)"),
                "deliveryEmail",
            ),
            ("eml", self.tr("Open in mail app (.eml draft)"), "deliveryMailApp"),
            ("pdf", self.tr("Save PDF only"), "deliveryPdfOnly"),
        ):
            button = QRadioButton(text)
            name(button, object_name, text)
            self.delivery_group.addButton(button)
            self.delivery_buttons[key] = button
            d_layout.addWidget(button)
            button.toggled.connect(self._on_delivery)
        self.delivery_buttons["email"].setChecked(True)
        outer.addWidget(delivery)

        send_row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send quote"))
        name(self.send_button, "sendQuoteButton", self.tr("Send quote"))
        self.send_button.setProperty("kind", "primary")
        self.send_button.setMinimumWidth(160)
        self.send_button.clicked.connect(self.send_clicked)
        self._on_delivery()
        self.busy_label = muted("")
        send_row.addWidget(self.send_button)
        send_row.addWidget(self.busy_label, 1)
        outer.addLayout(send_row)

        result_row = QHBoxLayout()
        self.result_label = QLabel("")
        name(self.result_label, "quoteResultLabel", self.tr("Quote result"))
        self.result_label.setProperty("role", "result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.open_pdf_button = QPushButton(self.tr("Open PDF"))
        self.open_pdf_button.hide()
        self.open_pdf_button.clicked.connect(self.open_pdf_clicked)
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_pdf_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(result_row)
        outer.addStretch(1)
        self.add_recipient()  # the first recipient field is there when the step opens

    # ---- recipients --------------------------------------------------------------------

    def set_buyer(self, email: str, buyer_name: str = "") -> None:
        if not email:
            self.buyer_label.setText(self.tr("No buyer email: add it in the customer details."))
            return
        self.buyer_label.setText(f"{buyer_name} <{email}>" if buyer_name else email)

    def add_recipient(self, address: str = "") -> bool:
        """Add a recipient field; refused (False) past the limit."""
        if len(self.recipient_edits) >= self.max_recipients:
            self.rule_label.setText(
                self.tr("At most %1 recipients besides the buyer.").replace(
                    "%1", str(self.max_recipients)
                )
            )
            return False
        row = len(self.recipient_edits) + 1
        edit = QLineEdit(address)
        edit.setPlaceholderText(self.tr("name@example.com"))
        name(edit, f"recipientEdit{row}", self.tr("Recipient %1").replace("%1", str(row)))
        edit.setMaxLength(default_limits().max_length("email"))
        edit.installEventFilter(self)  # Return keeps the text and moves on
        error = QLabel("")
        error.setProperty("role", "error")
        caption = QLabel(self.tr("Recipient %1").replace("%1", str(row)))
        caption.setBuddy(edit)
        self.grid.addWidget(caption, row, 0)
        self.grid.addWidget(edit, row, 1)
        self.grid.addWidget(error, row, 2)
        for widget in (caption, edit, error):
            widget.show()  # now, not at the next event loop: Add recipient focuses it
        self.recipient_edits.append(edit)
        self.error_labels.append(error)
        edit.textChanged.connect(lambda _t, i=row - 1: self._validate(i))
        self._update_add_button()
        self._fix_tab_order()
        if address:
            self._validate(row - 1)
        return True

    def _fix_tab_order(self) -> None:
        """Tab walks the recipients in order, then Add recipient, the delivery, Send."""
        chain: list[QWidget] = [
            *self.recipient_edits,
            self.add_button,
            *self.delivery_buttons.values(),
        ]
        if hasattr(self, "send_button"):
            chain += [self.send_button, self.open_pdf_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_add_clicked(self) -> None:
        if self.add_recipient():
            self.recipient_edits[-1].setFocus(Qt.FocusReason.TabFocusReason)

    def prefill(self, addresses: Sequence[str]) -> None:
        """Fill the fields with a copied quote's recipients (up to the limit)."""
        for address in addresses[: self.max_recipients]:
            if not self.recipient_edits[-1].text():
                self.recipient_edits[-1].setText(address)
            else:
                self.add_recipient(address)

    def _update_add_button(self) -> None:
        full = len(self.recipient_edits) >= self.max_recipients
        self.add_button.setEnabled(not full)

    def _validate(self, index: int) -> None:
        edit, error = self.recipient_edits[index], self.error_labels[index]
        text = edit.text().strip()
        bad = bool(text) and not is_valid_email(text)
        error.setText(self.tr("Not a valid email address") if bad else "")
        edit.setProperty("invalid", "true" if bad else "false")
        edit.style().polish(edit)
        self.changed.emit()

    def recipients(self) -> list[str]:
        return [e.text().strip() for e in self.recipient_edits if e.text().strip()]

    def has_invalid(self) -> bool:
        return any(label.text() for label in self.error_labels)

    def errors(self) -> list[str]:
        return [label.text() for label in self.error_labels]

    def set_rule_messages(self, messages: list[str]) -> None:
        self.rule_label.setText("\n".join(messages))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return (or Enter) in a recipient field keeps what was typed and moves on to
        the next field (or to Add recipient after the last one), instead of
        pressing the dialog's default button."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in self.recipient_edits
        ):
            assert isinstance(watched, QLineEdit)
            index = self.recipient_edits.index(watched)
            self._validate(index)
            if index + 1 < len(self.recipient_edits):
                self.recipient_edits[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
            elif self.add_button.isEnabled():
                self.add_button.setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self.delivery_buttons[self.delivery()].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _on_delivery(self, _on: bool = False) -> None:
        """The send button says what it will do with the chosen delivery."""
        texts = {
            "email": self.tr("Send quote"),
            "eml": self.tr("Open in mail app"),
            "pdf": self.tr("Save PDF"),
        }
        button = getattr(self, "send_button", None)  # None while the radios are built
        if button is not None and any(b.isChecked() for b in self.delivery_buttons.values()):
            button.setText(texts[self.delivery()])
            button.setAccessibleName(texts[self.delivery()])
        self.changed.emit()

    def delivery(self) -> str:
        return next(key for key, b in self.delivery_buttons.items() if b.isChecked())

    def set_delivery(self, key: str) -> None:
        self.delivery_buttons[key].setChecked(True)

    def show_result(self, text: str, with_pdf: bool) -> None:
        self.result_label.setText(text)
        self.result_label.show()
        self.open_pdf_button.setVisible(with_pdf)
