"""The renewal-by-quote rules: pure functions over plain values and an as-of date.

They never read the clock, the database or Qt; they return codes with parameters
and leave the sentences to :mod:`renewdesk.messages`.
"""

from renewdesk.rules.codes import SEVERITY, Code, Finding, Severity, blocking
from renewdesk.rules.eligibility import (
    EligibilityCheck,
    check_all,
    evaluate_subscription,
    is_eligible,
)
from renewdesk.rules.grouping import GroupKey, group_key, group_subscriptions
from renewdesk.rules.limits import Limits, default_limits
from renewdesk.rules.quote_rules import LineDraft, QuoteDraft, check_quote, is_valid_email

__all__ = [
    "SEVERITY",
    "Code",
    "EligibilityCheck",
    "Finding",
    "GroupKey",
    "Limits",
    "LineDraft",
    "QuoteDraft",
    "Severity",
    "blocking",
    "check_all",
    "check_quote",
    "default_limits",
    "evaluate_subscription",
    "group_key",
    "group_subscriptions",
    "is_eligible",
    "is_valid_email",
]
