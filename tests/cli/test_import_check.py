"""``renewdesk import`` and ``renewdesk check`` as an admin runs them."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.cli.conftest import write

CANONICAL = """subscription_id,contract_number,product_name,offering_code,offering_type,customer_csn,customer_name,partner_csn,partner_name,currency,payment_method,term,seats,start_date,renewal_date,status,auto_renew,team,buyer_email
S-OK,C1,Design Suite,DSP,standard,5100000001,Acme AB,,,SEK,invoice,annual,10,2025-12-20,2026-12-19,active,no,Ops,buyer@acme.example
S-EARLY,C1,Design Suite,DSP,standard,5100000001,Acme AB,,,SEK,invoice,annual,10,2026-02-25,2027-02-25,active,no,Ops,buyer@acme.example
S-EDGE,C1,Design Suite,DSP,standard,5100000001,Acme AB,,,SEK,invoice,annual,10,2026-02-24,2027-02-24,active,no,Ops,buyer@acme.example
S-LATE,C1,Design Suite,DSP,standard,5100000001,Acme AB,,,SEK,invoice,annual,10,2025-10-11,2026-10-11,expired,no,Ops,buyer@acme.example
S-LAST,C1,Design Suite,DSP,standard,5100000001,Acme AB,,,SEK,invoice,annual,10,2025-10-12,2026-10-12,expired,no,Ops,buyer@acme.example
S-FLEX,C2,Tokens,TOK,flex,5100000001,Acme AB,,,SEK,invoice,annual,1,2025-12-20,2026-12-19,active,no,Ops,buyer@acme.example
S-CANC,C3,Viewer,VWR,standard,5100000002,Beta GmbH,P-1,Reseller One,EUR,partner,monthly,3,2026-11-01,2026-12-01,canceled,yes,,b@beta.example
S-AUTO,C3,Viewer,VWR,standard,5100000002,Beta GmbH,P-1,Reseller One,EUR,partner,monthly,3,2026-11-01,2026-12-01,suspended,yes,,b@beta.example
"""


@pytest.fixture
def imported(cli, tmp_path):
    result = cli("import", str(write(tmp_path / "subs.csv", CANONICAL)))
    assert result.code == 0, result.err
    return result


def test_import_reports_what_it_added(imported):
    assert "8 added" in imported.out


def test_check_json_has_exactly_the_specified_shape(cli, imported):
    result = cli("check", "--today", "2026-11-26", "--format", "json")
    assert result.code == 0
    rows = {r["subscription_id"]: r for r in json.loads(result.out)}
    # SPEC 4's keys, "sources" (code -> the rule's source) beside the codes list,
    # and "stage" and "owner": the renewal plan (issue 14)
    assert set(rows["S-OK"]) == {
        "subscription_id",
        "eligible",
        "codes",
        "sources",
        "group",
        "stage",
        "owner",
    }
    assert rows["S-OK"] == {
        "subscription_id": "S-OK",
        "eligible": True,
        "codes": [],
        "sources": {},
        "group": {
            "customer_csn": "5100000001",
            "currency": "SEK",
            "payment_method": "invoice",
            "partner_csn": "",
        },
        "stage": "not-started",
        "owner": "",
    }
    expected = {
        "S-EARLY": (False, ["WINDOW_NOT_OPEN"]),  # 90 days + 1
        "S-EDGE": (True, []),  # exactly 90 days before
        "S-LATE": (False, ["WINDOW_CLOSED"]),  # 46 days after
        "S-LAST": (True, []),  # exactly 45 days after
        "S-FLEX": (False, ["OFFERING_NOT_COVERED"]),
        "S-CANC": (False, ["STATUS_NOT_RENEWABLE", "AUTO_RENEW_ON"]),
        "S-AUTO": (True, ["AUTO_RENEW_ON"]),
    }
    for sub_id, (eligible, codes) in expected.items():
        assert (rows[sub_id]["eligible"], rows[sub_id]["codes"]) == (eligible, codes), sub_id
        assert list(rows[sub_id]["sources"]) == codes, sub_id
    assert rows["S-AUTO"]["group"]["partner_csn"] == "P-1"
    assert rows["S-EARLY"]["sources"]["WINDOW_NOT_OPEN"].startswith(
        "[S1] You can renew directly with the vendor through a quote"
    )
    assert rows["S-CANC"]["sources"]["STATUS_NOT_RENEWABLE"].endswith(
        "is RenewDesk's reading of a renewal."
    )


def test_check_defaults_to_renewdesk_today(cli, imported, monkeypatch):
    monkeypatch.setenv("RENEWDESK_TODAY", "2026-11-25")
    rows = {r["subscription_id"]: r for r in json.loads(cli("check", "--format", "json").out)}
    assert rows["S-EDGE"]["codes"] == ["WINDOW_NOT_OPEN"]


def test_check_table_lists_codes_and_groups(cli, imported):
    out = cli("check", "--today", "2026-11-26").out
    assert "S-FLEX" in out and "OFFERING_NOT_COVERED" in out
    assert "5100000001/SEK/invoice/direct" in out
    assert "8 subscriptions, 4 eligible" in out


PORTAL = (
    "Subscription_ID;Offering_Name;Seat_Quantity;Term;Start_Date;End_Date;AutoRenew_Date;"
    "Subscription_Status;Contract_Number;Reseller_Name;Reseller_Email;Team\r\n"
    "P-100;Design Suite Premium;5;Annual;2025-12-01;2026-12-01;;Active;K-1;;;Konstruktion\r\n"
    "P-101;Render Studio;2;Annual;2025-12-05;2026-12-05;2026-12-05;Active;K-1;;;Visualisering\r\n"
    "P-102;Viewer Pro;3;Monthly;2026-11-10;2026-12-10;;Suspended;K-2;;;Byggledning Söder\r\n"
)


def test_portal_export_with_defaults(cli, tmp_path):
    path = write(tmp_path / "export.csv", PORTAL, encoding="cp1252")
    result = cli(
        "import",
        str(path),
        "--customer-csn",
        "5100009999",
        "--currency",
        "SEK",
        "--payment-method",
        "invoice",
    )
    assert result.code == 0, result.err
    rows = {r["subscription_id"]: r for r in json.loads(cli("check", "--format", "json").out)}
    assert rows["P-100"]["group"] == {
        "customer_csn": "5100009999",
        "currency": "SEK",
        "payment_method": "invoice",
        "partner_csn": "",
    }
    assert rows["P-101"]["codes"] == ["AUTO_RENEW_ON"]
    assert rows["P-102"]["eligible"] is True


def test_portal_export_without_defaults_names_the_missing_column(cli, tmp_path):
    path = write(tmp_path / "export.csv", PORTAL, encoding="cp1252")
    result = cli("import", str(path))
    assert result.code == 2
    assert "export.csv" in result.err and "Customer number (CSN)" in result.err


BROKEN = {
    "missing_column": "subscription_id,product_name\nS1,Design\n",
    "bad_date": CANONICAL.replace("2026-12-19,active", "2026-13-45,active", 1),
    "negative_seats": CANONICAL.replace(",annual,10,2025-12-20", ",annual,-3,2025-12-20", 1),
    "unknown_term": CANONICAL.replace(",annual,10,2025-12-20", ",fortnightly,10,2025-12-20", 1),
    "empty": "",
    "duplicate_id": CANONICAL + CANONICAL.splitlines()[1] + "\n",
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_exit_2_name_row_and_column_and_leave_the_cache_alone(
    cli, imported, db_path, tmp_path, case
):
    checkpoint = sqlite3.connect(db_path)
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.close()
    before = db_path.read_bytes()
    result = cli("import", str(write(tmp_path / f"{case}.csv", BROKEN[case])))
    assert result.code == 2
    assert f"{case}.csv" in result.err
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    if case not in ("missing_column", "empty"):
        assert "row " in result.err and "column" in result.err
    assert db_path.read_bytes() == before


def test_binary_file_and_missing_file(cli, tmp_path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 40)
    result = cli("import", str(binary))
    assert result.code == 2 and "photo.csv" in result.err
    result = cli("import", str(tmp_path / "nope.csv"))
    assert result.code == 2 and "nope.csv" in result.err


def test_real_process_prints_one_line_and_no_traceback(cli_process, tmp_path):
    bad = write(tmp_path / "bad.csv", BROKEN["bad_date"])
    result = cli_process("import", str(bad))
    assert result.code == 2
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert 'row 2, column "renewal_date"' in result.err
    result = cli_process("check", "--today", "26/11/2026")
    assert result.code == 2 and "--today" in result.err and "Traceback" not in result.err
    result = cli_process("frobnicate")
    assert result.code == 2 and "Traceback" not in result.err


def test_slash_dates_follow_the_date_locale(cli, tmp_path):
    text = (
        "subscription_id,product_name,customer_csn,currency,payment_method,term,seats,"
        "start_date,renewal_date,status\n"
        "S1,Design,C1,GBP,invoice,annual,3,31/12/2025,30/12/2026,active\n"
    )
    path = write(tmp_path / "uk.csv", text)
    assert cli("import", str(path), "--date-locale", "en_US").code == 2
    assert cli("import", str(path), "--date-locale", "en_GB").code == 0
    rows = json.loads(cli("check", "--format", "json").out)
    assert rows[0]["subscription_id"] == "S1" and rows[0]["eligible"]
    bad = cli("import", str(path), "--date-locale", "xx_YY")
    assert bad.code == 2 and "--date-locale" in bad.err
