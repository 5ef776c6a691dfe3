"""The quote lifecycle (SPEC 2): which step is allowed from which status, and computed EXPIRED.

``DRAFT -> QUOTED -> ORDERED | EXPIRED | SUPERSEDED | CANCELLED``; a DRAFT can be
discarded. EXPIRED is never stored: a QUOTED quote whose expiry date has passed
*is* expired, everywhere it is shown, and Buy refuses it.
"""

from __future__ import annotations

import enum
from datetime import date

from renewdesk.domain import Quote, QuoteStatus, Subscription
from renewdesk.lazy_text import tr_later
from renewdesk.quotes.errors import TransitionRefusedError
from renewdesk.rules.codes import Code, Finding
from renewdesk.value_labels import status_label, term_label

S = QuoteStatus


class Action(enum.StrEnum):
    """The user-visible steps; the value is the audit trail's action name."""

    CREATE = "created"
    EDIT = "edited"
    EDIT_CUSTOMER = "customer_edited"
    DISCARD = "discarded"
    SEND = "sent"
    RESEND = "resent"
    BUY = "ordered"
    COPY = "copied"
    SUPERSEDE = "superseded"
    CANCEL = "cancelled"
    RECORD_CANCELLATION = "cancellation_recorded"


# Which effective status (EXPIRED computed) each action may start from.
ALLOWED: dict[Action, frozenset[QuoteStatus]] = {
    Action.EDIT: frozenset({S.DRAFT}),
    Action.EDIT_CUSTOMER: frozenset({S.DRAFT}),
    Action.DISCARD: frozenset({S.DRAFT}),
    Action.SEND: frozenset({S.DRAFT}),
    Action.RESEND: frozenset({S.QUOTED}),
    Action.BUY: frozenset({S.QUOTED}),
    Action.COPY: frozenset({S.QUOTED, S.EXPIRED}),
    Action.SUPERSEDE: frozenset({S.QUOTED, S.EXPIRED}),
    # Plain cancel only discards a draft; a sent quote is the partner's to cancel.
    Action.CANCEL: frozenset({S.DRAFT}),
    Action.RECORD_CANCELLATION: frozenset({S.QUOTED}),
}

# Where each action leads (stored status); DISCARD deletes the quote.
TARGET: dict[Action, QuoteStatus] = {
    Action.SEND: S.QUOTED,
    Action.BUY: S.ORDERED,
    Action.SUPERSEDE: S.SUPERSEDED,
    Action.RECORD_CANCELLATION: S.CANCELLED,
}

OPEN_STATUSES = frozenset({S.DRAFT, S.QUOTED})  # stored statuses that hold subscriptions


def effective_status(status: QuoteStatus, expires: date, today: date) -> QuoteStatus:
    """The status to show and act on: QUOTED past its expiry date is EXPIRED."""
    if status is S.QUOTED and today > expires:
        return S.EXPIRED
    return status


def with_effective_status(quote: Quote, today: date) -> Quote:
    """``quote`` with its computed status (a copy only when it changes)."""
    from dataclasses import replace

    shown = effective_status(quote.status, quote.expires, today)
    return quote if shown is quote.status else replace(quote, status=shown)


def is_allowed(action: Action, status: QuoteStatus) -> bool:
    """Whether ``action`` may start from the effective ``status``."""
    return status in ALLOWED.get(action, frozenset())


def _refusal(
    action: Action, number: str, status: QuoteStatus, expires: date
) -> tuple[str, Code | None]:
    if action is Action.EDIT_CUSTOMER and status in (S.QUOTED, S.EXPIRED):
        return (
            tr_later(
                "QuoteErrors",
                "customer details of {number} cannot change after it was sent: "
                "create a new quote, which replaces it when sent",
            ).format(number=number),
            Code.ADDRESS_CHANGE_NEEDS_NEW_QUOTE,
        )
    if action is Action.CANCEL and status is S.QUOTED:
        return (
            tr_later(
                "QuoteErrors",
                "{number} was sent and cannot be cancelled here: contact the partner, "
                "then record the cancellation with a note",
            ).format(number=number),
            Code.CANCEL_NOT_SELF_SERVICE,
        )
    if status is S.EXPIRED:
        return (
            tr_later(
                "QuoteErrors", "{number} expired on {expires}: create a new quote instead"
            ).format(number=number, expires=expires.isoformat()),
            None,
        )
    # Whole sentences, so a translation can word each one its own way.
    sentences = {
        Action.EDIT: tr_later("QuoteErrors", "{number} is {status} and cannot be edited"),
        Action.EDIT_CUSTOMER: tr_later(
            "QuoteErrors", "{number} is {status} and cannot have its customer details edited"
        ),
        Action.DISCARD: tr_later("QuoteErrors", "{number} is {status} and cannot be discarded"),
        Action.SEND: tr_later(
            "QuoteErrors", "{number} is {status} and cannot be sent (it already was)"
        )
        if status is S.QUOTED
        else tr_later("QuoteErrors", "{number} is {status} and cannot be sent"),
        Action.RESEND: tr_later("QuoteErrors", "{number} is {status} and cannot be resent"),
        Action.BUY: tr_later("QuoteErrors", "{number} is {status} and cannot be bought"),
        Action.COPY: tr_later(
            "QuoteErrors", "{number} is {status} and cannot be copied into a new quote"
        ),
        Action.SUPERSEDE: tr_later("QuoteErrors", "{number} is {status} and cannot be superseded"),
        Action.CANCEL: tr_later("QuoteErrors", "{number} is {status} and cannot be cancelled"),
        Action.RECORD_CANCELLATION: tr_later(
            "QuoteErrors", "{number} is {status} and cannot have a partner cancellation recorded"
        ),
    }
    sentence = sentences.get(action) or tr_later(
        "QuoteErrors", "{number} is {status} and cannot be {action}"
    ).format(action=action.value)
    return sentence.format(number=number, status=_status_word(status)), None


def _status_word(status: QuoteStatus) -> str:
    """The status as the refusal sentence reads it ("is a draft"), not its stored value."""
    words = {
        S.DRAFT: tr_later("QuoteErrors", "a draft"),
        S.QUOTED: tr_later("QuoteErrors", "sent"),
        S.ORDERED: tr_later("QuoteErrors", "already bought"),
        S.EXPIRED: tr_later("QuoteErrors", "expired"),
        S.SUPERSEDED: tr_later("QuoteErrors", "replaced by a newer quote"),
        S.CANCELLED: tr_later("QuoteErrors", "cancelled"),
    }
    return words.get(status, status.value)  # translated when the sentence is shown


def require(
    action: Action, number: str, status: QuoteStatus, expires: date, today: date
) -> QuoteStatus:
    """Raise :class:`TransitionRefusedError` unless ``action`` is allowed; the effective status."""
    shown = effective_status(status, expires, today)
    if is_allowed(action, shown):
        return shown
    message, code = _refusal(action, number, shown, expires)
    findings = [Finding(code, {"quote": number})] if code else []
    raise TransitionRefusedError(message, code=code, findings=findings)


def renewal_details(before: Subscription, after: Subscription) -> str:
    """The audit trail's details of one subscription renewed by Buy."""
    return tr_later(
        "Audit",
        "renewal {old_date} -> {new_date}, seats {old_seats} -> {new_seats}, "
        "term {old_term} -> {new_term}, status {old_status} -> {new_status}",
    ).format(
        old_date=before.renewal_date.isoformat(),
        new_date=after.renewal_date.isoformat(),
        old_seats=before.seats,
        new_seats=after.seats,
        old_term=term_label(before.term),
        new_term=term_label(after.term),
        old_status=status_label(before.status),
        new_status=status_label(after.status),
    )
