"""Importing subscription files of every supported shape into a real cache."""

from __future__ import annotations

import codecs
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine, text

from renewdesk.domain import OfferingType, PaymentMethod, SubscriptionStatus, Term
from renewdesk.importing.errors import ImportCancelled, ImportFileError
from renewdesk.importing.subscriptions import partner_key
from renewdesk.services.import_service import FieldChange, ImportDefaults, ImportService
from renewdesk.store.repositories import (
    AuditRepository,
    CustomerRepository,
    PartnerRepository,
    SubscriptionRepository,
)
from tests.importing.helpers import CANONICAL_HEADER, CANONICAL_ROWS, WriteCsv, table_contents

PORTAL_HEADER = [
    "Subscription_ID",
    "Offering_Name",
    "Seat_Quantity",
    "Term",
    "Start_Date",
    "End_Date",
    "AutoRenew_Date",
    "Subscription_Status",
    "Contract_Number",
    "Reseller_Name",
    "Reseller_Email",
    "Team",
]
PORTAL_ROWS = [
    ["1000201", "AutoCAD LT", "3", "Annual", "15.01.2025", "15.01.2026", "15.01.2026", "Active",
     "K-77", "Återförsäljare Öst AB", "order@ost.example", "Ritkontoret"],
    ["1000202", "Fusion", "1", "3 Year", "2023-02-01", "2026-02-01", "", "Cancelled", "K-77", "",
     "", ""],
    ["1000203", "Vault", "12", "Monthly", "01/03/2026", "01/04/2026", "", "Suspended", "K-78",
     "Återförsäljare Öst AB", "", ""],
]  # fmt: skip
PORTAL_DEFAULTS = ImportDefaults(customer_csn="5550001", currency="sek", payment_method="Faktura")


@pytest.fixture
def engine(cache_engine: Engine) -> Engine:
    """These imports run on both engines (issue 13): a SQLite file, then PostgreSQL."""
    return cache_engine


def by_id(engine: Engine) -> dict[str, object]:
    return {s.subscription_id: s for s in SubscriptionRepository(engine).all()}


def test_canonical_csv_imports_every_row_with_customers_and_partners(
    service: ImportService, canonical_csv: Path, engine: Engine
) -> None:
    report = service.import_subscriptions(canonical_csv)

    assert (report.added, report.updated, report.unchanged) == (3, 0, 0)
    assert (report.customers_added, report.partners_added) == (2, 1)
    subs = by_id(engine)
    one, two, three = subs["SUB-1"], subs["SUB-2"], subs["SUB-3"]
    assert one.renewal_date == date(2026, 3, 1) and one.seats == 10 and one.team == "Design"
    assert one.is_direct and one.payment_method is PaymentMethod.INVOICE
    assert two.partner_csn == "P-9" and two.auto_renew and two.term is Term.THREE_YEAR
    assert three.offering_type is OfferingType.FLEX and three.seats == 0
    assert three.status is SubscriptionStatus.EXPIRED and three.currency == "USD"
    acme = CustomerRepository(engine).get("5100")
    assert acme is not None
    assert (acme.company_name, acme.buyer_email) == ("Acme AB", "buyer@acme.example")
    assert PartnerRepository(engine).get("P-9").name == "Resell Co"  # type: ignore[union-attr]


def test_portal_export_semicolon_windows_1252_takes_defaults(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    path = write_csv(PORTAL_HEADER, PORTAL_ROWS, delimiter=";", encoding="cp1252")
    assert not path.read_bytes().startswith(codecs.BOM_UTF8)

    report = service.import_subscriptions(path, PORTAL_DEFAULTS)

    assert report.added == 3
    subs = by_id(engine)
    lt = subs["1000201"]
    assert lt.product_name == "AutoCAD LT" and lt.offering_code == "AutoCAD LT"
    assert (lt.customer_csn, lt.currency, lt.payment_method) == ("5550001", "SEK", "invoice")
    assert lt.start_date == date(2025, 1, 15) and lt.renewal_date == date(2026, 1, 15)
    assert lt.auto_renew, "a non-empty autorenew_date means auto-renew is on"
    assert lt.partner_csn == partner_key("Återförsäljare Öst AB")
    assert subs["1000203"].partner_csn == lt.partner_csn, "one reseller, one partner key"
    assert subs["1000202"].status is SubscriptionStatus.CANCELED and subs["1000202"].is_direct
    assert subs["1000202"].term is Term.THREE_YEAR and not subs["1000202"].auto_renew
    # The service was set up with en_GB: slashes are day first.
    assert subs["1000203"].start_date == date(2026, 3, 1)
    assert subs["1000203"].status is SubscriptionStatus.SUSPENDED
    partner = PartnerRepository(engine).get(lt.partner_csn)
    assert partner is not None
    assert (partner.name, partner.email) == ("Återförsäljare Öst AB", "order@ost.example")


def test_portal_export_without_defaults_names_each_missing_column(
    service: ImportService, write_csv: WriteCsv
) -> None:
    path = write_csv(PORTAL_HEADER, PORTAL_ROWS, delimiter=";", encoding="cp1252")

    with pytest.raises(ImportFileError) as caught:
        service.import_subscriptions(path, ImportDefaults(currency="EUR"))

    assert [(p.row, p.column) for p in caught.value.problems] == [
        (1, "Customer number (CSN)"),
        (1, "Payment method"),
    ]
    assert str(caught.value).startswith(
        'subs.csv: row 1, column "Customer number (CSN)": the file has no such column'
    )
    assert str(caught.value).endswith("(and 1 more problem)")


def test_a_bad_default_is_reported(service: ImportService, write_csv: WriteCsv) -> None:
    path = write_csv(PORTAL_HEADER, PORTAL_ROWS, delimiter=";")
    bad = ImportDefaults(customer_csn="1", currency="kronor", payment_method="invoice")

    with pytest.raises(ImportFileError, match='column "Currency": default: "kronor"'):
        service.import_subscriptions(path, bad)


def test_tab_delimited_utf8_with_bom(
    service: ImportService, tmp_path: Path, engine: Engine
) -> None:
    path = tmp_path / "export.txt"
    text = "\t".join(CANONICAL_HEADER) + "\n"
    text += "\n".join("\t".join(row) for row in CANONICAL_ROWS) + "\n"
    path.write_bytes(codecs.BOM_UTF8 + text.replace("Acme AB", "Åkesson & Co").encode())

    report = service.import_subscriptions(path)

    assert report.added == 3
    assert CustomerRepository(engine).get("5100").company_name == "Åkesson & Co"  # type: ignore[union-attr]
    assert set(by_id(engine)) == {"SUB-1", "SUB-2", "SUB-3"}, "the BOM is not part of a header"


def test_xlsx_with_typed_cells(service: ImportService, tmp_path: Path, engine: Engine) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Subscription ID", "Product", "Seats", "Start date", "Renewal date", "Status",
               "Term", "Customer CSN", "Currency", "Payment method", "Auto renew"])  # fmt: skip
    ws.append([4711, "Maya", 7.0, date(2025, 5, 1), date(2026, 5, 1), "Active", "Annual",
               5100, "EUR", "PayPal", True])  # fmt: skip
    ws.append([])  # a blank row in the middle is skipped
    ws.append(["4712", "Maya", 2, "2025-06-01", "2026-06-01", "Trial", "monthly", "5100", "EUR",
               "Direct Debit", "nej"])  # fmt: skip
    path = tmp_path / "subs.xlsx"
    wb.save(path)

    report = service.import_subscriptions(path)

    assert report.added == 2
    subs = by_id(engine)
    maya = subs["4711"]
    assert (maya.seats, maya.customer_csn, maya.auto_renew) == (7, "5100", True)
    assert maya.renewal_date == date(2026, 5, 1) and maya.payment_method is PaymentMethod.PAYPAL
    assert subs["4712"].status is SubscriptionStatus.TRIAL and not subs["4712"].auto_renew


def test_xlsx_errors_use_spreadsheet_rows(service: ImportService, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(CANONICAL_HEADER)
    ws.append(CANONICAL_ROWS[0])
    ws.append([])
    bad = list(CANONICAL_ROWS[1])
    bad[12] = -3
    ws.append(bad)
    path = tmp_path / "subs.xlsx"
    wb.save(path)

    with pytest.raises(ImportFileError) as caught:
        service.import_subscriptions(path)

    assert caught.value.problems[0][:2] == (4, "seats")


def test_swedish_headers_and_values(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    header = ["Prenumerations-ID", "Produkt", "Antal licenser", "Startdatum", "Förnyelsedatum",
              "Status", "Period", "Valuta", "Betalningsmetod", "Kundnummer", "Kundnamn",
              "Återförsäljare", "Automatisk förnyelse"]  # fmt: skip
    rows = [["SE-1", "Inventor", "4,0", "2025-09-01", "2026-09-01", "Aktiv", "Årlig", "sek",
             "Kreditkort", "5300", "Svensson AB", "", "ja"],
            ["SE-2", "Inventor", "2", "2025-09-01", "2025-10-01", "Utgången", "Månadsvis", "SEK",
             "Autogiro", "5300", "Svensson AB", "Partner Syd", "Nej"]]  # fmt: skip
    path = write_csv(header, rows, delimiter=";", encoding="cp1252")

    service.import_subscriptions(path)

    subs = by_id(engine)
    assert subs["SE-1"].seats == 4 and subs["SE-1"].term is Term.ANNUAL and subs["SE-1"].auto_renew
    assert subs["SE-1"].payment_method is PaymentMethod.CREDIT_CARD
    assert subs["SE-2"].status is SubscriptionStatus.EXPIRED and subs["SE-2"].term is Term.MONTHLY
    assert subs["SE-2"].payment_method is PaymentMethod.DIRECT_DEBIT
    assert subs["SE-2"].partner_csn == partner_key("Partner Syd")
    assert CustomerRepository(engine).get("5300").company_name == "Svensson AB"  # type: ignore[union-attr]


def test_reimport_reports_counts_and_every_change(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    service.import_subscriptions(write_csv(CANONICAL_HEADER, CANONICAL_ROWS))
    rows = [list(r) for r in CANONICAL_ROWS]
    rows[0][12] = "8"  # SUB-1 seats 10 -> 8
    rows[0][14] = "2027-03-01"  # and renewed
    rows[2][15] = "Active"  # SUB-3 status
    rows[2][16] = "yes"  # and auto-renew
    new = ["SUB-4", "CT-3", "Maya", "MAY", "standard", "5100", "", "", "", "EUR", "invoice",
           "annual", "1", "2025-01-01", "2026-01-01", "active", "", "", ""]  # fmt: skip
    rows.append(new)

    report = service.import_subscriptions(write_csv(CANONICAL_HEADER, rows, name="again.csv"))

    assert (report.added, report.updated, report.unchanged) == (1, 2, 1)
    assert report.changes == (
        FieldChange("SUB-1", "seats", "10", "8"),
        FieldChange("SUB-1", "renewal_date", "2026-03-01", "2027-03-01"),
        FieldChange("SUB-3", "status", "expired", "active"),
        FieldChange("SUB-3", "auto_renew", "false", "true"),
    )
    assert report.change_lines() == [
        "SUB-1: seats 10 → 8; renewal_date 2026-03-01 → 2027-03-01",
        "SUB-3: status expired → active; auto_renew false → true",
    ]
    assert report.summary() == "again.csv: 1 added, 2 updated, 1 unchanged"
    assert by_id(engine)["SUB-1"].seats == 8  # type: ignore[attr-defined]
    audit = AuditRepository(engine).for_subscription("SUB-1")
    assert [a.action for a in audit] == ["import_updated"]
    assert "seats 10 → 8" in audit[0].details
    with engine.connect() as conn:
        runs = conn.execute(text("SELECT kind, file_name, added, updated, unchanged, "
                                 "changes_json FROM import_runs ORDER BY id")).all()  # fmt: skip
    assert [r[:5] for r in runs] == [
        ("subscriptions", "subs.csv", 3, 0, 0),
        ("subscriptions", "again.csv", 1, 2, 1),
    ]
    assert json.loads(runs[1][5])[0] == ["SUB-1", "seats", "10", "8"]


def test_reimport_of_same_file_changes_nothing_and_keeps_typed_customer_details(
    service: ImportService, canonical_csv: Path, engine: Engine
) -> None:
    service.import_subscriptions(canonical_csv)
    customers = CustomerRepository(engine)
    acme = customers.get("5100")
    assert acme is not None
    from dataclasses import replace

    customers.save(replace(acme, company_name="Acme Aktiebolag", buyer_email="new@acme.example"))

    report = service.import_subscriptions(canonical_csv)

    assert (report.added, report.updated, report.unchanged, report.changes) == (0, 0, 3, ())
    kept = customers.get("5100")
    assert kept is not None and kept.company_name == "Acme Aktiebolag"
    assert kept.buyer_email == "new@acme.example"


def test_an_import_adds_new_parties_and_fills_only_the_empty_details_of_known_ones(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    first = [list(CANONICAL_ROWS[2])]
    first[0][CANONICAL_HEADER.index("customer_name")] = ""
    service.import_subscriptions(write_csv(CANONICAL_HEADER, first))
    assert CustomerRepository(engine).get("5200").company_name == ""  # type: ignore[union-attr]
    rows = [list(r) for r in CANONICAL_ROWS]
    rows[2][CANONICAL_HEADER.index("buyer_email")] = "ops@beta.example"

    report = service.import_subscriptions(write_csv(CANONICAL_HEADER, rows))

    assert (report.added, report.customers_added, report.partners_added) == (2, 1, 1)
    beta, acme = CustomerRepository(engine).get("5200"), CustomerRepository(engine).get("5100")
    assert beta is not None and acme is not None
    assert (beta.company_name, beta.buyer_email) == ("Beta GmbH", "ops@beta.example")
    assert (acme.company_name, acme.buyer_email) == ("Acme AB", "buyer@acme.example")
    customers = CustomerRepository(engine)
    from dataclasses import replace

    customers.save(replace(beta, company_name="Beta Deutschland"))
    rows[2][CANONICAL_HEADER.index("customer_name")] = "Beta (export)"
    service.import_subscriptions(write_csv(CANONICAL_HEADER, rows))
    assert customers.get("5200").company_name == "Beta Deutschland"  # type: ignore[union-attr]


def test_rows_not_in_the_file_stay_and_are_counted(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    service.import_subscriptions(write_csv(CANONICAL_HEADER, CANONICAL_ROWS))

    report = service.import_subscriptions(write_csv(CANONICAL_HEADER, CANONICAL_ROWS[:1]))

    assert (report.unchanged, report.absent) == (1, 2)
    assert len(by_id(engine)) == 3


def test_mapping_override_and_ignored_columns(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    header = [("Licenser i bruk" if h == "seats" else h) for h in CANONICAL_HEADER]
    header[CANONICAL_HEADER.index("team")] = "Notes"
    path = write_csv(header, CANONICAL_ROWS)

    report = service.import_subscriptions(
        path, mapping={"Licenser i bruk": "seats", "buyer_email": ""}
    )

    assert report.added == 3
    assert by_id(engine)["SUB-1"].seats == 10  # type: ignore[attr-defined]
    assert CustomerRepository(engine).get("5100").buyer_email == ""  # type: ignore[union-attr]


def test_progress_is_reported_and_cancel_leaves_the_cache_alone(
    service: ImportService, write_csv: WriteCsv, engine: Engine
) -> None:
    rows = []
    for i in range(4500):
        row = list(CANONICAL_ROWS[0])
        row[0] = f"S-{i}"
        rows.append(row)
    path = write_csv(CANONICAL_HEADER, rows)
    seen: list[tuple[int, int]] = []

    service.import_subscriptions(path, progress=lambda done, total: seen.append((done, total)))

    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert len(seen) > 3 and [d for d, _ in seen] == sorted(d for d, _ in seen)
    before = table_contents(engine)

    def cancel(done: int, total: int) -> None:
        if done > total // 2:
            raise ImportCancelled

    rows2 = [[f"T-{i}", *r[1:]] for i, r in enumerate(rows)]
    with pytest.raises(ImportCancelled):
        service.import_subscriptions(write_csv(CANONICAL_HEADER, rows2, "b.csv"), progress=cancel)
    assert table_contents(engine) == before
