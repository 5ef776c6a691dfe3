"""Hostile and odd input (issue 10, points 4-10): each is refused naming row and column, or
read as the admin meant it, and a refused file leaves the cache file byte for byte as it was."""

from __future__ import annotations

import re
import time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from renewdesk.importing.errors import ImportFileError
from renewdesk.services.import_service import ImportService, ReadOptions
from renewdesk.store.repositories import SubscriptionRepository
from tests.importing.bombs import (
    Member,
    shared_strings_bomb,
    sheet_bomb,
    workbook_members,
    xlsx_with,
)
from tests.importing.helpers import CANONICAL_HEADER, CANONICAL_ROWS, cache_bytes, csv_text

COL = {name: i for i, name in enumerate(CANONICAL_HEADER)}


def rows_with(changes: dict[tuple[int, str], str]) -> list[list[str]]:
    """The canonical rows with cells replaced, by (spreadsheet row, column)."""
    rows = [list(r) for r in CANONICAL_ROWS]
    for (row, column), value in changes.items():
        rows[row - 2][COL[column]] = value
    return rows


def write(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path.write_bytes(csv_text(CANONICAL_HEADER, rows).encode(encoding))
    return path


def refused(service: ImportService, db_path: Path, call) -> ImportFileError:
    """Run ``call`` (an import), expect a refusal, and check the cache file did not change."""
    before = cache_bytes(db_path)
    with pytest.raises(ImportFileError) as caught:
        call()
    assert cache_bytes(db_path) == before
    return caught.value


@pytest.fixture
def seeded(service: ImportService, tmp_path: Path, db_path: Path) -> ImportService:
    """A cache that already holds the canonical file, so "unchanged" means something."""
    service.import_subscriptions(write(tmp_path / "first.csv", rows_with({})))
    return service


# -- 4: workbooks that unpack to gigabytes -------------------------------------------------


@pytest.fixture(scope="module")
def parts() -> dict[str, bytes]:
    return workbook_members(CANONICAL_HEADER, [list(r) for r in CANONICAL_ROWS])


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (
            lambda p, parts: sheet_bomb(p, parts, 3000),
            "a sheet of the workbook unpacks to 3,000 MB",
        ),
        (
            lambda p, parts: shared_strings_bomb(p, parts, 2000),
            "the workbook's table of texts unpacks to 2,000 MB",
        ),
        (lambda p, parts: sheet_bomb(p, parts, 200), "unpacks 2"),  # under the size cap: ratio
    ],
    ids=["3 GB sheet", "2 GB shared strings", "200 MB sheet packed 2000 times"],
)
def test_a_workbook_that_unpacks_to_gigabytes_is_refused_at_once(
    seeded: ImportService, db_path: Path, tmp_path: Path, parts: dict[str, bytes], build, words
) -> None:
    bomb = build(tmp_path / "bomb.xlsx", parts)
    assert bomb.stat().st_size < 15 * 1024 * 1024
    started = time.perf_counter()
    error = refused(seeded, db_path, lambda: seeded.import_subscriptions(bomb))
    assert time.perf_counter() - started < 5
    assert words in str(error) and str(error).startswith("bomb.xlsx: ")
    with pytest.raises(ImportFileError, match=words):
        seeded.preview(bomb)


def test_a_sheet_declaring_a_million_rows_is_refused_before_reading(
    seeded: ImportService, db_path: Path, tmp_path: Path, parts: dict[str, bytes]
) -> None:
    sheet = parts["xl/worksheets/sheet1.xml"]
    lying = re.sub(rb'<dimension ref="A1:S4" ?/>', b'<dimension ref="A1:S1048576"/>', sheet)
    assert lying != sheet
    path = xlsx_with(tmp_path / "tall.xlsx", parts, Member("xl/worksheets/sheet1.xml", lying))
    error = refused(seeded, db_path, lambda: seeded.import_subscriptions(path))
    assert "the sheet has 1,048,576 rows; at most 500,000 are imported" in str(error)


@pytest.mark.parametrize("dimension", [b"A1", b"A1:S3", b"A1:C4"], ids=["A1", "rows", "columns"])
def test_a_stale_dimension_drops_no_row_or_column(
    service: ImportService, engine, tmp_path: Path, parts: dict[str, bytes], dimension: bytes
) -> None:
    """Some programs write <dimension ref="A1"/> whatever the sheet holds: every row counts."""
    sheet = parts["xl/worksheets/sheet1.xml"]
    stale = re.sub(rb'<dimension ref="A1:S4" ?/>', b'<dimension ref="' + dimension + b'"/>', sheet)
    assert stale != sheet
    path = xlsx_with(tmp_path / "stale.xlsx", parts, Member("xl/worksheets/sheet1.xml", stale))
    assert service.preview(path).row_estimate == len(CANONICAL_ROWS)  # the dialog's count
    report = service.import_subscriptions(path)
    assert report.added == len(CANONICAL_ROWS)
    subs = {s.subscription_id: s for s in SubscriptionRepository(engine).all()}
    assert sorted(subs) == ["SUB-1", "SUB-2", "SUB-3"]
    assert subs["SUB-1"].team == "Design" and subs["SUB-2"].partner_csn == "P-9"  # past "C"


# -- 10: XML attacks -----------------------------------------------------------------------


def test_openpyxl_parses_through_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE x [<!ENTITY secret SYSTEM "file://{secret}">]>',
        b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
        b'<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>',
    ],
    ids=["external entity", "entity expansion"],
)
@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml"])
def test_xml_entities_are_refused_and_never_resolved(
    seeded: ImportService,
    db_path: Path,
    tmp_path: Path,
    parts: dict[str, bytes],
    doctype: bytes,
    part: str,
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    body = parts[part]
    declaration, _, rest = body.rpartition(b"?>")
    use = b"&secret;" if b"SYSTEM" in doctype else b"&h;"
    rest = rest.replace(b"<t>SUB-1</t>", b"<t>" + use + b"</t>", 1)
    doctype = doctype.replace(b"{secret}", str(secret).encode())
    evil = (declaration + b"?>" if declaration else b"") + doctype + rest
    path = xlsx_with(tmp_path / "evil.xlsx", parts, Member(part, evil))
    started = time.perf_counter()
    error = refused(seeded, db_path, lambda: seeded.import_subscriptions(path))
    assert time.perf_counter() - started < 5
    assert "TOP-SECRET-VALUE" not in str(error)
    assert str(error).startswith("evil.xlsx: ")
    assert b"TOP-SECRET-VALUE" not in cache_bytes(db_path)


# -- 5: long texts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "length", "most"),
    [("product_name", 1500, 200), ("customer_name", 2500, 200), ("subscription_id", 65, 64),
     ("team", 101, 100), ("buyer_email", 300, 254)],
)  # fmt: skip
def test_a_text_longer_than_its_field_is_refused_naming_row_and_column(
    seeded: ImportService, db_path: Path, tmp_path: Path, column: str, length: int, most: int
) -> None:
    value = "x" * length if column != "buyer_email" else "b" * (length - 12) + "@example.com"
    path = write(tmp_path / "long.csv", rows_with({(3, column): value}))
    error = refused(seeded, db_path, lambda: seeded.import_subscriptions(path))
    first = error.problems[0]
    assert (first.row, first.column) == (3, column)
    assert f"is {length:,} characters long; at most {most} are allowed" in first.problem
    assert len(str(error)) < 300  # the value is quoted cut short, on one line


def test_a_text_exactly_at_its_limit_imports(seeded: ImportService, engine, tmp_path: Path) -> None:
    path = write(tmp_path / "edge.csv", rows_with({(2, "product_name"): "é" * 200}))
    seeded.import_subscriptions(path)
    assert SubscriptionRepository(engine).get("SUB-1").product_name == "é" * 200


def test_long_price_book_and_campaign_texts_are_refused(
    seeded: ImportService, db_path: Path, tmp_path: Path
) -> None:
    prices = tmp_path / "prices.csv"
    prices.write_text(f"offering_code,term,currency,unit_price\n{'C' * 65},annual,EUR,10\n")
    error = refused(seeded, db_path, lambda: seeded.import_prices(prices))
    assert (error.problems[0].row, error.problems[0].column) == (2, "offering_code")
    campaigns = tmp_path / "campaigns.csv"
    campaigns.write_text(
        f"code,name,percent_off,valid_from,valid_to\nSPRING,{'N' * 201},10,2026-01-01,2026-02-01\n"
    )
    error = refused(seeded, db_path, lambda: seeded.import_campaigns(campaigns))
    assert (error.problems[0].row, error.problems[0].column) == (2, "name")
    assert "at most 200" in error.problems[0].problem


# -- 6: out-of-range values ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("seats", "99999999999999999999999", "seats is more than one subscription may have"),
        ("seats", "1000001", "(1,000,000)"),
        ("renewal_date", "9999-12-31", "is outside the dates RenewDesk takes (1900-01-01"),
        ("start_date", "0001-01-01", "is outside the dates"),
        ("renewal_date", "31.12.9999", "is outside the dates"),
        ("start_date", "01/01/1899", "is outside the dates"),
        ("renewal_date", "2200-01-01T00:00:00", "is outside the dates"),
    ],
)
def test_values_out_of_range_are_refused_where_they_enter(
    seeded: ImportService, db_path: Path, tmp_path: Path, column: str, value: str, words: str
) -> None:
    path = write(tmp_path / "range.csv", rows_with({(4, column): value}))
    error = refused(seeded, db_path, lambda: seeded.import_subscriptions(path))
    assert (error.problems[0].row, error.problems[0].column) == (4, column)
    assert words in error.problems[0].problem


def test_dates_at_the_bounds_import(seeded: ImportService, engine, tmp_path: Path) -> None:
    path = write(
        tmp_path / "bounds.csv",
        rows_with({(2, "start_date"): "1900-01-01", (2, "renewal_date"): "31.12.2199"}),
    )
    seeded.import_subscriptions(path)
    sub = SubscriptionRepository(engine).get("SUB-1")
    assert (sub.start_date.year, sub.renewal_date.year) == (1900, 2199)


@pytest.mark.parametrize(
    ("price", "words"),
    [
        ("1234567890123456789012345", "more than the highest unit price RenewDesk takes"),
        ("10.12345", "has more than 4 decimals"),
        ("1e30", "is not a number"),
    ],
)
def test_prices_out_of_range_are_refused(
    seeded: ImportService, db_path: Path, tmp_path: Path, price: str, words: str
) -> None:
    path = tmp_path / "prices.csv"
    path.write_text(f"offering_code,term,currency,unit_price\nACD,annual,EUR,{price}\n")
    error = refused(seeded, db_path, lambda: seeded.import_prices(path))
    assert (error.problems[0].row, error.problems[0].column) == (2, "unit_price")
    assert words in error.problems[0].problem


def test_campaign_dates_out_of_range_are_refused(
    seeded: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "campaigns.csv"
    path.write_text("code,name,percent_off,valid_from,valid_to\nX,X,10,2026-01-01,9999-12-31\n")
    error = refused(seeded, db_path, lambda: seeded.import_campaigns(path))
    assert (error.problems[0].row, error.problems[0].column) == (2, "valid_to")


# -- 7: invisible characters in IDs and codes ------------------------------------------------


def test_a_byte_order_mark_starting_a_row_does_not_make_a_second_id(
    seeded: ImportService, db_path: Path, tmp_path: Path
) -> None:
    rows = rows_with({(3, "subscription_id"): "\ufeffSUB-1"})
    error = refused(
        seeded, db_path, lambda: seeded.import_subscriptions(write(tmp_path / "bom.csv", rows))
    )
    first = error.problems[0]
    assert (first.row, first.column) == (3, "subscription_id")
    assert 'subscription "SUB-1" is also on row 2' in first.problem


@pytest.mark.parametrize(
    "spelled",
    ["\ufeffSUB-1", "SUB-1\u200b", "\u00a0SUB-1\u00a0", "SU\u200dB-1", "\u2060SUB-1"],
    ids=["BOM", "zero-width space", "NBSP padding", "zero-width joiner", "word joiner"],
)
def test_invisible_characters_are_stripped_from_ids_and_codes(
    seeded: ImportService, engine, tmp_path: Path, spelled: str
) -> None:
    rows = rows_with(
        {(2, "subscription_id"): spelled, (2, "offering_code"): "\ufeffACD", (2, "seats"): "11"}
    )
    report = seeded.import_subscriptions(write(tmp_path / "ids.csv", rows))
    assert (report.added, report.updated) == (0, 1)
    sub = SubscriptionRepository(engine).get("SUB-1")
    assert sub.seats == 11 and sub.offering_code == "ACD"


def test_invisible_characters_in_the_header_do_not_hide_a_column(
    service: ImportService, engine, tmp_path: Path
) -> None:
    """A zero-width space after "seats" and a BOM before "term" (headers pasted from a web page)."""
    header = [{"seats": "seats\u200b", "term": "\ufeffterm"}.get(h, h) for h in CANONICAL_HEADER]
    path = tmp_path / "header.csv"
    path.write_text(csv_text(header, rows_with({(2, "seats"): "7"})), encoding="utf-8")
    assert service.import_subscriptions(path).added == len(CANONICAL_ROWS)
    assert SubscriptionRepository(engine).get("SUB-1").seats == 7


def test_a_control_character_in_an_id_refuses_the_row(
    seeded: ImportService, db_path: Path, tmp_path: Path
) -> None:
    rows = rows_with({(3, "customer_csn"): "51\x0700"})
    error = refused(
        seeded, db_path, lambda: seeded.import_subscriptions(write(tmp_path / "ctl.csv", rows))
    )
    first = error.problems[0]
    assert (first.row, first.column) == (3, "customer_csn")
    assert "invisible control character (U+0007)" in first.problem


# -- 8: encodings ----------------------------------------------------------------------------


def test_one_windows_1252_byte_in_a_utf8_file_is_refused_naming_row_column_and_byte(
    seeded: ImportService, db_path: Path, tmp_path: Path
) -> None:
    rows = rows_with({(2, "customer_name"): "Åkesson Öberg AB", (4, "team"): "Dr\x00ift"})
    data = csv_text(CANONICAL_HEADER, rows).encode().replace(b"Dr\x00ift", b"Dr\x96ift")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    error = refused(seeded, db_path, lambda: seeded.import_subscriptions(path))
    first = error.problems[0]
    assert (first.row, first.column) == (4, "team")
    assert "byte 0x96 is not UTF-8, though the rest of the file is" in first.problem
    with pytest.raises(ImportFileError, match="byte 0x96"):
        seeded.preview(path)


def test_a_windows_1252_file_reads_as_windows_1252(
    seeded: ImportService, engine, tmp_path: Path
) -> None:
    rows = rows_with({(2, "product_name"): "Åtkomst – Öl"})
    path = write(tmp_path / "cp1252.csv", rows, encoding="cp1252")
    assert seeded.preview(path).encoding_label == "Windows-1252"
    seeded.import_subscriptions(path)
    assert SubscriptionRepository(engine).get("SUB-1").product_name == "Åtkomst – Öl"


def test_a_windows_1250_file_imports_with_the_encoding_chosen(
    seeded: ImportService, engine, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "pl.csv",
        rows_with({(2, "customer_name"): "Łódź Sp. z o.o.", (2, "customer_csn"): "5300"}),
        "cp1250",
    )
    preview = seeded.preview(path, options=ReadOptions(encoding="cp1250"))
    assert preview.encoding_label == "Windows-1250" and preview.encoding_chosen
    assert preview.rows[0][COL["customer_name"]] == "Łódź Sp. z o.o."
    seeded.import_subscriptions(path, options=ReadOptions(encoding="cp1250"))
    with engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT company_name FROM customers WHERE csn = '5300'")
        assert names.fetchall() == [("Łódź Sp. z o.o.",)]


def test_a_chosen_encoding_that_does_not_fit_is_refused_naming_the_byte(
    seeded: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = write(tmp_path / "latin.csv", rows_with({(3, "team"): "Öl"}), "cp1252")
    error = refused(
        seeded,
        db_path,
        lambda: seeded.import_subscriptions(path, options=ReadOptions(encoding="utf-8")),
    )
    first = error.problems[0]
    assert (first.row, first.column) == (3, "team")
    assert "byte 0xD6 is not a character in UTF-8" in first.problem


# -- 9: ambiguous numbers --------------------------------------------------------------------


def prices(tmp_path: Path, *values: str) -> Path:
    path = tmp_path / "prices.csv"
    lines = [f'ACD{i},annual,EUR,"{v}"' for i, v in enumerate(values)]
    path.write_text("offering_code,term,currency,unit_price\n" + "\n".join(lines) + "\n")
    return path


def stored_prices(engine) -> list[Decimal]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT unit_price FROM price_book ORDER BY offering_code"
        ).fetchall()
    return [Decimal(r[0]) for r in rows]


def test_a_price_that_could_be_read_two_ways_is_refused(
    seeded: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = prices(tmp_path, "100", "5,000")
    error = refused(seeded, db_path, lambda: seeded.import_prices(path))
    first = error.problems[0]
    assert (first.row, first.column) == (3, "unit_price")
    assert '"5,000" could be read two ways (5000 or 5.000)' in first.problem


@pytest.mark.parametrize(
    ("locale", "values", "expected"),
    [
        ("en_US", ("5,000", "1,234.50"), ["5000", "1234.50"]),
        ("sv_SE", ("5,000", "1 234,50"), ["5.000", "1234.50"]),
        ("de_DE", ("5.000", "1.234,50"), ["5000", "1234.50"]),
        (None, ("5,000", "12,50"), ["5.000", "12.50"]),  # the file shows a decimal comma
        (None, ("5,000", "12.50"), ["5000", "12.50"]),  # the file shows a decimal point
    ],
)
def test_numbers_follow_the_number_locale_or_what_the_file_shows(
    seeded: ImportService, engine, tmp_path: Path, locale, values, expected
) -> None:
    path = prices(tmp_path, *values)
    seeded.import_prices(path, options=ReadOptions(number_locale=locale))
    assert stored_prices(engine) == [Decimal(e) for e in expected]


def test_a_number_that_does_not_fit_the_chosen_locale_is_refused(
    seeded: ImportService, db_path: Path, tmp_path: Path
) -> None:
    path = prices(tmp_path, "12.50")
    error = refused(
        seeded, db_path, lambda: seeded.import_prices(path, options=ReadOptions("", "sv_SE"))
    )
    assert "is not a number as the file's number locale writes them" in error.problems[0].problem


def test_seats_of_1000_need_the_number_locale(
    seeded: ImportService, engine, db_path: Path, tmp_path: Path
) -> None:
    path = write(tmp_path / "seats.csv", rows_with({(2, "seats"): "1,000"}))
    error = refused(seeded, db_path, lambda: seeded.import_subscriptions(path))
    assert (error.problems[0].row, error.problems[0].column) == (2, "seats")
    seeded.import_subscriptions(path, options=ReadOptions(number_locale="en_GB"))
    assert SubscriptionRepository(engine).get("SUB-1").seats == 1000


def test_a_workbook_number_is_read_as_stored_whatever_the_locale(
    seeded: ImportService, tmp_path: Path, engine
) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["offering_code", "term", "currency", "unit_price"])
    wb.active.append(["ACD", "annual", "EUR", 1234.5])
    wb.active.append(["RVT", "annual", "EUR", "5 000,25"])
    path = tmp_path / "prices.xlsx"
    wb.save(path)
    seeded.import_prices(path, options=ReadOptions(number_locale="sv_SE"))
    assert stored_prices(engine) == [Decimal("1234.5"), Decimal("5000.25")]


def test_the_preview_shows_the_number_locale_the_file_shows(
    seeded: ImportService, tmp_path: Path
) -> None:
    assert seeded.preview(prices(tmp_path, "12,50"), kind="prices").number_locale == "de_DE"
    assert seeded.preview(prices(tmp_path, "5,000"), kind="prices").number_locale is None


def test_a_letter_split_across_the_read_chunks_is_still_utf8(
    seeded: ImportService, engine, tmp_path: Path
) -> None:
    from renewdesk.importing.encodings import _CHUNK

    head = csv_text(CANONICAL_HEADER, rows_with({})).encode()
    filler_row = rows_with({(2, "team"): "x"})[0]
    line = csv_text(CANONICAL_HEADER, [filler_row]).encode().split(b"\r\n", 1)[1]
    body = bytearray(head)
    n = 0
    while len(body) < _CHUNK - 200:
        body += line.replace(b"SUB-1,", f"F-{n},".encode(), 1)
        n += 1
    last = rows_with({(2, "product_name"): "Å" * 150, (2, "subscription_id"): "SPLIT"})[0]
    tail = csv_text(CANONICAL_HEADER, [last]).encode().split(b"\r\n", 1)[1]
    start = tail.index("Å".encode())
    padding = line.replace(b"SUB-1,", b"PAD,", 1)
    # Make the first byte of an Å the last byte of the first chunk read.
    width = _CHUNK - 1 - start - len(body) - len(padding) + 1
    body += padding.replace(b",x,", b"," + b"y" * width + b",", 1)
    body += tail
    assert bytes(body[_CHUNK - 1 : _CHUNK + 1]) == "Å".encode()
    path = tmp_path / "split.csv"
    path.write_bytes(bytes(body))
    assert seeded.preview(path).encoding_label == "UTF-8"
    seeded.import_subscriptions(path)
    assert SubscriptionRepository(engine).get("SPLIT").product_name == "Å" * 150


def test_a_byte_order_mark_before_a_number_or_a_date_is_dropped(
    seeded: ImportService, engine, tmp_path: Path
) -> None:
    path = tmp_path / "prices.csv"
    path.write_text(
        "unit_price,offering_code,term,currency\n10,ACD,annual,EUR\n\ufeff20,RVT,annual,EUR\n"
    )
    seeded.import_prices(path)
    assert stored_prices(engine) == [Decimal("10"), Decimal("20")]
    campaigns = tmp_path / "campaigns.csv"
    campaigns.write_text(
        "valid_from,code,name,percent_off,valid_to\n\ufeff2026-01-01,X,X,10,2026-02-01\n"
    )
    assert seeded.import_campaigns(campaigns).added == 1
