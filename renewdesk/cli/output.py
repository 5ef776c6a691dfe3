"""Writing the command line's JSON and tables: one encode, one write, whatever the size.

``json.dumps`` without ``indent`` runs the C encoder over the whole value in one
call; ``json.dump`` and any ``indent`` take the pure-Python encoder, which wrote
100,000 subscriptions in seconds. Compact is the default; ``--pretty`` indents
for a person reading it (slower, and said so in its help).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from renewdesk.cli.registry import Cli


def add_json_options(parser: Any) -> None:
    """``--format table|json`` and ``--pretty`` on a listing command."""
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument(
        "--pretty",
        action="store_true",
        help=Cli.tr("indent the JSON for reading (slower on large lists)"),
    )


def write_json(value: Any, *, pretty: bool = False, out: TextIO | None = None) -> None:
    """``value`` as UTF-8 JSON and a newline, compact unless ``pretty``."""
    if pretty:
        text = json.dumps(value, ensure_ascii=False, indent=1)
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), check_circular=False)
    stream = out or sys.stdout
    stream.write(text)
    stream.write("\n")


def format_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, last_free: bool = False
) -> str:
    """Columns padded to their widest cell, two spaces apart, one line per row.

    ``last_free`` leaves the last column unpadded and out of the width count (a long
    free-text column does not widen the others' lines).
    """
    padded = len(header) - 1 if last_free else len(header)
    widths = [max([len(header[i])] + [len(r[i]) for r in rows]) for i in range(padded)]
    if last_free:
        widths.append(0)

    def line(cells: Sequence[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([line(header), *map(line, rows)])
