"""The cache's tables (SQLAlchemy 2 typed models). Only ``store/`` imports this module.

Money is stored as exact decimal text (SQLite has no decimal type and a float
would round); dates as ISO text through SQLAlchemy's Date type.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class DecimalText(TypeDecorator[Decimal]):
    """A ``Decimal`` kept as its exact text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: object) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: object) -> Decimal | None:
        return None if value is None else Decimal(value)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CustomerRow(Base):
    __tablename__ = "customers"

    csn: Mapped[str] = mapped_column(String(40), primary_key=True)
    company_name: Mapped[str] = mapped_column(Text, default="")
    address_line1: Mapped[str] = mapped_column(Text, default="")
    address_line2: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(Text, default="")
    vat_number: Mapped[str] = mapped_column(Text, default="")
    buyer_name: Mapped[str] = mapped_column(Text, default="")
    buyer_email: Mapped[str] = mapped_column(Text, default="")
    buyer_phone: Mapped[str] = mapped_column(Text, default="")
    # Who saved it last, when, and how often (issue 13, renewdesk.store.versions): a save
    # that started from an older version is refused instead of overwriting.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class PartnerRow(Base):
    __tablename__ = "partners"

    partner_csn: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")


class SubscriptionRow(Base):
    __tablename__ = "subscriptions"

    subscription_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    contract_number: Mapped[str] = mapped_column(Text, default="")
    product_name: Mapped[str] = mapped_column(Text, default="")
    offering_code: Mapped[str] = mapped_column(String(64), default="")
    offering_type: Mapped[str] = mapped_column(String(20))
    customer_csn: Mapped[str] = mapped_column(ForeignKey("customers.csn"), index=True)
    # NULL for a direct subscription, so the foreign key only binds reseller rows.
    partner_csn: Mapped[str | None] = mapped_column(ForeignKey("partners.partner_csn"))
    currency: Mapped[str] = mapped_column(String(3))
    payment_method: Mapped[str] = mapped_column(String(20))
    term: Mapped[str] = mapped_column(String(20))
    seats: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    renewal_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20))
    auto_renew: Mapped[bool] = mapped_column(Boolean, default=False)
    team: Mapped[str] = mapped_column(Text, default="")


class PriceRow(Base):
    __tablename__ = "price_book"

    offering_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    term: Mapped[str] = mapped_column(String(20), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    unit_price: Mapped[Decimal] = mapped_column(DecimalText)


class CampaignRow(Base):
    __tablename__ = "campaigns"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    percent_off: Mapped[Decimal] = mapped_column(DecimalText)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    offering_codes: Mapped[str] = mapped_column(Text, default="")  # "|"-separated, "" = all
    terms: Mapped[str] = mapped_column(Text, default="")
    currencies: Mapped[str] = mapped_column(Text, default="")


class QuoteRow(Base):
    __tablename__ = "quotes"

    number: Mapped[str] = mapped_column(String(20), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    origin: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12), index=True)
    customer_csn: Mapped[str] = mapped_column(ForeignKey("customers.csn"), index=True)
    # The customer's details as the quote shows them; frozen when it is sent.
    customer_json: Mapped[str] = mapped_column(Text)
    partner_csn: Mapped[str] = mapped_column(String(40), default="")
    currency: Mapped[str] = mapped_column(String(3))
    payment_method: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(8), default="en")
    created: Mapped[datetime] = mapped_column(DateTime)
    sent: Mapped[datetime | None] = mapped_column(DateTime)
    expires: Mapped[date] = mapped_column(Date)
    subtotal: Mapped[Decimal] = mapped_column(DecimalText)
    discount: Mapped[Decimal] = mapped_column(DecimalText)
    total: Mapped[Decimal] = mapped_column(DecimalText)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    superseded_by: Mapped[str] = mapped_column(String(20), default="")
    supersedes: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Which automatic run made it (the run's date), so a second run the same day makes none.
    auto_run: Mapped[date | None] = mapped_column(Date)
    # Who saved it last, when, and how often (issue 13, renewdesk.store.versions): a save
    # that started from an older version is refused instead of overwriting.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Who made and who sent it (store.identity.Actor.name: the database user).
    created_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    sent_by: Mapped[str] = mapped_column(Text, default="", server_default="")


class QuoteLineRow(Base):
    __tablename__ = "quote_lines"
    __table_args__ = (UniqueConstraint("quote_number", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    quote_number: Mapped[str] = mapped_column(
        ForeignKey("quotes.number", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    subscription_id: Mapped[str] = mapped_column(
        ForeignKey("subscriptions.subscription_id"), index=True
    )
    product_name: Mapped[str] = mapped_column(Text)
    offering_code: Mapped[str] = mapped_column(String(64))
    term: Mapped[str] = mapped_column(String(20))
    seats: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    unit_price: Mapped[Decimal] = mapped_column(DecimalText)
    campaign_code: Mapped[str] = mapped_column(String(64), default="")
    discount: Mapped[Decimal] = mapped_column(DecimalText)
    line_total: Mapped[Decimal] = mapped_column(DecimalText)
    changes_subscription: Mapped[bool] = mapped_column(Boolean, default=False)


class QuoteClaimRow(Base):
    """The one open quote that holds a subscription (issue 13, team mode).

    One row per subscription, so two admins who quote it at the same moment cannot
    both commit: the primary key makes the second wait for the first and then fail.
    The row is taken in the transaction that saves the quote, handed to a quote that
    replaces its holder, and released when the holder is bought, cancelled,
    discarded or superseded; ``open_until`` (the holder's expiry once sent, ``NULL``
    while it is a draft) lets a later quote take over the claim of an expired one.
    """

    __tablename__ = "quote_claims"

    subscription_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    quote_number: Mapped[str] = mapped_column(
        ForeignKey("quotes.number", ondelete="CASCADE"), index=True
    )
    open_until: Mapped[date | None] = mapped_column(Date)


class JobLeaseRow(Base):
    """A daily job's lease on SQLite (who runs it, until when); PostgreSQL uses an
    advisory lock instead (:mod:`renewdesk.store.job_lock`)."""

    __tablename__ = "job_leases"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)  # job[:scope]
    holder: Mapped[str] = mapped_column(String(200))
    until: Mapped[datetime] = mapped_column(DateTime)


class QuoteRecipientRow(Base):
    __tablename__ = "quote_recipients"
    __table_args__ = (UniqueConstraint("quote_number", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    quote_number: Mapped[str] = mapped_column(
        ForeignKey("quotes.number", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    email: Mapped[str] = mapped_column(Text)


class OutboxRow(Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    quote_number: Mapped[str] = mapped_column(ForeignKey("quotes.number"), index=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    recipients: Mapped[str] = mapped_column(Text)  # comma-separated envelope recipients
    status: Mapped[str] = mapped_column(String(10), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)
    next_attempt: Mapped[datetime | None] = mapped_column(DateTime)
    # Who is sending it right now ("pid@host#token") and since when (wall clock, UTC):
    # one sender at a time, see mail/outbox.py.
    lease_holder: Mapped[str] = mapped_column(String(200), default="", server_default="")
    lease_since: Mapped[datetime | None] = mapped_column(DateTime)
    # The admin who queued it: only they send it, through their own account (issue 13).
    queued_by: Mapped[str] = mapped_column(Text, default="", server_default="")


class AuditRow(Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_quote_time", "quote_number", "time"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    time: Mapped[datetime] = mapped_column(DateTime)
    os_user: Mapped[str] = mapped_column(Text)
    # The database user and the machine; NULL on events from before 0005_team_identity.
    db_user: Mapped[str | None] = mapped_column(Text)
    host: Mapped[str | None] = mapped_column(Text)
    quote_number: Mapped[str] = mapped_column(String(20), default="")
    subscription_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    action: Mapped[str] = mapped_column(String(40))
    details: Mapped[str] = mapped_column(Text, default="")


class SettingRow(Base):
    __tablename__ = "settings"

    # "" for the company's settings; a personal one's admin (store.identity.Actor.name).
    owner: Mapped[str] = mapped_column(String(80), primary_key=True, server_default="")
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SequenceRow(Base):
    """Counters that only go up (the quote number), so a number is never reused."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class ImportRunRow(Base):
    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(Text)
    time: Mapped[datetime] = mapped_column(DateTime)
    added: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    changes_json: Mapped[str] = mapped_column(Text, default="[]")


class RenewalPlanRow(Base):
    """A subscription's renewal stage, owner and note (issue 14); no row = not started.

    Its own table rather than columns on ``subscriptions``, so an import's upsert
    never touches what the admin decided.
    """

    __tablename__ = "renewal_plans"

    subscription_id: Mapped[str] = mapped_column(
        ForeignKey("subscriptions.subscription_id", ondelete="CASCADE"), primary_key=True
    )
    stage: Mapped[str] = mapped_column(String(20), index=True)
    owner: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated: Mapped[datetime] = mapped_column(DateTime)


class ReminderSentRow(Base):
    """A reminder already shown (issue 14: each reminder once), by its key."""

    __tablename__ = "reminders_sent"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    time: Mapped[datetime] = mapped_column(DateTime)
