"""Open an import file, CSV or XLSX, and hand out its header and rows as text.

CSV: the encoding is UTF-8 (with or without a byte-order mark), else
Windows-1252, decided by reading the whole file once through an incremental
decoder (so a stray byte on the last line is caught before any row is used);
the delimiter (``,``, ``;`` or tab) is sniffed from the first lines, and an
Excel ``sep=;`` first line is honoured. XLSX: the active sheet through openpyxl
in read-only mode. Rows come out as lists of stripped-later strings with their
spreadsheet row number; completely blank rows are skipped.

Files are streamed, never loaded whole, and a file over :data:`MAX_FILE_BYTES`
is refused before it is opened.
"""

from __future__ import annotations

import codecs
import csv
import warnings
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from renewdesk.importing.errors import ImportFileError, file_error
from renewdesk.importing.texts import Import

MAX_FILE_BYTES = 200 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
_CHUNK = 1 << 20
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls


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
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, time):
        return value.isoformat()
    return str(value)


def _detect_encoding(path: Path, name: str) -> tuple[str, int]:
    """(codec name, number of line breaks) for a text file; raises for binary or undecodable."""
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        utf8 = codecs.getincrementaldecoder("utf-8")()
        cp1252 = codecs.getincrementaldecoder("cp1252")()
        is_utf8, is_cp1252, lines, started = True, True, 0, False
        while chunk := fh.read(_CHUNK):
            if b"\x00" in chunk:
                raise file_error(name, _not_a_table())
            lines += chunk.count(b"\n")
            started = started or not chunk.isspace()
            # Both decoders see every chunk: bytes valid in UTF-8 can be undefined in 1252.
            if is_utf8:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError:
                    is_utf8 = False
            if is_cp1252:
                try:
                    cp1252.decode(chunk)
                except UnicodeDecodeError:
                    is_cp1252 = False
            if not (is_utf8 or is_cp1252):
                break
        if is_utf8:
            try:
                utf8.decode(b"", final=True)
            except UnicodeDecodeError:
                is_utf8 = False
    if not started:
        raise file_error(name, Import.tr("the file is empty"))
    if head.startswith(codecs.BOM_UTF8):
        if not is_utf8:
            raise file_error(
                name, Import.tr("the file says it is UTF-8 but holds bytes that are not")
            )
        return "utf-8-sig", lines
    if is_utf8:
        return "utf-8-sig", lines
    if is_cp1252:
        return "cp1252", lines
    raise file_error(name, Import.tr("the file is neither UTF-8 nor Windows-1252 text"))


def _not_a_table() -> str:
    return Import.tr("the file is not a CSV text file or an XLSX workbook")


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

    def __init__(self, path: Path | str, max_bytes: int = MAX_FILE_BYTES) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.kind = "csv"
        self.encoding: str | None = None
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
        self.encoding, self.row_estimate = _detect_encoding(self.path, self.name)
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
        try:
            with warnings.catch_warnings():
                # openpyxl warns about styles and extensions it ignores; they don't matter here.
                warnings.simplefilter("ignore")
                # Our own handle: openpyxl leaves its file open when a damaged one fails.
                self._xlsx_fh = self.path.open("rb")
                self._wb = openpyxl.load_workbook(self._xlsx_fh, read_only=True, data_only=True)
            sheet = self._wb.active or self._wb.worksheets[0]
            values = sheet.iter_rows(values_only=True)
        except Exception as exc:
            # A damaged archive fails in zlib, zipfile, the XML parser or openpyxl's
            # own classes, with many kinds of error (as _guarded says for the rows).
            raise file_error(
                self.name, Import.tr("the file is not a readable XLSX workbook")
            ) from exc
        self.row_estimate = sheet.max_row or 0
        self._rows = self._guarded(
            (n, [cell_text(v) for v in row]) for n, row in enumerate(values, start=1)
        )

    def _guarded(self, rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
        """``rows``, with a damaged file's error turned into an :class:`ImportFileError`."""
        try:
            yield from rows
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
                self.headers = [c.strip().lstrip("\ufeff") for c in cells]
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


def open_table(path: Path | str, max_bytes: int = MAX_FILE_BYTES) -> TableFile:
    """Open ``path`` for import; raises :class:`ImportFileError` when it can't be read."""
    return TableFile(path, max_bytes)


__all__ = [
    "DELIMITERS",
    "MAX_FILE_BYTES",
    "ImportFileError",
    "TableFile",
    "cell_text",
    "open_table",
]
