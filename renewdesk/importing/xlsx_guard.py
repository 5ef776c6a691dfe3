"""Refuse an XLSX workbook that would unpack to more than an import can hold, before parsing it.

An XLSX file is a zip archive of XML parts, and zip compresses repetitive XML
a thousandfold: a 13 MB file can hold a 3 GB sheet or a 2 GB shared-strings
table. The archive's directory states every part's uncompressed size, and
:mod:`zipfile` never hands out more bytes than it states (a part that inflates
further fails its size and CRC check), so those sizes are checked first, from
the directory alone. The sheet's declared dimensions are checked once openpyxl
has opened it, and the rows are counted while they are read.

The limits (documented in the README's "Import format"):

- all parts together at most :data:`MAX_ARCHIVE_BYTES` unpacked,
- a worksheet at most :data:`MAX_SHEET_BYTES`,
- the shared-strings table at most :data:`MAX_SHARED_STRINGS_BYTES`
  (openpyxl holds it in memory while the sheet is read),
- any other part at most :data:`MAX_PART_BYTES`, and at most
  :data:`MAX_PARTS` parts,
- a part over a megabyte packed at most :data:`MAX_RATIO` times,
- a sheet at most :data:`MAX_ROWS` rows and :data:`MAX_COLUMNS` columns.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from renewdesk.importing.errors import ImportFileError, file_error
from renewdesk.importing.texts import Import

MB = 1024 * 1024
MAX_ARCHIVE_BYTES = 512 * MB
MAX_SHEET_BYTES = 400 * MB
MAX_SHARED_STRINGS_BYTES = 24 * MB  # held in memory: about 6 times this as Python text
MAX_PART_BYTES = 16 * MB
MAX_PARTS = 2000
MAX_ROWS = 500_000
MAX_COLUMNS = 1000
# A part over a megabyte may unpack to at most this many times its packed size. Real
# sheets pack 5 to 30 times (100,000 subscriptions: 103 MB in 7 MB); a bomb packs a
# thousand times, so one that stays under the size limits is caught here.
MAX_RATIO = 100


def _megabytes(size: int) -> str:
    return f"{size / MB:,.0f}" if size >= 10 * MB else f"{size / MB:,.1f}"


def check_archive(path: Path, name: str) -> None:
    """Raise :class:`ImportFileError` when the archive's parts would unpack past the limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise file_error(name, Import.tr("the file is not a readable XLSX workbook")) from exc
    if len(parts) > MAX_PARTS:
        raise file_error(
            name,
            Import.tr("the workbook has {count} parts; at most {limit} are read").format(
                count=len(parts), limit=MAX_PARTS
            ),
        )
    total = 0
    for part in parts:
        total += part.file_size
        limit = _part_limit(part.filename)
        if part.file_size > limit:
            raise _too_big(name, part.filename, part.file_size, limit)
        if part.file_size > MB and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise file_error(
                name,
                Import.tr(
                    "the workbook part {part} unpacks {ratio} times larger than it is "
                    "stored, as only a zip bomb does; it is not read"
                ).format(part=part.filename, ratio=part.file_size // max(part.compress_size, 1)),
            )
    if total > MAX_ARCHIVE_BYTES:
        raise file_error(
            name,
            Import.tr(
                "the workbook unpacks to {size} MB; workbooks over {limit} MB are not imported"
            ).format(size=_megabytes(total), limit=_megabytes(MAX_ARCHIVE_BYTES)),
        )


def _part_limit(filename: str) -> int:
    lower = filename.lower()
    if lower.startswith("xl/worksheets/") and lower.endswith(".xml"):
        return MAX_SHEET_BYTES
    if lower.endswith("sharedstrings.xml"):
        return MAX_SHARED_STRINGS_BYTES
    return MAX_PART_BYTES


def _too_big(name: str, part: str, size: int, limit: int) -> ImportFileError:
    if limit == MAX_SHEET_BYTES:
        text = Import.tr("a sheet of the workbook unpacks to {size} MB; at most {limit} MB is read")
    elif limit == MAX_SHARED_STRINGS_BYTES:
        text = Import.tr(
            "the workbook's table of texts unpacks to {size} MB; at most {limit} MB is read"
        )
    else:
        text = Import.tr(
            "the workbook part {part} unpacks to {size} MB; at most {limit} MB is read"
        )
    return file_error(name, text.format(part=part, size=_megabytes(size), limit=_megabytes(limit)))


def check_dimensions(name: str, rows: int | None, columns: int | None) -> None:
    """Raise when a sheet declares more rows or columns than an import reads."""
    if rows is not None and rows > MAX_ROWS:
        raise file_error(
            name,
            Import.tr("the sheet has {count} rows; at most {limit} are imported").format(
                count=f"{rows:,}", limit=f"{MAX_ROWS:,}"
            ),
        )
    if columns is not None and columns > MAX_COLUMNS:
        raise file_error(
            name,
            Import.tr("the sheet has {count} columns; at most {limit} are read").format(
                count=f"{columns:,}", limit=f"{MAX_COLUMNS:,}"
            ),
        )


def check_row(name: str, number: int, width: int) -> None:
    """Raise when row ``number`` (as the sheet numbers it) goes past the limits."""
    if number > MAX_ROWS:
        check_dimensions(name, number, None)
    if width > MAX_COLUMNS:
        raise file_error(
            name,
            Import.tr("the row has {count} columns; at most {limit} are read").format(
                count=f"{width:,}", limit=f"{MAX_COLUMNS:,}"
            ),
            row=number,
        )
