"""The quote email (stdlib ``email``), the ``.eml`` draft hand-off and opening files with the OS.

The message is built once and stored in the outbox as RFC 5322 bytes, so every
retry sends the very same bytes with the same Message-ID; a server or a
recipient's mail program can then drop a duplicate after a crash mid-send.
"""

from __future__ import annotations

import email
import os
import re
import secrets
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Protocol

from renewdesk import clock
from renewdesk.domain import Quote
from renewdesk.i18n import language, translate
from renewdesk.pdf.formatting import long_date, money

QUOTE_HEADER = "X-RenewDesk-Quote"
FALLBACK_DOMAIN = "renewdesk.invalid"  # RFC 2606: never a real host
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Microsoft's "Naming Files, Paths, and Namespaces" lists COM0 and LPT0 too.
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(10)}
)


def _texts() -> dict[str, str]:
    """The email's fixed texts, for Qt Linguist (context ``QuoteEmail``)."""
    return {
        "subject": translate("QuoteEmail", "Renewal quote {number} – {company}"),
        "greeting": translate("QuoteEmail", "Hello {name},"),
        "greeting_plain": translate("QuoteEmail", "Hello,"),
        "intro": translate(
            "QuoteEmail",
            "Please find attached renewal quote {number} for {company}.",
        ),
        "summary": translate(
            "QuoteEmail",
            "Quote number: {number}\nSubscriptions: {count}\n"
            "Total: {total} (tax is added at checkout)\nValid until: {expires}",
        ),
        "how_to_buy": translate(
            "QuoteEmail",
            "To buy, sign in to the vendor portal, go to Billing and Ordering > Quotes, "
            "open quote {number} and choose Buy before {expires}.",
        ),
        "replaces": translate(
            "QuoteEmail", "This quote replaces quote {old}, which can no longer be bought."
        ),
        "closing": translate("QuoteEmail", "Kind regards,"),
        "phone": translate("QuoteEmail", "Phone: {phone}"),
        "email": translate("QuoteEmail", "Email: {email}"),
        "file": translate("QuoteEmail", "Quote-{number}.pdf"),
    }


class Profile(Protocol):
    """The admin's profile in Settings (``renewdesk.pdf.quote_pdf.Seller`` is one)."""

    company: str
    name: str
    email: str
    phone: str


class _NoProfile:
    company = name = email = phone = ""


def safe_file_name(name: str, default: str = "file") -> str:
    """``name`` reduced to ASCII letters, digits, ``.``, ``_`` and ``-``.

    No folder parts, no hidden files, no Windows device names; accents are dropped
    (``Łódź`` -> ``odz``) rather than turned into noise.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"\.{2,}", "-", _UNSAFE.sub("-", ascii_name))
    cleaned = re.sub(r"-{2,}", "-", cleaned)
    cleaned = re.sub(r"-+\.", ".", cleaned).strip("-.")[:120].strip("-.")
    if not cleaned:
        return default
    if cleaned.split(".")[0].upper() in _WINDOWS_DEVICES:
        cleaned = f"file-{cleaned}"
    return cleaned


def _one_line(text: str) -> str:
    """Header-safe: a CR or LF in data must never start a new header."""
    return " ".join(text.split())


def _domain_of(sender: str) -> str:
    address = parseaddr(sender)[1]
    if "@" not in address:
        return FALLBACK_DOMAIN
    domain = address.rpartition("@")[2].strip().lower()
    return domain if re.fullmatch(r"[a-z0-9.-]+", domain or "-") else FALLBACK_DOMAIN


def new_message_id(quote_number: str, sender: str) -> str:
    """A fresh Message-ID for one sending of a quote: ``<q-2026-000001.<token>@domain>``.

    The token is random, so a resend is a new message; the outbox stores the ID
    with the bytes, so a retry of the same sending keeps it.
    """
    local = safe_file_name(quote_number, "quote").lower()
    return f"<{local}.{secrets.token_hex(8)}@{_domain_of(sender)}>"


def build_quote_message(
    quote: Quote,
    pdf: bytes,
    sender: str,
    recipients: Sequence[str],
    *,
    message_id: str | None = None,
    sender_name: str = "",
    date: datetime | None = None,
    seller: Profile | None = None,
) -> EmailMessage:
    """The quote email: text body in the quote's language, the PDF attached.

    ``sender`` is the From address; ``recipients`` go to To. ``seller`` is the
    admin's profile: its name is From's display name (``sender_name`` wins when
    given), its email the Reply-To, and the body ends with its signature (name,
    company, phone, email). ``message_id`` and ``date`` default to a new random ID
    and now (pass them for stable output).
    """
    if not recipients:
        raise ValueError("a quote email needs at least one recipient")
    with language(quote.language) as lang:  # the quote's language, not the window's
        t = _texts()
    company = _one_line(quote.customer.company_name or quote.customer.csn)
    expires = long_date(quote.expires, lang)
    total = money(quote.total, quote.currency, lang)

    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = _one_line(t["subject"].format(number=quote.number, company=company))
    profile: Profile = seller or _NoProfile()
    name = _one_line(sender_name or profile.name or profile.company)
    msg["From"] = formataddr((name, sender)) if name else sender
    msg["To"] = ", ".join(_one_line(r) for r in recipients)
    reply_to = _one_line(profile.email)
    if reply_to and reply_to.casefold() != parseaddr(sender)[1].casefold():
        msg["Reply-To"] = formataddr((_one_line(profile.name), reply_to))
    msg["Date"] = format_datetime((date or clock.now()).astimezone())
    msg["Message-ID"] = message_id or new_message_id(quote.number, sender)
    msg[QUOTE_HEADER] = quote.number

    buyer = _one_line(quote.customer.buyer_name)
    greeting = t["greeting"].format(name=buyer) if buyer else t["greeting_plain"]
    paragraphs = [
        greeting,
        t["intro"].format(number=quote.number, company=company),
        *([t["replaces"].format(old=quote.supersedes)] if quote.supersedes else []),
        t["summary"].format(
            number=quote.number, count=len(quote.lines), total=total, expires=expires
        ),
        t["how_to_buy"].format(number=quote.number, expires=expires),
        "\n".join([t["closing"], *_signature(t, profile, name)]),
    ]
    msg.set_content("\n\n".join(paragraphs) + "\n", charset="utf-8")
    file_name = safe_file_name(t["file"].format(number=quote.number), "Quote.pdf")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=file_name)
    return msg


def _signature(t: dict[str, str], profile: Profile, name: str) -> list[str]:
    """The lines under "Kind regards,": the profile's name, company, phone and email."""
    lines = [_one_line(profile.name) or name, _one_line(profile.company)]
    if profile.name == "" and lines[0] == lines[1]:
        lines.pop()  # no name: the company once, not twice
    if profile.phone.strip():
        lines.append(t["phone"].format(phone=_one_line(profile.phone)))
    if profile.email.strip():
        lines.append(t["email"].format(email=_one_line(profile.email)))
    return [line for line in lines if line]


def envelope_sender(msg: EmailMessage) -> str:
    """The bare address of the message's From header."""
    from_header = msg["From"]
    if from_header is not None and from_header.addresses:
        address: Address = from_header.addresses[0]
        return address.addr_spec
    return ""


def write_eml_draft(msg: EmailMessage, folder: Path | str, *, name: str | None = None) -> Path:
    """Write ``msg`` as an unsent draft (``X-Unsent: 1``) into ``folder``; returns its path.

    Mail programs (Outlook, Apple Mail, Thunderbird) open such a file as a new
    message ready to send. The name comes from the quote number, is sanitised, never
    overwrites an existing file and always stays inside ``folder``.
    """
    folder = Path(folder).expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    # A copy, so the caller's message (perhaps also queued for SMTP) stays as it was.
    draft = email.message_from_bytes(msg.as_bytes(), _class=EmailMessage, policy=policy.SMTP)
    del draft["X-Unsent"]
    draft["X-Unsent"] = "1"
    stem = safe_file_name(name or f"Quote-{msg.get(QUOTE_HEADER, '') or 'draft'}", "draft")
    stem = stem.removesuffix(".eml")
    path = folder / f"{stem}.eml"
    counter = 2
    while path.exists():
        path = folder / f"{stem}-{counter}.eml"
        counter += 1
    if path.resolve().parent != folder:  # pragma: no cover - safe_file_name forbids separators
        raise ValueError(f"draft name escapes {folder}: {stem!r}")
    path.write_bytes(draft.as_bytes())
    return path


def open_with_os(path: Path | str) -> bool:
    """Open ``path`` with the OS's default program; best effort, never raises.

    Returns whether an opener was started (not whether the program liked the file).
    """
    try:
        target = str(Path(path))
        if sys.platform.startswith("win"):
            os.startfile(target)  # type: ignore[attr-defined]  # Windows only
            return True
        opener = "open" if sys.platform == "darwin" else "xdg-open"
        proc = subprocess.Popen(
            [opener, target],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        # Reap the opener when it exits, so it leaves no zombie behind.
        threading.Thread(target=proc.wait, name="open-with-os", daemon=True).start()
        return True
    except Exception:  # no opener installed, no desktop session, ...
        return False
