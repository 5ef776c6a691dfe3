"""Open an import file, CSV or XLSX, and hand out its header and rows as text.

CSV: the encoding is the one the admin chose, or detected by reading the whole
file once (:mod:`renewdesk.importing.encodings`: UTF-8 with or without a
byte-order mark, else Windows-1252, and a UTF-8 file with stray bytes is
refused naming the first one's row and column, before any row is used);
the delimiter (``,``, ``;`` or tab) is sniffed from the first lines, and an
Excel ``sep=;`` first line is honoured. XLSX: the active sheet through openpyxl
in read-only mode (its XML parsed through defusedxml, so no external entity
is fetched and no entity expands), after :mod:`renewdesk.importing.xlsx_guard`
has checked the archive's unpacked sizes; the sheet's dimensions and rows are
checked against the same limits. Numbers stored as numbers come out as
:class:`NumberText`, so the file's number locale (a CSV matter) never applies
to them. Rows come out as lists of stripped-later strings with their
spreadsheet row number; completely blank rows are skipped.

Files are streamed, never loaded whole, and a file over :data:`MAX_FILE_BYTES`
is refused before it is opened.
"""

from __future__ import annotations

import csv
import math
import warnings
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from renewdesk.importing import xlsx_guard
from renewdesk.importing.encodings import detect
from renewdesk.importing.errors import ImportFileError, file_error
from renewdesk.importing.invisible import visible
from renewdesk.importing.texts import Import

MAX_FILE_BYTES = 200 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls


class NumberText(str):
    """A cell the workbook stores as a number, written with ``.`` as the decimal mark.

    The number parsers read it as it is, whatever the file's number locale.
    """

    __slots__ = ()


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        return NumberText(int(value) if value.is_integer() else repr(value))
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, int | Decimal):
        return NumberText(value)
    return str(value)


def sniff_delimiter(sample_lines: list[str]) -> str:
    """The delimiter that splits the sample into the most consistent columns."""
    header = next((ln for ln in sample_lines if ln.strip()), "")
    best, best_score = ",", (-1, -1)
    for delim in DELIMITERS:
        try:
            rows = list(csv.reader(sample_lines, delimiter=delim))
        except csv.Error:  # e.g. a field over the csv limit: reading the file says so
            continue
        rows = [r for r in rows if any(c.strip() for c in r)]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistent = sum(1 for r in rows[1:] if len(r) == width)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delim, score
    if best_score == (-1, -1) and header:
        counts = {d: header.count(d) for d in DELIMITERS}
        best = max(DELIMITERS, key=lambda d: counts[d]) if any(counts.values()) else ","
    return best


class TableFile:
    """An open import file: its header row and an iterator over its data rows.

    Use it as a context manager so the file (or workbook) is closed again.
    """

    def __init__(
        self, path: Path | str, max_bytes: int = MAX_FILE_BYTES, encoding: str | None = None
    ) -> None:
        """``encoding`` (an :data:`~renewdesk.importing.encodings.ENCODINGS` key) or detect."""
        self.path = Path(path)
        self.name = self.path.name
        self.kind = "csv"
        self.encoding: str | None = None  # the codec a CSV was read with
        self.chosen_encoding = encoding
        self.delimiter: str | None = None
        self.headers: list[str] = []
        self.header_row = 1
        self.row_estimate = 0
        self._skip_lines = 0
        self._fh: IO[str] | None = None
        self._wb: Any = None
        self._xlsx_fh: IO[bytes] | None = None
        self._rows: Iterator[tuple[int, list[str]]] | None = None
        try:
            self._open(max_bytes)
        except BaseException:
            self.close()
            raise

    # -- opening -------------------------------------------------------------------------

    def _open(self, max_bytes: int) -> None:
        try:
            size = self.path.stat().st_size
            if self.path.is_dir():
                raise file_error(self.name, Import.tr("this is a folder, not a file"))
            with self.path.open("rb") as fh:
                magic = fh.read(8)
        except OSError as exc:
            raise file_error(
                self.name,
                Import.tr("the file cannot be opened: {reason}").format(reason=exc.strerror),
            ) from exc
        if size > max_bytes:
            raise file_error(
                self.name,
                Import.tr("the file is {size} MB; files over {limit} MB are not imported").format(
                    size=round(size / 2**20), limit=round(max_bytes / 2**20)
                ),
            )
        if size == 0:
            raise file_error(self.name, Import.tr("the file is empty"))
        if magic.startswith(_OLE_MAGIC) or self.path.suffix.lower() == ".xls":
            raise file_error(
                self.name, Import.tr("old Excel .xls files are not read; save it as .xlsx or CSV")
            )
        if magic.startswith(_ZIP_MAGIC) or self.path.suffix.lower() in {".xlsx", ".xlsm"}:
            self._open_xlsx()
        else:
            self._open_csv()
        self._read_header()

    def _open_csv(self) -> None:
        found = detect(self.path, self.name, self.chosen_encoding)
        self.encoding, self.row_estimate = found.codec, found.lines
        with self.path.open(encoding=self.encoding, newline="") as fh:
            sample = [line for _, line in zip(range(30), fh, strict=False)]
        first = sample[0].strip() if sample else ""
        if first.lower().startswith("sep=") and len(first) == 5:
            # Excel's hint line; Excel hides it, so the header still shows as row 1.
            self.delimiter = first[4]
            self._skip_lines = 1
            sample = sample[1:]
        else:
            self.delimiter = sniff_delimiter(sample)
        self._fh = self.path.open(encoding=self.encoding, newline="")
        for _ in range(self._skip_lines):
            self._fh.readline()
        reader = csv.reader(self._fh, delimiter=self.delimiter)
        self._rows = self._guarded(enumerate(reader, start=1))

    def _open_xlsx(self) -> None:
        import openpyxl  # type: ignore[import-untyped]

        self.kind = "xlsx"
        if not openpyxl.DEFUSEDXML:
            # Without defusedxml the XML parser would resolve entities a hostile file declares.
            raise file_error(
                self.name,
                Import.tr("XLSX files are not read: the defusedxml package is not installed"),
            )
        xlsx_guard.check_archive(self.path, self.name)
        try:
            with warnings.catch_warnings():
                # openpyxl warns about styles and extensions it ignores; they don't matter here.
                warnings.simplefilter("ignore")
                # Our own handle: openpyxl leaves its file open when a damaged one fails.
                self._xlsx_fh = self.path.open("rb")
                self._wb = openpyxl.load_workbook(self._xlsx_fh, read_only=True, data_only=True)
            sheet = self._wb.active or self._wb.worksheets[0]
            declared = (sheet.max_row, sheet.max_column)
        except Exception as exc:
            # A damaged archive fails in zlib, zipfile, the XML parser or openpyxl's
            # own classes, with many kinds of error (as _guarded says for the rows).
            raise file_error(
                self.name, Import.tr("the file is not a readable XLSX workbook")
            ) from exc
        xlsx_guard.check_dimensions(self.name, *declared)
        self.row_estimate = declared[0] or 0
        # In read-only mode openpyxl stops at the declared dimensions, and a workbook's
        # <dimension> can be stale (some programs always write "A1"): rows or columns past
        # it would vanish without a word. Read the sheet whole; _sheet_rows counts it.
        sheet.reset_dimensions()
        values = sheet.iter_rows(values_only=True)
        self._rows = self._guarded(self._sheet_rows(values))

    def _sheet_rows(self, values: Iterator[tuple[Any, ...]]) -> Iterator[tuple[int, list[str]]]:
        check = xlsx_guard.check_row
        for number, row in enumerate(values, start=1):
            check(self.name, number, len(row))
            yield number, [cell_text(v) for v in row]

    def _guarded(self, rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
        """``rows``, with a damaged file's error turned into an :class:`ImportFileError`."""
        try:
            yield from rows
        except ImportFileError:
            raise
        except (csv.Error, UnicodeDecodeError) as exc:
            raise file_error(
                self.name, Import.tr("the CSV cannot be read: {reason}").format(reason=exc)
            ) from exc
        except Exception as exc:
            if self.kind != "xlsx":
                raise
            # openpyxl raises many kinds of error on a damaged sheet (XML, zip, values).
            raise file_error(
                self.name, Import.tr("the workbook cannot be read: {reason}").format(reason=exc)
            ) from exc

    def _read_header(self) -> None:
        assert self._rows is not None
        for number, cells in self._rows:
            if any(c.strip() for c in cells):
                self.header_row = number
                # A header holding a BOM or a zero-width space looks like the name it
                # is not (a "missing" column the admin can see): match it without them.
                self.headers = [visible(c).strip() for c in cells]
                while self.headers and not self.headers[-1]:
                    self.headers.pop()
                return
        raise file_error(self.name, Import.tr("the file is empty"))

    # -- reading -------------------------------------------------------------------------

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(spreadsheet row number, cells) for each non-blank data row."""
        assert self._rows is not None
        for number, cells in self._rows:
            first = cells[0] if cells else ""
            if (first and not first.isspace()) or any(c and not c.isspace() for c in cells):
                yield number, cells

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self._wb is not None:
            self._wb.close()
            self._wb = None
        if self._xlsx_fh is not None:
            self._xlsx_fh.close()
            self._xlsx_fh = None

    def __enter__(self) -> TableFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_table(
    path: Path | str, max_bytes: int = MAX_FILE_BYTES, encoding: str | None = None
) -> TableFile:
    """Open ``path`` for import; raises :class:`ImportFileError` when it can't be read."""
    return TableFile(path, max_bytes, encoding)


__all__ = [
    "DELIMITERS",
    "MAX_FILE_BYTES",
    "ImportFileError",
    "NumberText",
    "TableFile",
    "cell_text",
    "open_table",
]
