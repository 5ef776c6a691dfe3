"""Self-test of a frozen RenewDesk: is everything the spec promises inside the bundle?

Run as ``<frozen executable> --bundle-check`` (packaging/launcher.py routes it
here). ``--smoke-test`` proves the window builds; this proves the parts the
smoke test may not touch: the Alembic files on disk, Babel's locale data,
keyring backends, the PDF font, Qt's SVG icon engine and Swedish Qt
translations, and that the Qt modules we exclude really are gone.

Prints one line per check and a summary line; exit status 0 when all pass.
Also runs from a checkout (``python packaging/bundle_check.py``) for comparison.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

CHECKS: list[tuple[str, Callable[[], str]]] = []
# Python modules of Qt that RenewDesk does not use and the spec leaves out.
EXCLUDED_QT = ("QtQml", "QtQuick", "QtPdf", "QtSql", "QtTest", "QtOpenGL", "QtDesigner")


def check(name: str) -> Callable[[Callable[[], str]], Callable[[], str]]:
    def register(func: Callable[[], str]) -> Callable[[], str]:
        CHECKS.append((name, func))
        return func

    return register


@check("resources")
def _resources() -> str:
    from renewdesk.resources import resources_dir

    folder = resources_dir()
    wanted = ["fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "icons/renewdesk.svg"]
    wanted += ["demo/subscriptions.csv"]
    missing = [name for name in wanted if not (folder / name).is_file()]
    if missing:
        raise AssertionError(f"missing in {folder}: {', '.join(missing)}")
    qm = sorted(p.name for p in (folder / "translations").glob("*.qm"))
    return f"{folder} (translations: {', '.join(qm) or 'none yet'})"


@check("migrations")
def _migrations() -> str:
    from renewdesk.store.engine import MIGRATIONS_DIR, head_revision, open_cache

    versions = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    if not (MIGRATIONS_DIR / "env.py").is_file() or not versions:
        raise AssertionError(f"env.py or versions/*.py missing under {MIGRATIONS_DIR}")
    from renewdesk.store.head_schema import build_with_migrations, usable_script

    with tempfile.TemporaryDirectory(prefix="renewdesk-check-") as tmp:
        build_with_migrations(Path(tmp) / "migrated.sqlite")  # Alembic runs in the bundle
        engine = open_cache(Path(tmp) / "cache.sqlite")  # a new cache: the head schema's dump
        engine.dispose()
    dump = "head-schema dump used" if usable_script() else "no usable head-schema dump"
    return f"head {head_revision()}, {len(versions)} revision file(s), fresh cache migrated, {dump}"


@check("limits")
def _limits() -> str:
    from renewdesk.rules.limits import LIMITS_FILE, default_limits

    default_limits()
    return str(LIMITS_FILE)


@check("babel")
def _babel() -> str:
    from decimal import Decimal

    from babel import Locale
    from babel.numbers import format_currency

    sv = format_currency(Decimal("12345"), "SEK", locale="sv_SE")
    en = format_currency(Decimal("12345"), "SEK", locale="en_US")
    # Only proves the locale data is there; RenewDesk's own money format
    # (renewdesk/pdf/formatting.py) is tested by the unit tests.
    if "345,00" not in sv or "kr" not in sv or "12,345.00" not in en:
        raise AssertionError(f"currency formats are {sv!r} and {en!r}")
    if Locale.parse("sv").territories.get("SE") != "Sverige":
        raise AssertionError("Swedish territory names are missing")
    # Other locales keep only their date formats (trim_data.py): enough for the importer.
    from renewdesk.importing.values import DateParser

    orders = {name: DateParser(name).order for name in ("de_DE", "en_GB", "en_US", "ja_JP")}
    if orders != {"de_DE": "dmy", "en_GB": "dmy", "en_US": "mdy", "ja_JP": "ymd"}:
        raise AssertionError(f"short-date orders are {orders}")
    return f"{Locale.parse('sv').display_name}: {sv!r}; {Locale.parse('en').display_name}: {en!r}"


@check("keyring")
def _keyring() -> str:
    import keyring.backend

    names = sorted(
        type(b).__module__ + "." + type(b).__name__ for b in keyring.backend.get_all_keyring()
    )
    native = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}.get(
        sys.platform, "keyring.backends.SecretService"
    )
    __import__(native)
    return f"{native} bundled; viable here: {', '.join(names) or 'none'}"


@check("email")
def _email() -> str:
    from email_validator import validate_email

    return validate_email("åsa.öberg@example.se", check_deliverability=False).normalized


@check("pdf")
def _pdf() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from renewdesk.resources import resource_path

    pdfmetrics.registerFont(TTFont("CheckSans", str(resource_path("fonts", "DejaVuSans.ttf"))))
    with tempfile.TemporaryDirectory(prefix="renewdesk-check-") as tmp:
        out = Path(tmp) / "check.pdf"
        pdf = canvas.Canvas(str(out), invariant=1)
        pdf.setFont("CheckSans", 12)
        pdf.drawString(72, 720, "Åsa Öberg, Łódź — 12 345,00 kr")
        pdf.setFont("Helvetica", 12)  # a standard font: needs reportlab's font data
        pdf.drawString(72, 700, "Helvetica")
        pdf.save()
        size = out.stat().st_size
    return f"{size} bytes with DejaVu Sans and Helvetica"


@check("sqlite")
def _sqlite() -> str:
    import sqlalchemy

    engine = sqlalchemy.create_engine("sqlite://")
    with engine.connect() as conn:
        version = conn.exec_driver_sql("select sqlite_version()").scalar()
    engine.dispose()
    return f"SQLite {version}, SQLAlchemy {sqlalchemy.__version__}"


@check("qt")
def _qt() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from renewdesk.resources import resource_path

    app = QApplication.instance() or QApplication([sys.argv[0]])
    icon = QIcon(str(resource_path("icons", "renewdesk.svg")))
    image = icon.pixmap(32, 32).toImage()
    if image.isNull() or image.pixelColor(16, 16).alpha() == 0:
        raise AssertionError("the SVG icon does not render (iconengines/svg plugin missing?)")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load("qtbase_sv", folder):
        raise AssertionError(f"qtbase_sv.qm not found in {folder}")
    present = []
    for name in EXCLUDED_QT:
        try:
            __import__(f"PySide6.{name}")
            present.append(name)
        except ImportError:
            pass
    if present and getattr(sys, "frozen", False):
        raise AssertionError(f"excluded Qt modules are bundled: {', '.join(present)}")
    local_socket = _local_socket()
    del app
    return (
        f"platform {os.environ['QT_QPA_PLATFORM']}, SVG icon OK, {local_socket}, "
        f"qtbase_sv from {folder}"
    )


def _local_socket() -> str:
    """QtNetwork's local server works, when the build includes QtNetwork at all."""
    try:
        from PySide6.QtNetwork import QLocalServer
    except ImportError:
        return "no QtNetwork"
    server = QLocalServer()
    name = f"renewdesk-bundle-check-{os.getpid()}"
    if not server.listen(name):
        raise AssertionError(f"QLocalServer.listen failed: {server.errorString()}")
    server.close()
    return "QLocalServer OK"


def main() -> int:
    failures = 0
    for name, func in CHECKS:
        try:
            detail = func()
            print(f"ok    {name:10} {detail}")
        except Exception as exc:
            failures += 1
            print(f"FAIL  {name:10} {type(exc).__name__}: {exc}")
            if os.environ.get("RENEWDESK_CHECK_VERBOSE"):
                traceback.print_exc()
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"bundle check ({frozen}): {len(CHECKS) - failures}/{len(CHECKS)} passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
