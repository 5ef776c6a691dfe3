"""Automatic quotes (SPEC 2): one quote per subscription that is due, put in the outbox.

On start and once a day while the application runs (and from ``renewdesk
auto-quotes``), every subscription that is eligible as of the day, with an annual
or three-year term, auto-renew off, no open quote and 0-30 days to its renewal
date gets its own quote (origin ``automatic``) addressed to the customer's buyer.
A subscription gets one automatic quote per renewal: running twice the same day,
or again after the partner cancelled it, makes none. Subscriptions whose buyer
email is missing or invalid, or whose price is missing, are skipped and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Engine

from renewdesk.domain import Customer, QuoteOrigin, Subscription, Term
from renewdesk.lazy_text import tr_later
from renewdesk.quotes.builder import make_request
from renewdesk.quotes.dates import line_period
from renewdesk.quotes.errors import QuoteBlockedError, QuoteError
from renewdesk.quotes.language import default_quote_language
from renewdesk.quotes.ports import LoadSettings
from renewdesk.rules import Limits, default_limits, evaluate_subscription, is_valid_email
from renewdesk.rules.codes import Code
from renewdesk.services.quote_service import QuoteService
from renewdesk.store import quote_repo as repo
from renewdesk.store.plan_repo import will_not_renew
from renewdesk.store.repositories import SettingsRepository

LAST_RUN_KEY = "auto_quotes.last_run"
AUTO_TERMS = (Term.ANNUAL, Term.THREE_YEAR)


class SkipReason:
    NO_BUYER_EMAIL = "no_buyer_email"
    INVALID_BUYER_EMAIL = "invalid_buyer_email"
    PRICE_MISSING = "price_missing"
    BLOCKED = "blocked"  # another per-quote rule (the codes say which)
    NOT_SENT = "not_sent"  # e.g. no sender address set up


@dataclass(frozen=True, slots=True)
class Skipped:
    """A due subscription that got no quote, and why."""

    subscription_id: str
    reason: str
    detail: str = ""
    codes: tuple[Code, ...] = ()


@dataclass(frozen=True, slots=True)
class AutoQuoteReport:
    """What one run did."""

    run_date: date
    created: tuple[str, ...] = ()  # quote numbers
    skipped: tuple[Skipped, ...] = ()
    disabled: bool = False  # the setting is off: nothing was looked at
    delivery_error: str = ""  # the outbox could not send now (the quotes stay queued)
    considered: tuple[str, ...] = field(default=())  # due subscription ids


class AutoQuoteService:
    """Makes the automatic quotes through :class:`QuoteService` (same rules, same outbox)."""

    def __init__(
        self,
        engine: Engine,
        quotes: QuoteService,
        *,
        settings: LoadSettings | None = None,
        limits: Limits | None = None,
    ) -> None:
        self._engine = engine
        self._quotes = quotes
        self._settings = settings or quotes.settings
        self._limits = limits or default_limits()
        self._store = SettingsRepository(engine)

    def last_run(self) -> date | None:
        """The day of the last completed run (``auto_quotes.last_run``), if any."""
        raw = self._store.get(LAST_RUN_KEY)
        try:
            return date.fromisoformat(raw) if raw else None
        except ValueError:
            return None

    def is_due(self, today: date) -> bool:
        """Whether the daily timer should run now: enabled and not yet run today."""
        return self._settings().automatic_quotes and self.last_run() != today

    def due_subscriptions(self, today: date) -> list[Subscription]:
        """The subscriptions that qualify for an automatic quote on ``today``."""
        last = today + timedelta(days=self._limits.auto_quote_days)
        with self._engine.begin() as conn:
            subs = repo.auto_quote_candidates(conn, today, last, AUTO_TERMS)
            holders = repo.open_quote_holders(conn, [s.subscription_id for s in subs], today)
            declined = will_not_renew(conn, [s.subscription_id for s in subs])
            due = []
            for sub in subs:
                if sub.subscription_id in declined:  # the admin decided: no quote (issue 14)
                    continue
                findings = evaluate_subscription(
                    sub, today, holders.get(sub.subscription_id, ""), self._limits
                )
                if any(f.blocks for f in findings):
                    continue
                start, _ = line_period(sub.renewal_date, sub.term)
                if repo.automatic_quote_exists(conn, sub.subscription_id, start):
                    continue
                due.append(sub)
            return due

    def run(self, today: date | None = None, *, deliver: bool = True) -> AutoQuoteReport:
        """Make the day's automatic quotes; each is its own transaction."""
        settings = self._settings()
        day = today or self._quotes.today()
        quotes = self._quotes.at(day)
        if not settings.automatic_quotes:
            return AutoQuoteReport(day, disabled=True)
        due = self.due_subscriptions(day)
        customers: dict[str, Customer] = {}
        created: list[str] = []
        skipped: list[Skipped] = []
        for sub in due:
            if sub.customer_csn not in customers:
                customers[sub.customer_csn] = quotes.customer(sub.customer_csn)
            problem = _buyer_problem(customers[sub.customer_csn], sub)
            if problem is not None:
                skipped.append(problem)
                continue
            # In the customer's language (SE -> Swedish), whatever the window's is.
            language = default_quote_language(customers[sub.customer_csn])
            request = make_request(
                [sub.subscription_id], origin=QuoteOrigin.AUTOMATIC, language=language
            )
            try:
                result = quotes.send(request, "email", deliver=False, auto_run=day)
            except QuoteBlockedError as exc:
                skipped.append(_blocked(sub, exc))
                continue
            except QuoteError as exc:
                skipped.append(Skipped(sub.subscription_id, SkipReason.NOT_SENT, str(exc)))
                continue
            created.append(result.number)
        self._store.set_many({LAST_RUN_KEY: day.isoformat()})
        error = ""
        if created and deliver:
            error = quotes.deliver_outbox()
        return AutoQuoteReport(
            day,
            tuple(created),
            tuple(skipped),
            delivery_error=error,
            considered=tuple(s.subscription_id for s in due),
        )

    def run_auto_quotes(self, today: date | None = None) -> list[str]:
        """The numbers of the quotes this run made (see :meth:`run` for the full report)."""
        return list(self.run(today).created)


def _buyer_problem(customer: Customer, sub: Subscription) -> Skipped | None:
    email = customer.buyer_email.strip()
    if not email:
        return Skipped(
            sub.subscription_id,
            SkipReason.NO_BUYER_EMAIL,
            tr_later("AutoQuotes", "customer {csn} has no buyer email").format(csn=customer.csn),
        )
    if not is_valid_email(email):
        return Skipped(
            sub.subscription_id,
            SkipReason.INVALID_BUYER_EMAIL,
            tr_later("AutoQuotes", "customer {csn}'s buyer email {email} is not valid").format(
                csn=customer.csn, email=repr(email)
            ),
        )
    return None


def _blocked(sub: Subscription, exc: QuoteBlockedError) -> Skipped:
    codes = tuple(exc.codes)
    if Code.PRICE_MISSING in codes:
        detail = tr_later("AutoQuotes", "no price for {offering}, {term}, {currency}").format(
            offering=sub.offering_code, term=sub.term, currency=sub.currency
        )
        return Skipped(sub.subscription_id, SkipReason.PRICE_MISSING, detail, codes)
    return Skipped(sub.subscription_id, SkipReason.BLOCKED, ", ".join(codes), codes)
