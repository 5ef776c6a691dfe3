"""``renewdesk forecast``, ``stage`` and ``calendar``, and the stage in ``check --format json``."""

from __future__ import annotations

import json
from datetime import date

import icalendar
import pytest

from tests.quotes.conftest import seed_world


@pytest.fixture
def world(engine):
    world = seed_world(engine)  # DSGN annual USD 100.00, EUR 90.00
    world.sub("A-1", renewal_date=date(2026, 12, 10), seats=2)
    world.sub("A-2", renewal_date=date(2026, 12, 28), seats=5)
    world.sub("B-1", renewal_date=date(2027, 2, 1), seats=1, currency="EUR")
    world.sub("C-1", renewal_date=date(2026, 10, 30), seats=4)  # overdue on 2026-11-26
    engine.dispose()
    return world


def test_forecast_json_rows(cli, world):
    run = cli("forecast", "--format", "json")
    assert run.code == 0, run.err
    assert json.loads(run.out) == [
        {
            "month": "overdue",
            "currency": "USD",
            "subscriptions": 1,
            "seats": 4,
            "amount": "400.00",
            "unpriced": 0,
            "will_not_renew": 0,
        },
        {
            "month": "2026-12",
            "currency": "USD",
            "subscriptions": 2,
            "seats": 7,
            "amount": "700.00",
            "unpriced": 0,
            "will_not_renew": 0,
        },
        {
            "month": "2027-02",
            "currency": "EUR",
            "subscriptions": 1,
            "seats": 1,
            "amount": "90.00",
            "unpriced": 0,
            "will_not_renew": 0,
        },
    ]


def test_stage_moves_a_subscription_out_of_the_amount_and_check_shows_it(cli, world):
    run = cli("stage", "A-2", "--set", "will-not-renew", "--note", "merged", "--owner", "Eva")
    assert run.code == 0, run.err
    rows = json.loads(cli("forecast", "--format", "json", "--months", "3").out)
    dec = next(r for r in rows if r["month"] == "2026-12")
    assert (dec["subscriptions"], dec["seats"], dec["amount"], dec["will_not_renew"]) == (
        1,
        2,
        "200.00",
        1,
    )
    assert not any(r["month"] == "2027-02" for r in rows)  # 3 months: Nov, Dec, Jan
    checked = {r["subscription_id"]: r for r in json.loads(cli("check", "--format", "json").out)}
    assert (checked["A-2"]["stage"], checked["A-2"]["owner"]) == ("will-not-renew", "Eva")
    assert (checked["A-1"]["stage"], checked["A-1"]["owner"]) == ("not-started", "")
    table = cli("check").out.splitlines()
    assert table[0].split()[:4] == ["Subscription", "Eligible", "Codes", "Stage"]
    row = next(line for line in table if line.startswith("A-2 "))
    assert "will-not-renew" in row.split()


def test_forecast_table_and_as_of_date(cli, world):
    run = cli("forecast", "--today", "2027-01-15", "--months", "3")
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0].split()[:2] == ["Month", "Currency"]
    assert any(line.startswith("Overdue") and "USD" in line for line in lines)
    assert any(line.startswith("2027-02") and "90.00" in line for line in lines)
    assert "campaigns are not forecast" in lines[-1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("forecast", "--months", "30"), "--months 30"),
        (("forecast", "--today", "soon"), "--today 'soon'"),
        (("stage", "NOPE", "--set", "in-progress"), "NOPE"),
        (("stage", "A-1"), "--set"),
        (("stage", "A-1", "--set", "quoted"), "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli, world, args, message):
    run = cli(*args)
    assert run.code == 2
    assert message in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_calendar_file(cli, world, tmp_path):
    target = tmp_path / "renewals.ics"
    run = cli("calendar", "-o", str(target))
    assert run.code == 0, run.err
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    uids = sorted(str(e["UID"]) for e in cal.walk("VEVENT"))
    assert uids == [f"renewal-{s}@renewdesk" for s in ("A-1", "A-2", "B-1", "C-1")]
    missing = cli("calendar", "-o", str(tmp_path / "no" / "such" / "x.ics"))
    assert missing.code == 2 and "x.ics" in missing.err
