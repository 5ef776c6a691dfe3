"""Where each rule comes from: the help article's sentences, or a RenewDesk default.

The article is the vendor's public help page "Renew by quote" (Swedish original,
numbered English rendering in the project's shared ``source/`` folder). Each rule
code cites the sentences it rests on by number (``[S1]``); where the article states
no such rule, :data:`DEFAULTS` says plainly that RenewDesk chose it, and why.

Texts are :func:`~renewdesk.lazy_text.tr_later` strings: English here, and in a
Swedish window the translation catalogue gives the article's Swedish original
sentence (the article was written in Swedish). Qt-free, like the rest of ``rules``.
"""

from __future__ import annotations

from collections.abc import Iterable

from renewdesk.lazy_text import tr_later
from renewdesk.rules.codes import Code

#: The article's sentences that rules cite, by number.
SENTENCES: dict[str, str] = {
    "S1": tr_later(
        "RuleSources",
        "You can renew directly with the vendor through a quote, either from your partner "
        "or by creating one yourself in your account, starting 90 days before and up to "
        "45 days after the renewal's due date.",
    ),
    "S2": tr_later(
        "RuleSources",
        "If you work with a partner on a renewal quote that contains changes to the original "
        "subscription, or because of your procurement process, you must turn off automatic "
        "renewal until the quote has been completed and carried out, to avoid an incorrect "
        "renewal being processed.",
    ),
    "S4": tr_later(
        "RuleSources",
        "Quotes can be sent to any recipient in the company and up to four additional contacts.",
    ),
    "S8": tr_later(
        "RuleSources",
        "Subscriptions that can be renewed with one common quote are grouped by customer "
        "number (CSN), currency and payment method.",
    ),
    "S9": tr_later(
        "RuleSources",
        "Choose the group and untick the subscriptions you do not want in the quote.",
    ),
    "S13": tr_later("RuleSources", "Add up to four quote recipients."),
    "S16": tr_later(
        "RuleSources",
        "It must be a new subscription, a renewal-date adjustment or a renewal.",
    ),
    "S17": tr_later(
        "RuleSources",
        "Renewal quotes cannot be combined with quotes for new purchases or for adjusting "
        "renewal dates.",
    ),
    "S18": tr_later(
        "RuleSources",
        "It must be the same partner number (CSN) if a registered reseller is involved.",
    ),
    "S19": tr_later(
        "RuleSources",
        "The customer number (CSN) and currency must be the same for all subscriptions.",
    ),
    "S20": tr_later("RuleSources", "Not covered: currency changes."),
    "S21": tr_later("RuleSources", "Not covered: adding seats in the account."),
    "S22": tr_later("RuleSources", "Not covered: success plans or value-based purchasing options."),
    "S23": tr_later("RuleSources", "Not covered: opening a new credit line."),
    "S24": tr_later("RuleSources", "Not covered: future start dates."),
    "S25": tr_later(
        "RuleSources",
        "Not covered: updating the address after the quote has been sent (create a new "
        "quote if an address change is needed).",
    ),
    "S26": tr_later(
        "RuleSources", "Not covered: cancelling a quote (contact the partner for help)."
    ),
    "S27": tr_later(
        "RuleSources",
        "Campaign offers are added automatically at checkout and are included in the quote.",
    ),
    "S28": tr_later(
        "RuleSources",
        "Depending on term and eligibility, some subscriptions get automatically generated "
        "quotes 30 days before they expire.",
    ),
}

#: Each code's sentences in the article (empty: the article states no such rule).
CITES: dict[Code, tuple[str, ...]] = {
    Code.WINDOW_NOT_OPEN: ("S1",),
    Code.WINDOW_CLOSED: ("S1",),
    Code.OFFERING_NOT_COVERED: ("S22",),
    Code.STATUS_NOT_RENEWABLE: ("S16",),
    Code.OPEN_QUOTE_EXISTS: (),
    Code.AUTO_RENEW_ON: ("S2",),
    Code.MIXED_CUSTOMER: ("S8", "S19"),
    Code.MIXED_CURRENCY: ("S8", "S19"),
    Code.MIXED_PAYMENT_METHOD: ("S8",),
    Code.MIXED_PARTNER: ("S18",),
    Code.MIXED_QUOTE_TYPE: ("S17",),
    Code.TOO_MANY_LINES: (),
    Code.SEATS_ADDED: ("S21",),
    Code.CURRENCY_CHANGE: ("S20",),
    Code.FUTURE_START_DATE: ("S24",),
    Code.NEW_CREDIT_LINE: ("S23",),
    Code.AUTO_RENEW_MUST_BE_OFF: ("S2",),
    Code.CARD_LIMIT: (),
    Code.TOO_MANY_RECIPIENTS: ("S4", "S13"),
    Code.INVALID_RECIPIENT: (),
    Code.DUPLICATE_RECIPIENT: (),
    Code.EMPTY_QUOTE: ("S9",),
    Code.PRICE_MISSING: (),
    Code.ADDRESS_CHANGE_NEEDS_NEW_QUOTE: ("S25",),
    Code.CANCEL_NOT_SELF_SERVICE: ("S26",),
}

#: What RenewDesk adds where the article is silent or only implies the rule.
DEFAULTS: dict[Code, str] = {
    Code.STATUS_NOT_RENEWABLE: tr_later(
        "RuleSources",
        "RenewDesk default: the article names no statuses; which ones may renew "
        "(Active, Expired, Suspended) is RenewDesk's reading of a renewal.",
    ),
    Code.OPEN_QUOTE_EXISTS: tr_later(
        "RuleSources",
        "RenewDesk default: the article does not say it; one open quote per subscription "
        "keeps a renewal from being quoted, and bought, twice.",
    ),
    Code.TOO_MANY_LINES: tr_later(
        "RuleSources",
        "RenewDesk default: the article states no line limit; 100 lines per quote keeps "
        "a quote to one readable document.",
    ),
    Code.CARD_LIMIT: tr_later(
        "RuleSources",
        "RenewDesk default: the article states no card or PayPal ceiling; the amounts in "
        "limits.toml are RenewDesk's, so this is a warning, not a block.",
    ),
    Code.INVALID_RECIPIENT: tr_later(
        "RuleSources",
        "RenewDesk default: a quote can only be emailed to a valid address.",
    ),
    Code.DUPLICATE_RECIPIENT: tr_later(
        "RuleSources",
        "RenewDesk default: the same address twice would take a recipient place for nothing.",
    ),
    Code.EMPTY_QUOTE: tr_later(
        "RuleSources",
        "RenewDesk default: a quote with every line unticked has nothing to renew.",
    ),
    Code.PRICE_MISSING: tr_later(
        "RuleSources",
        "RenewDesk default: a line can only be priced from the price book you imported.",
    ),
}


def cited(numbers: Iterable[str]) -> str:
    """``[S4] Quotes can be sent … [S13] Add up to four …`` in the language of the moment."""
    return " ".join(f"[{n}] {SENTENCES[n]}" for n in numbers)


def source(code: Code) -> str:
    """Where ``code``'s rule comes from: its sentences, and RenewDesk's part if any."""
    parts = [cited(CITES[code])] if CITES[code] else []
    if code in DEFAULTS:
        parts.append(str(DEFAULTS[code]))
    return " ".join(parts)


def citation(code: Code) -> str:
    """The short form: ``[S8] [S19]``, ``[S16] + RenewDesk default`` or ``RenewDesk default``."""
    numbers = " ".join(f"[{n}]" for n in CITES[code])
    if code not in DEFAULTS:
        return numbers
    default = str(tr_later("RuleSources", "RenewDesk default"))
    return f"{numbers} + {default}" if numbers else default


def all_sources() -> dict[Code, str]:
    """Every code's :func:`source`, made once (``check --format json`` writes many)."""
    return {code: source(code) for code in Code}
