"""Quotes from the command line: refused with codes, priced by hand, sent once, bought."""

from __future__ import annotations

import json
from datetime import date
from email import message_from_bytes
from email.policy import default as default_policy
from io import BytesIO

import pytest
from pypdf import PdfReader

from renewdesk.store.engine import open_cache
from renewdesk.store.repositories import SubscriptionRepository
from tests.cli.conftest import write

SUBS = """subscription_id,contract_number,product_name,offering_code,offering_type,customer_csn,customer_name,partner_csn,partner_name,currency,payment_method,term,seats,start_date,renewal_date,status,auto_renew,team,buyer_email
A1,C1,Design Suite,DSP,standard,5100000001,Acme AB,,,USD,invoice,annual,10,2025-12-20,2026-12-19,active,no,Ops,buyer@acme.example
A2,C1,Render Studio,RND,standard,5100000001,Acme AB,,,USD,invoice,three_year,4,2024-01-01,2026-12-31,active,yes,Ops,buyer@acme.example
B1,C2,Design Suite,DSP,standard,5100000002,Beta GmbH,,,EUR,credit_card,annual,2,2025-12-20,2026-12-19,active,no,,b@beta.example
M1,C3,Viewer,VWR,standard,5100000001,Acme AB,,,USD,invoice,monthly,3,2026-10-31,2026-11-30,active,no,,buyer@acme.example
"""
PRICES = """offering_code,term,currency,unit_price
DSP,annual,USD,1000.00
DSP,three_year,USD,2700.00
RND,three_year,USD,"1 500,50"
RND,annual,USD,600
DSP,annual,EUR,900
VWR,monthly,USD,12.34
"""
CAMPAIGNS = """code,name,percent_off,valid_from,valid_to,offering_codes,terms,currencies
WINTER,Winter offer,10,2026-11-01,2026-12-31,DSP,annual,USD
BIGGER,Bigger offer,15,2026-11-01,2026-12-31,DSP,,
EXPIRED,Old offer,50,2026-01-01,2026-06-30,,,
"""


@pytest.fixture
def cache(cli, tmp_path):
    for kind, text in (("subscriptions", SUBS), ("prices", PRICES), ("campaigns", CAMPAIGNS)):
        result = cli("import", "--kind", kind, str(write(tmp_path / f"{kind}.csv", text)))
        assert result.code == 0, result.err
    return cli


def quote_json(cli, number):
    return next(
        q for q in json.loads(cli("quotes", "--format", "json").out) if q["number"] == number
    )


def test_mixed_selection_is_refused_with_codes_and_nothing_saved(cache):
    result = cache("quote", "create", "A1", "B1")
    assert result.code == 2
    for code in ("MIXED_CUSTOMER", "MIXED_CURRENCY", "MIXED_PAYMENT_METHOD"):
        assert code in result.err
    assert json.loads(cache("quotes", "--format", "json").out) == []


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--seats", "A1=11"], "SEATS_ADDED"),
        ([f"--recipient=r{i}@acme.example" for i in range(5)], "TOO_MANY_RECIPIENTS"),
        (["--recipient", "not-an-email"], "INVALID_RECIPIENT"),
        (["--recipient", "BUYER@acme.example"], "DUPLICATE_RECIPIENT"),
        (["--term", "A1=monthly"], "PRICE_MISSING"),
    ],
)
def test_refusals(cache, args, code):
    result = cache("quote", "create", "A1", *args)
    assert result.code == 2
    assert code in result.err


def test_totals_and_the_largest_campaign_computed_by_hand(cache, tmp_path):
    pdf = tmp_path / "q.pdf"
    result = cache("quote", "create", "A1", "M1", "--seats", "A1=3", "--pdf", str(pdf))
    assert result.code == 0, result.err
    number = result.out.strip()
    assert number == "Q-2026-000001"
    q = quote_json(cache, number)
    # A1: 3 x 1000.00 = 3000.00, BIGGER 15% (beats WINTER 10%) -> 2550.00
    # M1: 3 x 12.34 = 37.02, no campaign for VWR
    assert q["total"] == "2587.02"
    assert q["status"] == "QUOTED"
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert number in text and "BIGGER" in text and "2,587.02" in text


def test_send_with_server_down_then_up_delivers_exactly_once(cache, smtp_server, tmp_path):
    assert (
        cache(
            "config",
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            str(smtp_server.port),
            "--smtp-security",
            "none",
            "--sender",
            "quotes@renew.example",
        ).code
        == 0
    )
    result = cache("quote", "create", "A1", "--recipient", "cfo@acme.example", "--send")
    assert result.code == 0
    number = result.out.strip()
    assert "queued" in result.err
    waiting = cache("outbox")
    assert number in waiting.out and "1 message(s) waiting" in waiting.out

    smtp_server.start()
    sent = cache("outbox", "send")
    assert sent.code == 0, sent.err
    assert "0 message(s) waiting" in sent.out
    assert cache("outbox", "send").code == 0
    assert len(smtp_server.handler.received) == 1
    envelope = smtp_server.handler.received[0]
    assert sorted(envelope.rcpt_tos) == ["buyer@acme.example", "cfo@acme.example"]
    msg = message_from_bytes(envelope.content, policy=default_policy)
    assert number in msg["Subject"]
    (attachment,) = list(msg.iter_attachments())
    assert number in PdfReader(BytesIO(attachment.get_content())).pages[0].extract_text()


def test_buy_moves_the_renewal_date_by_the_term(cache, db_path, tmp_path):
    number = cache(
        "quote", "create", "A1", "--seats", "A1=7", "--pdf", str(tmp_path / "q.pdf")
    ).out.strip()
    result = cache("quote", "buy", number)
    assert result.code == 0, result.err
    engine = open_cache(db_path)
    a1 = SubscriptionRepository(engine).get("A1")
    engine.dispose()
    assert (a1.renewal_date, a1.seats, str(a1.status)) == (date(2027, 12, 19), 7, "active")
    assert quote_json(cache, number)["status"] == "ORDERED"
    again = cache("quote", "buy", number)
    assert again.code == 2 and number in again.err


def test_a_draft_cannot_be_bought_and_unknown_numbers_are_named(cache):
    number = cache("quote", "create", "A1").out.strip()
    assert quote_json(cache, number)["status"] == "DRAFT"
    assert cache("quote", "buy", number).code == 2
    missing = cache("quote", "buy", "Q-2026-999999")
    assert missing.code == 2 and "Q-2026-999999" in missing.err


def test_the_same_quote_gives_the_same_pdf_bytes(cache, tmp_path):
    number = cache("quote", "create", "A1", "--pdf", str(tmp_path / "first.pdf")).out.strip()
    one, two = tmp_path / "1.pdf", tmp_path / "2.pdf"
    assert cache("quote", "pdf", number, "-o", str(one)).code == 0
    assert cache("quote", "pdf", number, "-o", str(two)).code == 0
    assert one.read_bytes() == two.read_bytes() == (tmp_path / "first.pdf").read_bytes()


def test_eml_draft_is_unsent(cache, tmp_path):
    target = tmp_path / "quote.eml"
    result = cache("quote", "create", "A1", "--eml", str(target))
    assert result.code == 0, result.err
    written = list(tmp_path.glob("*.eml"))
    assert written
    msg = message_from_bytes(written[0].read_bytes(), policy=default_policy)
    assert msg["X-Unsent"] == "1"


def test_automatic_quotes_need_a_sender_and_a_server(cache):
    result = cache("auto-quotes", "--today", "2026-11-26")
    assert result.code == 2 and result.out.split() == []
    assert result.err.strip() == (
        "renewdesk: no automatic quotes were made for 2 due subscriptions: "
        "set --sender EMAIL --smtp-host HOST with renewdesk config"
    )
    assert cache("config", "--sender", "quotes@renew.example").code == 0
    result = cache("auto-quotes", "--today", "2026-11-26")
    assert result.code == 2 and "set --smtp-host HOST with" in result.err
    # Set the same day: the run that was refused is made now.
    assert cache("config", "--smtp-host", "127.0.0.1", "--smtp-port", "9").code == 0
    assert len(cache("auto-quotes", "--today", "2026-11-26").out.split()) == 2


def test_automatic_quotes_on_a_chosen_day_once(cache):
    assert cache("config", "--sender", "quotes@renew.example", "--smtp-host", "127.0.0.1").code == 0
    first = cache("auto-quotes", "--today", "2026-11-26")
    assert first.code == 0, first.err
    # A1 (annual, 23 days) qualifies; A2 has auto-renew on; M1 is monthly; B1 qualifies.
    made = first.out.split()
    assert len(made) == 2
    origins = {quote_json(cache, n)["origin"] for n in made}
    assert origins == {"automatic"}
    second = cache("auto-quotes", "--today", "2026-11-26")
    assert second.out.split() == []


def test_config_keeps_the_password_out_of_the_cache(cache, db_path, memory_keyring, cli_process):
    secret = "s3cret-Pässword!"
    result = cache(
        "config", "--smtp-host", "mail.example", "--smtp-user", "admin", "--sender", "q@x.example"
    )
    assert result.code == 0
    import sys

    stdin = sys.stdin
    sys.stdin = __import__("io").StringIO(secret + "\n")
    try:
        result = cache("config", "--password-stdin")
    finally:
        sys.stdin = stdin
    assert result.code == 0, result.err
    assert "password: stored" in result.out
    assert secret in memory_keyring.secrets.values()
    for path in db_path.parent.glob(db_path.name + "*"):
        assert secret.encode() not in path.read_bytes()
    bad = cache("config", "--smtp-port", "99999")
    assert bad.code == 2 and "smtp-port" in bad.err


def test_pdf_into_a_missing_folder_is_a_clear_error(cache, tmp_path):
    number = cache("quote", "create", "A1").out.strip()
    result = cache("quote", "pdf", number, "-o", str(tmp_path / "missing" / "q.pdf"))
    assert result.code == 2
    assert "missing" in result.err and "Traceback" not in result.err


def test_the_auto_renew_fix_from_the_command_line(cache, db_path):
    refused = cache("quote", "create", "A2", "--seats", "A2=3")
    assert refused.code == 2 and "AUTO_RENEW_MUST_BE_OFF" in refused.err
    fixed = cache("quote", "create", "A2", "--seats", "A2=3", "--turn-off-auto-renew")
    assert fixed.code == 0, fixed.err
    assert "auto-renew turned off for A2" in fixed.err
    engine = open_cache(db_path)
    assert SubscriptionRepository(engine).get("A2").auto_renew is False
    engine.dispose()


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_today_out_of_range_is_refused_in_one_line(cache, day, monkeypatch):
    result = cache("check", "--today", day)
    assert result.code == 2
    assert result.err.strip() == (
        f"renewdesk: --today {day} is outside the dates RenewDesk works with "
        "(1900-01-01 to 2199-12-31)"
    )
    monkeypatch.setenv("RENEWDESK_TODAY", day)
    result = cache("quotes")
    assert result.code == 2
    assert result.err.strip() == (
        f"renewdesk: RENEWDESK_TODAY {day} is outside the dates RenewDesk works with "
        "(1900-01-01 to 2199-12-31)"
    )
    assert "Traceback" not in result.err


@pytest.mark.parametrize("seats", ["99999999999999999999999", "1000001"])
def test_seats_past_the_bound_on_the_command_line_are_one_line(cache, seats):
    """Seats an import would refuse are refused on a quote too, before any price is taken."""
    result = cache("quote", "create", "A1", "--seats", f"A1={seats}")
    assert result.code == 2, result.err
    assert result.err.strip() == (
        "renewdesk: seats can be at most 1,000,000 (the most one subscription may have): A1"
    )
    assert json.loads(cache("quotes", "--format", "json").out) == []


def test_config_sets_the_profile_that_signs_the_email(cache):
    result = cache(
        "config",
        "--profile-name",
        "Anna Admin",
        "--profile-company",
        "Seller AB",
        "--profile-phone",
        "+46 8 555 010 10",
        "--profile-email",
        "anna@seller.example",
    )
    assert result.code == 0, result.err
    shown = dict(line.split(": ", 1) for line in result.out.splitlines() if ": " in line)
    assert shown["your-name"] == "Anna Admin" and shown["company-name"] == "Seller AB"
    assert shown["phone"] == "+46 8 555 010 10" and shown["email"] == "anna@seller.example"
    bad = cache("config", "--profile-email", "anna@")
    assert bad.code == 2 and bad.err.startswith("renewdesk: --email: ")
