"""Export subscriptions to CSV with formula-safe cells (SPEC 7: = + - @ are neutralised).

Runs on the TaskRunner, so it takes plain values and touches no widget.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from renewdesk.services.verdicts import CheckResult

# A spreadsheet treats a cell starting with one of these as a formula; a tab or
# carriage return at the start hides the character after it in some programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

HEADER = (
    "product_name",
    "subscription_id",
    "contract_number",
    "customer_csn",
    "partner_csn",
    "term",
    "seats",
    "renewal_date",
    "days_left",
    "status",
    "auto_renew",
    "payment_method",
    "currency",
    "eligible",
    "codes",
)


def safe_cell(value: object) -> str:
    """The cell as text, prefixed with ``'`` when a spreadsheet would run it as a formula."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # a number is data, even when negative
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def write_subscriptions_csv(path: str | Path, rows: Sequence[CheckResult], as_of: date) -> int:
    """Write ``rows`` to ``path`` (UTF-8 with BOM so Excel reads it); returns the row count."""
    with Path(path).open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for result in rows:
            s = result.subscription
            writer.writerow(
                [
                    safe_cell(v)
                    for v in (
                        s.product_name,
                        s.subscription_id,
                        s.contract_number,
                        s.customer_csn,
                        s.partner_csn,
                        s.term.value,
                        s.seats,
                        s.renewal_date.isoformat(),
                        (s.renewal_date - as_of).days,
                        s.status.value,
                        "yes" if s.auto_renew else "no",
                        s.payment_method.value,
                        s.currency,
                        "yes" if result.eligible else "no",
                        " ".join(f.code.value for f in result.findings),
                    )
                ]
            )
    return len(rows)
