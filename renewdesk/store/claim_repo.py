"""The ``quote_claims`` table: at most one open quote per subscription, as a constraint.

The quote service checks for an open quote before it saves one (the review shows
OPEN_QUOTE_EXISTS); these statements make that check hold when two admins save at
the same moment on a server. Each subscription on a saved quote has one claim
row, keyed by the subscription: a second transaction that claims it waits for the
first (the key's lock) and then finds it taken. Functions run inside the caller's
transaction.

A claim can be taken over only from the quote being saved itself, from the quote
it replaces (a copy's ``supersedes``), or from a quote whose expiry has passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import cast

from sqlalchemy import Table, delete, select
from sqlalchemy.engine import Connection

from renewdesk.store.dialects import upsert
from renewdesk.store.models import QuoteClaimRow

_C = cast(Table, QuoteClaimRow.__table__)
_CHUNK = 500


def claim(
    conn: Connection,
    number: str,
    subscription_ids: Iterable[str],
    *,
    open_until: date | None,
    today: date,
    takes_from: Iterable[str] = (),
) -> dict[str, str]:
    """Claim each subscription for quote ``number``; release the ones it no longer has.

    ``open_until`` is the quote's expiry once sent (``None`` for a draft). Returns
    subscription id -> the other open quote holding it, for every claim refused
    (empty when all were taken); the caller then rolls the transaction back.
    """
    ids = sorted(set(subscription_ids))  # one lock order for every transaction
    stmt = delete(_C).where(_C.c.quote_number == number)
    if ids:
        stmt = stmt.where(_C.c.subscription_id.not_in(ids))
    conn.execute(stmt)
    free = [number, *takes_from]
    taken: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        rows = [
            {"subscription_id": s, "quote_number": number, "open_until": open_until}
            for s in ids[start : start + _CHUNK]
        ]
        insert = upsert(conn, _C).values(rows)
        insert = insert.on_conflict_do_update(
            index_elements=["subscription_id"],
            set_={"quote_number": insert.excluded.quote_number, "open_until": open_until},
            where=_C.c.quote_number.in_(free) | (_C.c.open_until < today),
        ).returning(_C.c.subscription_id)
        taken.update(conn.execute(insert).scalars())
    refused = [s for s in ids if s not in taken]
    return holders(conn, refused) if refused else {}


def holders(conn: Connection, subscription_ids: Sequence[str]) -> dict[str, str]:
    """subscription id -> the quote number holding its claim, for those claimed."""
    result: dict[str, str] = {}
    ids = list(subscription_ids)
    for start in range(0, len(ids), _CHUNK):
        stmt = select(_C.c.subscription_id, _C.c.quote_number).where(
            _C.c.subscription_id.in_(ids[start : start + _CHUNK])
        )
        result.update({str(s): str(n) for s, n in conn.execute(stmt)})
    return result


def release(conn: Connection, number: str) -> None:
    """The quote is bought, cancelled, discarded or replaced: its subscriptions are free."""
    conn.execute(delete(_C).where(_C.c.quote_number == number))


def give_back(
    conn: Connection, number: str, subscription_ids: Iterable[str], open_until: date | None
) -> None:
    """Claim for ``number`` the subscriptions nobody holds (a discarded copy's original)."""
    ids = sorted(set(subscription_ids))
    for start in range(0, len(ids), _CHUNK):
        rows = [
            {"subscription_id": s, "quote_number": number, "open_until": open_until}
            for s in ids[start : start + _CHUNK]
        ]
        conn.execute(upsert(conn, _C).values(rows).on_conflict_do_nothing())
