"""Sending quotes (Qt-free): the part of :class:`~renewdesk.services.quote_service.QuoteService`
that issues a quote and hands it to the outbox, a mail-app draft or a PDF file.

A send is one write transaction: the quote becomes QUOTED with its PDF, the
quote it replaces SUPERSEDED, its claim on the subscriptions taken, the message
queued and the audit events written, together or not at all. Files are written
and delivery over SMTP is tried only after the commit, so no file carries a
number the cache does not hold and a server that can't be reached leaves the
message queued. :class:`QuoteSending` is a base of ``QuoteService`` and uses its
collaborators and its building steps (declared below for the type checker).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from renewdesk.domain import OutboxStatus, Quote, QuoteStatus, Term
from renewdesk.lazy_text import tr_later
from renewdesk.planning.stages import Stage
from renewdesk.quotes.builder import QuotePreview, QuoteRequest, request_from_quote
from renewdesk.quotes.delivery import (
    SendResult,
    all_recipients,
    prepare_folders,
    send_details,
    write_committed_files,
)
from renewdesk.quotes.errors import DeliveryError, QuoteBlockedError
from renewdesk.quotes.lifecycle import Action, require
from renewdesk.quotes.ports import (
    DELIVERIES,
    BuildMessage,
    DeliverNow,
    Delivery,
    LoadSettings,
    OpenFile,
    OutboxPort,
    QuoteSettings,
    RenderPdf,
    WriteEml,
)
from renewdesk.services import quote_claims
from renewdesk.store import quote_repo as repo
from renewdesk.store.engine import writer
from renewdesk.store.identity import actor
from renewdesk.store.plan_repo import mark_stage

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

_NO_SENDER = tr_later(
    "QuoteErrors", "set the sender address (Settings, SMTP) before sending by email"
)
_NO_DRAFT_TARGET = tr_later("QuoteErrors", "choose a folder or a .eml file for the mail-app draft")


class QuoteSending:
    """Send, resend and deliver quotes; a base of ``QuoteService``."""

    if TYPE_CHECKING:  # what QuoteService provides
        _engine: Engine
        _now: Callable[[], datetime]
        _settings: LoadSettings
        _deliver_now: DeliverNow
        _outbox: OutboxPort
        _render_pdf: RenderPdf
        _build_message: BuildMessage
        _write_eml: WriteEml
        _open_file: OpenFile

        # Its building steps (see there for their arguments).
        request: Callable[..., QuoteRequest]
        create_draft: Callable[[QuoteRequest], Quote]
        pdf: Callable[[str], bytes]
        _load: Callable[[Connection, str], Quote]
        _numbered: Callable[[Connection, QuotePreview, datetime], Quote]
        _remember: Callable[[Connection, QuoteRequest, str, datetime], None]
        _preview_in: Callable[..., QuotePreview]
        _audit: Callable[[Connection, datetime, str, Action, str], None]

    def send(
        self,
        target: str | QuoteRequest,
        delivery: Delivery = "email",
        *,
        eml_target: Path | None = None,
        pdf_path: Path | None = None,
        open_eml: bool = False,
        deliver: bool = True,
        auto_run: date | None = None,
    ) -> SendResult:
        """Send a saved DRAFT (by number) or a request (saved and sent in one go).

        ``email`` queues the message in the outbox in the same transaction that
        makes the quote QUOTED, then tries to deliver it now (``deliver``). ``eml``
        writes an unsent draft into ``eml_target`` (a folder, or a ``.eml`` file
        path) and opens it with the mail app when ``open_eml``. ``pdf`` only stores
        the PDF. With ``pdf_path`` the PDF is also written there. ``auto_run`` marks
        a quote made by the automatic run of that day.
        """
        if delivery not in DELIVERIES:
            raise DeliveryError(
                tr_later(
                    "QuoteErrors", "unknown delivery {delivery}: use email, eml or pdf"
                ).format(delivery=repr(delivery))
            )
        if delivery == "eml" and eml_target is None:
            raise DeliveryError(_NO_DRAFT_TARGET)
        settings = self._settings()
        if delivery == "email" and not settings.sender.strip():
            raise DeliveryError(_NO_SENDER)
        prepare_folders(eml_target if delivery == "eml" else None, pdf_path)
        now = self._now()
        msg: EmailMessage | None = None
        outbox_id: int | None = None
        with writer(self._engine).begin() as conn:
            quote, superseded, is_new = self._send_in(conn, target, now)
            if isinstance(target, QuoteRequest):  # typed in the review: remembered
                self._remember(conn, target, quote.number, now)
            partner = repo.load_partner(conn, quote.partner_csn)
            pdf = self._render(quote, partner, settings)
            if is_new:  # straight from the review: one insert, no draft stage
                quote = repo.insert_quote(conn, quote, pdf=pdf, auto_run=auto_run)
            else:
                quote = repo.replace_quote(conn, quote, pdf=pdf, when=now)
            quote_claims.claim(conn, quote, now.date())
            if superseded:
                quote_claims.release(conn, superseded)
            recipients = all_recipients(quote)
            if delivery != "pdf":
                if delivery == "email" and not recipients:
                    raise DeliveryError(
                        tr_later(
                            "QuoteErrors", "{number} has no recipient: add the buyer's email"
                        ).format(number=quote.number)
                    )
                msg = self._build_message(
                    quote, pdf, settings.sender, recipients, seller=settings.seller
                )
            if delivery == "email":
                assert msg is not None
                outbox_id = self._outbox.enqueue(conn, quote.number, msg, recipients, now=now)
            details = send_details(delivery, recipients)
            if auto_run is not None:  # the daily job's: made and sent under its admin's account
                details += "; " + tr_later("Audit", "automatic, by {user}").format(
                    user=actor(conn).name
                )
            self._audit(conn, now, quote.number, Action.SEND, details)
            mark_stage(conn, quote, Stage.QUOTED, now)
        # Files only after the commit: none may carry a number the cache does not hold.
        draft = msg if delivery == "eml" else None
        eml_path, file_error = write_committed_files(
            quote.number, self._write_eml, draft, eml_target, pdf_path, pdf
        )
        delivered, error = self._deliver(outbox_id, deliver, now)
        if file_error is not None:
            raise file_error
        if eml_path is not None and open_eml:
            self._open_file(eml_path)
        return SendResult(
            quote, delivery, pdf_path, eml_path, outbox_id, delivered, error, superseded
        )

    def create_and_send(
        self,
        subscription_ids: Sequence[str],
        *,
        recipients: Iterable[str] = (),
        seats: Mapping[str, int] | None = None,
        terms: Mapping[str, Term | str] | None = None,
        delivery: Delivery | None = "email",
        pdf_path: Path | None = None,
        eml_target: Path | None = None,
        language: str = "en",
    ) -> SendResult:
        """CLI convenience: build, check and send (``delivery=None`` saves a DRAFT only).

        Raises :class:`QuoteBlockedError` with the blocking findings; nothing is saved then.
        """
        request = self.request(
            subscription_ids, seats=seats, terms=terms, recipients=recipients, language=language
        )
        if delivery is not None:
            return self.send(request, delivery, eml_target=eml_target, pdf_path=pdf_path)
        prepare_folders(None, pdf_path)
        quote = self.create_draft(request)
        if pdf_path is not None:
            pdf = self.pdf(quote.number)
            _, file_error = write_committed_files(
                quote.number, self._write_eml, None, None, pdf_path, pdf
            )
            if file_error is not None:
                raise file_error
        return SendResult(quote, None, pdf_path=pdf_path)

    def resend(
        self,
        number: str,
        *,
        deliver: bool = True,
        delivery: Delivery = "email",
        eml_target: Path | None = None,
        open_eml: bool = False,
    ) -> SendResult:
        """Send a QUOTED quote's stored PDF again (audited).

        ``email`` queues it as a new outbox message; ``eml`` writes a mail-app draft
        into ``eml_target`` (opened with the mail app when ``open_eml``).
        """
        if delivery == "eml" and eml_target is None:
            raise DeliveryError(_NO_DRAFT_TARGET)
        settings = self._settings()
        if delivery == "email" and not settings.sender.strip():
            raise DeliveryError(_NO_SENDER)
        now = self._now()
        outbox_id: int | None = None
        with writer(self._engine).begin() as conn:
            quote = self._load(conn, number)
            require(Action.RESEND, quote.number, quote.status, quote.expires, now.date())
            pdf = repo.load_pdf(conn, quote.number)
            if pdf is None:  # sent by an older version without stored bytes
                pdf = self._render(quote, repo.load_partner(conn, quote.partner_csn), settings)
                repo.set_quote_fields(conn, quote.number, pdf=pdf)
            recipients = all_recipients(quote)
            if not recipients:
                raise DeliveryError(
                    tr_later("QuoteErrors", "{number} has no recipient").format(number=quote.number)
                )
            msg = self._build_message(
                quote, pdf, settings.sender, recipients, seller=settings.seller
            )
            kind: Delivery = "eml" if delivery == "eml" else "email"
            if kind == "email":
                outbox_id = self._outbox.enqueue(conn, quote.number, msg, recipients, now=now)
            self._audit(conn, now, quote.number, Action.RESEND, send_details(kind, recipients))
        # The draft is written after the commit, like a first send's.
        eml_path, file_error = write_committed_files(
            quote.number, self._write_eml, msg if kind == "eml" else None, eml_target, None, pdf
        )
        delivered, error = self._deliver(outbox_id, deliver, now)
        if file_error is not None:
            raise file_error
        if eml_path is not None and open_eml:
            self._open_file(eml_path)
        return SendResult(quote, kind, None, eml_path, outbox_id, delivered, error)

    def deliver_outbox(self, now: datetime | None = None) -> str:
        """Try to send what the outbox holds now; "" or why it could not (offline...).

        Never raises for a server that can't be reached: the messages stay queued
        with their last error, and the outbox retries them later.
        """
        try:
            self._deliver_now(now or self._now())
        except Exception as exc:  # offline or misconfigured: the messages stay queued
            return str(exc) or type(exc).__name__
        return ""

    # --- internals --------------------------------------------------------------------

    def _send_in(
        self,
        conn: Connection,
        target: str | QuoteRequest,
        now: datetime,
    ) -> tuple[Quote, str, bool]:
        """Inside the send transaction: the QUOTED quote (not stored yet), the number it
        replaces, and whether it is new (sent straight from a request)."""
        is_new = isinstance(target, QuoteRequest)
        if isinstance(target, QuoteRequest):
            draft = self._numbered(conn, self._preview_in(conn, target, now, "", ()), now)
        else:
            stored = self._load(conn, target)
            require(Action.SEND, stored.number, stored.status, stored.expires, now.date())
            # Re-check and re-price as of the send day: the window may have closed,
            # prices or campaigns changed, or another quote taken a subscription.
            exclude = {stored.number, stored.supersedes} - {""}
            preview = self._preview_in(
                conn,
                request_from_quote(stored),
                now,
                stored.number,
                exclude,
                supersedes=stored.supersedes,
            )
            if not preview.ok:
                raise QuoteBlockedError(preview)
            draft = replace(preview.quote, created=stored.created)
        superseded = ""
        if draft.supersedes:
            old = self._load(conn, draft.supersedes)
            require(Action.SUPERSEDE, old.number, old.status, old.expires, now.date())
            repo.set_quote_fields(
                conn, old.number, status=QuoteStatus.SUPERSEDED.value, superseded_by=draft.number
            )
            self._audit(conn, now, old.number, Action.SUPERSEDE, f"replaced by {draft.number}")
            superseded = old.number
        # Validity runs from the day the quote is issued (the send day).
        return replace(draft, status=QuoteStatus.QUOTED, sent=now), superseded, is_new

    def _render(
        self, quote: Quote, partner: object, settings: QuoteSettings | None = None
    ) -> bytes:
        current = settings or self._settings()
        notes = [n for n in quote.note.splitlines() if n.strip()]
        return self._render_pdf(
            quote,
            partner,  # type: ignore[arg-type]
            seller=current.seller,
            page_size=current.page_size,
            notes=notes,
        )

    def _deliver(self, outbox_id: int | None, deliver: bool, now: datetime) -> tuple[bool, str]:
        """Try the outbox now; (delivered, last error) for the message just queued."""
        if outbox_id is None or not deliver:
            return False, ""
        error = self.deliver_outbox(now)
        state = self._outbox.get(outbox_id)
        if state is None:
            return False, error
        delivered = state.status is OutboxStatus.SENT
        return delivered, "" if delivered else (state.last_error or error)
