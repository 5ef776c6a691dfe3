"""Repositories for subscriptions, customers, partners, prices, campaigns, settings and audit.

Each call is one short transaction; everything returned is a frozen dataclass
from :mod:`renewdesk.domain`. Quotes and the outbox have their own modules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, delete, func, select, update

from renewdesk.domain import (
    Address,
    AuditEvent,
    Campaign,
    Customer,
    Partner,
    PriceEntry,
    QuoteStatus,
    Subscription,
    Term,
)
from renewdesk.perf import gc_paused
from renewdesk.store.audit_writes import write_audit_many as write_audit_many  # re-exported
from renewdesk.store.dialects import raw_select, upsert
from renewdesk.store.engine import writer
from renewdesk.store.identity import actor
from renewdesk.store.identity import os_user as os_user  # re-exported
from renewdesk.store.lean_rows import SUB_COLUMNS as SUB_COLUMNS  # re-exported
from renewdesk.store.lean_rows import TERMS as _TERM
from renewdesk.store.lean_rows import shared_subscriptions as _shared_subscriptions
from renewdesk.store.lean_rows import subscription_from_raw as subscription_from_raw
from renewdesk.store.lean_rows import subscription_from_row as subscription_from_row
from renewdesk.store.models import (
    AuditRow,
    CampaignRow,
    CustomerRow,
    PartnerRow,
    PriceRow,
    QuoteLineRow,
    QuoteRow,
    SettingRow,
    SubscriptionRow,
)

_SUB_TABLE = SubscriptionRow.__table__
_SUB_KEY = "subscription_id"
_FETCH_CHUNK = 5_000  # driver rows held at once while building subscriptions
_IN_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit
_SUB_SELECT = select(*[_SUB_TABLE.c[name] for name in SUB_COLUMNS])


def subscription_values(sub: Subscription) -> dict[str, Any]:
    """Column values for one subscription (partner ``None`` when direct)."""
    return {
        "subscription_id": sub.subscription_id,
        "contract_number": sub.contract_number,
        "product_name": sub.product_name,
        "offering_code": sub.offering_code,
        "offering_type": str(sub.offering_type),
        "customer_csn": sub.customer_csn,
        "partner_csn": sub.partner_csn or None,
        "currency": sub.currency,
        "payment_method": str(sub.payment_method),
        "term": str(sub.term),
        "seats": sub.seats,
        "start_date": sub.start_date,
        "renewal_date": sub.renewal_date,
        "status": str(sub.status),
        "auto_renew": sub.auto_renew,
        "team": sub.team,
    }


class SubscriptionRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def all(self) -> list[Subscription]:
        """Every subscription, by id.

        This is the 100k-row hot path (the window's table, ``check``): it reads
        through the DB-API cursor and parses the ISO dates itself, which is
        several times faster than SQLAlchemy's per-row result processing.
        """
        sql = raw_select(self._engine.dialect.name, "subscriptions", SUB_COLUMNS, _SUB_KEY)
        texts: dict[str, str] = {}
        dates: dict[str, date] = {}
        subs: list[Subscription] = []
        with self._engine.begin() as conn, gc_paused():
            cursor = conn.exec_driver_sql(sql).cursor
            # In chunks, so the driver's rows never all live beside the subscriptions.
            while chunk := cursor.fetchmany(_FETCH_CHUNK):
                subs.extend(_shared_subscriptions(chunk, texts, dates))
        return subs

    def raw_rows(self) -> list[tuple[Any, ...]]:
        """Every subscription as the driver returns it (``SUB_COLUMNS`` order, ISO dates)."""
        sql = raw_select(self._engine.dialect.name, "subscriptions", SUB_COLUMNS, _SUB_KEY)
        with self._engine.begin() as conn, gc_paused():
            rows: list[tuple[Any, ...]] = conn.exec_driver_sql(sql).cursor.fetchall()
        return rows

    def get_many(self, ids: Iterable[str]) -> list[Subscription]:
        """The subscriptions with these ids, in the order asked; unknown ids are left out."""
        wanted = list(dict.fromkeys(ids))
        with self._engine.begin() as conn:
            found = subscriptions_by_id(conn, wanted)
        return [found[i] for i in wanted if i in found]

    def get(self, subscription_id: str) -> Subscription | None:
        subs = self.get_many([subscription_id])
        return subs[0] if subs else None

    def count(self) -> int:
        with self._engine.begin() as conn:
            return int(conn.execute(select(func.count()).select_from(_SUB_TABLE)).scalar_one())

    def set_auto_renew(self, ids: Iterable[str], on: bool, reason: str = "") -> int:
        """Turn auto-renew on or off for these subscriptions; audited. Returns how many changed."""
        ids = list(ids)
        changed = 0
        with writer(self._engine).begin() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                targets = (
                    conn.execute(
                        select(_SUB_TABLE.c.subscription_id).where(
                            _SUB_TABLE.c.subscription_id.in_(chunk), _SUB_TABLE.c.auto_renew != on
                        )
                    )
                    .scalars()
                    .all()
                )
                if not targets:
                    continue
                conn.execute(
                    update(_SUB_TABLE)
                    .where(_SUB_TABLE.c.subscription_id.in_(targets))
                    .values(auto_renew=on)
                )
                action = "auto_renew_on" if on else "auto_renew_off"
                write_audit_many(
                    conn,
                    [{"subscription_id": t, "action": action, "details": reason} for t in targets],
                )
                changed += len(targets)
        return changed


def subscriptions_by_id(conn: Any, ids: Iterable[str]) -> dict[str, Subscription]:
    """subscription id -> subscription for the ids that exist, inside the caller's transaction."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Subscription] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        stmt = _SUB_SELECT.where(
            _SUB_TABLE.c.subscription_id.in_(wanted[start : start + _IN_CHUNK])
        )
        for r in conn.execute(stmt):
            found[r[0]] = subscription_from_row(r)
    return found


def open_quote_lines(today: date) -> Any:
    """(subscription id, quote number) of every line on an open quote, oldest quote first.

    Open means DRAFT, or QUOTED and not yet past its expiry date (SPEC 1.1
    OPEN_QUOTE_EXISTS); callers add their own ``where`` to narrow it.
    """
    q, ln = QuoteRow.__table__, QuoteLineRow.__table__
    return (
        select(ln.c.subscription_id, q.c.number)
        .join(q, q.c.number == ln.c.quote_number)
        .where(
            (q.c.status == QuoteStatus.DRAFT.value)
            | ((q.c.status == QuoteStatus.QUOTED.value) & (q.c.expires >= today))
        )
        .order_by(q.c.number)
    )


def open_quotes_by_subscription(conn: Any, today: date) -> dict[str, str]:
    """subscription id -> number of the DRAFT or unexpired QUOTED quote it is on."""
    stmt = open_quote_lines(today)
    result: dict[str, str] = {}
    for sub_id, number in conn.execute(stmt):
        result.setdefault(sub_id, number)
    return result


def customer_from_row(r: CustomerRow) -> Customer:
    return Customer(
        csn=r.csn,
        company_name=r.company_name,
        address=Address(
            r.address_line1, r.address_line2, r.postal_code, r.city, r.region, r.country
        ),
        vat_number=r.vat_number,
        buyer_name=r.buyer_name,
        buyer_email=r.buyer_email,
        buyer_phone=r.buyer_phone,
    )


def customer_values(c: Customer) -> dict[str, Any]:
    return {
        "csn": c.csn,
        "company_name": c.company_name,
        "address_line1": c.address.line1,
        "address_line2": c.address.line2,
        "postal_code": c.address.postal_code,
        "city": c.address.city,
        "region": c.address.region,
        "country": c.address.country,
        "vat_number": c.vat_number,
        "buyer_name": c.buyer_name,
        "buyer_email": c.buyer_email,
        "buyer_phone": c.buyer_phone,
    }


class CustomerRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def company_names(self) -> dict[str, str]:
        """Customer number -> company name, read through the driver (no ORM objects)."""
        with self._engine.begin() as conn:
            rows = conn.exec_driver_sql("SELECT csn, company_name FROM customers").fetchall()
        return {csn: name for csn, name in rows}

    def all(self) -> list[Customer]:
        from sqlalchemy.orm import Session

        with Session(self._engine) as s, s.begin():
            return [
                customer_from_row(r)
                for r in s.scalars(select(CustomerRow).order_by(CustomerRow.csn))
            ]

    def get(self, csn: str) -> Customer | None:
        from sqlalchemy.orm import Session

        with Session(self._engine) as s, s.begin():
            row = s.get(CustomerRow, csn)
            return customer_from_row(row) if row else None

    def save(self, customer: Customer) -> None:
        """Insert or replace one customer's details; audited."""
        with writer(self._engine).begin() as conn:
            upsert_customer(conn, customer)
            write_audit_many(conn, [{"action": "customer_saved", "details": customer.csn}])


def upsert_customer(conn: Any, customer: Customer) -> None:
    """Insert or replace one customer's details inside the caller's transaction."""
    values = customer_values(customer)
    stmt = upsert(conn, CustomerRow.__table__).values(values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["csn"], set_=values))


class PartnerRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def all(self) -> list[Partner]:
        t = PartnerRow.__table__
        with self._engine.begin() as conn:
            return [Partner(*r) for r in conn.execute(select(t.c.partner_csn, t.c.name, t.c.email))]

    def get(self, partner_csn: str) -> Partner | None:
        return next((p for p in self.all() if p.partner_csn == partner_csn), None)

    def set_details(self, partners: Iterable[Partner]) -> None:
        """Set the name and email of partners the cache knows (others are left out), at once."""
        t = PartnerRow.__table__
        with writer(self._engine).begin() as conn:
            for p in partners:
                conn.execute(
                    update(t)
                    .where(t.c.partner_csn == p.partner_csn)
                    .values(name=p.name, email=p.email)
                )


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split("|") if v)


def campaign_from_row(r: Any) -> Campaign:
    """A :class:`Campaign` from a ``campaigns`` row ("|"-separated lists, "" = all)."""
    return Campaign(
        r.code,
        r.name,
        r.percent_off,
        r.valid_from,
        r.valid_to,
        _split(r.offering_codes),
        tuple(_TERM[v] for v in _split(r.terms)),
        _split(r.currencies),
    )


class PriceRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def all(self) -> list[PriceEntry]:
        t = PriceRow.__table__
        with self._engine.begin() as conn:
            rows = conn.execute(select(t).order_by(t.c.offering_code, t.c.term, t.c.currency))
            return [
                PriceEntry(r.offering_code, Term(r.term), r.currency, r.unit_price) for r in rows
            ]

    def lookup(self) -> dict[tuple[str, Term, str], Decimal]:
        """(offering code, term, currency) -> unit price."""
        return {(p.offering_code, p.term, p.currency): p.unit_price for p in self.all()}


class CampaignRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def all(self) -> list[Campaign]:
        t = CampaignRow.__table__
        with self._engine.begin() as conn:
            return [campaign_from_row(r) for r in conn.execute(select(t).order_by(t.c.code))]


#: Settings keys that belong to each admin (their mail account, profile and language);
#: every other key is the company's, one value for every admin of the cache.
PERSONAL_PREFIXES = ("profile.", "smtp.", "oauth.", "ui.")


def is_personal(key: str) -> bool:
    """Whether the setting ``key`` is each admin's own (else it is the company's)."""
    return key.startswith(PERSONAL_PREFIXES)


class SettingsRepository:
    """Plain key/value settings kept in the cache (never a password: see secrets).

    Company settings are stored with owner ``""``; a personal one (:func:`is_personal`)
    under the admin it belongs to (:func:`renewdesk.store.identity.actor`), so on a
    shared database every admin reads the company's values and only their own
    personal ones.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _owner(self, key: str) -> str:
        return actor(self._engine).name if is_personal(key) else ""

    def all(self) -> dict[str, str]:
        t = SettingRow.__table__
        with self._engine.begin() as conn:
            rows = conn.execute(select(t.c.owner, t.c.key, t.c.value)).all()
        me = self._reader(rows)
        return {
            key: value for owner, key, value in rows if owner == (me if is_personal(key) else "")
        }

    def _reader(self, rows: Iterable[Any]) -> str:
        """Whose personal settings this admin reads: their own.

        A private SQLite cache has one admin; when its OS account has another name (the
        file copied to a new computer, the account renamed) and the cache holds the
        personal settings of exactly one other name, those are this admin's. Their next
        save keeps them under the new name.
        """
        me = actor(self._engine).name
        if self._engine.dialect.name != "sqlite":
            return me
        owners = {owner for owner, _key, _value in rows if owner}
        if me in owners or len(owners) != 1:
            return me
        return next(iter(owners))

    def get(self, key: str, default: str = "") -> str:
        return self.all().get(key, default)

    def set_many(self, values: Mapping[str, str]) -> None:
        if not values:
            return
        t = SettingRow.__table__
        with writer(self._engine).begin() as conn:
            for key, value in values.items():
                stmt = upsert(conn, t).values(owner=self._owner(key), key=key, value=value)
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=["owner", "key"], set_={"value": value}
                    )
                )
            write_audit_many(
                conn, [{"action": "settings_changed", "details": ", ".join(sorted(values))}]
            )

    def delete(self, key: str) -> None:
        t = SettingRow.__table__
        with writer(self._engine).begin() as conn:
            conn.execute(delete(t).where(t.c.owner == self._owner(key), t.c.key == key))


class AuditRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def for_quote(self, number: str) -> list[AuditEvent]:
        return self._query(AuditRow.__table__.c.quote_number == number)

    def for_subscription(self, subscription_id: str) -> list[AuditEvent]:
        return self._query(AuditRow.__table__.c.subscription_id == subscription_id)

    def _query(self, where: Any) -> list[AuditEvent]:
        t = AuditRow.__table__
        with self._engine.begin() as conn:
            rows = conn.execute(select(t).where(where).order_by(t.c.time, t.c.id))
            return [
                AuditEvent(
                    r.id,
                    r.time,
                    r.os_user,
                    r.quote_number,
                    r.subscription_id,
                    r.action,
                    r.details,
                    db_user=r.db_user or "",
                    host=r.host or "",
                )
                for r in rows
            ]
