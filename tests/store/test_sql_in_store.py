"""SQL lives only in ``renewdesk/store/`` (issue 13 item 2), so a second engine changes one package.

Outside the store a module may name an ``Engine`` or a ``Connection`` (to open a
transaction and hand it to the store's functions) but may not build statements
(``select``, ``insert``, ``text``, tables ...), reach the ORM models or the
driver, or run SQL strings. The scan reads every module's syntax tree.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "renewdesk"
STORE = PACKAGE / "store"

#: What a module outside the store may take from SQLAlchemy: type names only.
ALLOWED_SQLALCHEMY = {
    "sqlalchemy": {"Engine"},
    "sqlalchemy.engine": {"Connection", "Engine"},
}
#: Modules outside the store that may import the SQLite driver, and why.
ALLOWED_SQLITE3 = {
    # Registers how a lazily translated text is stored (as its str), no SQL: the
    # adapter must exist before any store module writes one.
    "lazy_text.py",
}
_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|BEGIN|CREATE|ALTER|DROP|WITH|VACUUM|COPY)\s",
)
_RUNS_SQL = {"execute", "executemany", "executescript", "exec_driver_sql"}


def violations(source: str, name: str = "<module>") -> list[str]:
    """Every way ``source`` does the store's work: one line per finding."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.ImportFrom) and node.module:
            root = node.module.split(".")[0]
            if root == "sqlalchemy":
                allowed = ALLOWED_SQLALCHEMY.get(node.module, set())
                extra = sorted(a.name for a in node.names if a.name not in allowed)
                if extra:
                    found.append(
                        f"{name}:{node.lineno} imports {', '.join(extra)} from {node.module}"
                    )
            elif node.module == "renewdesk.store.models" or root == "sqlite3":
                found.append(f"{name}:{node.lineno} imports from {node.module}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "sqlalchemy" or alias.name.startswith("sqlalchemy."):
                    found.append(f"{name}:{node.lineno} imports {alias.name}")
                if alias.name == "sqlite3" and name not in ALLOWED_SQLITE3:
                    found.append(f"{name}:{node.lineno} imports sqlite3")
        elif isinstance(node, ast.Attribute) and node.attr in {"__table__", "driver_connection"}:
            found.append(f"{name}:{node.lineno} reaches .{node.attr}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in _RUNS_SQL and node.args and not isinstance(node.args[0], ast.Name):
                found.append(f"{name}:{node.lineno} runs .{node.func.attr}(...)")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _SQL.match(node.value)
        ):
            found.append(f"{name}:{node.lineno} holds SQL {node.value[:40]!r}")
    return found


def _modules_outside_store() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if STORE not in p.parents)


def test_no_module_outside_the_store_builds_or_runs_sql() -> None:
    found = []
    for path in _modules_outside_store():
        found += violations(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    assert found == []


def test_the_scan_covers_the_whole_package() -> None:
    names = {str(p.relative_to(PACKAGE)) for p in _modules_outside_store()}
    assert {"mail/outbox.py", "demo.py", "services/import_service.py"} <= names
    assert not any(n.startswith("store/") for n in names)


@pytest.mark.parametrize(
    "source",
    [
        "from sqlalchemy import select, Engine",
        "from sqlalchemy.dialects.sqlite import insert",
        "import sqlalchemy as sa",
        "import sqlite3",
        "from renewdesk.store.models import OutboxRow",
        "t = OutboxRow.__table__",
        "raw = conn.connection.driver_connection",
        'conn.execute("PRAGMA cache_size")',
        'conn.exec_driver_sql(f"DELETE FROM {name}")',
        "cur.executemany(make_sql(), rows)",
        'STATEMENT = "UPDATE outbox SET status = ?"',
    ],
)
def test_each_way_of_doing_sql_is_caught(source: str) -> None:
    assert violations(source, "probe.py")


@pytest.mark.parametrize(
    "source",
    [
        "from sqlalchemy import Engine",
        "from sqlalchemy.engine import Connection",
        "service.execute(plan)",
        'label = "Select all"',
        'note = "Update the price book first"',
    ],
)
def test_type_names_and_plain_words_pass(source: str) -> None:
    assert violations(source, "probe.py") == []


@pytest.mark.parametrize("folder", ["rules", "quotes"])
def test_the_pure_layers_do_not_reach_the_store(folder: str) -> None:
    """The Buy rule and the other quote and eligibility rules take plain values."""
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                ("renewdesk.store", "sqlalchemy")
            ):
                found.append(f"{path.name}:{node.lineno} imports {node.module}")
    assert found == []
