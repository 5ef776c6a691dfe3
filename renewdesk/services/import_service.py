"""The import use case: validate a whole file and write it to the cache in one transaction.

The GUI's import dialog and ``renewdesk import`` both call :class:`ImportService`.
A file with any problem raises :class:`~renewdesk.importing.errors.ImportFileError`
listing (row, column, problem) and leaves the cache as it was. On SQLite nothing
is written until every row is valid (no transaction is even opened), then the
file is upserted by key inside ``BEGIN IMMEDIATE``. On PostgreSQL the transaction
opens first, behind the import's table locks, and a subscriptions file's new rows
stream to the server batch by batch while the rest is still read, so the server
inserts while Python validates (:class:`~renewdesk.store.import_pg.CopyPipe`); a
problem found later rolls all of it back. Either way the run is recorded in
``import_runs`` and in the audit trail.

Long work reports progress through ``progress(done, total)``; raising
:class:`~renewdesk.importing.errors.ImportCancelled` (or anything else) from it
stops the import and rolls back whatever was started.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from itertools import groupby
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from renewdesk.importing.aliases import COLUMN_SETS, detect_mapping
from renewdesk.importing.campaigns import REQUIRED as CAMPAIGN_REQUIRED
from renewdesk.importing.campaigns import parse_campaigns
from renewdesk.importing.diff import Diff, FieldChange, describe_changes, diff_rows
from renewdesk.importing.encodings import encoding_name
from renewdesk.importing.errors import ImportCancelled, ImportFileError, ImportProblem
from renewdesk.importing.numbers import NumberReader, detect_locale
from renewdesk.importing.prices import FIELDS as PRICE_FIELDS
from renewdesk.importing.prices import parse_prices
from renewdesk.importing.reader import MAX_FILE_BYTES, TableFile, open_table
from renewdesk.importing.subscriptions import REQUIRED, ImportDefaults, parse_subscriptions
from renewdesk.importing.texts import Import
from renewdesk.store import import_writes
from renewdesk.store.engine import writer
from renewdesk.store.lean_rows import SUB_COLUMNS

__all__ = [
    "NUMBER_COLUMNS",
    "FieldChange",
    "ImportCancelled",
    "ImportDefaults",
    "ImportFileError",
    "ImportProblem",
    "ImportReport",
    "ImportService",
    "Preview",
    "ReadOptions",
]

Progress = Callable[[int, int], None]
T = TypeVar("T")
Parties = dict[str, tuple[str, str]]
_BOOLS = frozenset({"auto_renew"})
# The column of each kind whose numbers the number locale decides.
NUMBER_COLUMNS = {"subscriptions": "seats", "prices": "unit_price", "campaigns": "percent_off"}


@dataclass(frozen=True)
class ReadOptions:
    """How to read a file's text: chosen in the import dialog or on the command line."""

    # A key of :data:`renewdesk.importing.encodings.ENCODINGS`; None = detect.
    encoding: str | None = None
    # A locale such as ``en_US`` or ``sv_SE``; None = as the file shows (see numbers.py).
    number_locale: str | None = None


@dataclass(frozen=True)
class ImportReport:
    """What a successful import did."""

    kind: str  # "subscriptions", "prices" or "campaigns"
    file_name: str
    added: int
    updated: int
    unchanged: int
    #: Every changed field of every updated record, in file order.
    changes: tuple[FieldChange, ...] = ()
    #: Records the cache holds that the file does not mention (they are left as they are).
    absent: int = 0
    customers_added: int = 0
    partners_added: int = 0
    run_id: int = 0

    @property
    def total(self) -> int:
        """Rows the file held."""
        return self.added + self.updated + self.unchanged

    def summary(self) -> str:
        """One line for a status bar or the command line."""
        return Import.tr("{file}: {added} added, {updated} updated, {unchanged} unchanged").format(
            file=self.file_name, added=self.added, updated=self.updated, unchanged=self.unchanged
        )

    def change_lines(self) -> list[str]:
        """One line per changed record: ``SUB-1: seats 10 → 8; status active → expired``."""
        return [
            f"{key}: {describe_changes(group)}"
            for key, group in groupby(self.changes, key=lambda c: c.key)
        ]


@dataclass(frozen=True)
class Preview:
    """The start of a file as the import dialog shows it, before anything is imported."""

    file_name: str
    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    headers: tuple[str, ...]  # as the file writes them
    rows: tuple[tuple[str, ...], ...]  # the first data rows, cells as text
    mapping: dict[str, str]  # file header -> column it fills
    unmapped: tuple[str, ...]  # headers nothing reads
    missing: tuple[str, ...]  # columns no header fills
    required_missing: tuple[str, ...]  # of those, the ones that need a default
    row_estimate: int
    targets: tuple[str, ...] = field(default=())  # every column a header may be mapped to
    problems: tuple[ImportProblem, ...] = ()  # header problems (a column given twice...)
    encoding_label: str = ""  # "UTF-8", "Windows-1252"... ("" for a workbook)
    encoding_chosen: bool = False  # the admin chose it (else detected)
    number_locale: str | None = None  # the one chosen, else the one the first rows show
    number_chosen: bool = False


class _Phases:
    """Turns "rows read" and "rows written" into one monotonic (done, total)."""

    def __init__(self, progress: Progress | None, estimate: int) -> None:
        self._progress = progress
        self.half = max(estimate, 1)
        self.total = 2 * self.half
        self._last = -1
        self._emit(0)

    def _emit(self, done: int) -> None:
        done = min(max(done, self._last), self.total)
        if self._progress is not None and done != self._last:
            self._last = done
            self._progress(done, self.total)

    def read(self, rows: int) -> None:
        self._emit(min(rows, self.half - 1))

    def written(self, rows: int, of: int) -> None:
        self._emit(self.half + (self.half * rows) // max(of, 1))

    def finish(self) -> None:
        self._emit(self.total)


class ImportService:
    """Import subscriptions, the price book and campaigns into one cache."""

    def __init__(
        self, engine: Engine, *, date_locale: str | None = None, max_bytes: int = MAX_FILE_BYTES
    ) -> None:
        """``date_locale`` (e.g. ``"en_GB"``) orders d/m/y in dates written with slashes."""
        self._engine = engine
        self._date_locale = date_locale
        self._max_bytes = max_bytes

    # -- preview -------------------------------------------------------------------------

    def preview(
        self,
        path: Path | str,
        rows: int = 20,
        kind: str = "subscriptions",
        mapping: Mapping[str, str] | None = None,
        options: ReadOptions | None = None,
    ) -> Preview:
        """The headers, first ``rows`` rows and the detected column mapping of a file."""
        columns = COLUMN_SETS[kind]
        options = options or ReadOptions()
        with open_table(path, self._max_bytes, options.encoding or None) as tbl:
            width = len(tbl.headers)
            first: list[tuple[str, ...]] = []
            for _number, cells in tbl.rows():
                if len(first) >= rows:
                    break
                first.append(tuple((cells + [""] * width)[:width]))
            hmap = detect_mapping(tbl.headers, columns, mapping, tbl.header_row)
            covered = set(hmap.index)
            if kind == "subscriptions" and "autorenew_date" in covered:
                covered.add("auto_renew")
            missing = tuple(c for c in columns.columns if c not in covered)
            if kind == "subscriptions":
                required = [c for c in REQUIRED if c not in covered]
                if not covered & {"product_name", "offering_code"}:
                    required.append("product_name")
            else:
                fields = PRICE_FIELDS if kind == "prices" else CAMPAIGN_REQUIRED
                required = [c for c in fields if c not in covered]
            number_pos = hmap.index.get(NUMBER_COLUMNS[kind])
            number_locale = options.number_locale or (
                detect_locale([r[number_pos] for r in first]) if number_pos is not None else None
            )
            return Preview(
                file_name=tbl.name,
                kind=tbl.kind,
                encoding=tbl.encoding,
                delimiter=tbl.delimiter,
                headers=tuple(tbl.headers),
                rows=tuple(first),
                mapping=dict(hmap.mapping),
                unmapped=hmap.unmapped,
                missing=missing,
                required_missing=tuple(required),
                # At least the rows read: an XLSX <dimension> can be stale ("A1").
                row_estimate=max(tbl.row_estimate - tbl.header_row, len(first)),
                targets=columns.targets,
                problems=hmap.problems,
                encoding_label=encoding_name(tbl.encoding),
                encoding_chosen=bool(options.encoding) and tbl.kind == "csv",
                number_locale=number_locale,
                number_chosen=bool(options.number_locale),
            )

    # -- subscriptions -------------------------------------------------------------------

    def import_subscriptions(
        self,
        path: Path | str,
        defaults: ImportDefaults | None = None,
        progress: Progress | None = None,
        mapping: dict[str, str] | None = None,
        options: ReadOptions | None = None,
    ) -> ImportReport:
        """Validate the whole file, then upsert it by subscription ID in one transaction.

        On a server the new rows stream in while the file is still read (see the module).
        """
        if import_writes.streams_while_reading(self._engine):
            report, _phases = self._parse(
                path,
                options,
                progress,
                lambda tbl, numbers, phases: self._stream_subscriptions(
                    tbl, numbers, phases, defaults, mapping
                ),
            )
            return report
        parsed, phases = self._parse(
            path,
            options,
            progress,
            lambda tbl, numbers, phases: parse_subscriptions(
                tbl, defaults, mapping, self._date_locale, phases.read, numbers
            ),
        )
        with writer(self._engine).begin() as conn:
            import_writes.begin_import(conn, "subscriptions")
            existing = import_writes.existing_subscriptions(conn)
            diff = diff_rows(existing, parsed.rows, SUB_COLUMNS, bools=_BOOLS)
            added = import_writes.write_parties(conn, parsed.customers, parsed.partners)
            todo = diff.added + diff.updated
            import_writes.write_subscriptions(
                conn, diff.to_insert, diff.to_update, lambda n: phases.written(n, todo)
            )
            report = self._record_subscriptions(conn, parsed.file_name, diff, len(existing))
        phases.finish()
        return replace(report, customers_added=added[0], partners_added=added[1])

    def _stream_subscriptions(
        self,
        tbl: TableFile,
        numbers: NumberReader,
        phases: _Phases,
        defaults: ImportDefaults | None,
        mapping: dict[str, str] | None,
    ) -> ImportReport:
        """One transaction in which new rows are written batch by batch as they validate."""
        with writer(self._engine).begin() as conn:
            import_writes.begin_import(conn, "subscriptions")
            existing = import_writes.existing_subscriptions(conn)
            diff = Diff()
            with import_writes.NewSubscriptions(conn) as new:

                def take(rows: list[tuple[Any, ...]], people: Parties, partners: Parties) -> None:
                    batch = diff_rows(existing, rows, SUB_COLUMNS, bools=_BOOLS)
                    diff.extend(batch)
                    new.send(batch.to_insert, people, partners)

                parsed = parse_subscriptions(
                    tbl, defaults, mapping, self._date_locale, phases.read, numbers, take
                )
                todo = diff.added + diff.updated
                new.finish(lambda n: phases.written(n, todo))
            customers, partners = import_writes.write_parties(
                conn, parsed.customers, parsed.partners
            )
            done = diff.added
            import_writes.write_subscriptions(
                conn, [], diff.to_update, lambda n: phases.written(done + n, todo)
            )
            report = self._record_subscriptions(conn, parsed.file_name, diff, len(existing))
        phases.finish()
        return replace(
            report,
            customers_added=new.customers_added + customers,
            partners_added=new.partners_added + partners,
        )

    def _record_subscriptions(
        self, conn: Connection, name: str, diff: Diff, existing: int
    ) -> ImportReport:
        """The run and its audit trail (one event per changed subscription); the report."""
        audit = [
            {
                "subscription_id": sid,
                "action": "import_updated",
                "details": describe_changes(group),
            }
            for sid, group in groupby(diff.changes, key=lambda c: c.key)
        ]
        run_id = self._record(conn, "subscriptions", name, diff, audit)
        return self._report("subscriptions", name, diff, existing, run_id)

    # -- price book and campaigns --------------------------------------------------------

    def import_prices(
        self,
        path: Path | str,
        progress: Progress | None = None,
        mapping: Mapping[str, str] | None = None,
        options: ReadOptions | None = None,
    ) -> ImportReport:
        """Validate a price book file, then upsert it by (offering code, term, currency)."""
        parsed, phases = self._parse(
            path,
            options,
            progress,
            lambda tbl, numbers, phases: parse_prices(tbl, phases.read, mapping, numbers),
        )
        rows = [(c, t, cur, str(p)) for (c, t, cur), p in parsed.prices.items()]
        with writer(self._engine).begin() as conn:
            import_writes.begin_import(conn, "prices")
            existing = import_writes.existing_prices(conn)
            diff = diff_rows(
                existing,
                rows,
                import_writes.PRICE_COLUMNS,
                key_of=lambda r: r[:3],
                decimals=frozenset({"unit_price"}),
            )
            import_writes.write_prices(conn, diff.to_write)
            run_id = self._record(conn, "prices", parsed.file_name, diff, [])
        phases.finish()
        return self._report("prices", parsed.file_name, diff, len(existing), run_id)

    def import_campaigns(
        self,
        path: Path | str,
        progress: Progress | None = None,
        mapping: Mapping[str, str] | None = None,
        options: ReadOptions | None = None,
    ) -> ImportReport:
        """Validate a campaigns file, then upsert it by campaign code."""
        parsed, phases = self._parse(
            path,
            options,
            progress,
            lambda tbl, numbers, phases: parse_campaigns(
                tbl, self._date_locale, phases.read, mapping, numbers
            ),
        )
        rows = [
            (
                c.code,
                c.name,
                str(c.percent_off),
                c.valid_from.isoformat(),
                c.valid_to.isoformat(),
                "|".join(c.offering_codes),
                "|".join(str(t) for t in c.terms),
                "|".join(c.currencies),
            )
            for c in parsed.campaigns.values()
        ]
        with writer(self._engine).begin() as conn:
            import_writes.begin_import(conn, "campaigns")
            existing = import_writes.existing_campaigns(conn)
            diff = diff_rows(
                existing, rows, import_writes.CAMPAIGN_COLUMNS, decimals=frozenset({"percent_off"})
            )
            import_writes.write_campaigns(conn, diff.to_write)
            run_id = self._record(conn, "campaigns", parsed.file_name, diff, [])
        phases.finish()
        return self._report("campaigns", parsed.file_name, diff, len(existing), run_id)

    # -- shared --------------------------------------------------------------------------

    def _parse(
        self,
        path: Path | str,
        options: ReadOptions | None,
        progress: Progress | None,
        parse: Callable[[TableFile, NumberReader, _Phases], T],
    ) -> tuple[T, _Phases]:
        """Validate the whole file with ``parse``; a file whose numbers were ambiguous
        but whose other numbers show the decimal mark is read once more by that mark."""
        options = options or ReadOptions()
        numbers = NumberReader(options.number_locale or None)
        phases: _Phases | None = None
        try:
            with open_table(path, self._max_bytes, options.encoding or None) as tbl:
                phases = _Phases(progress, tbl.row_estimate - tbl.header_row + 1)
                return parse(tbl, numbers, phases), phases
        except ImportFileError:
            found = numbers.detected() if numbers.ambiguous else None
            if found is None or phases is None:
                raise
        with open_table(path, self._max_bytes, options.encoding or None) as tbl:
            return parse(tbl, NumberReader(found), phases), phases

    @staticmethod
    def _record(
        conn: Connection, kind: str, name: str, diff: Diff, audit: list[dict[str, str]]
    ) -> int:
        summary = Import.tr(
            "{kind} from {file}: {added} added, {updated} updated, {unchanged} unchanged"
        )
        event = {
            "action": f"import_{kind}",
            "details": summary.format(
                kind=kind,
                file=name,
                added=diff.added,
                updated=diff.updated,
                unchanged=diff.unchanged,
            ),
        }
        counts = (diff.added, diff.updated, diff.unchanged)
        return import_writes.record_run(conn, kind, name, counts, diff.changes, [event, *audit])

    @staticmethod
    def _report(kind: str, name: str, diff: Diff, existing: int, run_id: int) -> ImportReport:
        return ImportReport(
            kind=kind,
            file_name=name,
            added=diff.added,
            updated=diff.updated,
            unchanged=diff.unchanged,
            changes=tuple(diff.changes),
            absent=existing - diff.updated - diff.unchanged,
            run_id=run_id,
        )
