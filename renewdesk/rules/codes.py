"""Rule codes, severities and the finding a rule returns. No sentences here: see messages."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.StrEnum):
    BLOCK = "block"
    WARN = "warn"
    INFO = "info"


class Code(enum.StrEnum):
    # 1.1 per subscription
    WINDOW_NOT_OPEN = "WINDOW_NOT_OPEN"
    WINDOW_CLOSED = "WINDOW_CLOSED"
    OFFERING_NOT_COVERED = "OFFERING_NOT_COVERED"
    STATUS_NOT_RENEWABLE = "STATUS_NOT_RENEWABLE"
    OPEN_QUOTE_EXISTS = "OPEN_QUOTE_EXISTS"
    AUTO_RENEW_ON = "AUTO_RENEW_ON"
    # 1.2 per quote
    MIXED_CUSTOMER = "MIXED_CUSTOMER"
    MIXED_CURRENCY = "MIXED_CURRENCY"
    MIXED_PAYMENT_METHOD = "MIXED_PAYMENT_METHOD"
    MIXED_PARTNER = "MIXED_PARTNER"
    MIXED_QUOTE_TYPE = "MIXED_QUOTE_TYPE"
    TOO_MANY_LINES = "TOO_MANY_LINES"
    SEATS_ADDED = "SEATS_ADDED"
    CURRENCY_CHANGE = "CURRENCY_CHANGE"
    FUTURE_START_DATE = "FUTURE_START_DATE"
    NEW_CREDIT_LINE = "NEW_CREDIT_LINE"
    AUTO_RENEW_MUST_BE_OFF = "AUTO_RENEW_MUST_BE_OFF"
    CARD_LIMIT = "CARD_LIMIT"
    TOO_MANY_RECIPIENTS = "TOO_MANY_RECIPIENTS"
    INVALID_RECIPIENT = "INVALID_RECIPIENT"
    DUPLICATE_RECIPIENT = "DUPLICATE_RECIPIENT"
    EMPTY_QUOTE = "EMPTY_QUOTE"
    PRICE_MISSING = "PRICE_MISSING"
    # 1.3 after a quote is sent
    ADDRESS_CHANGE_NEEDS_NEW_QUOTE = "ADDRESS_CHANGE_NEEDS_NEW_QUOTE"
    CANCEL_NOT_SELF_SERVICE = "CANCEL_NOT_SELF_SERVICE"


SEVERITY: dict[Code, Severity] = {code: Severity.BLOCK for code in Code}
SEVERITY[Code.AUTO_RENEW_ON] = Severity.INFO
SEVERITY[Code.CARD_LIMIT] = Severity.WARN


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule result: a code with the values its sentence needs."""

    code: Code
    params: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.code]

    @property
    def blocks(self) -> bool:
        return self.severity is Severity.BLOCK


def blocking(findings: list[Finding]) -> list[Finding]:
    """Only the findings that stop a quote."""
    return [f for f in findings if f.blocks]
