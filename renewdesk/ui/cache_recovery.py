"""Opening a cache that is not a database, or is damaged: a clear question, never a traceback.

``run_gui`` opens the cache through :func:`open_cache_or_recover`. When SQLite
cannot read the file (a spreadsheet saved over it, a disk error, a crash of
the disk rather than of RenewDesk) the admin sees what is wrong and chooses:
restore the newest readable backup, start with a new empty cache (the bad file
is renamed aside, never deleted), or quit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import Engine

from renewdesk.i18n import TrContext
from renewdesk.services import backups
from renewdesk.services.backups import BackupError, BackupInfo
from renewdesk.store.engine import (
    CacheError,
    ForeignFileError,
    SchemaTooNewError,
    open_cache,
    refuse_foreign,
)

log = logging.getLogger(__name__)

RESTORE, NEW_CACHE, QUIT = "restore", "new", "quit"
Choose = Callable[[Path, str, BackupInfo | None, QWidget | None], str]


class CacheRecovery(TrContext):
    """The translation context of these questions (``CacheRecovery.tr``, found by lupdate)."""


def when(info: BackupInfo) -> str:
    """A backup's time as the reader writes dates (``2026-03-02 12:00`` in ISO form)."""
    return info.created.strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    """``160.0 KB`` (the traditional units an admin reads in a file manager)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def problem_box(
    path: Path, problem: str, newest: BackupInfo | None, parent: QWidget | None = None
) -> tuple[QMessageBox, dict[object, str]]:
    """The question, built but not shown; the buttons map to RESTORE, NEW_CACHE or QUIT."""
    box = QMessageBox(parent)
    box.setObjectName("cacheProblemBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(CacheRecovery.tr("The cache cannot be opened"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(CacheRecovery.tr("RenewDesk cannot read its cache file."))
    facts = (
        CacheRecovery.tr("File: %1\nProblem: %2").replace("%1", str(path)).replace("%2", problem)
    )
    choices: dict[object, str] = {}
    if newest is not None:
        offer = (
            CacheRecovery.tr(
                "The newest backup is from %1 (%2). Restore it? The damaged file is kept "
                "in the backups folder."
            )
            .replace("%1", when(newest))
            .replace("%2", size_text(newest.size))
        )
        restore = box.addButton(
            CacheRecovery.tr("Restore the backup of %1").replace("%1", when(newest)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setProperty("kind", "primary")
        restore.style().unpolish(restore)  # the property came after the button was styled
        restore.style().polish(restore)
        box.setDefaultButton(restore)
        choices[restore] = RESTORE
    else:
        offer = CacheRecovery.tr(
            "There is no backup of this cache. Start with a new, empty cache? "
            "The damaged file is renamed, not deleted."
        )
    box.setInformativeText(facts + "\n\n" + offer)
    fresh = box.addButton(
        CacheRecovery.tr("Start with an empty cache"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_button = box.addButton(CacheRecovery.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    choices[fresh] = NEW_CACHE
    choices[quit_button] = QUIT
    if newest is None:
        box.setDefaultButton(fresh)
    box.setEscapeButton(quit_button)
    return box, choices


def damaged_box(problem: str, parent: QWidget | None = None) -> QMessageBox:
    """While the window is open: the daily quick check found damaged pages.

    Built, not shown; after its primary button (objectName ``restoreFromBackupButton``)
    the window opens File > Restore from backup.
    """
    box = QMessageBox(parent)
    box.setObjectName("cacheDamagedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(CacheRecovery.tr("The cache is damaged"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(CacheRecovery.tr("SQLite found damaged pages in the cache."))
    box.setInformativeText(
        CacheRecovery.tr("Problem: %1").replace("%1", problem)
        + "\n\n"
        + CacheRecovery.tr(
            "Restore the newest good backup before you make more quotes. "
            "Today's backup was not made, so the older ones are all still there."
        )
    )
    restore = box.addButton(
        CacheRecovery.tr("Restore from backup…"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setObjectName("restoreFromBackupButton")
    restore.setProperty("kind", "primary")
    restore.style().unpolish(restore)
    restore.style().polish(restore)
    later = box.addButton(CacheRecovery.tr("Later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("restoreLaterButton")
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    return box


def ask_what_to_do(
    path: Path, problem: str, newest: BackupInfo | None, parent: QWidget | None = None
) -> str:
    box, choices = problem_box(path, problem, newest, parent)
    box.exec()
    return choices.get(box.clickedButton(), QUIT)


def refused_as_foreign(path: Path, parent: QWidget | None = None) -> bool:
    """Whether ``path`` is another program's SQLite file (said in a box); nothing is made.

    Runs before the window's lock file, language setting and quick check touch the file.
    """
    try:
        refuse_foreign(Path(path))
    except ForeignFileError as exc:
        QMessageBox.critical(parent, CacheRecovery.tr("The cache cannot be opened"), str(exc))
        return True
    except CacheError:
        return False  # ours but damaged or incomplete: open_cache_or_recover offers a way out
    return False


def open_cache_or_recover(
    path: Path, parent: QWidget | None = None, choose: Choose | None = None
) -> Engine | None:
    """The cache's engine, after the admin's choice when the file is bad; None: quit."""
    path = Path(path)
    choose = choose or ask_what_to_do
    for _attempt in range(5):
        problem = backups.check_cache(path)
        if not problem:
            try:  # check_cache ran the quick check just now
                return open_cache(path, quick_check=False)
            except (SchemaTooNewError, ForeignFileError) as exc:  # not ours to repair
                QMessageBox.critical(
                    parent, CacheRecovery.tr("The cache cannot be opened"), str(exc)
                )
                return None
            except CacheError as exc:
                problem = str(exc)
        log.warning("cache %s cannot be used: %s", path, problem)
        newest = backups.newest_backup(path)
        answer = choose(path, problem, newest, parent)
        try:
            if answer == RESTORE and newest is not None:
                backups.restore(path, newest.path)
            elif answer == NEW_CACHE:
                backups.set_aside(path)
            else:
                return None
        except (BackupError, OSError) as exc:
            QMessageBox.warning(parent, CacheRecovery.tr("That did not work"), str(exc))
    return None
