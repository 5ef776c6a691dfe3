"""Opening files (encoding, delimiter, XLSX), mapping headers, and the import dialog's preview."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from renewdesk.importing.aliases import SUBSCRIPTIONS, detect_mapping
from renewdesk.importing.reader import cell_text, open_table, sniff_delimiter
from renewdesk.services.import_service import ImportService


def read_all(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    with open_table(path) as table:
        return table.headers, list(table.rows())


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "f.csv"
    path.write_text(delimiter.join(["a", "b", "c"]) + "\n" + delimiter.join("123") + "\n")

    headers, rows = read_all(path)

    assert headers == ["a", "b", "c"] and rows == [(2, ["1", "2", "3"])]


def test_a_comma_inside_semicolon_data_does_not_fool_the_sniffer() -> None:
    lines = ["id;name;price\n", "1;Acme, Inc.;10,50\n", "2;Beta, AB;7,25\n"]
    assert sniff_delimiter(lines) == ";"


def test_excel_sep_line_sets_the_delimiter_and_is_not_a_row(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("sep=;\r\na;b\r\n1,5;2\r\n")

    with open_table(path) as table:
        assert table.delimiter == ";"
        assert table.headers == ["a", "b"] and list(table.rows()) == [(2, ["1,5", "2"])]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "kund\nÅsa\n".encode(), "utf-8-sig"),
        ("kund\nÅsa\n".encode(), "utf-8-sig"),
        ("kund\nÅsa\n".encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(data)

    with open_table(path) as table:
        assert table.encoding == encoding
        assert table.headers == ["kund"] and list(table.rows()) == [(2, ["Åsa"])]


def test_quoted_line_breaks_keep_spreadsheet_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text('a,b\n"two\nlines",x\n\n3,y\n')

    _headers, rows = read_all(path)

    assert rows == [(2, ["two\nlines", "x"]), (4, ["3", "y"])]


def test_xlsx_reads_the_active_sheet_and_cell_types(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Read me"
    data = wb.create_sheet("Data")
    data.append(["id", "when", "qty", "price"])
    data.append([7, datetime(2026, 3, 1), 3.0, 12.5])
    wb.active = 1
    path = tmp_path / "f.xlsx"
    wb.save(path)

    headers, rows = read_all(path)

    assert headers == ["id", "when", "qty", "price"]
    assert rows == [(2, ["7", "2026-03-01", "3", "12.5"])]


def test_cell_text() -> None:
    assert [cell_text(x) for x in (None, True, 5, 5.0, 0.25, "x")] == [
        "", "true", "5", "5", "0.25", "x"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Subscription ID", "subscription_id"),
        ("SUBSCRIPTION-ID", "subscription_id"),
        ("offering_name", "product_name"),
        ("Seat_Quantity", "seats"),
        ("end_date", "renewal_date"),
        ("subscription_status", "status"),
        ("reseller_name", "partner_name"),
        ("reseller_email", "partner_email"),
        ("autorenew_date", "autorenew_date"),
        ("Prenumerations-ID", "subscription_id"),
        ("Antal licenser", "seats"),
        ("Antal platser", "seats"),
        ("Förnyelsedatum", "renewal_date"),
        ("Slutdatum", "renewal_date"),
        ("Betalningsmetod", "payment_method"),
        ("Kundnummer", "customer_csn"),
        ("Kundnamn", "customer_name"),
        ("Återförsäljare", "partner_name"),
        ("Valuta", "currency"),
    ],
)
def test_header_aliases(header: str, target: str) -> None:
    assert detect_mapping([header], SUBSCRIPTIONS).index == {target: 0}


def test_two_headers_for_one_column_is_a_problem() -> None:
    hmap = detect_mapping(["end_date", "renewal_date", "extra"], SUBSCRIPTIONS)

    assert hmap.problems[0][:2] == (1, "renewal_date")
    assert 'column "end_date" already gives Renewal date' in hmap.problems[0].problem
    assert hmap.unmapped == ("extra",)


def test_override_to_an_unknown_column_is_a_problem() -> None:
    hmap = detect_mapping(["x"], SUBSCRIPTIONS, {"x": "colour"})
    assert hmap.problems[0].problem == '"colour" is not a column RenewDesk knows'


def test_preview_of_a_portal_export(service: ImportService, tmp_path: Path) -> None:
    path = tmp_path / "portal.csv"
    path.write_bytes(
        "subscription_id;offering_name;seat_quantity;term;start_date;end_date;autorenew_date;"
        "subscription_status;reseller_name;Notes\r\n"
        "1;Maya;3;Annual;2025-01-01;2026-01-01;;Active;;hej\r\n"
        "2;Revit;1;Monthly;2025-01-01;2025-02-01;2025-02-01;Active;Öst AB\r\n".encode("cp1252")
    )

    preview = service.preview(path, rows=1)

    assert preview.kind == "csv" and preview.delimiter == ";" and preview.encoding == "cp1252"
    assert preview.headers[1] == "offering_name" and preview.rows == (
        ("1", "Maya", "3", "Annual", "2025-01-01", "2026-01-01", "", "Active", "", "hej"),
    )
    assert preview.mapping["offering_name"] == "product_name"
    assert preview.mapping["end_date"] == "renewal_date"
    assert preview.unmapped == ("Notes",)
    assert "auto_renew" not in preview.missing, "the auto-renew date stands in for it"
    assert preview.required_missing == ("customer_csn", "currency", "payment_method")
    assert preview.row_estimate == 2

    mapped = service.preview(path, mapping={"Notes": "team"})
    assert mapped.mapping["Notes"] == "team" and mapped.unmapped == ()


def test_preview_of_a_price_book(service: ImportService, tmp_path: Path) -> None:
    path = tmp_path / "prices.csv"
    path.write_text("Offering code,Term,Price\nDSP,annual,10\n")

    preview = service.preview(path, kind="prices")

    assert preview.mapping == {
        "Offering code": "offering_code",
        "Term": "term",
        "Price": "unit_price",
    }
    assert preview.required_missing == ("currency",)
