"""Characters that show nothing, and text without them.

A byte-order mark at the start of a row (two exports pasted together), a
zero-width space or joiner, a word joiner, a soft hyphen or a direction mark
is invisible in every spreadsheet, so ``\\ufeffS-1005`` and ``S-1005`` look like one
ID. The importer drops them from IDs, codes, texts, numbers and dates.
"""

from __future__ import annotations

import re

INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def visible(text: str) -> str:
    """``text`` without the characters that show nothing."""
    return INVISIBLE.sub("", text) if not text.isascii() else text
