"""The quote use cases (Qt-free): preview, draft, send, buy, copy, cancel, queries.

The CLI and the GUI both call :class:`QuoteService`. Each use case that writes is
one ``BEGIN IMMEDIATE`` transaction that also writes its audit events, so a crash
leaves either nothing or the whole step: a sent quote always has its PDF and, for
email, its queued outbox message. Delivery over SMTP happens after the commit; a
server that can't be reached leaves the quote QUOTED and the message queued.
Sending, resending and delivering are in :mod:`renewdesk.services.quote_sending`
(a base of :class:`QuoteService`); building, editing, buying and the queries are here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from renewdesk import clock
from renewdesk.domain import (
    AuditEvent,
    Customer,
    Quote,
    QuoteOrigin,
    QuoteStatus,
)
from renewdesk.lazy_text import tr_later
from renewdesk.planning.stages import Stage
from renewdesk.quotes.builder import (
    QuoteInputs,
    QuotePreview,
    QuoteRequest,
    build_preview,
    make_request,
    request_from_quote,
)
from renewdesk.quotes.errors import (
    QuoteBlockedError,
    QuoteError,
    QuoteNotFoundError,
    UnknownSubscriptionsError,
)
from renewdesk.quotes.lifecycle import Action, renewal_details, require, with_effective_status
from renewdesk.quotes.numbering import BadQuoteNumberError, normalize_number
from renewdesk.quotes.ordering import renewals
from renewdesk.quotes.ports import (
    BuildMessage,
    DeliverNow,
    LoadSettings,
    OpenFile,
    OutboxPort,
    QuoteSettings,
    RenderPdf,
    WriteEml,
)
from renewdesk.rules import Limits, default_limits
from renewdesk.services import customer_memory, quote_claims
from renewdesk.services import quote_adapters as adapters
from renewdesk.services.quote_sending import QuoteSending
from renewdesk.store import quote_repo as repo
from renewdesk.store import versions
from renewdesk.store.engine import writer
from renewdesk.store.plan_repo import mark_stage
from renewdesk.store.repositories import (
    AuditRepository,
    SubscriptionRepository,
    write_audit_many,
)

if TYPE_CHECKING:
    from renewdesk.secrets import SecretStore
    from renewdesk.services.settings_service import SettingsService

# The audit "details" of the review's one-click fix; the builder finds it again to
# print "Auto-renew was turned off for ..." on the quote.
AUTO_RENEW_FIX_REASON = "turned off from the quote review to renew by quote"


def _lines(count: int) -> str:
    """ "1 line" / "3 lines" for the audit trail (English and Swedish have these two forms)."""
    if count == 1:
        return str(tr_later("Audit", "1 line"))
    return str(tr_later("Audit", "{lines} lines").format(lines=count))


def default_now() -> datetime:
    """Now, with the date from :func:`renewdesk.clock.today` (``RENEWDESK_TODAY``)."""
    return clock.now()


class QuoteService(QuoteSending):
    """Build, save, send and track quotes over one cache."""

    def __init__(
        self,
        engine: Engine,
        *,
        limits: Limits | None = None,
        now: Callable[[], datetime] = default_now,
        settings_service: SettingsService | None = None,
        secrets: SecretStore | None = None,
        settings: LoadSettings | None = None,
        render_pdf: RenderPdf | None = None,
        build_message: BuildMessage | None = None,
        outbox: OutboxPort | None = None,
        deliver_now: DeliverNow | None = None,
        write_eml: WriteEml | None = None,
        open_file: OpenFile | None = None,
    ) -> None:
        """Every collaborator is a typed argument; the composition roots pass each one.

        One left out gets the real one from :mod:`renewdesk.services.quote_adapters`
        (tests and scripts pass only what they swap).
        """
        self._engine = engine
        self._limits = limits or default_limits()
        self._now = now
        if settings is None or deliver_now is None:
            settings_service = settings_service or adapters.settings_service(engine, secrets)
        self._outbox = outbox or adapters.outbox(engine)
        if settings is None or deliver_now is None:
            assert settings_service is not None
            settings = settings or adapters.settings_loader(settings_service)
            deliver_now = deliver_now or adapters.deliver_now(settings_service, self._outbox)
        self._settings: LoadSettings = settings
        self._deliver_now: DeliverNow = deliver_now
        self._render_pdf = render_pdf or adapters.render_pdf()
        self._build_message = build_message or adapters.build_message()
        self._write_eml = write_eml or adapters.write_eml()
        self._open_file = open_file or adapters.open_file()
        self._subs = SubscriptionRepository(engine)

    # --- building -----------------------------------------------------------------

    # The CLI and GUI build requests from plain values (terms may be text).
    request = staticmethod(make_request)

    def preview(self, request: QuoteRequest, *, number: str = "") -> QuotePreview:
        """The priced quote and every finding for the review; nothing is saved.

        Pass ``number`` when the request edits that saved draft (so the draft itself
        does not count as an open quote holding its subscriptions).
        """
        with self._engine.begin() as conn:
            exclude = self._own_quotes(conn, number)
            return self._preview_in(conn, request, self._now(), number, exclude)

    def turn_off_auto_renew(self, subscription_ids: Iterable[str]) -> int:
        """The review's one-click fix; audited. The next preview notes it on the quote."""
        return self._subs.set_auto_renew(subscription_ids, False, reason=AUTO_RENEW_FIX_REASON)

    def create_draft(self, request: QuoteRequest) -> Quote:
        """Save the request as a DRAFT with a new number; raises :class:`QuoteBlockedError`."""
        now = self._now()
        with writer(self._engine).begin() as conn:
            preview = self._preview_in(conn, request, now, "", ())
            quote = self._insert_draft(conn, preview, now)
            self._remember(conn, request, quote.number, now)
            return quote

    def update_draft(
        self, number: str, request: QuoteRequest, *, version: int | None = None
    ) -> Quote:
        """Replace a DRAFT's lines and details with the request's (same number).

        ``version``: the draft's version the edits started from (:attr:`Quote.version`);
        when another admin saved it since, :class:`StaleEditError` names who and when.
        """
        now = self._now()
        with writer(self._engine).begin() as conn:
            old = self._load(conn, number)
            require(Action.EDIT, old.number, old.status, old.expires, now.date())
            quote = self._rewrite_draft(conn, old, request, now, Action.EDIT, version)
            self._remember(conn, request, quote.number, now)
            return quote

    def edit_customer(
        self, number: str, customer: Customer, *, version: int | None = None
    ) -> Quote:
        """Change the customer details on a DRAFT; a sent quote refuses with
        ADDRESS_CHANGE_NEEDS_NEW_QUOTE (use :meth:`copy`). ``version`` as for
        :meth:`update_draft`."""
        now = self._now()
        with writer(self._engine).begin() as conn:
            old = self._load(conn, number)
            require(Action.EDIT_CUSTOMER, old.number, old.status, old.expires, now.date())
            request = request_from_quote(old, customer=customer)
            quote = self._rewrite_draft(conn, old, request, now, Action.EDIT_CUSTOMER, version)
            customer_memory.remember(conn, customer, quote.number, now)
            return quote

    def customer_version(self, csn: str) -> int | None:
        """The cached customer's version now, read with its details for an edit."""
        with self._engine.begin() as conn:
            return versions.customer_version(conn, csn)

    def copy(self, number: str) -> Quote:
        """ "Create new quote": a DRAFT copy (new number) of a QUOTED or expired quote.

        Sending the copy marks the original SUPERSEDED.
        """
        now = self._now()
        with writer(self._engine).begin() as conn:
            old = self._load(conn, number)
            require(Action.COPY, old.number, old.status, old.expires, now.date())
            origin = QuoteOrigin.MANUAL if old.origin is QuoteOrigin.AUTOMATIC else old.origin
            request = request_from_quote(old, origin=origin)
            preview = self._preview_in(conn, request, now, "", {old.number}, supersedes=old.number)
            quote = self._insert_draft(conn, preview, now)
            self._audit(conn, now, old.number, Action.COPY, f"copied into {quote.number}")
            return quote

    # --- lifecycle ----------------------------------------------------------------

    def discard(self, number: str) -> None:
        """Delete a DRAFT; its number is never handed out again."""
        now = self._now()
        with writer(self._engine).begin() as conn:
            old = self._load(conn, number)
            require(Action.DISCARD, old.number, old.status, old.expires, now.date())
            quote_claims.release(conn, old.number)
            repo.delete_quote(conn, old.number)
            quote_claims.give_back_original(conn, old, now.date())
            self._audit(conn, now, old.number, Action.DISCARD, _lines(len(old.lines)))

    def cancel(self, number: str) -> None:
        """Cancel: a DRAFT is discarded; a sent quote refuses with CANCEL_NOT_SELF_SERVICE."""
        now = self._now()
        with self._engine.begin() as conn:
            old = self._load(conn, number)
        require(Action.CANCEL, old.number, old.status, old.expires, now.date())
        self.discard(old.number)

    def record_cancellation(self, number: str, note: str) -> Quote:
        """Record that the partner cancelled a QUOTED quote; the note is required."""
        text = " ".join(note.split())
        if not text:
            raise QuoteError(
                tr_later(
                    "QuoteErrors", "a cancellation by the partner needs a note saying who and why"
                )
            )
        now = self._now()
        with writer(self._engine).begin() as conn:
            old = self._load(conn, number)
            require(Action.RECORD_CANCELLATION, old.number, old.status, old.expires, now.date())
            note_text = "\n".join(filter(None, [old.note, f"Cancelled by partner: {text}"]))
            repo.set_quote_fields(
                conn, old.number, status=QuoteStatus.CANCELLED.value, note=note_text
            )
            quote_claims.release(conn, old.number)
            self._audit(conn, now, old.number, Action.RECORD_CANCELLATION, text)
            return replace(old, status=QuoteStatus.CANCELLED, note=note_text)

    def buy(self, number: str) -> Quote:
        """Buy a QUOTED, unexpired quote: ORDERED, and every subscription renewed at once."""
        now = self._now()
        with writer(self._engine).begin() as conn:
            old = self._load(conn, number)
            require(Action.BUY, old.number, old.status, old.expires, now.date())
            subs = repo.load_subscriptions(conn, [ln.subscription_id for ln in old.lines])
            changes = renewals(old.lines, subs)  # raises for a subscription gone missing
            repo.write_renewals(conn, [after for _before, after in changes])
            repo.set_quote_fields(conn, old.number, status=QuoteStatus.ORDERED.value)
            quote_claims.release(conn, old.number)
            total = f"{_lines(len(changes))}, {old.total:,.2f} {old.currency}"
            self._audit(conn, now, old.number, Action.BUY, total)
            events = [
                {
                    "quote_number": old.number,
                    "subscription_id": after.subscription_id,
                    "action": "renewed",
                    "details": renewal_details(before, after),
                }
                for before, after in changes
            ]
            write_audit_many(conn, events, when=now)
            mark_stage(conn, old, Stage.ORDERED, now)
            return replace(old, status=QuoteStatus.ORDERED)

    # --- queries --------------------------------------------------------------------

    def at(self, day: date) -> QuoteService:
        """This service with its clock set to ``day`` (time of day from the current clock).

        For ``renewdesk auto-quotes --today DATE`` and other runs "as of" a day.
        """
        if day == self.today():
            return self
        moved = copy.copy(self)
        base = self._now

        def now() -> datetime:
            return datetime.combine(day, base().time())

        moved._now = now
        return moved

    def today(self) -> date:
        """The service's today (the injected clock, ``RENEWDESK_TODAY`` by default)."""
        return self._now().date()

    def settings(self) -> QuoteSettings:
        """The quote settings as they are now (validity, sender, automatic quotes...)."""
        return self._settings()

    def customer(self, csn: str) -> Customer:
        """The cached customer details, to prefill the review's customer form."""
        with self._engine.begin() as conn:
            return repo.load_customer(conn, csn)

    def list_quotes(self) -> list[Quote]:
        """Every quote, newest first, with EXPIRED computed for today."""
        today = self._now().date()
        with self._engine.begin() as conn:
            return [with_effective_status(q, today) for q in repo.load_quotes(conn)]

    def get(self, number: str) -> Quote:
        """One quote with its computed status; raises :class:`QuoteNotFoundError`."""
        with self._engine.begin() as conn:
            quote = self._load(conn, number)
        return with_effective_status(quote, self._now().date())

    def audit(self, number: str) -> list[AuditEvent]:
        """The quote's audit trail, oldest first (subscription events of its Buy included)."""
        return AuditRepository(self._engine).for_quote(self._number(number))

    def audit_subscription(self, subscription_id: str) -> list[AuditEvent]:
        """A subscription's audit trail (auto-renew changes, renewals by Buy)."""
        return AuditRepository(self._engine).for_subscription(subscription_id)

    def pdf(self, number: str) -> bytes:
        """The PDF as sent (stored bytes), or freshly rendered for a draft."""
        with self._engine.begin() as conn:
            quote = self._load(conn, number)
            stored = repo.load_pdf(conn, quote.number)
            if stored is not None:
                return stored
            partner = repo.load_partner(conn, quote.partner_csn)
        return self._render(quote, partner)

    # --- internals --------------------------------------------------------------------

    def _number(self, number: str) -> str:
        try:
            return normalize_number(number)
        except BadQuoteNumberError as exc:
            raise QuoteNotFoundError(number.strip()) from exc

    def _load(self, conn: Connection, number: str) -> Quote:
        canonical = self._number(number)
        quote = repo.load_quote(conn, canonical)
        if quote is None:
            raise QuoteNotFoundError(canonical)
        return quote

    def _own_quotes(self, conn: Connection, number: str) -> set[str]:
        """The draft being edited and the quote it replaces: they don't block it."""
        if not number:
            return set()
        quote = self._load(conn, number)
        return {quote.number, quote.supersedes} - {""}

    def _preview_in(
        self,
        conn: Connection,
        request: QuoteRequest,
        now: datetime,
        number: str,
        exclude: Iterable[str],
        *,
        supersedes: str = "",
    ) -> QuotePreview:
        included = request.included()
        found = repo.load_subscriptions(conn, request.subscription_ids)
        unknown = [i for i in dict.fromkeys(request.subscription_ids) if i not in found]
        unknown += [i for i in request.unticked if i not in set(request.subscription_ids)]
        if unknown:
            raise UnknownSubscriptionsError(unknown)
        subs = [found[i] for i in included]
        today = now.date()
        csn = subs[0].customer_csn if subs else (request.customer.csn if request.customer else "")
        inputs = QuoteInputs(
            subscriptions=subs,
            customer=repo.load_customer(conn, csn),
            prices=repo.load_prices(conn, {s.offering_code for s in subs}),
            campaigns=repo.load_campaigns(conn, today),
            open_quotes=repo.open_quote_holders(conn, included, today, exclude),
            customer_pays_by_invoice=bool(csn) and repo.customer_pays_by_invoice(conn, csn),
            auto_renew_fixed=repo.auto_renew_fixed(
                conn, subs, AUTO_RENEW_FIX_REASON, self._limits.days_before_renewal
            ),
        )
        return build_preview(
            request,
            inputs,
            created=now,
            validity_days=self._settings().validity_days,
            limits=self._limits,
            number=number,
            supersedes=supersedes,
        )

    def _insert_draft(self, conn: Connection, preview: QuotePreview, now: datetime) -> Quote:
        quote = repo.insert_quote(conn, self._numbered(conn, preview, now))
        quote_claims.claim(conn, quote, now.date(), preview.findings)
        return quote

    def _numbered(self, conn: Connection, preview: QuotePreview, now: datetime) -> Quote:
        """The previewed quote with the next number (audited as created); not stored yet."""
        if not preview.ok:
            raise QuoteBlockedError(preview)
        quote = replace(preview.quote, number=repo.next_quote_number(conn, now.year))
        details = f"{_lines(len(quote.lines))}, {quote.total:,.2f} {quote.currency}"
        if quote.supersedes:
            details += tr_later("Audit", ", replaces {number}").format(number=quote.supersedes)
        self._audit(conn, now, quote.number, Action.CREATE, details)
        return quote

    def _remember(
        self, conn: Connection, request: QuoteRequest, number: str, now: datetime
    ) -> None:
        customer = request.customer
        customer_memory.remember(conn, customer, number, now, request.customer_version)

    def _rewrite_draft(
        self,
        conn: Connection,
        old: Quote,
        request: QuoteRequest,
        now: datetime,
        action: Action,
        version: int | None = None,
    ) -> Quote:
        exclude = {old.number, old.supersedes} - {""}
        preview = self._preview_in(
            conn, request, now, old.number, exclude, supersedes=old.supersedes
        )
        if not preview.ok:
            raise QuoteBlockedError(preview)
        quote = replace(preview.quote, created=old.created)
        quote = repo.replace_quote(conn, quote, expected_version=version, when=now)
        quote_claims.claim(conn, quote, now.date(), preview.findings)
        quote_claims.give_back_original(conn, quote, now.date())  # the lines the edit dropped
        self._audit(conn, now, quote.number, action, _lines(len(quote.lines)))
        return quote

    def _audit(
        self, conn: Connection, now: datetime, number: str, action: Action, details: str
    ) -> None:
        write_audit_many(
            conn, [{"quote_number": number, "action": action.value, "details": details}], when=now
        )
