"""Renew step 4's Send quote: the work done off the GUI thread, and the text of its result.

Split from renew_dialog. The result's texts keep the ``RenewDialog`` translation
context they had before the split, so the Swedish catalogue still finds them.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from renewdesk.domain import OutboxStatus
from renewdesk.quotes.builder import QuoteRequest
from renewdesk.quotes.delivery import SendResult
from renewdesk.services.outbox_runner import OutboxRun
from renewdesk.ui import labels
from renewdesk.ui.context import UiContext

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Sent:
    """What Send quote did: the service's result, where the PDF went, the outbox run."""

    result: SendResult
    pdf_path: Path | None = None
    run: OutboxRun | None = None  # None: nothing went to the outbox (mail app, PDF only)


def send_job(
    ctx: UiContext,
    request: QuoteRequest,
    draft: str,
    delivery: str,
    draft_version: int | None = None,
) -> Callable[[Progress], Sent]:
    """The TaskRunner function that saves the quote, sends it and reports back.

    ``draft_version``: the version of ``draft`` the dialog opened (another admin's
    save since refuses it, :class:`renewdesk.store.versions.StaleEditError`).
    """
    service, send_outbox, outbox = ctx.quotes, ctx.send_outbox, ctx.outbox
    out = Path(ctx.extras.get("output_folder") or default_output_folder())
    open_files = bool(ctx.extras.get("open_files", True))

    def work(progress: Progress) -> Sent:
        progress(0, 2, "saving")
        target = (
            service.update_draft(draft, request, version=draft_version).number if draft else request
        )
        # Saved and queued in one transaction; then the window's sender tries it,
        # so the status bar learns whether the server could be reached.
        result = service.send(
            target,
            delivery,  # type: ignore[arg-type]
            eml_target=out if delivery == "eml" else None,
            open_eml=open_files,
            deliver=False,
        )
        run = None
        if result.outbox_id is not None:
            run = send_outbox()
            state = outbox.get(result.outbox_id)
            delivered = state is not None and state.status is OutboxStatus.SENT
            error = "" if delivered else ((state.last_error if state else "") or run.error)
            result = dataclasses.replace(result, delivered=delivered, delivery_error=error)
        pdf_path = None
        if delivery == "pdf":
            pdf_path = out / f"{safe_name(result.number)}.pdf"
            pdf_path.write_bytes(service.pdf(result.number))
        progress(2, 2, "sent")
        return Sent(result, pdf_path, run)

    return work


def result_text(sent: Sent) -> str:
    """The lines the result label shows: number, expiry and total, and where it went."""
    result = sent.result
    total = labels.money(result.total, result.currency)
    lines = [
        QCoreApplication.translate("RenewDialog", "Quote %1 created").replace("%1", result.number),
        QCoreApplication.translate("RenewDialog", "Expires %1 · Total %2")
        .replace("%1", labels.day(result.expires))
        .replace("%2", total),
    ]
    if result.delivery == "email":
        lines.append(
            QCoreApplication.translate("RenewDialog", "Sent by email.")
            if result.delivered
            else QCoreApplication.translate(
                "RenewDialog",
                "Waiting in the outbox: it is sent when the mail server can be reached.",
            )
        )
    elif result.delivery == "eml" and result.eml_path:
        text = QCoreApplication.translate("RenewDialog", "Draft saved to %1")
        lines.append(text.replace("%1", str(result.eml_path)))
    elif sent.pdf_path is not None:
        text = QCoreApplication.translate("RenewDialog", "PDF saved to %1")
        lines.append(text.replace("%1", str(sent.pdf_path)))
    if result.superseded:
        text = QCoreApplication.translate("RenewDialog", "It replaces %1.")
        lines.append(text.replace("%1", result.superseded))
    return "\n".join(lines)


def default_output_folder() -> Path:
    """Documents/RenewDesk, where PDFs and .eml drafts go unless a test says otherwise."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(docs) / "RenewDesk" if docs else Path(tempfile.gettempdir()) / "RenewDesk"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def safe_name(text: str) -> str:
    """A file-name-safe version of a quote number."""
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text) or "quote"
