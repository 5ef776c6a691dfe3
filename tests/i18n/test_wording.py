"""The last words (issue 9, item 13): labels instead of raw values, right plurals, both languages."""

from __future__ import annotations

import pytest

from renewdesk.messages import sentence
from renewdesk.rules.codes import Code, Finding
from renewdesk.secrets import MemorySecretStore, _unusable_reason
from renewdesk.services.settings_service import SettingsError

CASES = [
    (
        Finding(Code.OFFERING_NOT_COVERED, {"offering_type": "flex"}),
        "This offering (Flex) cannot be renewed",
        "(Flex)",
    ),
    (
        Finding(Code.STATUS_NOT_RENEWABLE, {"status": "canceled"}),
        "with status Canceled cannot",
        "Uppsagd",
    ),
    (
        Finding(Code.MIXED_PAYMENT_METHOD, {"values": ["credit_card", "invoice"]}),
        "these lines use Credit card, Invoice.",
        "Kreditkort, Faktura",
    ),
    (
        Finding(
            Code.PRICE_MISSING,
            {"offering_code": "DSP", "term": "three_year", "currency": "SEK", "subscription": "S"},
        ),
        "no price for DSP, 3 years, SEK",
        "3 år",
    ),
    (
        Finding(Code.AUTO_RENEW_MUST_BE_OFF, {"subscriptions": ["S-1"], "count": 1}),
        "Turn off auto-renew for 1 subscription first (S-1)",
        "1 prenumeration",
    ),
    (
        Finding(Code.AUTO_RENEW_MUST_BE_OFF, {"subscriptions": ["S-1", "S-2"], "count": 2}),
        "Turn off auto-renew for 2 subscriptions first (S-1, S-2)",
        "2 prenumerationer",
    ),
]


@pytest.mark.parametrize(("finding", "english", "swedish"), CASES)
def test_rule_sentences_name_values_by_their_labels(window_language, finding, english, swedish):
    window_language("en")
    text = sentence(finding)
    assert english in text
    assert "credit_card" not in text and "three_year" not in text and "flex" not in text
    window_language("sv")
    assert swedish in sentence(finding)


def test_the_keyring_reason_is_in_the_admins_language(window_language):
    from keyring.backends import fail

    store = MemorySecretStore(_unusable_reason(fail.Keyring()))
    window_language("sv")
    assert "no OS keyring" not in store.description
    assert "nyckelring" in store.description.lower()
    window_language("en")
    assert store.description.endswith("no OS keyring backend is available")


def test_settings_errors_name_fields_by_their_labels(window_language):
    window_language("en")
    error = SettingsError({"smtp_host": "Sending by email needs an SMTP server."})
    assert str(error) == "Server: Sending by email needs an SMTP server."


def test_a_refused_action_names_the_status_in_words(window_language):
    from datetime import date

    from renewdesk.domain import QuoteStatus
    from renewdesk.quotes.errors import TransitionRefusedError
    from renewdesk.quotes.lifecycle import Action, require

    with pytest.raises(TransitionRefusedError) as refused:
        require(
            Action.RESEND, "Q-2026-000007", QuoteStatus.ORDERED, date(2026, 4, 1), date(2026, 3, 2)
        )
    window_language("en")
    assert str(refused.value) == "Q-2026-000007 is already bought and cannot be resent"
    window_language("sv")
    assert "har status beställd" in str(refused.value)
