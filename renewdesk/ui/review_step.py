"""Renew step 3: lines with term and seats, prices from the service, rule results, customer form.

The view only collects edits and shows the service's :class:`QuotePreview`;
prices, campaigns, totals and every rule come from ``QuoteService.preview``.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from renewdesk.countries import country_code, country_names
from renewdesk.domain import Address, Customer, Subscription, Term
from renewdesk.i18n import current_language
from renewdesk.messages import sentence
from renewdesk.quotes.builder import QuotePreview
from renewdesk.quotes.expiry import WARN_WITHIN_DAYS, ExpiryWarning, expiry_warning
from renewdesk.quotes.language import language_for_country
from renewdesk.rules import Code, Finding, Severity, default_limits
from renewdesk.ui import labels
from renewdesk.ui.widgets import muted, name

EDIT_DEBOUNCE_MS = 120
LANGUAGES = (("en", "English"), ("sv", "Svenska"))


class LineColumn(enum.IntEnum):
    PRODUCT = 0
    SUBSCRIPTION = enum.auto()
    TERM = enum.auto()
    SEATS = enum.auto()
    UNIT_PRICE = enum.auto()
    CAMPAIGN = enum.auto()
    DISCOUNT = enum.auto()
    LINE_TOTAL = enum.auto()
    NOTES = enum.auto()


_C = "ReviewStep"
# key, label, automation name, the [fields] limit of limits.toml ("" for the picker)
CUSTOMER_FIELDS = (
    (
        "company_name",
        QT_TRANSLATE_NOOP("ReviewStep", "Company"),
        "customerCompany",
        "customer_name",
    ),
    (
        "line1",
        QT_TRANSLATE_NOOP("ReviewStep", "Address line 1"),
        "customerAddress1",
        "address_line",
    ),
    (
        "line2",
        QT_TRANSLATE_NOOP("ReviewStep", "Address line 2"),
        "customerAddress2",
        "address_line",
    ),
    (
        "postal_code",
        QT_TRANSLATE_NOOP("ReviewStep", "Postal code"),
        "customerPostalCode",
        "postal_code",
    ),
    ("city", QT_TRANSLATE_NOOP("ReviewStep", "City"), "customerCity", "city"),
    ("region", QT_TRANSLATE_NOOP("ReviewStep", "Region"), "customerRegion", "region"),
    ("country", QT_TRANSLATE_NOOP("ReviewStep", "Country"), "customerCountry", ""),
    (
        "vat_number",
        QT_TRANSLATE_NOOP("ReviewStep", "VAT number"),
        "customerVatNumber",
        "vat_number",
    ),
    ("buyer_name", QT_TRANSLATE_NOOP("ReviewStep", "Buyer name"), "buyerName", "buyer_name"),
    ("buyer_email", QT_TRANSLATE_NOOP("ReviewStep", "Buyer email"), "buyerEmail", "email"),
    ("buyer_phone", QT_TRANSLATE_NOOP("ReviewStep", "Buyer phone"), "buyerPhone", "phone"),
)


class ReviewStep(QWidget):
    """Emits ``edited`` (debounced) whenever a line, the customer or the language changes."""

    edited = Signal()
    fix_auto_renew = Signal(list)  # subscription ids
    leave_out = Signal(str)  # the subscription whose line the expiry warning names

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._subs: list[Subscription] = []
        self._csn = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DEBOUNCE_MS)
        self._timer.timeout.connect(self.edited)
        self._loading = False
        self._build()

    # ---- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        self.table = QTableWidget(0, len(LineColumn))
        name(self.table, "reviewTable", self.tr("Quote lines"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Subscription"),
                self.tr("Term"),
                self.tr("Seats"),
                self.tr("Unit price"),
                self.tr("Campaign"),
                self.tr("Discount"),
                self.tr("Line total"),
                self.tr("Notes"),
            ]
        )
        for col in range(self.table.columnCount()):  # a title elided at 1024 px shows whole
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setToolTip(item.text())
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus frame; the editors take it
        # Tab goes from editor to editor and then on to the customer form, not cell by cell.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Money columns wide enough for "SEK 174,825.00" / "174 825,00 kr".
        for col, width in (
            (LineColumn.SUBSCRIPTION, 100),
            (LineColumn.TERM, 104),
            (LineColumn.SEATS, 70),
            (LineColumn.UNIT_PRICE, 120),
            (LineColumn.CAMPAIGN, 130),
            (LineColumn.DISCOUNT, 120),
            (LineColumn.LINE_TOTAL, 126),
        ):
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        header.setSectionResizeMode(LineColumn.NOTES, QHeaderView.ResizeMode.Stretch)
        # The product shares the spare room with the notes: at 1024 px the fixed columns
        # alone would push the notes (the per-line rule sentences) off the right edge.
        header.setSectionResizeMode(LineColumn.PRODUCT, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.table, 3)

        totals = QHBoxLayout()
        totals.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.subtotal_label = QLabel()
        self.discount_label = QLabel()
        self.total_label = QLabel()
        name(self.total_label, "reviewTotal", self.tr("Total"))
        self.total_label.setProperty("role", "sectionTitle")
        for row, (text, value) in enumerate(
            (
                (self.tr("Subtotal"), self.subtotal_label),
                (self.tr("Campaign discount"), self.discount_label),
                (self.tr("Total (tax added at checkout)"), self.total_label),
            )
        ):
            caption = muted(text)
            caption.setWordWrap(False)  # a wrapped caption would be cut to one line's height
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignRight)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setMinimumWidth(140)
            grid.addWidget(value, row, 1)
        totals.addLayout(grid)
        outer.addLayout(totals)

        self.findings_box = QVBoxLayout()
        self.findings_box.setSpacing(6)
        outer.addLayout(self.findings_box)
        self.expiry_box = QFrame()
        self.expiry_box.setProperty("role", "notice")
        expiry_row = QHBoxLayout(self.expiry_box)
        expiry_row.setContentsMargins(10, 6, 10, 6)
        self.expiry_label = QLabel()
        name(self.expiry_label, "expiryWarning", self.tr("Expiry warning"))
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setTextFormat(Qt.TextFormat.PlainText)
        self.leave_out_button = QPushButton()
        name(self.leave_out_button, "leaveOutButton", self.tr("Leave the line out"))
        self.leave_out_button.clicked.connect(self._on_leave_out)
        expiry_row.addWidget(self.expiry_label, 1)
        expiry_row.addWidget(self.leave_out_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.expiry_box.hide()
        self._expiry: ExpiryWarning | None = None
        outer.addWidget(self.expiry_box)
        self.fix_button = QPushButton()
        name(self.fix_button, "fixAutoRenewButton", self.tr("Turn off auto-renew"))
        self.fix_button.setProperty("kind", "primary")
        self.fix_button.hide()
        self.fix_button.clicked.connect(self._on_fix)
        self._fix_ids: list[str] = []

        lower = QHBoxLayout()
        lower.setSpacing(16)
        self.customer_box = QGroupBox(self.tr("Customer details on the quote"))
        name(self.customer_box, "customerForm", self.tr("Customer details"))
        form_grid = QGridLayout(self.customer_box)
        form_grid.setHorizontalSpacing(12)
        form_grid.setVerticalSpacing(6)
        self.customer_fields: dict[str, QLineEdit] = {}
        limits = default_limits()
        self.country = QComboBox()
        self.country.currentIndexChanged.connect(self._on_country)
        for n, (key, text, object_name, limit) in enumerate(CUSTOMER_FIELDS):
            label = QCoreApplication.translate(_C, text)
            field: QWidget
            if key == "country":
                field = self.country
            else:
                edit = QLineEdit()
                edit.setMaxLength(limits.max_length(limit))
                edit.textEdited.connect(self._changed)
                self.customer_fields[key] = edit
                field = edit
            name(field, object_name, label)
            row, col = (n, 0) if n < 7 else (n - 7, 2)
            caption = QLabel(label)
            caption.setBuddy(field)
            form_grid.addWidget(caption, row, col)
            form_grid.addWidget(field, row, col + 1)
        self.csn_label = muted("")
        # Two rows of room: the wrapped line needs them in long languages.
        form_grid.addWidget(self.csn_label, 4, 2, 2, 2)
        form_grid.setColumnStretch(1, 1)
        form_grid.setColumnStretch(3, 1)
        lower.addWidget(self.customer_box, 1)

        side = QFormLayout()
        self.language = QComboBox()
        name(self.language, "quoteLanguage", self.tr("Quote language"))
        for code, text in LANGUAGES:
            self.language.addItem(text, code)
        self.language.currentIndexChanged.connect(self._changed)
        side.addRow(self.tr("Quote language"), self.language)
        side_box = QWidget()
        side_box.setLayout(side)
        lower.addWidget(side_box, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(lower, 2)

    # ---- loading ---------------------------------------------------------------------

    def set_lines(
        self,
        subs: Sequence[Subscription],
        customer: Customer,
        seats: dict[str, int] | None = None,
        terms: dict[str, Term] | None = None,
        language: str = "en",
    ) -> None:
        """Show one editable line per subscription and the customer's details."""
        self._loading = True
        max_seats = default_limits().max_seats
        self._subs = list(subs)
        self.table.setRowCount(len(self._subs))
        for row, sub in enumerate(self._subs):
            product = QTableWidgetItem(sub.product_name)
            product.setToolTip(sub.product_name)  # shown whole when the column elides it
            self.table.setItem(row, LineColumn.PRODUCT, product)
            self.table.setItem(row, LineColumn.SUBSCRIPTION, QTableWidgetItem(sub.subscription_id))
            term = QComboBox()
            name(
                term,
                f"term_{sub.subscription_id}",
                self.tr("Term of %1").replace("%1", sub.subscription_id),
            )
            for value in Term:
                term.addItem(labels.term_label(value), value.value)
            chosen = (terms or {}).get(sub.subscription_id, sub.term)
            term.setCurrentIndex(term.findData(Term(chosen).value))
            term.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, LineColumn.TERM, term)
            spin = QSpinBox()
            name(
                spin,
                f"seats_{sub.subscription_id}",
                self.tr("Seats of %1").replace("%1", sub.subscription_id),
            )
            # Seats may only go down; never past the cache's bound for a seat count.
            spin.setRange(1, max(min(sub.seats, max_seats), 1))
            spin.setValue((seats or {}).get(sub.subscription_id, sub.seats))
            spin.setToolTip(self.tr("At most %1 (the current seats)").replace("%1", str(sub.seats)))
            spin.setKeyboardTracking(True)  # typed seats count at once (edits are debounced)
            spin.valueChanged.connect(self._changed)
            self.table.setCellWidget(row, LineColumn.SEATS, spin)
            for col in (
                LineColumn.UNIT_PRICE,
                LineColumn.CAMPAIGN,
                LineColumn.DISCOUNT,
                LineColumn.LINE_TOTAL,
                LineColumn.NOTES,
            ):
                item = QTableWidgetItem("")
                if col not in (LineColumn.CAMPAIGN, LineColumn.NOTES):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.set_customer(customer)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self._loading = False

    def set_customer(self, customer: Customer) -> None:
        self._csn = customer.csn
        values = {
            "company_name": customer.company_name,
            "line1": customer.address.line1,
            "line2": customer.address.line2,
            "postal_code": customer.address.postal_code,
            "city": customer.address.city,
            "region": customer.address.region,
            "vat_number": customer.vat_number,
            "buyer_name": customer.buyer_name,
            "buyer_email": customer.buyer_email,
            "buyer_phone": customer.buyer_phone,
        }
        for key, value in values.items():
            self.customer_fields[key].setText(value)
        self._fill_countries(customer.address.country)
        self.csn_label.setText(self.tr("Customer number (CSN): %1").replace("%1", customer.csn))

    # ---- what the controller reads ---------------------------------------------------

    def seats(self) -> dict[str, int]:
        return {
            sub.subscription_id: self.seat_spin(row).value() for row, sub in enumerate(self._subs)
        }

    def terms(self) -> dict[str, Term]:
        return {
            sub.subscription_id: Term(self.term_combo(row).currentData())
            for row, sub in enumerate(self._subs)
        }

    def seat_spin(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, LineColumn.SEATS)
        assert isinstance(widget, QSpinBox)
        return widget

    def term_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, LineColumn.TERM)
        assert isinstance(widget, QComboBox)
        return widget

    def _fill_countries(self, stored: str) -> None:
        """Every country by name in the window's language; the item data is the ISO code.
        A stored value that is no known country stays as it is, shown first."""
        was = self._loading
        self._loading = True
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("(no country)"), "")
        language = current_language()
        code = country_code(stored, language)
        if stored.strip() and not code:
            self.country.addItem(stored.strip(), stored.strip())
        for iso, country_name in country_names(language):
            self.country.addItem(country_name, iso)
        self.country.setCurrentIndex(max(self.country.findData(code or stored.strip()), 0))
        self.country.blockSignals(False)
        self._loading = was

    def country_code(self) -> str:
        return str(self.country.currentData() or "")

    def _on_country(self, *_args: object) -> None:
        """The quote language follows the country (Swedish for Sweden and Åland)."""
        if self._loading:
            return
        self.language.setCurrentIndex(
            max(self.language.findData(language_for_country(self.country_code())), 0)
        )
        self._changed()

    def customer(self) -> Customer:
        f = {key: edit.text().strip() for key, edit in self.customer_fields.items()}
        f["country"] = self.country_code()
        return Customer(
            csn=self._csn,
            company_name=f["company_name"],
            address=Address(
                f["line1"], f["line2"], f["postal_code"], f["city"], f["region"], f["country"]
            ),
            vat_number=f["vat_number"],
            buyer_name=f["buyer_name"],
            buyer_email=f["buyer_email"],
            buyer_phone=f["buyer_phone"],
        )

    def language_code(self) -> str:
        return str(self.language.currentData() or "en")

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        """Emit a pending edit now (tests, and before leaving the step)."""
        if self._timer.isActive():
            self._timer.stop()
            self.edited.emit()

    # ---- showing the service's preview -----------------------------------------------

    def show_preview(self, preview: QuotePreview) -> None:
        quote = preview.quote
        by_id = {line.subscription_id: line for line in quote.lines}
        for row, sub in enumerate(self._subs):
            line = by_id.get(sub.subscription_id)
            missing = sub.subscription_id in preview.missing_prices
            notes = [sentence(f) for f in preview.for_subscription(sub.subscription_id)]
            cells = {
                LineColumn.UNIT_PRICE: "–"
                if missing or line is None
                else labels.money(line.unit_price, quote.currency),
                LineColumn.CAMPAIGN: (line.campaign_code if line else "") or "–",
                LineColumn.DISCOUNT: labels.money(line.discount, quote.currency)
                if line and line.discount
                else "–",
                LineColumn.LINE_TOTAL: labels.money(line.line_total, quote.currency)
                if line and not missing
                else "–",
                LineColumn.NOTES: " ".join(notes),
            }
            for col, text in cells.items():
                item = self.table.item(row, col)
                if item is not None:
                    item.setText(text)
                    if col is LineColumn.NOTES:
                        item.setToolTip("\n".join(notes))
            percent = preview.percent_off.get(sub.subscription_id)
            campaign = self.table.item(row, LineColumn.CAMPAIGN)
            if campaign is not None and line and line.campaign_code and percent:
                campaign.setToolTip(self.tr("%1% off").replace("%1", f"{percent.normalize():f}"))
        # The money and campaign columns as wide as what they show (and their titles):
        # fixed widths for the longest amount left the notes no room at 1024 px.
        header = self.table.horizontalHeader()
        for col in (
            LineColumn.UNIT_PRICE,
            LineColumn.CAMPAIGN,
            LineColumn.DISCOUNT,
            LineColumn.LINE_TOTAL,
        ):
            wanted = max(header.sectionSizeHint(col), self.table.sizeHintForColumn(col) + 10)
            self.table.setColumnWidth(col, wanted)  # 10 px between an amount and the next
        self.subtotal_label.setText(labels.money(quote.subtotal, quote.currency))
        self.discount_label.setText(labels.money(-quote.discount, quote.currency))
        self.total_label.setText(labels.money(quote.total, quote.currency))
        self._show_expiry(expiry_warning(quote, default_limits().days_after_renewal))
        self._show_findings(preview)

    def _show_expiry(self, warning: ExpiryWarning | None) -> None:
        self._expiry = warning
        self.expiry_box.setVisible(warning is not None)
        if warning is None:
            self.expiry_label.setText("")
            return
        text = (
            self.tr(
                "This quote expires on %1, the day it is made: %2 renewed on %3, and a quote "
                "may follow a renewal by at most %4 days."
            )
            if warning.days_left <= 0
            else self.tr(
                "This quote expires on %1, within %5 days of being made: %2 renewed on %3, "
                "and a quote may follow a renewal by at most %4 days."
            )
        )
        self.expiry_label.setText(
            text.replace("%1", labels.day(warning.expires))
            .replace("%2", warning.subscription_id)
            .replace("%3", labels.day(warning.renewal_date))
            .replace("%4", str(default_limits().days_after_renewal))
            .replace("%5", str(WARN_WITHIN_DAYS))
        )
        self.leave_out_button.setText(
            self.tr("Leave %1 out").replace("%1", warning.subscription_id)
        )
        # The last line cannot go: the quote would be empty.
        self.leave_out_button.setVisible(len(self._subs) > 1)

    def expiry_text(self) -> str:
        return self.expiry_label.text() if self._expiry is not None else ""

    def _on_leave_out(self) -> None:
        if self._expiry is not None:
            self.leave_out.emit(self._expiry.subscription_id)

    def remove_line(self, subscription_id: str) -> None:
        """Take one line out of the review (the expiry warning's offer)."""
        for row, sub in enumerate(self._subs):
            if sub.subscription_id == subscription_id:
                self.table.removeRow(row)
                del self._subs[row]
                return

    def focus_first(self) -> None:
        """Focus on the first field: the first line's term."""
        if self._subs:
            self.term_combo(0).setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.customer_fields["company_name"].setFocus(Qt.FocusReason.TabFocusReason)

    def _show_findings(self, preview: QuotePreview) -> None:
        self.fix_button.hide()
        self.fix_button.setParent(self)  # keep it alive while the old notices go
        while self.findings_box.count():
            item = self.findings_box.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.fix_button:
                widget.deleteLater()
        per_line = {"subscription"}
        shown = [
            f
            for f in preview.findings
            if not per_line & set(f.params)
            and f.code
            not in (Code.INVALID_RECIPIENT, Code.DUPLICATE_RECIPIENT, Code.TOO_MANY_RECIPIENTS)
        ]
        # Per-line findings that block are repeated here, so nothing blocking hides in a cell.
        shown += [f for f in preview.findings if "subscription" in f.params and f.blocks]
        self._fix_ids = list(preview.auto_renew_must_be_off)
        if not shown:
            self.findings_box.addWidget(
                _notice(self.tr("All renewal-quote rules pass for this quote."), "ok")
            )
        for finding in shown:
            box = _notice(
                sentence(finding), "blocker" if finding.blocks else _role(finding.severity)
            )
            if finding.code is Code.AUTO_RENEW_MUST_BE_OFF and self._fix_ids:
                self.fix_button.setText(
                    self.tr("Turn off auto-renew for these %n", "", len(self._fix_ids))
                )
                layout = box.layout()
                assert isinstance(layout, QHBoxLayout)
                layout.addWidget(self.fix_button)
                self.fix_button.show()
            self.findings_box.addWidget(box)

    def findings_text(self) -> list[str]:
        """The sentences shown in the rule panel (tests read them)."""
        texts = []
        for n in range(self.findings_box.count()):
            widget = self.findings_box.itemAt(n).widget()
            if widget is not None:
                label = widget.findChild(QLabel)
                if label is not None:
                    texts.append(label.text())
        return texts

    def _on_fix(self) -> None:
        if self._fix_ids:
            self.fix_auto_renew.emit(list(self._fix_ids))


def _role(severity: Severity) -> str:
    return {Severity.BLOCK: "blocker", Severity.WARN: "notice", Severity.INFO: "info"}[severity]


def _notice(text: str, role: str) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "info" if role == "ok" else role)
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(label, 1)
    return frame


def finding_codes(findings: Sequence[Finding]) -> list[Code]:
    return [f.code for f in findings]
