"""``quote create`` warns when a quote expires within 7 days of being made."""

from __future__ import annotations

import pytest

from tests.cli.conftest import write

# Today is 2026-11-26 (tests/cli/conftest.py). E1 renewed 45 days ago, so a quote
# holding it expires today; F1 renewed 40 days ago (expires in 5 days); N1 renews in
# 20 days (the 30-day validity comes first: no warning).
SUBS = """subscription_id,contract_number,product_name,offering_code,offering_type,customer_csn,customer_name,partner_csn,partner_name,currency,payment_method,term,seats,start_date,renewal_date,status,auto_renew,team,buyer_email
E1,C1,Design Suite,DSP,standard,5100000001,Acme AB,,,USD,invoice,annual,10,2025-10-12,2026-10-12,expired,no,,buyer@acme.example
F1,C1,Design Suite,DSP,standard,5100000001,Acme AB,,,USD,invoice,annual,3,2025-10-17,2026-10-17,expired,no,,buyer@acme.example
N1,C1,Design Suite,DSP,standard,5100000001,Acme AB,,,USD,invoice,annual,2,2025-12-16,2026-12-16,active,no,,buyer@acme.example
"""
PRICES = """offering_code,term,currency,unit_price
DSP,annual,USD,1000.00
"""


@pytest.fixture
def cache(cli, tmp_path):
    for kind, text in (("subscriptions", SUBS), ("prices", PRICES)):
        result = cli("import", "--kind", kind, str(write(tmp_path / f"{kind}.csv", text)))
        assert result.code == 0, result.err
    return cli


def _warnings(text: str, prefix: str = "warning:") -> list[str]:
    return [line for line in text.splitlines() if line.startswith(prefix)]


def test_a_quote_that_expires_the_day_it_is_made_prints_a_warning_line(cache):
    result = cache("quote", "create", "N1", "E1", "--draft")
    assert result.code == 0, result.err
    (line,) = _warnings(result.err)
    assert "2026-11-26" in line and "E1" in line
    assert "the day it is made" in line
    assert "N1" not in line


def test_within_seven_days_names_the_date_and_the_subscription(cache):
    result = cache("quote", "create", "F1", "N1", "--draft")
    (line,) = _warnings(result.err)
    assert "2026-12-01" in line and "F1" in line and "within 7 days" in line


def test_no_warning_when_the_validity_comes_first(cache):
    result = cache("quote", "create", "N1", "--draft")
    assert result.code == 0, result.err
    assert _warnings(result.err) == []
    assert "warning" not in result.out + result.err


def test_the_warning_is_in_swedish_with_lang_sv(cache):
    result = cache("--lang", "sv", "quote", "create", "E1", "--draft")
    assert result.code == 0, result.err
    (line,) = _warnings(result.err, "varning:")
    assert "2026-11-26" in line and "E1" in line


def test_the_number_alone_goes_to_stdout_and_the_warning_to_stderr(cli_process, tmp_path):
    """A script that captures the number gets the number; the warning stays visible."""
    for kind, text in (("subscriptions", SUBS), ("prices", PRICES)):
        path = write(tmp_path / f"{kind}.csv", text)
        assert cli_process("import", "--kind", kind, str(path)).code == 0
    result = cli_process("quote", "create", "E1", "--draft")
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["Q-2026-000001"]
    (line,) = _warnings(result.err)
    assert "2026-11-26" in line and "E1" in line and "the day it is made" in line
