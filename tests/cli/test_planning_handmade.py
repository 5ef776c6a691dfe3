"""Renewal planning end to end on a hand-made data set, figures computed by hand below.

The data is imported the way an admin does it (CSV through ``renewdesk import``);
every expected row is written out here, not derived from the code.

Price book: STD-A annual EUR 1234.5678, SEK 12000; STD-A three_year USD 3000.10;
STD-A monthly USD 25.5; STD-B annual JPY 150000, USD 99.99; BIG annual EUR
9999.9999; FLX annual EUR 10. No price: STD-A annual USD, STD-A monthly SEK.

As of 2026-11-20 the quote window reaches back 45 days, to 2026-10-06:

- S01 EUR 3 x 1234.5678 = 3703.7034, renews 2026-10-06 (exactly 45 days: Overdue).
- S02 renews 2026-10-05 (46 days): window closed, in no row.
- S03 SEK expired 2 x 12000 = 24000, 2026-10-31: Overdue.
- S04 EUR suspended 5 x 1234.5678 = 6172.839, 2026-11-05: before the as-of date but
  in the as-of month, so 2026-11 (not Overdue).
- S05-S07 canceled, trial, inactive status; S08-S10 flex, success_plan, trial
  offering: never counted (but S08-S10 are active, so they get calendar events).
- S11 USD three_year 7 x 3000.10 = 21000.70, 2026-12-31.
- S12 USD monthly 10 x 25.5 = 255.00 and S13 USD annual (no price), 4 seats: 2027-01.
- S14 EUR 1,000,000 seats x 9999.9999 = 9999999900.00, 2027-02-01.
- S15 JPY 3 x 150000 = 450000, 2027-03. S16 USD 2027-03: will not renew, alone.
- S17 USD 5 x 99.99 = 499.95, 2027-10-31 (the 12th month's last day).
- S18 USD 6 x 99.99 = 599.94, 2027-11-01 (13th month); S19 USD 99.99, 2028-10-31
  (the 24th month); S20 2028-11-01 (25th month).
- S21 SEK 3 x 12000 = 36000 (in progress), S22 SEK 1 seat (will not renew), S23 SEK
  monthly 2 seats (no price): 2026-12.
- S24 EUR 2 seats, 2026-10-20, will not renew: Overdue.
- S25 EUR expired 1 x 1234.5678, 2027-01-15.

A month and currency whose only subscription will not renew is still a row, with
subscriptions 0 and will_not_renew 1 (README, Renewal planning).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import icalendar
import pytest

PRICES = """offering_code,term,currency,unit_price
STD-A,annual,EUR,1234.5678
STD-A,annual,SEK,12000
STD-A,three_year,USD,3000.10
STD-A,monthly,USD,25.5
STD-B,annual,JPY,150000
STD-B,annual,USD,99.99
BIG,annual,EUR,9999.9999
FLX,annual,EUR,10
"""

# id, offering code, offering type, currency, term, seats, start, renewal date, status
SUBS = [
    ("S01", "STD-A", "standard", "EUR", "annual", 3, "2025-10-06", "2026-10-06", "active"),
    ("S02", "STD-A", "standard", "EUR", "annual", 1, "2025-10-05", "2026-10-05", "active"),
    ("S03", "STD-A", "standard", "SEK", "annual", 2, "2025-10-31", "2026-10-31", "expired"),
    ("S04", "STD-A", "standard", "EUR", "annual", 5, "2025-11-05", "2026-11-05", "suspended"),
    ("S05", "STD-A", "standard", "EUR", "annual", 2, "2025-11-30", "2026-11-30", "canceled"),
    ("S06", "STD-A", "standard", "EUR", "annual", 2, "2025-12-01", "2026-12-01", "trial"),
    ("S07", "STD-A", "standard", "EUR", "annual", 2, "2025-12-15", "2026-12-15", "inactive"),
    ("S08", "FLX", "flex", "EUR", "annual", 4, "2025-12-15", "2026-12-15", "active"),
    ("S09", "STD-A", "success_plan", "EUR", "annual", 4, "2025-12-15", "2026-12-15", "active"),
    ("S10", "STD-A", "trial", "EUR", "annual", 4, "2025-12-15", "2026-12-15", "active"),
    ("S11", "STD-A", "standard", "USD", "three_year", 7, "2023-12-31", "2026-12-31", "active"),
    ("S12", "STD-A", "standard", "USD", "monthly", 10, "2026-12-01", "2027-01-01", "active"),
    ("S13", "STD-A", "standard", "USD", "annual", 4, "2026-01-31", "2027-01-31", "active"),
    ("S14", "BIG", "standard", "EUR", "annual", 1000000, "2026-02-01", "2027-02-01", "active"),
    ("S15", "STD-B", "standard", "JPY", "annual", 3, "2026-03-15", "2027-03-15", "active"),
    ("S16", "STD-B", "standard", "USD", "annual", 2, "2026-03-20", "2027-03-20", "active"),
    ("S17", "STD-B", "standard", "USD", "annual", 5, "2026-10-31", "2027-10-31", "active"),
    ("S18", "STD-B", "standard", "USD", "annual", 6, "2026-11-01", "2027-11-01", "active"),
    ("S19", "STD-B", "standard", "USD", "annual", 1, "2027-10-31", "2028-10-31", "active"),
    ("S20", "STD-B", "standard", "USD", "annual", 1, "2027-11-01", "2028-11-01", "active"),
    ("S21", "STD-A", "standard", "SEK", "annual", 3, "2025-12-10", "2026-12-10", "active"),
    ("S22", "STD-A", "standard", "SEK", "annual", 1, "2025-12-20", "2026-12-20", "active"),
    ("S23", "STD-A", "standard", "SEK", "monthly", 2, "2026-11-24", "2026-12-24", "active"),
    ("S24", "STD-A", "standard", "EUR", "annual", 2, "2025-10-20", "2026-10-20", "active"),
    ("S25", "STD-A", "standard", "EUR", "annual", 1, "2026-01-15", "2027-01-15", "expired"),
]
HEADER = (
    "subscription_id,contract_number,product_name,offering_code,offering_type,customer_csn,"
    "customer_name,partner_csn,partner_name,currency,payment_method,term,seats,start_date,"
    "renewal_date,status,auto_renew,team,buyer_email"
)
WILL_NOT_RENEW = ("S16", "S22", "S24")
KEYS = ["month", "currency", "subscriptions", "seats", "amount", "unpriced", "will_not_renew"]


def row(month, currency, subs, seats, amount, unpriced=0, wnr=0):
    return dict(zip(KEYS, (month, currency, subs, seats, amount, unpriced, wnr), strict=True))


# As of 2026-11-20, after S16, S22 and S24 are marked will not renew.
FIRST_3 = [
    row("overdue", "EUR", 1, 3, "3703.7034", wnr=1),  # S01 (edge), S24 left out
    row("overdue", "SEK", 1, 2, "24000"),  # S03
    row("2026-11", "EUR", 1, 5, "6172.839"),  # S04
    row("2026-12", "SEK", 2, 5, "36000", unpriced=1, wnr=1),  # S21 + S23, S22 left out
    row("2026-12", "USD", 1, 7, "21000.70"),  # S11
    row("2027-01", "EUR", 1, 1, "1234.5678"),  # S25
    row("2027-01", "USD", 2, 14, "255", unpriced=1),  # S12 + S13 (no price)
]
FIRST_12 = [
    *FIRST_3,
    row("2027-02", "EUR", 1, 1000000, "9999999900"),  # S14
    row("2027-03", "JPY", 1, 3, "450000"),  # S15
    row("2027-03", "USD", 0, 0, "0", wnr=1),  # S16 only, and it will not renew
    row("2027-10", "USD", 1, 5, "499.95"),  # S17
]
FIRST_24 = [
    *FIRST_12,
    row("2027-11", "USD", 1, 6, "599.94"),  # S18
    row("2028-10", "USD", 1, 1, "99.99"),  # S19
]


@pytest.fixture
def handmade(cli, tmp_path):
    subs = tmp_path / "subs.csv"
    lines = [HEADER]
    for sid, code, kind, cur, term, seats, start, renews, status in SUBS:
        lines.append(
            f"{sid},C-{sid},Product {code},{code},{kind},5100000001,Acme AB,,,{cur},invoice,"
            f"{term},{seats},{start},{renews},{status},false,,buyer@example.com"
        )
    subs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    prices = tmp_path / "prices.csv"
    prices.write_text(PRICES, encoding="utf-8")
    assert cli("import", "--kind", "prices", str(prices)).code == 0
    run = cli("import", str(subs))
    assert run.code == 0, run.err
    return cli


def forecast(cli, *args):
    run = cli("forecast", "--format", "json", *args)
    assert run.code == 0, run.err
    return json.loads(run.out)


def as_decimals(rows):
    """Amounts compared as numbers: "24000.00" and "24000" are the same figure."""
    return [{**r, "amount": Decimal(r["amount"])} for r in rows]


def mark_will_not_renew(cli):
    run = cli("stage", *WILL_NOT_RENEW, "--set", "will-not-renew", "--note", "moving away")
    assert run.code == 0, run.err


@pytest.mark.parametrize(
    ("months", "expected"), [("3", FIRST_3), ("12", FIRST_12), ("24", FIRST_24)]
)
def test_forecast_rows_match_the_hand_computed_figures(handmade, months, expected):
    mark_will_not_renew(handmade)
    rows = forecast(handmade, "--today", "2026-11-20", "--months", months)
    for r in rows:  # the shape of issue 14 item 7, exactly
        assert list(r) == KEYS
        assert isinstance(r["amount"], str) and Decimal(r["amount"]).is_finite()
        assert all(type(r[k]) is int for k in KEYS[2:4] + KEYS[5:])
        assert r["month"] == "overdue" or (len(r["month"]) == 7 and r["month"][4] == "-")
        assert r["subscriptions"] + r["will_not_renew"] >= 1
    assert as_decimals(rows) == as_decimals(expected)


def test_money_strings_are_exact_and_have_cents(handmade):
    mark_will_not_renew(handmade)
    rows = forecast(handmade, "--today", "2026-11-20", "--months", "12")
    amounts = {(r["month"], r["currency"]): r["amount"] for r in rows}
    assert amounts[("overdue", "SEK")] == "24000.00"
    assert amounts[("2026-11", "EUR")] == "6172.839"  # list price x seats, not rounded
    assert amounts[("2027-02", "EUR")] == "9999999900.00"
    assert amounts[("2027-03", "USD")] == "0.00"


def test_one_day_later_the_edge_subscription_leaves_overdue(handmade):
    mark_will_not_renew(handmade)
    rows = forecast(handmade, "--today", "2026-11-21", "--months", "3")
    # S01 is now 46 days past its renewal: only S24 (will not renew) is left in EUR Overdue.
    assert as_decimals(rows[:2]) == as_decimals(
        [row("overdue", "EUR", 0, 0, "0", wnr=1), row("overdue", "SEK", 1, 2, "24000")]
    )


def test_across_the_year_boundary(handmade):
    mark_will_not_renew(handmade)
    # As of 2027-01-15 the window reaches back to 2026-12-01; months 2027-01..2027-03.
    rows = forecast(handmade, "--today", "2027-01-15", "--months", "3")
    assert as_decimals(rows) == as_decimals(
        [
            row("overdue", "SEK", 2, 5, "36000", unpriced=1, wnr=1),  # S21, S23; S22
            row("overdue", "USD", 1, 7, "21000.70"),  # S11 (2026-12-31)
            row("2027-01", "EUR", 1, 1, "1234.5678"),  # S25
            row("2027-01", "USD", 2, 14, "255", unpriced=1),  # S12, S13
            row("2027-02", "EUR", 1, 1000000, "9999999900"),  # S14
            row("2027-03", "JPY", 1, 3, "450000"),  # S15
            row("2027-03", "USD", 0, 0, "0", wnr=1),  # S16
        ]
    )


def test_will_not_renew_leaves_the_amount_and_the_automatic_quotes(handmade):
    before = forecast(handmade, "--today", "2026-11-20", "--months", "3")
    dec_sek = next(r for r in before if (r["month"], r["currency"]) == ("2026-12", "SEK"))
    # S21 36000 + S22 12000 + S23 (no price)
    assert (dec_sek["subscriptions"], dec_sek["seats"], Decimal(dec_sek["amount"])) == (
        3,
        6,
        Decimal("48000"),
    )
    assert dec_sek["will_not_renew"] == 0
    run = handmade("stage", "S22", "--set", "will-not-renew", "--owner", "Eva")
    assert run.code == 0, run.err
    after = forecast(handmade, "--today", "2026-11-20", "--months", "3")
    dec_sek = next(r for r in after if (r["month"], r["currency"]) == ("2026-12", "SEK"))
    assert (dec_sek["subscriptions"], dec_sek["seats"], Decimal(dec_sek["amount"])) == (
        2,
        5,
        Decimal("36000"),
    )
    assert dec_sek["will_not_renew"] == 1

    config = ("config", "--sender", "desk@example.com", "--smtp-host", "127.0.0.1")
    assert handmade(*config).code == 0
    run = handmade("auto-quotes", "--today", "2026-11-20")
    assert run.code == 0, run.err
    quotes = json.loads(handmade("quotes", "--format", "json").out)
    quoted = sorted(sid for q in quotes for sid in q["subscriptions"])
    checked = {
        r["subscription_id"]: r for r in json.loads(handmade("check", "--format", "json").out)
    }
    # Due in 0-30 days, annual or three-year, auto-renew off: S21 and S22 (and S10, a
    # trial offering the rules renew). S22 will not renew: no quote for it.
    assert quoted == ["S10", "S21"]
    assert (checked["S22"]["stage"], checked["S22"]["owner"]) == ("will-not-renew", "Eva")
    assert checked["S21"]["stage"] == "quoted"  # its automatic quote was sent
    assert (checked["S01"]["stage"], checked["S01"]["owner"]) == ("not-started", "")


# Status active, expired or suspended and renewal on or after 2026-10-06, any offering.
CALENDAR_SUBS = sorted({s[0] for s in SUBS if s[8] in ("active", "expired", "suspended")} - {"S02"})


def test_calendar_events_and_stable_uids(handmade, tmp_path):
    mark_will_not_renew(handmade)
    assert handmade("config", "--sender", "desk@example.com", "--smtp-host", "127.0.0.1").code == 0
    assert handmade("auto-quotes", "--today", "2026-11-20").code == 0
    quotes = json.loads(handmade("quotes", "--format", "json").out)
    numbers = sorted(q["number"] for q in quotes)
    assert len(numbers) == 2  # S21's and S10's automatic quotes

    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert handmade("calendar", "-o", str(first), "--today", "2026-11-20").code == 0
    assert handmade("calendar", "-o", str(second), "--today", "2026-11-20").code == 0
    events = [icalendar.Calendar.from_ical(p.read_bytes()).walk("VEVENT") for p in (first, second)]
    uids = [sorted(str(e["UID"]) for e in evs) for evs in events]
    assert uids[0] == uids[1]
    assert uids[0] == sorted(
        [f"renewal-{s}@renewdesk" for s in CALENDAR_SUBS]
        + [f"quote-{n}@renewdesk" for n in numbers]
    )
    renewals = {s[0]: date.fromisoformat(s[7]) for s in SUBS}
    for e in events[0]:
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        assert type(start) is date and end == start + timedelta(days=1)  # all day
        uid = str(e["UID"])
        if uid.startswith("renewal-"):
            sid = uid.removeprefix("renewal-").removesuffix("@renewdesk")
            assert start == renewals[sid]
        else:
            number = uid.removeprefix("quote-").removesuffix("@renewdesk")
            quote = next(q for q in quotes if q["number"] == number)
            assert start.isoformat() == quote["expires"]
        assert str(e["DESCRIPTION"]).strip()
    by_uid = {str(e["UID"]): str(e["DESCRIPTION"]) for e in events[0]}
    assert "2026-11-20" in by_uid["renewal-S01@renewdesk"]  # its window closes that day
    assert "will not renew" in by_uid["renewal-S22@renewdesk"]
    # The same events, the same words, in both exports (only DTSTAMP may move on).
    same = [
        {str(e["UID"]): (str(e["SUMMARY"]), str(e["DESCRIPTION"])) for e in evs} for evs in events
    ]
    assert same[0] == same[1]
    # DTSTAMP is on the as-of day (one clock), not the computer's date.
    stamp = events[0][0].decoded("DTSTAMP")
    assert abs(stamp.date() - date(2026, 11, 20)) <= timedelta(days=1)


def test_will_not_renew_needs_no_note_and_the_help_says_so(handmade, capsys):
    run = handmade("stage", "S15", "--set", "will-not-renew")
    assert run.code == 0, run.err
    checked = {
        r["subscription_id"]: r for r in json.loads(handmade("check", "--format", "json").out)
    }
    assert checked["S15"]["stage"] == "will-not-renew"
    with pytest.raises(SystemExit):
        handmade("stage", "--help")
    help_text = " ".join(capsys.readouterr().out.split())
    assert "needed for will-not-renew" not in help_text
    assert "(optional)" in help_text
