"""The window's half of the database password: a small dialog, then the OS keyring.

The server asks for a password and none is stored (or the stored one is refused):
the admin is asked once (:class:`DatabasePasswordDialog`), once more after a wrong
one, and the password that works is kept in the keyring under ``user@host/db``
(:data:`renewdesk.secrets.DATABASE_SERVICE`). It is never shown, logged or written
anywhere else.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from renewdesk.i18n import TrContext
from renewdesk.secrets import SecretStoreError, database_secret_store
from renewdesk.store.engine import open_cache
from renewdesk.store.server import account, parse
from renewdesk.store.server_faults import PASSWORD_KINDS, ServerFault

#: (prompt, wrong-before) -> the password typed, or None (cancelled)
Ask = Callable[[str, bool], "str | None"]


class ServerPassword(TrContext):
    """The translation context of the password dialog."""


class DatabasePasswordDialog(QDialog):
    def __init__(self, name: str, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databasePasswordDialog")
        self.setWindowTitle(ServerPassword.tr("Database password"))
        layout = QVBoxLayout(self)
        text = ServerPassword.tr("The database server asks for the password of %1.").replace(
            "%1", name
        )
        if wrong:
            text = ServerPassword.tr("That password was refused; try once more.") + "\n" + text
        label = QLabel(text, self)
        label.setObjectName("databasePasswordLabel")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.field = QLineEdit(self)
        self.field.setObjectName("databasePasswordField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(self.field)
        layout.addWidget(self.field)
        note = QLabel(ServerPassword.tr("It is kept in the OS keyring, nowhere else."), self)
        note.setObjectName("databasePasswordNote")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("databasePasswordButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()


def ask_with_dialog(parent: QWidget | None = None) -> Ask:
    def ask(name: str, wrong: bool) -> str | None:
        dialog = DatabasePasswordDialog(name, wrong, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.field.text()

    return ask


def connect_asking(url: str, ask: Ask) -> Engine | None:
    """Open the shared database, asking for its password when the server wants one.

    None: the admin cancelled. A password refused twice, or any other fault, raises
    the one-line :class:`CacheError`. The password that worked is kept in the keyring.
    """
    try:
        return open_cache(url)
    except ServerFault as fault:
        if fault.kind not in PASSWORD_KINDS:
            raise
        last = fault
    name = account(parse(url))
    for wrong in (last.kind == "auth", True):
        password = ask(name, wrong)
        if password is None:
            return None
        try:
            engine = open_cache(url, password=password)
        except ServerFault as fault:
            if fault.kind not in PASSWORD_KINDS:
                raise
            last = fault
            continue
        with contextlib.suppress(SecretStoreError):  # else: asked again next time
            database_secret_store().set_password(name, password)
        return engine
    raise last
