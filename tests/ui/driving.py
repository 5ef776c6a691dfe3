"""Helpers that drive the real window as a user does: find a widget by its automation name,
see where the focus is, and wait for the Renew dialog a key press or click opened."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def find(parent: QWidget, kind: type, object_name: str):  # type: ignore[no-untyped-def]
    """The child named ``object_name``; it must also carry an accessible name."""
    widget = parent.findChild(kind, object_name)
    assert widget is not None, object_name
    assert widget.accessibleName(), f"{object_name} has no accessible name"
    return widget


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def opened(window, qtbot):  # type: ignore[no-untyped-def]
    """The Renew dialog the last key press or click opened, once it has the focus."""
    dialog = window.renew_dialog
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog
