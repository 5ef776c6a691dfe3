"""Sentences for rule codes, shared by the window, the command line and the PDF.

The rules return codes with parameters; this module turns them into text.
Strings go through ``RuleMessages.tr`` (:class:`renewdesk.i18n.TrContext`, QtCore only)
so Qt Linguist extracts them and one translation file serves every surface.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from renewdesk.i18n import TrContext
from renewdesk.rules.codes import Code, Finding
from renewdesk.value_labels import offering_label, payment_label, status_label, term_label


class RuleMessages(TrContext):
    """The translation context of the rule sentences."""


def _templates(count: int = -1) -> dict[Code, str]:
    # Built on each call so a language switch takes effect at once; ``count`` picks
    # the plural form of the sentences that count subscriptions.
    return {
        Code.WINDOW_NOT_OPEN: RuleMessages.tr(
            "The renewal window is not open yet: quotes can be made from {opens} "
            "({days} days before the renewal date)."
        ),
        Code.WINDOW_CLOSED: RuleMessages.tr(
            "The renewal window closed on {closed} ({days} days after the renewal date)."
        ),
        Code.OFFERING_NOT_COVERED: RuleMessages.tr(
            "This offering ({offering_type}) cannot be renewed by quote: "
            "Flex and Success plans are renewed another way."
        ),
        Code.STATUS_NOT_RENEWABLE: RuleMessages.tr(
            "A subscription with status {status} cannot be renewed."
        ),
        Code.OPEN_QUOTE_EXISTS: RuleMessages.tr(
            "The subscription is already on open quote {quote}."
        ),
        Code.AUTO_RENEW_ON: RuleMessages.tr(
            "Auto-renew is on: it will renew by itself; a quote with changes needs it turned off."
        ),
        Code.MIXED_CUSTOMER: RuleMessages.tr(
            "A quote is for one customer; these lines are for {values}."
        ),
        Code.MIXED_CURRENCY: RuleMessages.tr("A quote has one currency; these lines use {values}."),
        Code.MIXED_PAYMENT_METHOD: RuleMessages.tr(
            "A quote has one payment method; these lines use {values}."
        ),
        Code.MIXED_PARTNER: RuleMessages.tr(
            "A quote goes through one reseller or none; these lines involve {values}."
        ),
        Code.MIXED_QUOTE_TYPE: RuleMessages.tr(
            "A renewal quote cannot hold new-purchase or co-term lines ({subscriptions})."
        ),
        Code.TOO_MANY_LINES: RuleMessages.tr(
            "A quote holds at most {max} subscriptions; this one has {count}."
        ),
        Code.SEATS_ADDED: RuleMessages.tr(
            "{subscription}: {seats} seats is more than the {current} it has; "
            "seats can only be reduced in a renewal quote."
        ),
        Code.CURRENCY_CHANGE: RuleMessages.tr(
            "{subscription} is billed in {currency} and cannot be quoted in {quote_currency}."
        ),
        Code.FUTURE_START_DATE: RuleMessages.tr(
            "{subscription} would start on {start}, "
            "later than the day after its term ends ({latest})."
        ),
        Code.NEW_CREDIT_LINE: RuleMessages.tr(
            "Pay by invoice needs an existing invoice account: "
            "no subscription of this customer pays by invoice yet."
        ),
        Code.AUTO_RENEW_MUST_BE_OFF: RuleMessages.tr(
            "Turn off auto-renew for %n subscription(s) first ({subscriptions}): "
            "the quote changes them or involves a reseller.",
            "",
            count,
        ),
        Code.CARD_LIMIT: RuleMessages.tr(
            "The total {total} {currency} is above the card/PayPal limit of {ceiling} {currency}; "
            "the buyer may need another payment method."
        ),
        Code.TOO_MANY_RECIPIENTS: RuleMessages.tr(
            "At most {max} recipients besides the buyer; {count} were given."
        ),
        Code.INVALID_RECIPIENT: RuleMessages.tr("{address} is not a valid email address."),
        Code.DUPLICATE_RECIPIENT: RuleMessages.tr("{address} is listed more than once."),
        Code.EMPTY_QUOTE: RuleMessages.tr(
            "The quote has no lines: tick at least one subscription."
        ),
        Code.PRICE_MISSING: RuleMessages.tr(
            "The price book has no price for {offering_code}, {term}, {currency} ({subscription})."
        ),
        Code.ADDRESS_CHANGE_NEEDS_NEW_QUOTE: RuleMessages.tr(
            "Customer details cannot change on a sent quote: create a new quote, "
            "which replaces {quote} when it is sent."
        ),
        Code.CANCEL_NOT_SELF_SERVICE: RuleMessages.tr(
            "A sent quote cannot be cancelled here: contact the partner, then record "
            "the cancellation with a note."
        ),
    }


# Parameters holding stored values, shown as the admin reads them ("Flex", not "flex").
_VALUE_LABELS: dict[str, Callable[[str], str]] = {
    "offering_type": offering_label,
    "status": status_label,
    "term": term_label,
    "payment_method": payment_label,
}


def _display(value: Any, label: Callable[[str], str] | None = None) -> str:
    shown = label or str
    if isinstance(value, list | tuple):
        return ", ".join(shown(str(v)) if v else RuleMessages.tr("direct") for v in value)
    return shown(str(value))


def _label_for(code: Code, key: str) -> Callable[[str], str] | None:
    if code is Code.MIXED_PAYMENT_METHOD and key == "values":
        return payment_label
    return _VALUE_LABELS.get(key)


def sentence(finding: Finding) -> str:
    """The sentence for one finding in the current language."""
    count = finding.params.get("count", -1)
    template = _templates(count if isinstance(count, int) else -1)[finding.code]
    params = {k: _display(v, _label_for(finding.code, k)) for k, v in finding.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def sentences(findings: Iterable[Finding]) -> list[str]:
    return [sentence(f) for f in findings]
