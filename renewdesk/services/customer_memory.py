"""Customer details typed in the review are remembered for the customer (Qt-free).

When a quote is saved with the review's customer form, what differs from the
cached customer is written back to it, with one audit event that lists every
changed field with its old and new value. Later quotes for the customer start
from it. The import only fills details that are still empty, so what was typed
here is never overwritten by an export (``store/import_writes.py``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Connection

from renewdesk.domain import Customer
from renewdesk.lazy_text import tr_later
from renewdesk.store import quote_repo as repo
from renewdesk.store import versions
from renewdesk.store.repositories import customer_values, write_audit_many

AUDIT_ACTION = "customer_saved"

# Column -> the label the audit trail shows (the review form's labels).
FIELD_LABELS = {
    "company_name": tr_later("Audit", "Company"),
    "address_line1": tr_later("Audit", "Address line 1"),
    "address_line2": tr_later("Audit", "Address line 2"),
    "postal_code": tr_later("Audit", "Postal code"),
    "city": tr_later("Audit", "City"),
    "region": tr_later("Audit", "Region"),
    "country": tr_later("Audit", "Country"),
    "vat_number": tr_later("Audit", "VAT number"),
    "buyer_name": tr_later("Audit", "Buyer name"),
    "buyer_email": tr_later("Audit", "Buyer email"),
    "buyer_phone": tr_later("Audit", "Buyer phone"),
}


def changes(old: Customer, new: Customer) -> list[tuple[str, str, str]]:
    """(column, old value, new value) for every detail that differs."""
    before, after = customer_values(old), customer_values(new)
    return [(k, before[k], after[k]) for k in FIELD_LABELS if before[k] != after[k]]


def change_details(csn: str, changed: list[tuple[str, str, str]]) -> str:
    """The audit text: the customer number, then ``Label: "old" → "new"`` per field."""
    parts = [f'{FIELD_LABELS[k]}: "{old}" → "{new}"' for k, old, new in changed]
    head: str = tr_later("Audit", "customer {csn}").format(csn=csn)
    return f"{head}: " + "; ".join(parts)


def remember(
    conn: Connection,
    typed: Customer | None,
    number: str,
    now: datetime,
    version: int | None = None,
) -> bool:
    """Save ``typed`` to its customer inside the caller's transaction; True if it changed.

    ``version``: the customer's version the details were typed over; when another
    admin saved the customer since, :class:`renewdesk.store.versions.StaleEditError`.
    """
    if typed is None or not typed.csn:
        return False
    cached = repo.load_customer(conn, typed.csn)
    changed = changes(cached, typed)
    if not changed:
        return False
    versions.save_customer(conn, typed, version, now)
    write_audit_many(
        conn,
        [
            {
                "quote_number": number,
                "action": AUDIT_ACTION,
                "details": change_details(typed.csn, changed),
            }
        ],
        when=now,
    )
    return True
