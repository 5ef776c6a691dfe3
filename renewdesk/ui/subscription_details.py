"""The Subscriptions page's details pane and its empty state (split from subscriptions_page).

The texts keep the ``SubscriptionsPage`` translation context they had before the
split, so the Swedish catalogue still finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from renewdesk.i18n import TrContext
from renewdesk.rules.sources import citation, source
from renewdesk.services.verdicts import CheckResult
from renewdesk.ui import labels
from renewdesk.ui.planning_labels import stage_label
from renewdesk.ui.subscriptions_model import reasons_text
from renewdesk.ui.widgets import muted


class SubscriptionsPage(TrContext):
    """These texts moved here from the page and keep its translation context.

    Plural forms go through ``Name.tr(text, "", n)``, the call every
    ``pyside6-lupdate`` release files as a numerus entry.
    """


MIN_HEIGHT = 150


class DetailsPane(QFrame):
    """One subscription's facts and eligibility reasons, with **Renew…** for it alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setMinimumHeight(MIN_HEIGHT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(24)
        left = QVBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "sectionTitle")
        self.plan_label = QLabel("")
        self.plan_label.setObjectName("detailsStage")
        self.plan_label.setWordWrap(False)  # one line under the facts
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)
        # Beside the title: in the right column it made the pane wider than 1280 px.
        self.stage_button = QPushButton(QCoreApplication.translate("SubscriptionsPage", "Change…"))
        self.stage_button.setFlat(True)
        self.stage_button.setObjectName("detailsStageButton")
        self.stage_button.setAccessibleName(
            QCoreApplication.translate("SubscriptionsPage", "Change the renewal stage and owner")
        )
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.stage_button)
        left.addLayout(title_row)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        fields = (
            ("id", QCoreApplication.translate("SubscriptionsPage", "Subscription ID")),
            ("contract", QCoreApplication.translate("SubscriptionsPage", "Contract")),
            ("customer", QCoreApplication.translate("SubscriptionsPage", "Customer")),
            ("partner", QCoreApplication.translate("SubscriptionsPage", "Partner")),
            ("offering", QCoreApplication.translate("SubscriptionsPage", "Offering")),
            ("term", QCoreApplication.translate("SubscriptionsPage", "Term and seats")),
            ("dates", QCoreApplication.translate("SubscriptionsPage", "Current term")),
            ("payment", QCoreApplication.translate("SubscriptionsPage", "Payment")),
        )
        for n, (key, text) in enumerate(fields):
            value = QLabel("")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # a long customer name wraps on a 1024 px screen
            self.values[key] = value
            row, col = n % 4, (n // 4) * 2
            caption = muted(text)
            caption.setWordWrap(False)  # a wrapped caption ran into the row below
            grid.addWidget(caption, row, col)
            grid.addWidget(value, row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        left.addLayout(grid)
        left.addWidget(self.plan_label)
        left.addStretch(1)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.reasons = QLabel("")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setObjectName("detailsReasons")
        right.addWidget(self.reasons, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.renew_button = QPushButton(QCoreApplication.translate("SubscriptionsPage", "Renew…"))
        self.renew_button.setProperty("kind", "primary")
        self.renew_button.setAccessibleName(
            QCoreApplication.translate("SubscriptionsPage", "Renew this subscription")
        )
        self.renew_button.setMinimumWidth(140)
        buttons.addWidget(self.renew_button)
        right.addLayout(buttons)
        layout.addLayout(right, 1)  # the reasons wrap; the facts keep their room at 1024 px
        self.show_count(0)
        # Room for every line at its natural height (the stage line made the facts overlap).
        self.setMinimumHeight(max(150, self.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as the wrapped facts need at this width (a 1024 px screen wraps them)."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.invalidate()  # new texts: the cached height is stale
        need = layout.totalHeightForWidth(self.width())
        if need > self.minimumHeight() or (self.minimumHeight() > MIN_HEIGHT > need):
            self.setMinimumHeight(max(MIN_HEIGHT, need))

    def show_count(self, count: int) -> None:
        """None or several selected: no facts, no Renew."""
        for label in self.values.values():
            label.setText("")
        self.reasons.setText("")
        self.plan_label.setText("")
        self.stage_button.setEnabled(count > 0)
        self.reasons.setToolTip("")
        self.title.setText(
            SubscriptionsPage.tr("%n subscription(s) selected", "", count)
            if count
            else QCoreApplication.translate("SubscriptionsPage", "No subscription selected")
        )
        self.renew_button.setEnabled(False)

    def show_result(self, result: CheckResult, company: str = "") -> None:
        s = result.subscription
        self.title.setText(s.product_name)
        term = SubscriptionsPage.tr("%1 · %n seat(s)", "", s.seats)
        values = {
            "id": s.subscription_id,
            "contract": s.contract_number,
            "customer": f"{company} ({s.customer_csn})" if company else s.customer_csn,
            "partner": labels.partner_label(s.partner_csn),
            "offering": f"{s.offering_code} · {labels.offering_label(s.offering_type)}",
            "term": term.replace("%1", labels.term_label(s.term)),
            "dates": f"{labels.day(s.start_date)} → {labels.day(s.renewal_date)}",
            "payment": f"{labels.payment_label(s.payment_method)} · {s.currency}",
        }
        for key, value in values.items():
            self.values[key].setText(value)
        # Each reason ends with its source in the help article ([S1]) or "RenewDesk
        # default"; the tooltip holds the article's sentences in full.
        self.reasons.setText(reasons_text(result, cite=citation))
        self.reasons.setToolTip(sources_text(result))
        self.plan_label.setText(plan_text(result))
        note = result.plan.note if result.plan is not None else ""
        self.plan_label.setToolTip(note)
        self.stage_button.setEnabled(True)
        self.reasons.setProperty("role", "ok" if result.eligible else "error")
        self.reasons.style().polish(self.reasons)
        self.renew_button.setEnabled(True)
        QTimer.singleShot(0, self._fit_height)  # once the new texts are laid out


def sources_text(result: CheckResult) -> str:
    """The help article's sentences behind the reasons, each once ("" without reasons)."""
    texts = dict.fromkeys(source(f.code) for f in result.findings)
    if not texts:
        return ""
    head = QCoreApplication.translate("SubscriptionsPage", "From the help article Renew by quote:")
    return "\n\n".join([head, *texts])


def plan_text(result: CheckResult) -> str:
    """``Renewal stage: Will not renew · Owner: Anna`` (the note is the label's tooltip)."""
    stage = QCoreApplication.translate("SubscriptionsPage", "Renewal stage: %1").replace(
        "%1", stage_label(result.stage)
    )
    owner = result.owner or QCoreApplication.translate("SubscriptionsPage", "nobody yet")
    return (
        stage
        + " · "
        + QCoreApplication.translate("SubscriptionsPage", "Owner: %1").replace("%1", owner)
    )


class EmptyState(QWidget):
    """What an empty cache shows instead of the table: Import… and Open demo data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(
            QCoreApplication.translate("SubscriptionsPage", "Your cache has no subscriptions yet")
        )
        title.setProperty("role", "pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = muted(
            QCoreApplication.translate(
                "SubscriptionsPage",
                "Import the portal's subscription export (CSV or Excel) to get started, "
                "or open the demo data to look around.",
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        self.import_button = QPushButton(QCoreApplication.translate("SubscriptionsPage", "Import…"))
        self.import_button.setProperty("kind", "primary")
        self.demo_button = QPushButton(
            QCoreApplication.translate("SubscriptionsPage", "Open demo data")
        )
        row.addWidget(self.import_button)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(2)
