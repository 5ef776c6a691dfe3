"""Pick the language (OS default, ``--lang``, or the Settings dialog) and load translations.

One Qt translation file per language serves the window, the command line, the
rule sentences, the PDF and the email, so the non-GUI surfaces translate
through ``QCoreApplication.translate`` too (QtCore only).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from renewdesk.resources import resource_path

SUPPORTED = ("en", "sv")
_installed: list[QTranslator] = []


def system_language() -> str:
    """The OS language if RenewDesk has it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in SUPPORTED else "en"


def choose_language(requested: str | None, saved: str = "") -> str:
    """``--lang`` wins, then the saved setting, then the OS language."""
    for candidate in (requested, saved):
        if candidate in SUPPORTED:
            return candidate
    return system_language()


def install_language(requested: str | None, saved: str = "") -> str:
    """Install the translators for the chosen language; returns its code."""
    lang = choose_language(requested, saved)
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return lang
    if app is None:
        # QCoreApplication.installTranslator needs an application object; the
        # command line has none, so it gets a plain core application.
        app = QCoreApplication([])
        _installed_app.append(app)
    ours = QTranslator()
    if ours.load(f"renewdesk_{lang}", str(resource_path("translations"))):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return lang


_installed_app: list[QCoreApplication] = []
