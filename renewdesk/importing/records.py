"""The row loop shared by the small imports (price book, campaigns).

These files hold hundreds of rows, not a hundred thousand, so clarity wins
over speed here: each row becomes a dict of converted values, every bad cell
is reported, and a key seen twice names both rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from renewdesk.importing.aliases import ColumnSet, detect_mapping
from renewdesk.importing.errors import ProblemList
from renewdesk.importing.labels import column_label
from renewdesk.importing.reader import TableFile
from renewdesk.importing.texts import Import


@dataclass(frozen=True)
class Field:
    """How to read one column: its converter, and whether the file must have it."""

    convert: Callable[[str], Any]
    required: bool = True
    default: Any = ""


def read_records(
    table: TableFile,
    columns: ColumnSet,
    fields: Mapping[str, Field],
    key: tuple[str, ...],
    check: Callable[[dict[str, Any]], tuple[str, str] | None] | None = None,
    progress: Callable[[int], None] | None = None,
    mapping: Mapping[str, str] | None = None,
) -> list[tuple[int, dict[str, Any]]]:
    """(row number, values) for every row of ``table``; raises ``ImportFileError`` on any problem.

    ``check`` may return (target column, problem) for a row whose values
    contradict each other; ``key`` names the columns that identify a row;
    ``mapping`` overrides the detected header mapping (header -> column, "" = ignore).
    """
    problems = ProblemList(table.name)
    hmap = detect_mapping(table.headers, columns, mapping, table.header_row)
    for p in hmap.problems:
        problems.add(p.row, p.column, p.problem)
    for target, spec in fields.items():
        if spec.required and target not in hmap.index:
            problems.add(
                table.header_row,
                column_label(target),
                Import.tr("the file has no such column"),
            )
    problems.raise_if_any()
    width = len(table.headers)
    seen: dict[tuple[Any, ...], int] = {}
    records: list[tuple[int, dict[str, Any]]] = []
    for done, (number, cells) in enumerate(table.rows(), start=1):
        if progress is not None and done % 500 == 0:
            progress(done)
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.add(
                number, "", Import.tr("the row has more values than the header has columns")
            )
            continue
        values: dict[str, Any] = {}
        ok = True
        for target, spec in fields.items():
            pos = hmap.index.get(target)
            raw = cells[pos] if pos is not None and pos < len(cells) else ""
            if not raw.strip():
                if spec.required:
                    problems.add(
                        number, hmap.column_name(target), Import.tr("the value is missing")
                    )
                    ok = False
                values[target] = spec.default
                continue
            try:
                values[target] = spec.convert(raw)
            except ValueError as exc:
                problems.add(number, hmap.column_name(target), str(exc))
                ok = False
        if not ok:
            continue
        if check is not None and (found := check(values)) is not None:
            problems.add(number, hmap.column_name(found[0]), found[1])
            continue
        ident = tuple(values[k] for k in key)
        first = seen.get(ident)
        if first is not None:
            problems.add(
                number,
                hmap.column_name(key[0]),
                Import.tr("{key} is also on row {row}").format(
                    key=" / ".join(map(str, ident)), row=first
                ),
            )
            continue
        seen[ident] = number
        records.append((number, values))
    if not records and not problems:
        problems.add(None, "", Import.tr("the file has a header but no data rows"))
    problems.raise_if_any()
    return records
