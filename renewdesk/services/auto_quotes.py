"""Automatic quotes (SPEC 2): one quote per subscription that is due, put in the outbox.

On start and once a day while the application runs (and from ``renewdesk
auto-quotes``), every subscription that is eligible as of the day, with an annual
or three-year term, auto-renew off, no open quote and 0-30 days to its renewal
date gets its own quote (origin ``automatic``) addressed to the customer's buyer.
A subscription gets one automatic quote per renewal: running twice the same day,
or again after the partner cancelled it, makes none. Subscriptions whose buyer
email is missing or invalid, or whose price is missing, are skipped and reported;
one subscription that fails in any other way (a PDF that cannot be laid out) is
skipped with its reason too and never stops the others.

A run never skips the day silently: when the sender address or the SMTP server
is not set up it makes nothing and says which setting is missing, and neither
that run nor one that met a missing price counts as the day's run, so the next
run the same day (the window starts one as soon as the setting is saved) makes
what is still due.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Engine

from renewdesk.domain import Customer, QuoteOrigin, Subscription, Term
from renewdesk.lazy_text import tr_later
from renewdesk.messages import sentences
from renewdesk.quotes.builder import make_request
from renewdesk.quotes.dates import line_period
from renewdesk.quotes.errors import QuoteBlockedError, QuoteError
from renewdesk.quotes.language import default_quote_language
from renewdesk.quotes.ports import LoadSettings, QuoteSettings
from renewdesk.rules import Limits, default_limits, evaluate_subscription, is_valid_email
from renewdesk.rules.codes import Code
from renewdesk.services.quote_service import QuoteService
from renewdesk.store import quote_repo as repo
from renewdesk.store.job_lock import AUTO_QUOTES, job_lock
from renewdesk.store.plan_repo import will_not_renew
from renewdesk.store.repositories import SettingsRepository
from renewdesk.value_labels import term_label

LAST_RUN_KEY = "auto_quotes.last_run"
AUTO_TERMS = (Term.ANNUAL, Term.THREE_YEAR)


class SkipReason:
    NO_BUYER_EMAIL = "no_buyer_email"
    INVALID_BUYER_EMAIL = "invalid_buyer_email"
    PRICE_MISSING = "price_missing"
    BLOCKED = "blocked"  # another per-quote rule (the codes say which)
    NOT_SENT = "not_sent"  # e.g. no sender address set up
    FAILED = "failed"  # anything else that stopped this one quote (the detail says what)


class MissingSetting:
    """A setting without which no automatic quote can go out (AppSettings field names)."""

    SENDER = "sender"
    SERVER = "smtp_host"


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
    missing: tuple[str, ...] = ()  # MissingSetting values: nothing was made for want of them
    counted: bool = True  # whether this run is the day's run (see the module docstring)
    elsewhere: bool = False  # another client was running the job: nothing was looked at

    @property
    def price_missing(self) -> bool:
        return any(s.reason == SkipReason.PRICE_MISSING for s in self.skipped)


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
        """Make the day's automatic quotes; each is its own transaction.

        One client at a time (:func:`renewdesk.store.job_lock.job_lock`): while another
        admin's client runs them, this run makes nothing and says so (``elsewhere``);
        it is not the day's run, so the next tick looks again (and finds them made).
        """
        settings = self._settings()
        day = today or self._quotes.today()
        if not settings.automatic_quotes:
            return AutoQuoteReport(day, disabled=True)
        with job_lock(self._engine, AUTO_QUOTES) as mine:
            if not mine:
                return AutoQuoteReport(day, counted=False, elsewhere=True)
            return self._run(settings, day, deliver)

    def _run(self, settings: QuoteSettings, day: date, deliver: bool) -> AutoQuoteReport:
        quotes = self._quotes.at(day)
        due = self.due_subscriptions(day)
        considered = tuple(s.subscription_id for s in due)
        missing = missing_settings(settings)
        if missing:
            # Not the day's run: saving the setting runs it again the same day.
            return AutoQuoteReport(day, considered=considered, missing=missing, counted=False)
        customers: dict[str, Customer] = {}
        created: list[str] = []
        skipped: list[Skipped] = []
        for sub in due:
            try:
                if sub.customer_csn not in customers:
                    customers[sub.customer_csn] = quotes.customer(sub.customer_csn)
                outcome = self._one(quotes, sub, customers[sub.customer_csn], day)
            except Exception as exc:  # one bad subscription must not stop the run
                outcome = Skipped(sub.subscription_id, SkipReason.FAILED, _why(exc))
            if isinstance(outcome, Skipped):
                skipped.append(outcome)
            else:
                created.append(outcome)
        report = AutoQuoteReport(day, tuple(created), tuple(skipped), considered=considered)
        counted = not report.price_missing  # importing the price book makes the rest today
        if counted:
            self._store.set_many({LAST_RUN_KEY: day.isoformat()})
        error = ""
        if created and deliver:
            error = quotes.deliver_outbox()
        return dataclasses.replace(report, delivery_error=error, counted=counted)

    def _one(
        self, quotes: QuoteService, sub: Subscription, customer: Customer, day: date
    ) -> str | Skipped:
        """The number of the quote made for ``sub``, or why none was made."""
        problem = _buyer_problem(customer, sub)
        if problem is not None:
            return problem
        # In the customer's language (SE -> Swedish), whatever the window's is.
        language = default_quote_language(customer)
        request = make_request(
            [sub.subscription_id], origin=QuoteOrigin.AUTOMATIC, language=language
        )
        try:
            result = quotes.send(request, "email", deliver=False, auto_run=day)
        except QuoteBlockedError as exc:
            return _blocked(sub, exc)
        except QuoteError as exc:
            return Skipped(sub.subscription_id, SkipReason.NOT_SENT, str(exc))
        return result.number

    def run_auto_quotes(self, today: date | None = None) -> list[str]:
        """The numbers of the quotes this run made (see :meth:`run` for the full report)."""
        return list(self.run(today).created)


def missing_settings(settings: QuoteSettings) -> tuple[str, ...]:
    """The settings an automatic quote email cannot go without, of those not set."""
    missing = []
    if not settings.sender.strip():
        missing.append(MissingSetting.SENDER)
    if not settings.smtp_server.strip():
        missing.append(MissingSetting.SERVER)
    return tuple(missing)


def _why(exc: BaseException) -> str:
    """One line for a failure the run went past, in words an admin can act on."""
    if type(exc).__name__ == "LayoutError":  # reportlab: a flowable larger than the page
        return str(
            tr_later(
                "AutoQuotes",
                "the PDF could not be laid out: a text of this subscription is too long for a page",
            )
        )
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


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
            offering=sub.offering_code, term=term_label(sub.term), currency=sub.currency
        )
        return Skipped(sub.subscription_id, SkipReason.PRICE_MISSING, detail, codes)
    detail = " ".join(sentences(exc.findings)) or ", ".join(codes)
    return Skipped(sub.subscription_id, SkipReason.BLOCKED, detail, codes)
