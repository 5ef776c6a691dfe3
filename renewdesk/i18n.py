"""Pick the language (OS default, ``--lang``, or the Settings dialog) and load translations.

One Qt translation file per language (``resources/translations/renewdesk_<lang>.qm``)
serves the window, the command line, the rule sentences, the PDF and the email, so
the non-GUI surfaces translate through Qt too (QtCore only, no widgets). Qt's own
``qtbase_<lang>.qm`` is loaded beside it so standard dialogs and buttons match.

English is the source language; ``renewdesk_en.qm`` holds only the plural forms
(``%n subscription(s)`` -> "1 subscription", "3 subscriptions"), as Qt recommends.

A quote has its own language, which may differ from the window's: the PDF and the
email render inside ``with language(quote.language):``, and :func:`translate`
answers from that language's catalogue for the current thread only (see
:func:`language` for why this does not swap the application's translators).
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from renewdesk import lazy_text
from renewdesk.resources import resource_path

SUPPORTED = ("en", "sv")
# The locale each language reads money, dates and numbers in when the OS locale is
# another language (a Swedish window on an English-language computer shows 12 345,00 kr).
LOCALES = {"en": "en_US", "sv": "sv_SE"}

# Qt's own Swedish says "Ok"; Swedish software writes "OK". Our catalogue is searched
# before Qt's, so these entries (extracted from here) override Qt's wording.
QT_OVERRIDES = (QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),)

_installed: list[QTranslator] = []
_installed_app: list[QCoreApplication] = []
_current = "en"
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "renewdesk_quote_language", default=None
)
_catalogues: dict[str, QTranslator | None] = {}
_catalogue_lock = threading.Lock()


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


def translations_dir() -> Path:
    """The folder holding ``renewdesk_<lang>.qm``."""
    return resource_path("translations")


def qt_translations_dir() -> Path | None:
    """The folder holding Qt's own ``qtbase_<lang>.qm``, or ``None`` when there is none.

    PySide6-Essentials ships them under ``PySide6/Qt/translations`` (what
    ``QLibraryInfo`` reports); a frozen build may put them beside our own files instead.
    """
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for folder in (qt_dir, translations_dir()):
        if any(folder.glob("qtbase_*.qm")):
            return folder
    return None


def _load(name: str, folder: Path | None) -> QTranslator | None:
    if folder is None:
        return None
    translator = QTranslator()
    return translator if translator.load(name, str(folder)) else None


def current_language() -> str:
    """The language installed by the last :func:`install_language` (``en`` before any)."""
    return _current


def saved_language(db_path: Path) -> str:
    """The language the Settings dialog saved in the cache at ``db_path`` ("" = the OS's)."""
    if not db_path.is_file():
        return ""
    from renewdesk.services.settings_service import KEYS
    from renewdesk.store.engine import open_cache
    from renewdesk.store.repositories import SettingsRepository

    try:
        engine = open_cache(db_path)
    except Exception:  # an unreadable cache is reported when it is opened for real
        return ""
    try:
        return SettingsRepository(engine).get(KEYS["language"])
    finally:
        engine.dispose()


def select_language(requested: str | None, saved: str = "") -> str:
    """Choose the language without installing anything; returns its code.

    For the command line's ``--help`` and usage errors, which come before any Qt
    application exists: until one does, :func:`translate` answers from the catalogue.
    """
    global _current
    _current = choose_language(requested, saved)
    return _current


def install_language(requested: str | None, saved: str = "") -> str:
    """Install the translators for the chosen language; returns its code.

    Call it before building any widget: texts are translated when a widget is made.
    """
    global _current
    lang = choose_language(requested, saved)
    uninstall_language()
    _current = lang
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(LOCALES[lang]))
    app = QCoreApplication.instance()
    if app is None:
        if lang == "en":
            return lang  # the source texts are English; nothing to install
        # QCoreApplication.installTranslator needs an application object; the
        # command line has none, so it gets a plain core application.
        app = QCoreApplication([])
        _installed_app.append(app)
    for translator in (
        _load(f"qtbase_{lang}", qt_translations_dir()),
        _load(f"renewdesk_{lang}", translations_dir()),  # installed last: searched first
    ):
        if translator is not None and QCoreApplication.installTranslator(translator):
            _installed.append(translator)
    return lang


def install_translator(translator: QTranslator) -> None:
    """Install one more catalogue (e.g. a pseudo-locale) as :func:`install_language` would."""
    if QCoreApplication.installTranslator(translator):
        _installed.append(translator)


def language_installed() -> bool:
    """Whether :func:`install_language` has installed translators that are still in place."""
    return bool(_installed)


def uninstall_language() -> None:
    """Remove what :func:`install_language` installed and go back to the OS locale."""
    global _current
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    QLocale.setDefault(QLocale.system())


def catalogue(lang: str) -> QTranslator | None:
    """RenewDesk's translator for ``lang`` (loaded once), not installed anywhere."""
    with _catalogue_lock:
        if lang not in _catalogues:
            _catalogues[lang] = _load(f"renewdesk_{lang}", translations_dir())
        return _catalogues[lang]


@contextmanager
def language(lang: str) -> Iterator[str]:
    """Translate in ``lang`` inside the block, in this thread only; yields the code used.

    Used by the quote PDF and email, which follow the quote's language, not the
    window's. Installing a translator app-wide instead would send a LanguageChange
    to every window and switch the texts the GUI thread paints while a worker thread
    renders the PDF, so :func:`translate` consults a per-thread override instead.
    """
    code = (lang or "").strip().lower()[:2]
    code = code if code in SUPPORTED else "en"
    token = _override.set(code)
    try:
        yield code
    finally:
        _override.reset(token)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, honouring an enclosing :func:`language` block.

    ``pyside6-lupdate`` extracts ``translate("Context", "text")`` calls like Qt's own.
    """
    lang = _override.get()
    if lang is None:
        if QCoreApplication.instance() is not None:
            return QCoreApplication.translate(context, text, disambiguation, n)
        # No application (the command line): the catalogue, so English plurals read right.
        lang = _current

    translator = catalogue(lang)
    result = translator.translate(context, text, disambiguation, n) if translator else ""
    result = result or text
    if n >= 0:
        result = result.replace("%Ln", QLocale(LOCALES[lang]).toString(n))
        result = result.replace("%n", str(n))
    return result


class TrContext:
    """Base of a translation context: ``class Cli(TrContext)`` gives ``Cli.tr("text")``.

    The Python counterpart of C++'s ``Q_DECLARE_TR_FUNCTIONS``: ``pyside6-lupdate``
    files a ``Name.tr("text")`` call under context ``Name``, and ``tr`` looks it up
    under the class's name, so the two cannot drift apart. Use it where there is no
    QObject whose ``self.tr`` would do (rule sentences, command line, importer).
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, text, disambiguation, n)


# Messages from the Qt-free layers (renewdesk.lazy_text) translate through the same catalogue.
lazy_text.set_translator(lambda context, text: translate(context, text))
