"""The planning report (issue 14 item 6): the forecast and a subscription list in one XLSX.

Money is written as numbers with the currency's number format, so a
spreadsheet can add them up; dates as dates. Cells that start with
``= + - @`` get a leading apostrophe, so imported text never runs as a formula (SPEC 7).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from renewdesk.planning.forecast import Forecast

_FORMULA_START = ("=", "+", "-", "@")


@dataclass(frozen=True)
class ReportColumn:
    title: str
    money: bool = False  # the row's currency formats it


@dataclass(frozen=True)
class ReportTexts:
    """The report's words, in the admin's language (the UI translates them)."""

    forecast_sheet: str
    list_sheet: str
    month: str
    currency: str
    subscriptions: str
    seats: str
    amount: str
    unpriced: str
    will_not_renew: str
    overdue: str
    note: str


def currency_format(currency: str) -> str:
    """An Excel number format that shows the ISO code: ``#,##0.00 "EUR"``."""
    whole = currency in {"JPY", "KRW", "ISK", "CLP", "VND"}  # no minor unit in use
    return f'#,##0 "{currency}"' if whole else f'#,##0.00 "{currency}"'


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value  # never a formula from imported text
    return value


def write_report(
    path: Path,
    forecast: Forecast,
    columns: Sequence[ReportColumn],
    rows: Sequence[Sequence[Any]],
    row_currencies: Sequence[str],
    texts: ReportTexts,
) -> int:
    """Write the workbook; returns the number of subscription rows written."""
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = texts.forecast_sheet[:31]
    bold = Font(bold=True)
    head = [
        texts.month,
        texts.currency,
        texts.subscriptions,
        texts.seats,
        texts.amount,
        texts.unpriced,
        texts.will_not_renew,
    ]
    sheet.append(head)
    for cell in sheet[1]:
        cell.font = bold
    for c in forecast.cells:
        sheet.append(
            [
                texts.overdue if c.overdue else c.month,
                c.currency,
                c.subscriptions,
                c.seats,
                c.amount,
                c.unpriced,
                c.will_not_renew,
            ]
        )
        sheet.cell(row=sheet.max_row, column=5).number_format = currency_format(c.currency)
    sheet.append([])
    sheet.append([texts.note])
    for letter, width in zip("ABCDEFG", (12, 10, 14, 10, 18, 11, 15), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"

    listing = wb.create_sheet(texts.list_sheet[:31])
    listing.append([col.title for col in columns])
    for cell in listing[1]:
        cell.font = bold
    money_cols = [i for i, col in enumerate(columns) if col.money]
    for values, currency in zip(rows, row_currencies, strict=True):
        listing.append([_safe(v) for v in values])
        r = listing.max_row
        for i in money_cols:
            if isinstance(values[i], Decimal):
                listing.cell(row=r, column=i + 1).number_format = currency_format(currency)
        for i, v in enumerate(values):
            if isinstance(v, date):
                listing.cell(row=r, column=i + 1).number_format = "yyyy-mm-dd"
    for i, col in enumerate(columns):
        letter = listing.cell(row=1, column=i + 1).column_letter
        listing.column_dimensions[letter].width = max(10, min(40, len(col.title) + 4))
    listing.freeze_panes = "A2"
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return len(rows)
