"""An import's bulk reads and writes on PostgreSQL: COPY into a staging table, then one merge.

:mod:`renewdesk.store.import_writes` calls these for a server cache, inside the
import's one transaction (SQLite keeps its ``executemany`` path). Rows stream
with psycopg's ``COPY ... FROM STDIN``: new subscriptions straight into their
table, batch by batch from a worker thread while the file is still validated
(:class:`CopyPipe`; the import's lock keeps every other writer out, so a key
the read did not find cannot appear before the write), changed rows and the small tables
into a temporary table dropped at commit, then moved in one ``INSERT ... SELECT
... ON CONFLICT``. So 100,000 rows cost one stream of data and a statement or
two instead of 100,000 statements.

Reads return the very tuples the SQLite path returns (ISO text for dates,
``0``/``1`` for booleans, decimal text for money), so the import's diff, its
report and the changes it records are the same on both engines.

The import takes ``SHARE ROW EXCLUSIVE`` locks on the tables it writes first:
as SQLite's ``BEGIN IMMEDIATE`` does, this queues a second import (or any other
writer of those tables) until the first commits, while readers carry on; so the
rows the diff is made from are still the rows when they are written.
"""

from __future__ import annotations

import functools
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy.engine import Connection

from renewdesk.store.dialects import raw_select

_F = TypeVar("_F", bound=Callable[..., Any])

#: Rows per progress report while COPY streams.
PROGRESS_CHUNK = 5000
#: The tables each kind of import writes (locked in this order, always the same one).
WRITES = {
    "subscriptions": ("customers", "partners", "subscriptions"),
    "prices": ("price_book",),
    "campaigns": ("campaigns",),
}


def _fault(conn: Connection, exc: Exception) -> Exception | None:
    """The store's one line for a psycopg error on ``conn`` (None: not one it explains).

    A connection the error broke (the server went away) is invalidated first:
    these calls bypass SQLAlchemy, which would otherwise try to roll back on it
    and raise its own error in place of this line.
    """
    from renewdesk.store.server import host_of, user_of
    from renewdesk.store.server_faults import explain

    if driver(conn).broken:
        conn.invalidate()
    url = conn.engine.url
    return explain(exc, host_of(url), user_of(url), str(url.database))


def _explained(func: _F) -> _F:
    """psycopg's own errors (these calls bypass SQLAlchemy's handler) as the store's one line.

    A viewer's import is refused at its first lock ("no right to make this change"),
    never as an unexpected error with the server's text.
    """

    @functools.wraps(func)
    def call(conn: Connection, *args: Any, **kwargs: Any) -> Any:
        import psycopg

        try:
            return func(conn, *args, **kwargs)
        except psycopg.Error as exc:
            fault = _fault(conn, exc)
            if fault is None:
                raise
            raise fault from None

    return call  # type: ignore[return-value]


def driver(conn: Connection) -> Any:
    """The psycopg connection under ``conn`` (same transaction)."""
    return conn.connection.driver_connection


@_explained
def lock_for_import(conn: Connection, kind: str) -> None:
    """Queue behind any other writer of the tables this import writes (see the module)."""
    tables = ", ".join(WRITES[kind])
    driver(conn).execute(f"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE")


@_explained
def read_keyed(
    conn: Connection, table_name: str, columns: Sequence[str], key_len: int = 1
) -> dict[Any, tuple[Any, ...]]:
    """Every row as key -> row tuple, values as the SQLite path reads them."""
    with driver(conn).cursor() as cur:
        cur.execute(raw_select("postgresql", table_name, columns))
        rows = cur.fetchall()
    if key_len == 1:
        return {row[0]: row for row in rows}
    return {row[:key_len]: row for row in rows}


def _copy(
    conn: Connection,
    target: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None,
) -> None:
    with (
        driver(conn).cursor() as cur,
        cur.copy(f"COPY {target} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for start in range(0, len(rows), PROGRESS_CHUNK):
            for row in rows[start : start + PROGRESS_CHUNK]:
                copy.write_row(row)
            if progress is not None:
                progress(min(start + PROGRESS_CHUNK, len(rows)))


@_explained
def insert_new(
    conn: Connection,
    table_name: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None = None,
) -> None:
    """COPY rows whose keys the table does not hold straight into it.

    Only under :func:`lock_for_import`: the lock keeps every other writer out
    between the read that found the keys missing and this write.
    """
    if rows:
        _copy(conn, table_name, columns, rows, progress)


def _stage(
    conn: Connection,
    table_name: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None = None,
) -> str:
    """COPY ``rows`` into a temporary copy of ``table_name`` (dropped at commit); its name."""
    stage = f"import_stage_{table_name}"
    driver(conn).execute(
        f"CREATE TEMPORARY TABLE {stage} ON COMMIT DROP AS "
        f"SELECT {', '.join(columns)} FROM {table_name} WITH NO DATA"
    )
    _copy(conn, stage, columns, rows, progress)
    return stage


@_explained
def merge(
    conn: Connection,
    table_name: str,
    columns: Sequence[str],
    key: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None = None,
    keep_filled: Iterable[str] = (),
) -> None:
    """Insert ``rows``, updating those whose ``key`` exists; in one statement.

    Columns in ``keep_filled`` are only written where the stored value is empty
    (what an admin typed is never overwritten by an export).
    """
    if not rows:
        return
    stage = _stage(conn, table_name, columns, rows, progress)
    filled = set(keep_filled)
    updates = ", ".join(
        (
            f"{c} = CASE WHEN {table_name}.{c} = '' THEN excluded.{c} ELSE {table_name}.{c} END"
            if c in filled
            else f"{c} = excluded.{c}"
        )
        for c in columns
        if c not in key
    )
    names = ", ".join(columns)
    driver(conn).execute(
        f"INSERT INTO {table_name} ({names}) SELECT {names} FROM {stage} "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}"
    )


# How often (seconds) the interpreter lets another thread take the GIL while a CopyPipe runs.
# Python's default, 5 ms, is a convoy here: the worker gives the GIL up each time it waits
# for the server's socket (every 32 KB psycopg sends) and then waits up to 5 ms for the
# validating thread to hand it back while the server sits idle. Measured on 100,000 rows:
# the import takes 1.68-1.75 s with 5 ms, 1.31-1.42 s with 0.5 ms, 1.16-1.27 s with 0.1 ms
# (0.02 ms gains nothing more). Only a thread that asks for the GIL makes it switch, so
# the main thread's own work pays for this only while the worker has something to do.
SWITCH_INTERVAL = 0.0001
# One COPY of a batch: (table, columns, rows).
Copy = tuple[str, Sequence[str], Sequence[tuple[Any, ...]]]


class CopyPipe:
    """COPY batches of rows on a worker thread while the caller goes on reading the file.

    The server inserts a batch (and checks its keys) while Python validates the
    next one, so an import costs about the longer of the two instead of their sum;
    psycopg releases the GIL while it waits on the server. The worker is the only
    user of the connection until :meth:`close` or :meth:`abort` returns, and the
    caller's transaction holds everything it wrote: a problem found later in the
    file rolls it all back. At most ``depth`` batches wait, so memory stays bounded
    whichever side is faster. While it runs, the interpreter's switch interval is
    :data:`SWITCH_INTERVAL` (restored when the worker is done).
    """

    def __init__(self, conn: Connection, depth: int = 4) -> None:
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, SWITCH_INTERVAL))
        self._conn = conn
        self._queue: queue.Queue[tuple[list[Copy], int] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._stop = False
        self.rows_written = 0
        self._thread = threading.Thread(target=self._work, name="renewdesk-copy", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            while (item := self._queue.get()) is not None:
                if self._error is not None or self._stop:
                    continue  # drain, so a waiting put() never blocks on a dead writer
                batch, counted = item
                try:
                    for target, columns, rows in batch:
                        if rows:
                            _copy(self._conn, target, columns, rows, None)
                    self.rows_written += counted
                except BaseException as exc:  # re-raised in the caller's thread
                    self._error = exc
        finally:
            sys.setswitchinterval(self._switch_interval)

    def put(self, batch: list[Copy], counted: int) -> None:
        """Queue one batch (its COPYs run in order; ``counted`` rows of it count as progress).

        Raises the worker's error if it failed.
        """
        self._raise()
        self._queue.put((batch, counted))

    def close(self, progress: Callable[[int], None] | None = None) -> None:
        """Wait for every queued batch, reporting rows written; raises the worker's error."""
        if self._thread.is_alive():
            self._queue.put(None)
        while self._thread.is_alive():
            self._thread.join(0.05)
            if progress is not None:
                progress(self.rows_written)
        self._raise()

    def abort(self) -> None:
        """Stop after the batch being written and wait for the worker (before a rollback)."""
        if not self._thread.is_alive():
            return
        self._stop = True
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._queue.put(None)
        self._thread.join()

    def _raise(self) -> None:
        import psycopg

        exc = self._error
        if exc is None:
            return
        if isinstance(exc, psycopg.Error):
            fault = _fault(self._conn, exc)
            if fault is not None:
                raise fault from None
        raise exc
