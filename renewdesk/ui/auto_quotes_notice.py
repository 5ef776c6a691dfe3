"""Why the day's automatic quotes were not (all) made, and the button that fixes it.

The same report is shown twice: one line with a button in the status bar, and a
notice on the Quotes page that also lists every subscription that was skipped
with its reason (a customer without a buyer email, a missing price, a quote that
could not be made). A run that made everything it should hides both.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from renewdesk.i18n import TrContext
from renewdesk.services.auto_quotes import AutoQuoteReport, MissingSetting, SkipReason
from renewdesk.ui.widgets import name

FIX_PRICES = "prices"  # the fix that is not a setting: import the price book
SHOW_QUOTES = "quotes"  # nothing to set: the status bar's button opens the Quotes page
MAX_LISTED = 12


class AutoQuotesText(TrContext):
    """The translation context of the automatic-quotes notice."""


@dataclass(frozen=True)
class Notice:
    """What to say about one run: a headline, the skipped lines, and the fix."""

    headline: str
    lines: tuple[str, ...] = ()
    fix: str = ""  # a Settings field name (MissingSetting), FIX_PRICES, or SHOW_QUOTES
    fix_label: str = ""
    short: str = ""  # the status bar's button: few words, the headline is its tooltip


def _missing_text(missing: tuple[str, ...]) -> str:
    if set(missing) == {MissingSetting.SENDER, MissingSetting.SERVER}:
        return AutoQuotesText.tr("the sender address and the email server (SMTP) are not set")
    if MissingSetting.SENDER in missing:
        return AutoQuotesText.tr("the sender address is not set")
    return AutoQuotesText.tr("the email server (SMTP) is not set")


def _reason(reason: str) -> str:
    return {
        SkipReason.NO_BUYER_EMAIL: AutoQuotesText.tr("no buyer email"),
        SkipReason.INVALID_BUYER_EMAIL: AutoQuotesText.tr("the buyer email is not valid"),
        SkipReason.PRICE_MISSING: AutoQuotesText.tr("no price"),
        SkipReason.BLOCKED: AutoQuotesText.tr("blocked by the rules"),
        SkipReason.NOT_SENT: AutoQuotesText.tr("not sent"),
        SkipReason.FAILED: AutoQuotesText.tr("the quote could not be made"),
    }.get(reason, reason)


def notice_for(report: AutoQuoteReport | None) -> Notice | None:
    """The notice for ``report``, or ``None`` when there is nothing to fix."""
    if report is None or report.disabled:
        return None
    if report.missing and report.considered:
        waiting = len(report.considered)
        headline = AutoQuotesText.tr(
            "No automatic quotes were made for the %n due subscription(s): %1.", "", waiting
        ).replace("%1", _missing_text(report.missing))
        if report.missing == (MissingSetting.SENDER,):
            label = AutoQuotesText.tr("Set the sender address…")
            short = AutoQuotesText.tr("Automatic quotes wait for a sender address…")
        elif report.missing == (MissingSetting.SERVER,):
            label = AutoQuotesText.tr("Set up email…")
            short = AutoQuotesText.tr("Automatic quotes wait for an email server…")
        else:
            label = AutoQuotesText.tr("Set up email…")
            short = AutoQuotesText.tr("Automatic quotes wait for the email settings…")
        return Notice(headline, fix=report.missing[0], fix_label=label, short=short)
    if report.missing or not report.skipped:
        return None
    lines = tuple(
        f"{s.subscription_id}: {_reason(s.reason)}" + (f" – {s.detail}" if s.detail else "")
        for s in report.skipped[:MAX_LISTED]
    )
    if len(report.skipped) > MAX_LISTED:
        lines += (AutoQuotesText.tr("… and %n more.", "", len(report.skipped) - MAX_LISTED),)
    headline = AutoQuotesText.tr(
        "%n due subscription(s) got no automatic quote:", "", len(report.skipped)
    )
    short = AutoQuotesText.tr("%n automatic quote(s) not made", "", len(report.skipped))
    if report.price_missing:
        fix_label = AutoQuotesText.tr("Import price book…")
        return Notice(headline, lines, FIX_PRICES, fix_label, short)
    return Notice(headline, lines, short=short)


class AutoQuotesNotice(QFrame):
    """The Quotes page's notice: headline, the skipped subscriptions, the fix button."""

    fix_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "autoQuotesNotice", AutoQuotesText.tr("Automatic quotes"))
        self.setProperty("role", "notice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setObjectName("autoQuotesHeadline")
        self.fix_button = QPushButton()
        name(self.fix_button, "autoQuotesFixButton")
        top.addWidget(self.headline, 1)
        top.addWidget(self.fix_button)
        layout.addLayout(top)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("autoQuotesSkipped")
        self.details.setProperty("role", "muted")
        layout.addWidget(self.details)
        self._fix = ""
        self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self._fix))
        self.hide()

    def show_report(self, report: AutoQuoteReport | None) -> None:
        notice = notice_for(report)
        if notice is None:
            self.hide()
            return
        self._fix = notice.fix
        self.headline.setText(notice.headline)
        self.details.setText("\n".join(notice.lines))
        self.details.setVisible(bool(notice.lines))
        self.fix_button.setText(notice.fix_label)
        self.fix_button.setAccessibleName(notice.fix_label)
        self.fix_button.setVisible(bool(notice.fix))
        self.show()


class AutoQuotesStatus(QPushButton):
    """The status bar's part: a few words that lead to the fix (the headline on hover).

    The missing setting opens Settings at that field; skipped subscriptions open
    the Quotes page, whose notice lists them.
    """

    fix_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "autoQuotesStatusButton")
        self.setProperty("role", "statusWarning")
        self.setMinimumWidth(120)  # a narrow window elides the text; the tooltip keeps it all
        self._fix = ""
        self._full = ""
        self._full_width = 0
        self.clicked.connect(lambda: self.fix_requested.emit(self._fix))
        self.hide()

    def text(self) -> str:
        """The whole text, however much of it fits."""
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._full_width), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        if self.width() >= self._full_width:
            super().setText(self._full)
            return
        frame = self._full_width - self.fontMetrics().horizontalAdvance(self._full)
        room = max(self.width() - frame, 0)
        super().setText(
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        )

    def show_report(self, report: AutoQuoteReport | None) -> None:
        notice = notice_for(report)
        if notice is None:
            self.hide()
            return
        self._fix = notice.fix if notice.fix else SHOW_QUOTES
        self._full = "⚠ " + notice.short
        super().setText(self._full)
        self._full_width = 0
        self._full_width = super().sizeHint().width()
        self._elide()
        self.updateGeometry()
        self.setAccessibleName(notice.short)
        self.setToolTip("\n".join((notice.headline, *notice.lines)))
        self.show()
