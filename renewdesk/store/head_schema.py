"""A new cache's schema in one script: what the migrations build at head, dumped and committed.

A brand-new cache would otherwise import Alembic and run every migration (about
0.3 s of a first ``renewdesk import``). ``head_schema.sql`` is SQLite's own dump
(``iterdump``) of a file that ``alembic upgrade head`` built, with the revision it
was built at on its first line. :func:`create` runs it on a new, empty file only
when that revision is the migrations' one head (read from the scripts' text,
:func:`renewdesk.store.peek.head_revisions`); otherwise, e.g. after a new
migration before the dump is regenerated, the new file takes the migrations as
before. ``tests/store/test_head_schema.py`` builds a cache both ways and holds
them equal (every schema object's SQL, every row, the pragmas), and fails when
the committed dump is not the one the migrations make today.

Regenerate it after adding a migration::

    python -m renewdesk.store.head_schema
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from renewdesk.store.peek import head_revisions

HEAD_SQL = Path(__file__).with_name("head_schema.sql")
_FIRST = "-- RenewDesk cache schema at revision "
_SECOND = "-- made by `python -m renewdesk.store.head_schema` from the migrations; do not edit"


def dump(path: Path) -> str:
    """The script that rebuilds the cache at ``path`` (schema and rows), revision first."""
    conn = sqlite3.connect(path)
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        body = [s for s in conn.iterdump() if s not in ("BEGIN TRANSACTION;", "COMMIT;")]
    finally:
        conn.close()
    return "\n".join([_FIRST + str(revision), _SECOND, *body]) + "\n"


def revision_of(script: str) -> str | None:
    """The revision a dump was made at (``None``: not a dump)."""
    first = script.split("\n", 1)[0]
    return first[len(_FIRST) :].strip() if first.startswith(_FIRST) else None


def usable_script() -> str | None:
    """The committed dump when it is at the migrations' one head, else ``None``."""
    try:
        script = HEAD_SQL.read_text(encoding="utf-8")
    except OSError:  # a build without the file: the migrations serve
        return None
    heads = head_revisions()
    return script if len(heads) == 1 and revision_of(script) in heads else None


def create(path: Path, application_id: int, timeout: float) -> bool:
    """Build the head schema in the new cache at ``path`` in one transaction.

    False (and nothing written) when the dump is not at head or the file is no
    longer empty (another process made it first): the caller migrates as usual.
    SQLite's errors propagate for the caller to explain.
    """
    script = usable_script()
    if script is None:
        return False
    conn = sqlite3.connect(path, isolation_level=None, timeout=timeout)
    try:
        conn.execute("PRAGMA journal_mode = WAL")  # what the engine's connections set
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                conn.execute("ROLLBACK")
                return False
            # executescript would COMMIT first; the statements run one by one instead,
            # inside this transaction (the dump's texts hold no ';' outside statements' ends).
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {int(application_id)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return True


def _statements(script: str) -> list[str]:
    """The dump's statements: SQLite tells where each complete statement ends."""
    statements, pending = [], ""
    for line in script.splitlines():
        if not pending and line.startswith("--"):
            continue
        pending += line + "\n"
        if sqlite3.complete_statement(pending):
            statements.append(pending)
            pending = ""
    if pending.strip():
        raise ValueError("head_schema.sql ends inside a statement")
    return statements


def build_with_migrations(path: Path) -> None:
    """A cache at ``path`` built by ``alembic upgrade head`` (no dump involved)."""
    from renewdesk.store.engine import make_engine, migrate

    engine = make_engine(path)
    try:
        migrate(engine, path)
    finally:
        engine.dispose()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="renewdesk-head-schema-") as tmp:
        path = Path(tmp) / "head.sqlite"
        build_with_migrations(path)
        HEAD_SQL.write_text(dump(path), encoding="utf-8")
    print(f"{HEAD_SQL}: revision {revision_of(HEAD_SQL.read_text(encoding='utf-8'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
