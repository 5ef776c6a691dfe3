"""The limits come from the data file, and every code reads as a sentence."""

from __future__ import annotations

import tomllib
from decimal import Decimal

from renewdesk.messages import sentence
from renewdesk.rules import Code, Finding, default_limits
from renewdesk.rules.limits import LIMITS_FILE, parse_limits


def test_defaults_match_the_spec():
    lim = default_limits()
    assert (lim.days_before_renewal, lim.days_after_renewal) == (90, 45)
    assert (lim.max_extra_recipients, lim.max_lines, lim.validity_days, lim.auto_quote_days) == (
        4,
        100,
        30,
        30,
    )
    assert lim.card_ceiling["USD"] == Decimal("25000")


def test_every_limit_carries_a_source_note():
    data = tomllib.loads(LIMITS_FILE.read_text(encoding="utf-8"))
    for section, values in data.items():
        if "source" in values:  # one note for the whole table (ceilings, field lengths)
            assert values["source"], f"{section} has an empty source note"
            continue
        limits = [k for k in values if not k.endswith("source")]
        for key in limits:
            assert f"{key}_source" in values, f"{section}.{key} has no source note"
    assert data["card_ceiling"]["source"]


def test_a_deployment_can_change_a_limit():
    data = tomllib.loads(LIMITS_FILE.read_text(encoding="utf-8"))
    data["quote"]["max_extra_recipients"] = 5
    assert parse_limits(data).max_extra_recipients == 5


def test_every_code_has_a_sentence_with_its_values_filled_in():
    params = {
        "opens": "2026-03-01",
        "closed": "2026-03-01",
        "days": 90,
        "offering_type": "flex",
        "status": "canceled",
        "quote": "Q-2026-000001",
        "values": ["A", ""],
        "subscriptions": ["S1", "S2"],
        "count": 2,
        "max": 4,
        "subscription": "S1",
        "seats": 11,
        "current": 10,
        "currency": "USD",
        "quote_currency": "EUR",
        "start": "2026-03-01",
        "latest": "2026-02-28",
        "total": "30000",
        "ceiling": "25000",
        "address": "x@",
        "offering_code": "DSGN",
        "term": "annual",
    }
    for code in Code:
        text = sentence(Finding(code, params))
        assert text and "{" not in text, code
    assert "direct" in sentence(Finding(Code.MIXED_PARTNER, {"values": ["", "P-1"]}))
