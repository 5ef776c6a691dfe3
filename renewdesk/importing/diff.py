"""What an import changes: compare the file's rows with what the cache holds. Pure functions.

Rows on both sides are tuples of the values the cache stores, so an
unchanged row is one C-level tuple comparison; only rows that differ are
looked at field by field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple


class FieldChange(NamedTuple):
    """One field of one record that differs from the last import (values as text)."""

    key: str  # the subscription ID, campaign code, or "code / term / currency" for a price
    field: str
    old: str
    new: str


@dataclass
class Diff:
    """The rows to write and the counts and changes to report."""

    to_insert: list[tuple[Any, ...]] = field(default_factory=list)  # rows new to the cache
    to_update: list[tuple[Any, ...]] = field(default_factory=list)  # rows that changed
    unchanged: int = 0
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def added(self) -> int:
        return len(self.to_insert)

    @property
    def updated(self) -> int:
        return len(self.to_update)

    @property
    def to_write(self) -> list[tuple[Any, ...]]:
        """Every row to insert or update."""
        return self.to_insert + self.to_update

    def extend(self, other: Diff) -> None:
        """Add the diff of a further batch of rows (a file compared batch by batch)."""
        self.to_insert.extend(other.to_insert)
        self.to_update.extend(other.to_update)
        self.unchanged += other.unchanged
        self.changes.extend(other.changes)


def display(value: Any) -> str:
    """A stored value as the change list shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def diff_rows(
    existing: dict[Any, tuple[Any, ...]],
    rows: Iterable[tuple[Any, ...]],
    columns: Sequence[str],
    key_of: Any = None,
    bools: frozenset[str] = frozenset(),
    decimals: frozenset[str] = frozenset(),
) -> Diff:
    """Sort ``rows`` into added / updated / unchanged against ``existing`` (key -> stored row).

    ``key_of(row)`` gives a row's key (default: its first value); fields named
    in ``bools`` are shown as true/false, fields in ``decimals`` compare by value
    (so ``100`` equals ``100.00``).
    """
    result = Diff()
    positions = [
        (i, name, name in bools, name in decimals) for i, name in enumerate(columns) if i > 0
    ]
    for row in rows:
        key = row[0] if key_of is None else key_of(row)
        old = existing.get(key)
        if old is None:
            result.to_insert.append(row)
            continue
        if old == row:
            result.unchanged += 1
            continue
        found: list[FieldChange] = []
        label = key if isinstance(key, str) else " / ".join(map(str, key))
        for i, name, is_bool, is_decimal in positions:
            a, b = old[i], row[i]
            if is_decimal and a is not None and b is not None and Decimal(a) == Decimal(b):
                continue
            if is_bool:
                a, b = bool(a), bool(b)
            if a != b and not (a in (None, "") and b in (None, "")):
                found.append(FieldChange(label, name, display(a), display(b)))
        if not found:
            result.unchanged += 1
            continue
        result.to_update.append(row)
        result.changes.extend(found)
    return result


def describe_changes(changes: Iterable[FieldChange]) -> str:
    """``seats 10 → 8; status active → expired`` for an audit entry."""
    return "; ".join(f"{c.field} {c.old or '-'} → {c.new or '-'}" for c in changes)
