"""Pick the language (OS default, ``--lang``, or the Settings dialog) and load translations.

One Qt translation file per language (``resources/translations/renewdesk_<lang>.qm``)
serves the window, the command line, the rule sentences, the PDF and the email.
The window installs it as a ``QTranslator`` (with Qt's own ``qtbase_<lang>.qm``
beside it, so standard dialogs and buttons match). Everything else reads the same
file through :mod:`renewdesk.qm_catalogue`, in pure Python: the command line prints
Swedish without loading Qt. This module imports PySide6 only inside the functions
the window calls, and answers through Qt only once a Qt application exists.

English is the source language; ``renewdesk_en.qm`` holds only the plural forms
(``%n subscription(s)`` -> "1 subscription", "3 subscriptions"), as Qt recommends.

A quote has its own language, which may differ from the window's: the PDF and the
email render inside ``with language(quote.language):``, and :func:`translate`
answers from that language's catalogue for the current thread only (see
:func:`language` for why this does not swap the application's translators).
"""

from __future__ import annotations

import contextvars
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from renewdesk import lazy_text
from renewdesk.qm_catalogue import QmCatalogue, QmFormatError, load_qm
from renewdesk.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for extraction under ``context``; returns it untranslated.

    The same marker as Qt's, without importing Qt: ``pyside6-lupdate`` extracts a
    ``QT_TRANSLATE_NOOP("Context", "text")`` call by its name wherever it is defined.
    """
    return text


SUPPORTED = ("en", "sv")
# The locale each language reads money, dates and numbers in when the OS locale is
# another language (a Swedish window on an English-language computer shows 12 345,00 kr).
LOCALES = {"en": "en_US", "sv": "sv_SE"}
# The settings key of the window's language (Settings > Language), read before any service.
LANGUAGE_SETTING = "ui.language"

# Qt's own Swedish says "Ok"; Swedish software writes "OK". Our catalogue is searched
# before Qt's, so these entries (extracted from here) override Qt's wording.
QT_OVERRIDES = (QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),)

_installed: list[QTranslator] = []
_current = "en"
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "renewdesk_quote_language", default=None
)
_catalogues: dict[str, QmCatalogue | None] = {}
_catalogue_lock = threading.Lock()


def _qt_core() -> Any:
    """``PySide6.QtCore`` when something has imported it already, else ``None``."""
    return sys.modules.get("PySide6.QtCore")


def _qt_app_exists() -> bool:
    core = _qt_core()
    return core is not None and core.QCoreApplication.instance() is not None


def _os_locale_name() -> str:
    """The OS's locale name (``sv_SE``) without Qt: POSIX variables, or Windows' UI language."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):  # the first one set decides
        value = os.environ.get(variable, "")
        if value:
            return "" if value in ("C", "POSIX") or value.startswith("C.") else value.split(".")[0]
    if sys.platform == "win32":
        import ctypes
        import locale

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return locale.windows_locale.get(lcid, "")
    return ""


def system_language() -> str:
    """The OS language if RenewDesk has it, else English.

    Asked of Qt when the window has loaded it (so the window agrees with its own
    ``QLocale``), of the environment otherwise.
    """
    core = _qt_core()
    name = core.QLocale.system().name() if core is not None else _os_locale_name()
    code = name.split("_")[0].lower()
    return code if code in SUPPORTED else "en"


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
    from PySide6.QtCore import QLibraryInfo

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for folder in (qt_dir, translations_dir()):
        if any(folder.glob("qtbase_*.qm")):
            return folder
    return None


def _load(name: str, folder: Path | None) -> QTranslator | None:
    if folder is None:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(name, str(folder)) else None


def current_language() -> str:
    """The language installed by the last :func:`install_language` (``en`` before any)."""
    return _current


def select_language(requested: str | None, saved: str = "") -> str:
    """Choose the language without installing anything; returns its code.

    For the command line's ``--help`` and usage errors: until a Qt application
    exists, :func:`translate` answers from the catalogue.
    """
    global _current
    _current = choose_language(requested, saved)
    return _current


def install_language(requested: str | None, saved: str = "") -> str:
    """Make the chosen language the current one; returns its code.

    With a Qt application (the window) this installs the translators and the
    default ``QLocale``; call it before building any widget, as texts are
    translated when a widget is made. Without one (the command line) nothing of
    Qt is loaded: :func:`translate` reads the catalogue.
    """
    global _current
    lang = choose_language(requested, saved)
    uninstall_language()
    _current = lang
    if not _qt_app_exists():
        return lang
    from PySide6.QtCore import QCoreApplication, QLocale

    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(LOCALES[lang]))
    for translator in (
        _load(f"qtbase_{lang}", qt_translations_dir()),
        _load(f"renewdesk_{lang}", translations_dir()),  # installed last: searched first
    ):
        if translator is not None and QCoreApplication.installTranslator(translator):
            _installed.append(translator)
    return lang


def install_translator(translator: QTranslator) -> None:
    """Install one more catalogue (e.g. a pseudo-locale) as :func:`install_language` would."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.installTranslator(translator):
        _installed.append(translator)


def language_installed() -> bool:
    """Whether :func:`install_language` has installed translators that are still in place."""
    return bool(_installed)


def uninstall_language() -> None:
    """Remove what :func:`install_language` installed and go back to the OS locale."""
    global _current
    _current = "en"
    core = _qt_core()
    if core is None:
        return  # nothing of Qt was ever installed
    for translator in _installed:
        core.QCoreApplication.removeTranslator(translator)
    _installed.clear()
    core.QLocale.setDefault(core.QLocale.system())


def catalogue(lang: str) -> QmCatalogue | None:
    """RenewDesk's catalogue for ``lang`` (read once, in pure Python), not installed anywhere."""
    with _catalogue_lock:
        if lang not in _catalogues:
            try:
                _catalogues[lang] = load_qm(translations_dir() / f"renewdesk_{lang}.qm")
            except (OSError, QmFormatError):  # a build without it: the source texts
                _catalogues[lang] = None
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
    Without a Qt application (the command line) the answer comes from the catalogue.
    """
    lang = _override.get()
    if lang is None:
        if _qt_app_exists():
            from PySide6.QtCore import QCoreApplication

            return QCoreApplication.translate(context, text, disambiguation, n)
        lang = _current

    found = catalogue(lang)
    result = (found.translate(context, text, disambiguation, n) if found else "") or text
    if n >= 0:
        if "%Ln" in result:
            result = result.replace("%Ln", _localised_count(n, lang))
        result = result.replace("%n", str(n))
    return result


def _localised_count(n: int, lang: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(n, locale=LOCALES[lang])


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
