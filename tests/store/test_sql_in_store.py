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
#: The database drivers (and the store's table models): only the store imports them.
_DRIVERS = ("sqlite3", "psycopg", "psycopg2", "asyncpg", "pg8000")
_STORE_ONLY = ("renewdesk.store.models",)
#: What follows a table name in a statement (never a word of a sentence).
_END = r"(\s*;?\s*$|\s*[,)]|\s+(where|join|left|inner|order|group|limit|returning)\b)"
#: A statement in a string: an upper-case keyword, or in any case a keyword where SQL
#: puts it followed by what SQL puts after it (so "Select all from the list" or
#: "Update the price book" stay words).
_SQL = re.compile(
    r"""^\s*(
        (SELECT|INSERT|UPDATE|DELETE|PRAGMA|BEGIN|CREATE|ALTER|DROP|WITH|VACUUM|COPY|LOCK|GRANT
            |REVOKE|TRUNCATE|SAVEPOINT|LISTEN|NOTIFY)\s
        | (?i:
            select\s+(\*|distinct\s|count\s*\([^)]*\)|[\w.]+(\s*,\s*[\w.]+)*)\s+from\s+\w+{_END}
            | insert\s+(or\s+\w+\s+)?into\s+\w
            | update\s+\w+\s+set\s+\w+\s*=
            | delete\s+from\s+\w+{_END}
            | pragma\s+\w+
            | begin(\s+(immediate|exclusive|deferred|transaction))?\s*;?\s*$
            | (create|drop|alter)\s+(temporary\s+|temp\s+|unique\s+)?
                (table|index|view|trigger|database|role|schema|sequence)\s
            | copy\s+\w+(\s*\([^)]*\))?\s+(from|to)\s+(stdin|stdout|')
            | lock\s+table\s
            | (grant|revoke)\s+\w+(\s*,\s*\w+)*\s+on\s
            | truncate\s+(table\s+)?\w+\s*;?\s*$
          )
    )""".replace("{_END}", _END),
    re.VERBOSE,
)
_RUNS_SQL = {"execute", "executemany", "executescript", "exec_driver_sql", "copy", "scalar",
             "scalars"}  # fmt: skip
#: Names a module gives a connection, cursor or engine: ``.execute`` on one is SQL.
_DB_HANDLES = re.compile(r"^_*(conn|connection|cur|cursor|db|dbapi|raw|session|engine|eng)\w*$")
_IMPORTERS = {"import_module", "__import__"}


def _forbidden_module(module: str) -> bool:
    root = module.split(".")[0]
    return root in _DRIVERS or module.startswith(_STORE_ONLY) or root == "sqlalchemy"


def _receiver(node: ast.expr) -> str:
    """The name a method is called on: ``conn`` for ``conn.execute`` and ``self._conn.execute``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _receiver(node.func.value)  # engine.connect().execute(...): "engine"
    return ""


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
            elif (root in _DRIVERS and name not in ALLOWED_SQLITE3) or node.module.startswith(
                _STORE_ONLY
            ):
                found.append(f"{name}:{node.lineno} imports from {node.module}")
            elif node.module == "renewdesk.store" and any(a.name == "models" for a in node.names):
                found.append(f"{name}:{node.lineno} imports the store's models")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                allowed_here = alias.name == "sqlite3" and name in ALLOWED_SQLITE3
                if _forbidden_module(alias.name) and not allowed_here:
                    found.append(f"{name}:{node.lineno} imports {alias.name}")
        elif isinstance(node, ast.Attribute) and node.attr in {
            "__table__",
            "driver_connection",
            "raw_connection",
            "dbapi_connection",
        }:
            found.append(f"{name}:{node.lineno} reaches .{node.attr}")
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0] if node.args else None
            if (
                called in _IMPORTERS
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and _forbidden_module(first.value)
            ):
                found.append(f"{name}:{node.lineno} imports {first.value} at run time")
            elif isinstance(func, ast.Attribute) and called in _RUNS_SQL:
                on_db = bool(_DB_HANDLES.match(_receiver(func.value)))
                literal = first is not None and not isinstance(first, ast.Name)
                if on_db or (literal and called not in {"copy", "scalar", "scalars"}):
                    found.append(f"{name}:{node.lineno} runs .{called}(...)")
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
        "from sqlalchemy import text",
        "from sqlalchemy import insert, update, delete",
        "from sqlalchemy.dialects.sqlite import insert",
        "from sqlalchemy.dialects.postgresql import insert",
        "from sqlalchemy.orm import Session",
        "import sqlalchemy as sa",
        "import sqlalchemy.sql",
        "import sqlite3",
        "import psycopg",
        "from psycopg import sql",
        "import importlib; sa = importlib.import_module('sqlalchemy')",
        "t = __import__('psycopg')",
        "from renewdesk.store.models import OutboxRow",
        "from renewdesk.store import models",
        "import renewdesk.store.models",
        "t = OutboxRow.__table__",
        "raw = conn.connection.driver_connection",
        "raw = engine.raw_connection()",
        'conn.execute("PRAGMA cache_size")',
        "conn.execute(statement)",
        "self._conn.execute(stmt, params)",
        "cursor.execute(query)",
        "engine.connect().execute(stmt)",
        "rows = conn.scalars(stmt).all()",
        'conn.exec_driver_sql(f"DELETE FROM {name}")',
        "conn.exec_driver_sql(query)",
        "cur.executemany(make_sql(), rows)",
        "with cur.copy(copy_sql) as copy: pass",
        'STATEMENT = "UPDATE outbox SET status = ?"',
        'q = "select number, status from quotes where number = ?"',
        'q = "select * from subscriptions"',
        "q = f'insert into audit_events (action) values ({x})'",
        'q = "update settings set value = :v"',
        'q = "delete from outbox where id = ?"',
        'q = "delete from reminders_sent"',
        'q = "select count(*) from quotes where status = ?"',
        'q = "pragma journal_mode"',
        'q = "begin immediate"',
        'q = "create temporary table stage (x int)"',
        'q = "copy subscriptions (a, b) from stdin"',
        'q = "lock table subscriptions in share row exclusive mode"',
        'q = "grant select, insert on quotes to viewer"',
        'q = "truncate outbox"',
    ],
)
def test_each_way_of_doing_sql_is_caught(source: str) -> None:
    assert violations(source, "probe.py")


@pytest.mark.parametrize(
    "source",
    [
        "from sqlalchemy import Engine",
        "from sqlalchemy.engine import Connection",
        "import sqlite3",  # in lazy_text.py only (see ALLOWED_SQLITE3)
        "service.execute(plan)",
        "self.wizard.execute(step)",
        "with writer(engine).begin() as conn: repo.save(conn, quote)",
        "text = self.edit.text()",
        "clipboard.copy(text)",
        'label = "Select all"',
        'note = "Update the price book first"',
        'hint = "select a cache file with --db"',
        'hint = "Select the subscriptions from the list, then Renew"',
        'tip = "Delete from the list with Del"',
        'tip = "Select all from the list"',
        'tip = "Select all from the list, then press Delete"',
        'tip = "Create a backup before you restore"',
        'tip = "Begin a new quote"',
        'tip = "Copy the address from the sign-in page"',
        'tip = "Drop the file here"',
        'tip = "Grant a role the rights an admin needs on the database"',
    ],
)
def test_type_names_and_plain_words_pass(source: str) -> None:
    assert violations(source, "lazy_text.py") == []


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
