"""One open quote per subscription, held by the store's claims (issue 13, team mode).

The quote service calls these inside the transaction that saves, sends, buys,
cancels or discards a quote. :func:`claim` turns a claim another open quote
holds into the same refusal the review's check gives (OPEN_QUOTE_EXISTS naming
that quote), so two admins saving at the same moment get what one admin saving
second would have got.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.engine import Connection

from renewdesk.domain import Quote, QuoteStatus
from renewdesk.quotes.builder import QuotePreview
from renewdesk.quotes.errors import QuoteBlockedError
from renewdesk.rules.codes import Code, Finding
from renewdesk.store import claim_repo
from renewdesk.store import quote_repo as repo


def claim(conn: Connection, quote: Quote, today: date, findings: Sequence[Finding] = ()) -> None:
    """Claim the saved quote's subscriptions; raises :class:`QuoteBlockedError` when another
    open quote holds one (``findings``: the preview's other findings, kept in the error)."""
    open_until = quote.expires if quote.status is QuoteStatus.QUOTED else None
    refused = claim_repo.claim(
        conn,
        quote.number,
        [ln.subscription_id for ln in quote.lines],
        open_until=open_until,
        today=today,
        takes_from=[quote.supersedes] if quote.supersedes else [],
    )
    if refused:
        taken = [
            Finding(Code.OPEN_QUOTE_EXISTS, {"quote": holder, "subscription": sid})
            for sid, holder in sorted(refused.items())
        ]
        raise QuoteBlockedError(QuotePreview(quote, (*taken, *findings)))


def release(conn: Connection, number: str) -> None:
    """The quote is no longer open (bought, cancelled, discarded, superseded)."""
    claim_repo.release(conn, number)


def give_back_original(conn: Connection, quote: Quote, today: date) -> None:
    """The quote a copy replaces takes back the claims the copy no longer holds
    (the copy was discarded, or an edit dropped some of its lines)."""
    if not quote.supersedes:
        return
    original = repo.load_quote(conn, quote.supersedes)
    if original is None or original.status is not QuoteStatus.QUOTED or original.expires < today:
        return
    lines = [ln.subscription_id for ln in original.lines]
    claim_repo.give_back(conn, original.number, lines, original.expires)
