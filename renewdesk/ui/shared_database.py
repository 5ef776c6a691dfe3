"""Settings > Shared database: team mode's URL, Test connection, Use this database.

The admin types a ``postgresql://user@host/db`` URL (a password typed in the field
below, or asked by the server, goes to the OS keyring, never into the URL or
settings); *Test connection* looks without changing anything; *Use this database*
remembers the choice for this user (:mod:`renewdesk.db_choice`) and reopens
RenewDesk on it. *Use the file on this computer* goes back to the local cache.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from renewdesk.ui.context import UiContext
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.widgets import muted, name

Ask = Callable[[str, bool], "str | None"]  # (account, wrong before) -> password or None


class SharedDatabasePanel(QWidget):
    chosen = Signal(str)  # the URL now used ("" = the file on this computer)
    reopened = Signal()  # RenewDesk opened a new window on it: this one closes

    def __init__(
        self,
        ctx: UiContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        ask: Ask | None = None,
    ) -> None:
        super().__init__(parent)
        name(self, "sharedDatabasePanel", self.tr("Shared database"))
        self._ctx = ctx
        self._runner = runner
        self._ask = ask
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 8, 4, 4)
        intro = muted(
            self.tr(
                "In team mode every admin of your company works in one shared database on "
                "your PostgreSQL server: everyone sees the same subscriptions and quotes. "
                "Without one, RenewDesk keeps its cache in a file on this computer."
            )
        )
        intro.setObjectName("sharedDbIntro")
        outer.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current = QLabel(self._current_text())
        self.current.setObjectName("sharedDbCurrent")
        self.current.setWordWrap(True)
        current_label = QLabel(self.tr("Now using"))
        current_label.setObjectName("sharedDbCurrentLabel")
        form.addRow(current_label, self.current)
        self.url = QLineEdit()
        name(self.url, "sharedDbUrl", self.tr("Database URL"))
        self.url.setPlaceholderText("postgresql://you@db.example.com/renewdesk")
        if self._ctx.on_server:
            from renewdesk.services.shared_database import as_written

            self.url.setText(as_written(str(self._ctx.db_target)))
        url_label = QLabel(self.tr("Database &URL"))
        url_label.setObjectName("sharedDbUrlLabel")
        url_label.setBuddy(self.url)
        form.addRow(url_label, self.url)
        self.password = QLineEdit()
        name(self.password, "sharedDbPassword", self.tr("Database password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("asked when the server needs it"))
        password_label = QLabel(self.tr("&Password"))
        password_label.setObjectName("sharedDbPasswordLabel")
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        hint = muted(
            self.tr(
                "For a Unix socket add ?host=/folder, e.g. postgresql://you@/renewdesk"
                "?host=/run/postgresql. The password is kept in the OS keyring, never in "
                "the URL or the settings."
            )
        )
        hint.setObjectName("sharedDbHint")
        form.addRow(hint)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("sharedDbTest")
        self.use_button = QPushButton(self.tr("U&se this database"))
        self.use_button.setObjectName("sharedDbUse")
        self.use_button.setProperty("kind", "primary")
        self.local_button = QPushButton(self.tr("Use the &file on this computer"))
        self.local_button.setObjectName("sharedDbUseLocal")
        self.local_button.setEnabled(self._ctx.on_server)
        for button in (self.test_button, self.use_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.local_button)
        outer.addLayout(buttons)
        self.result = QLabel("")
        self.result.setObjectName("sharedDbResult")
        self.result.setWordWrap(True)
        outer.addWidget(self.result)
        outer.addStretch(1)
        self.test_button.clicked.connect(lambda: self._check(use=False))
        self.use_button.clicked.connect(lambda: self._check(use=True))
        self.local_button.clicked.connect(self._use_local)
        self.url.returnPressed.connect(lambda: self._check(use=False))

    def _current_text(self) -> str:
        if self._ctx.on_server:
            return self.tr("the shared database %1").replace("%1", self._ctx.db_name)
        return self.tr("the file %1 on this computer").replace("%1", str(self._ctx.db_path))

    # ---- test and use ----------------------------------------------------------------

    def _say(self, text: str, role: str) -> None:
        self.result.setProperty("role", role)
        self.result.style().polish(self.result)
        self.result.setText(text)

    def _check(self, *, use: bool, password: str | None = None, asked: int = 0) -> None:
        """Test (and with ``use``, use) the URL; ``asked``: passwords asked for so far."""
        from renewdesk.services import shared_database as shared

        url = self.url.text().strip()
        if not url:
            self._say(self.tr("Type the database URL first."), "error")
            self.url.setFocus()
            return
        typed = password if password is not None else (self.password.text() or None)

        def work(_progress: Any) -> tuple[str, str, str]:
            return shared.test(url, typed)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if shared.wants_password(error) and asked < 2:  # ask, and once more after a wrong one
                answer = self._asker()(shared.account_of(url), typed is not None)
                if answer is not None:
                    self._check(use=use, password=answer, asked=asked + 1)
                    return
            self._say(str(error), "error")

        def finished(found: tuple[str, str, str]) -> None:
            self._set_busy(False)
            state, clean, shown = found
            if state == "empty":
                text = self.tr(
                    "Connected to %1: an empty database; RenewDesk sets it up when you use it."
                )
            else:
                text = self.tr("Connected to %1: a RenewDesk database.")
            self._say(text.replace("%1", shown), "ok")
            if use:
                self._use(clean)

        self._set_busy(True)
        self._say(self.tr("Connecting…"), "muted")
        self._runner.submit(work, name="db-test", on_finished=finished, on_failed=failed)

    def _asker(self) -> Ask:
        if self._ask is not None:
            return self._ask
        from renewdesk.ui.server_password import ask_with_dialog

        return ask_with_dialog(self)

    def _set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.use_button.setEnabled(not busy)

    def _use(self, url: str) -> None:
        from renewdesk.db_choice import save_chosen

        save_chosen(url)
        self.url.setText(url)  # without a password, as remembered
        self.password.clear()
        self._reopen(url)

    def _use_local(self) -> None:
        from renewdesk.db_choice import save_chosen
        from renewdesk.store.engine import default_db_path

        save_chosen("")
        self._reopen(default_db_path())

    def _reopen(self, target: Any) -> None:
        self.chosen.emit(str(target) if isinstance(target, str) else "")
        reopen = self._ctx.reopen
        if reopen is not None:
            with contextlib.suppress(RuntimeError):  # the dialog closes with the window
                self._say(self.tr("Reopening RenewDesk on it…"), "muted")
            if reopen(target) is not False:
                self.reopened.emit()
                return
        QMessageBox.information(
            self,
            self.tr("Shared database"),
            self.tr("Saved. RenewDesk opens on it the next time it starts."),
        )
