"""How a sent quote leaves the application: the result the Send step shows, file helpers.

Pure helpers (no database): the service decides when they run.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

from renewdesk.domain import Quote
from renewdesk.lazy_text import tr_later
from renewdesk.quotes.errors import DeliveryError, QuoteFileError
from renewdesk.quotes.ports import Delivery


@dataclass(frozen=True, slots=True)
class SendResult:
    """What the Send step shows: number, expiry, total, and where the quote went."""

    quote: Quote
    delivery: Delivery | None  # None: saved as a draft only
    pdf_path: Path | None = None
    eml_path: Path | None = None
    outbox_id: int | None = None
    delivered: bool = False  # the SMTP server accepted it already
    delivery_error: str = ""  # the last error while it waits in the outbox
    superseded: str = ""  # the quote this one replaced

    @property
    def number(self) -> str:
        return self.quote.number

    @property
    def expires(self) -> date:
        return self.quote.expires

    @property
    def total(self) -> Decimal:
        return self.quote.total

    @property
    def currency(self) -> str:
        return self.quote.currency

    @property
    def queued(self) -> bool:
        """The email waits in the outbox (offline, or the server refused it for now)."""
        return self.outbox_id is not None and not self.delivered


def all_recipients(quote: Quote) -> list[str]:
    """The buyer (from the customer snapshot) followed by the extra recipients."""
    buyer = quote.customer.buyer_email.strip()
    return ([buyer] if buyer else []) + [r.strip() for r in quote.recipients if r.strip()]


def send_details(delivery: Delivery, recipients: Sequence[str]) -> str:
    """The audit trail's details for a send."""
    if delivery == "pdf":
        return tr_later("Audit", "as PDF only")
    to = ", ".join(recipients)
    if delivery == "email":
        return tr_later("Audit", "by email to {recipients}").format(recipients=to)
    return tr_later("Audit", "as a mail-app draft to {recipients}").format(recipients=to)


def write_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (a temporary file, then a rename).

    When writing fails (a full disk) the temporary file is removed again.
    """
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def prepare_folders(eml_target: Path | None, pdf_path: Path | None) -> None:
    """Before anything is saved: make the folders the quote's files go to, or fail.

    A missing or unwritable place is then refused while nothing has changed; the
    files themselves are written only after the quote is committed.
    """
    folders = []
    if eml_target is not None:
        target = Path(eml_target).expanduser()
        folders.append(target.parent if target.suffix.lower() == ".eml" else target)
    if pdf_path is not None:
        folders.append(Path(pdf_path).expanduser().parent)
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not os.access(folder, os.W_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
        except OSError as exc:
            raise DeliveryError(
                tr_later(
                    "QuoteErrors", "{folder} cannot be written ({reason}); nothing was saved"
                ).format(folder=exc.filename or folder, reason=exc.strerror or exc)
            ) from None


def write_eml_to(
    write_eml: Callable[[EmailMessage, Path], Path], msg: EmailMessage, target: Path
) -> Path:
    """Write the unsent draft into a folder, or to an exact ``.eml`` file path."""
    target = Path(target).expanduser()
    if target.suffix.lower() != ".eml":
        return write_eml(msg, target)
    written = write_eml(msg, target.parent)
    if written != target:
        written.replace(target)
    return target


def write_committed_files(
    number: str,
    write_eml: Callable[[EmailMessage, Path], Path],
    msg: EmailMessage | None,
    eml_target: Path | None,
    pdf_path: Path | None,
    pdf: bytes,
) -> tuple[Path | None, QuoteFileError | None]:
    """After quote ``number`` is committed: its ``.eml`` draft (``msg``) and its PDF.

    Only ever called after the commit, so no file carries a number the cache does
    not hold. Returns the draft's path and, when a file could not be written, the
    error to raise once the rest of the send is done (the quote stays saved).
    """
    eml_path: Path | None = None
    error: QuoteFileError | None = None
    if msg is not None and eml_target is not None:
        try:
            eml_path = write_eml_to(write_eml, msg, eml_target)
        except OSError as exc:
            error = QuoteFileError(number, str(eml_target), exc.strerror or str(exc))
    if pdf_path is not None:
        try:
            write_file(pdf_path, pdf)
        except OSError as exc:
            error = QuoteFileError(number, str(pdf_path), exc.strerror or str(exc))
    return eml_path, error
