"""Countries by name in the admin's language, keyed by ISO 3166-1 alpha-2 code (Qt-free).

The review's Country picker lists them; the customer record stores the code. The
names are Babel's (CLDR) territory names. Codes that are not countries (EU, UN,
the euro area, outlying Oceania, test and unknown regions) are left out; Kosovo's
user-assigned XK stays, as CLDR and most registries use it.
"""

from __future__ import annotations

import unicodedata
from functools import cache

_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
# After z, in this order (code points past "z" that NFD leaves alone).
_SWEDISH_LAST = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})


@cache
def country_names(language: str = "en") -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, sorted by name as ``language`` spells it."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language or "en").territories
    except (UnknownLocaleError, ValueError):
        territories = Locale.parse("en").territories
    pairs = [
        (code, name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(pairs, key=lambda pair: _sort_key(pair[1], language)))


def _sort_key(name: str, language: str) -> str:
    """Alphabetical order as a reader of ``language`` expects: accents sort with their
    letter (Åland under A in English), but Swedish puts å, ä, ö after z."""
    text = name.casefold()
    if language == "sv":
        text = text.translate(_SWEDISH_LAST)
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def country_code(value: str, language: str = "en") -> str:
    """The ISO code for ``value``: a code already (``se``), or a name in English or in
    ``language`` (``Sweden``, ``Sverige``); "" when it is neither."""
    text = value.strip()
    if not text:
        return ""
    upper = text.upper()
    known = dict(country_names("en"))
    if upper in known:
        return upper
    folded = text.casefold()
    for lang in dict.fromkeys((language, "en")):
        for code, name in country_names(lang):
            if name.casefold() == folded:
                return code
    return ""
