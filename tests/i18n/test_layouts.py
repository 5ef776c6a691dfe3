"""Layouts survive translation: Swedish and a pseudo-locale ~40% longer fit every screen.

Each screen is saved as a PNG (under ``$RENEWDESK_SHOTS/<language>/`` when that is
set, else in the test's temporary folder) so a person can look at them; the test
fails on any text that is cut, and on any string shown untranslated under the
pseudo-locale (a string the catalogue does not know, or looked up in the wrong
context).
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator

from renewdesk import i18n
from renewdesk import i18n_tools as tools

from .screens import (
    SMALL_SCREEN,
    TODAY,
    WINDOW_SIZE,
    Shots,
    capture_empty,
    capture_window,
    close_all,
    country_words,
    data_words,
    untranslated,
)

# Words that are the same in every language: product and protocol names, codes.
ALLOWED = {"RenewDesk", "SMTP", "CSN", "PDF", "CSV", "Excel", "English", "Svenska"}
# Encoding names (the import dialog's encoding picker) are the same in every language.
ALLOWED |= {"UTF", "Windows", "ISO"}
# Qt's own standard buttons: qtbase_<lang>.qm translates them, the pseudo catalogue does not.
QT_OWN = {"&Yes", "&No", "Cancel", "Save", "OK", "&OK", "Close"}
# The deliberately broken values of the import with problems (data from a file).
BROKEN_FILE = {"kronor", "yearly", "twelve", "cash", "sleeping"}


@pytest.fixture
def shots_dir(tmp_path: Path) -> Path:
    root = os.environ.get("RENEWDESK_SHOTS")
    return Path(root) if root else tmp_path / "shots"


@pytest.fixture
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


@pytest.fixture
def pseudo_locale(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    qm = tools.build_pseudo_qm(tmp_path / "renewdesk_pseudo.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    i18n.uninstall_language()
    i18n.install_translator(translator)
    QLocale.setDefault(QLocale("en_US"))
    yield
    i18n.uninstall_language()


def _windows(tmp_path: Path, shots: Shots) -> None:
    from renewdesk.app import create_main_window
    from renewdesk.demo import build_demo_cache

    demo = build_demo_cache(tmp_path / "demo.sqlite", TODAY)
    window = create_main_window(demo, synchronous=True)
    try:
        capture_window(window, shots, tmp_path)
    finally:
        close_all()
        window.close()
    empty = create_main_window(tmp_path / "empty.sqlite", synchronous=True)
    try:
        capture_empty(empty, shots)
    finally:
        empty.close()


SCREENS = pytest.mark.parametrize(
    "screen", [WINDOW_SIZE, SMALL_SCREEN], ids=lambda s: f"{s[0]}x{s[1]}"
)


@SCREENS
@pytest.mark.usefixtures("isolated_qsettings")
def test_swedish_screens_fit(
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    shots_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    screen: tuple[int, int],
) -> None:
    monkeypatch.setenv("RENEWDESK_TODAY", TODAY.isoformat())
    i18n.install_language("sv")
    try:
        # On the small screen a table title may be elided when its tooltip shows it
        # whole (the Subscriptions table keeps the Eligibility badge in view).
        shots = Shots(
            shots_dir / f"sv-{screen[0]}x{screen[1]}",
            screen=screen,
            strict_titles=screen == WINDOW_SIZE,
        )
        _windows(tmp_path, shots)
    finally:
        i18n.uninstall_language()
    assert len(shots.files) >= 20
    assert not shots.problems, "\n".join(shots.problems)


@SCREENS
@pytest.mark.usefixtures("isolated_qsettings", "pseudo_locale")
def test_pseudo_locale_screens_fit_and_show_no_untranslated_text(
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    shots_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    screen: tuple[int, int],
) -> None:
    monkeypatch.setenv("RENEWDESK_TODAY", TODAY.isoformat())
    # 40% longer than English: the Subscriptions table may elide a title, with a tooltip.
    shots = Shots(shots_dir / f"pseudo-{screen[0]}x{screen[1]}", strict_titles=False, screen=screen)
    _windows(tmp_path, shots)
    assert len(shots.files) >= 20
    assert not shots.problems, "\n".join(shots.problems)
    # Under the pseudo-locale every translated text is bracketed; what is left in
    # plain English was never looked up (or looked up in the wrong context).
    known = data_words() | ALLOWED | BROKEN_FILE | {getpass.getuser()} | country_words()
    left = untranslated((t for _, t in shots.texts if t not in QT_OWN), known)
    assert not left, "shown untranslated:\n" + "\n".join(sorted(left))
