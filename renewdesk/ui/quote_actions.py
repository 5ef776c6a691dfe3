"""The Quotes page's Resend and Open PDF conversations.

Resend asks how (by email through the outbox, or as a draft in the mail app) and
names the recipients before anything is sent. Open PDF hands the file to the
computer's PDF viewer; when there is none it says so and offers the folder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from renewdesk.i18n import TrContext
from renewdesk.ui.widgets import name

OpenUrl = Callable[[QUrl], bool]


class QuoteActions(TrContext):
    """The translation context of the no-viewer box."""


def open_url(url: QUrl) -> bool:
    """The OS's program for ``url``; False when there is none (no PDF viewer, no desktop)."""
    return bool(QDesktopServices.openUrl(url))


class ResendDialog(QDialog):
    """How to send a quote again, and to whom; Resend confirms it."""

    def __init__(
        self, number: str, recipients: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        name(self, "resendDialog", self.tr("Resend quote"))
        self.setWindowTitle(self.tr("Resend quote"))
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            self.tr("Send %1 again to %2?")
            .replace("%1", number)
            .replace("%2", ", ".join(recipients))
        )
        intro.setObjectName("resendRecipients")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.by_email = QRadioButton(self.tr("Send by email"))
        name(self.by_email, "resendEmail", self.tr("Send by email"))
        self.by_mail_app = QRadioButton(self.tr("Open in mail app"))
        name(self.by_mail_app, "resendMailApp", self.tr("Open in mail app"))
        self.by_email.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.by_email, self.by_mail_app):
            group.addButton(button)
            layout.addWidget(button)
        note = QLabel(
            self.tr(
                "By email it goes through the outbox as a new message; in the mail app "
                "it opens as a draft you send yourself."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.resend_button = buttons.addButton(
            self.tr("Resend"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        name(self.resend_button, "resendConfirmButton", self.tr("Resend"))
        self.resend_button.setProperty("kind", "primary")
        self.resend_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def delivery(self) -> str:
        return "eml" if self.by_mail_app.isChecked() else "email"


def no_viewer_box(path: Path, opener: OpenUrl, parent: QWidget | None = None) -> QMessageBox:
    """ "No program opens PDFs" with Show in folder (and the path copied when that fails)."""
    box = QMessageBox(parent)
    box.setObjectName("noPdfViewerBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QuoteActions.tr("No PDF viewer"))
    box.setText(
        QuoteActions.tr("No program to open PDF files was found. The PDF is saved as %1.").replace(
            "%1", str(path)
        )
    )
    show = box.addButton(QuoteActions.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    name(show, "showInFolderButton", QuoteActions.tr("Show in folder"))
    box.addButton(QMessageBox.StandardButton.Close)

    def clicked(button: object) -> None:
        if button is show and not opener(QUrl.fromLocalFile(str(path.parent))):
            QGuiApplication.clipboard().setText(str(path))

    box.buttonClicked.connect(clicked)
    return box
