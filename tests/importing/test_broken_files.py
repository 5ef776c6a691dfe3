"""Every broken file is rejected as a whole, names row and column, and leaves the cache alone."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from renewdesk.importing.errors import MAX_PROBLEMS, ImportFileError
from renewdesk.services.import_service import ImportService
from tests.importing.helpers import (
    CANONICAL_HEADER,
    CANONICAL_ROWS,
    cache_bytes,
    csv_text,
    table_contents,
)

COL = {name: i for i, name in enumerate(CANONICAL_HEADER)}


def rows_with(row: int, column: str, value: str) -> list[list[str]]:
    """The canonical rows with one cell replaced (``row`` counted as a spreadsheet does)."""
    rows = [list(r) for r in CANONICAL_ROWS]
    rows[row - 2][COL[column]] = value
    return rows


def canonical(rows: list[list[str]], header: list[str] = CANONICAL_HEADER) -> bytes:
    return csv_text(header, rows).encode()


BROKEN: dict[str, tuple[Callable[[], bytes], int | None, str, str]] = {
    # name: (file bytes, row, column, words in the problem)
    "missing required column": (
        lambda: canonical(
            [r[:12] + r[13:] for r in CANONICAL_ROWS],
            [h for h in CANONICAL_HEADER if h != "seats"],
        ),
        1,
        "Seats",
        "the file has no such column",
    ),
    "bad date on one row": (
        lambda: canonical(rows_with(3, "renewal_date", "31.02.2026")),
        3,
        "renewal_date",
        '"31.02.2026" is not a date',
    ),
    "negative seats": (
        lambda: canonical(rows_with(4, "seats", "-3")),
        4,
        "seats",
        "-3 is not a whole number of seats of 0 or more",
    ),
    "fractional seats": (
        lambda: canonical(rows_with(2, "seats", "2,5")),
        2,
        "seats",
        "not a whole number",
    ),
    "unknown term": (
        lambda: canonical(rows_with(2, "term", "biennial")),
        2,
        "term",
        '"biennial" is not a known term',
    ),
    "unknown status": (
        lambda: canonical(rows_with(3, "status", "frozen")),
        3,
        "status",
        "not a known status",
    ),
    "unknown offering type": (
        lambda: canonical(rows_with(3, "offering_type", "perpetual")),
        3,
        "offering_type",
        "not a known offering type",
    ),
    "unknown payment method": (
        lambda: canonical(rows_with(4, "payment_method", "cash")),
        4,
        "payment_method",
        "not a known payment method",
    ),
    "currency not three letters": (
        lambda: canonical(rows_with(2, "currency", "EURO")),
        2,
        "currency",
        "three-letter currency code",
    ),
    "duplicated subscription id": (
        lambda: canonical(rows_with(4, "subscription_id", "SUB-1")),
        4,
        "subscription_id",
        'subscription "SUB-1" is also on row 2',
    ),
    "start after renewal": (
        lambda: canonical(rows_with(2, "start_date", "2026-04-01")),
        2,
        "start_date",
        "after the renewal date",
    ),
    "empty file": (lambda: b"", None, "", "the file is empty"),
    "only blank lines": (lambda: b"\r\n\r\n  \r\n", None, "", "the file is empty"),
    "header only": (
        lambda: canonical([]),
        None,
        "",
        "no subscriptions",
    ),
    "binary file": (
        lambda: bytes(range(256)) * 40,
        None,
        "",
        "not a CSV text file or an XLSX workbook",
    ),
    "neither utf-8 nor windows-1252": (
        lambda: canonical(CANONICAL_ROWS).replace(b"Acme", b"Ac\x81\xc3me"),
        2,
        "customer_name",
        "byte 0x81 is not a character in Windows-1252",
    ),
    "xlsx that is not a workbook": (
        lambda: b"PK\x03\x04 this is not really a zip archive",
        None,
        "",
        "not a readable XLSX workbook",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_file_is_rejected_and_cache_unchanged(
    case: str, service: ImportService, canonical_csv: Path, tmp_path: Path, db_path: Path
) -> None:
    service.import_subscriptions(canonical_csv)  # the cache holds something to protect
    make, row, column, words = BROKEN[case]
    path = tmp_path / ("broken.xlsx" if case.startswith("xlsx") else "broken.csv")
    path.write_bytes(make())
    before_rows, before_bytes = table_contents(db_path), cache_bytes(db_path)

    with pytest.raises(ImportFileError) as caught:
        service.import_subscriptions(path)

    first = caught.value.problems[0]
    assert (first.row, first.column) == (row, column)
    assert words in first.problem
    message = str(caught.value)
    assert message.startswith(f"{path.name}: ") and "\n" not in message
    if row is not None and column:
        assert f'row {row}, column "{column}": ' in message
    assert cache_bytes(db_path) == before_bytes
    assert table_contents(db_path) == before_rows


def test_columns_are_named_as_the_file_writes_them(service: ImportService, tmp_path: Path) -> None:
    header = ["Seat_Quantity" if h == "seats" else h for h in CANONICAL_HEADER]
    path = tmp_path / "subs.csv"
    path.write_bytes(canonical(rows_with(3, "seats", "-3"), header))

    with pytest.raises(ImportFileError) as caught:
        service.import_subscriptions(path)

    assert str(caught.value) == (
        'subs.csv: row 3, column "Seat_Quantity": -3 is not a whole number of seats of 0 or more'
    )


def test_every_problem_is_listed_and_the_count_beyond_the_cap(
    service: ImportService, tmp_path: Path
) -> None:
    rows = [list(CANONICAL_ROWS[0]) for _ in range(MAX_PROBLEMS + 50)]
    for i, row in enumerate(rows):
        row[0] = f"S-{i}"
        row[COL["seats"]] = "-1"
    rows[0][COL["term"]] = "weekly"
    path = tmp_path / "subs.csv"
    path.write_bytes(canonical(rows))

    with pytest.raises(ImportFileError) as caught:
        service.import_subscriptions(path)

    error = caught.value
    assert error.problems[:2] == [
        (2, "term", '"weekly" is not a known term (use one of Monthly, Annual, 3 years)'),
        (2, "seats", "-1 is not a whole number of seats of 0 or more"),
    ]
    assert len(error.problems) == MAX_PROBLEMS and error.total == MAX_PROBLEMS + 51
    assert str(error).endswith(f"(and {MAX_PROBLEMS + 50} more problems)")


def test_a_row_with_more_values_than_the_header(service: ImportService, tmp_path: Path) -> None:
    rows = [list(r) for r in CANONICAL_ROWS]
    rows[1].append("stray")
    path = tmp_path / "subs.csv"
    path.write_bytes(canonical(rows))

    with pytest.raises(ImportFileError, match=r"subs.csv: row 3: the row has more values"):
        service.import_subscriptions(path)


def test_oversized_file_is_refused_before_reading(engine: object, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(canonical(CANONICAL_ROWS))
    small = ImportService(engine, max_bytes=100)  # type: ignore[arg-type]

    with pytest.raises(ImportFileError, match="files over 0 MB are not imported"):
        small.import_subscriptions(path)


def test_old_xls_and_missing_file(service: ImportService, tmp_path: Path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match=r"old\.xls: old Excel \.xls files are not read"):
        service.import_subscriptions(xls)
    with pytest.raises(ImportFileError, match=r"nowhere\.csv: the file cannot be opened"):
        service.import_subscriptions(tmp_path / "nowhere.csv")


def test_damaged_workbook(service: ImportService, tmp_path: Path, db_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(CANONICAL_HEADER)
    wb.active.append(CANONICAL_ROWS[0])
    wb.save(good)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.endswith("sheet1.xml"):
                data = data[: len(data) // 2]  # cut off mid-way, as a failed download would
            dst.writestr(item, data)
    before = table_contents(db_path)

    damaged_message = r"^damaged\.xlsx: the (workbook cannot be read|file is not a readable XLSX)"
    with pytest.raises(ImportFileError, match=damaged_message):
        service.import_subscriptions(damaged)
    assert table_contents(db_path) == before
