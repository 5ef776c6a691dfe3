"""Messages from Qt-free code, translated when they are shown rather than when raised.

The quote, mail and store layers stay free of Qt, yet their error messages reach
the window and the command line. They write them as::

    raise DeliveryError(tr_later("QuoteErrors", "{number} has no recipient").format(number=n))

``pyside6-lupdate`` extracts the literal like ``QT_TRANSLATE_NOOP`` (the extraction
runs with ``-tr-function-alias QT_TRANSLATE_NOOP+=tr_later``). The result is a
``str`` holding the English text, so everything that treats it as a string keeps
working; ``str()``, ``format()``, ``%s`` and concatenation give the text in the
language of the moment, through the hook :mod:`renewdesk.i18n` installs. Without
that hook (plain library use, tests of the pure layers) it stays English.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

Translator = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


_translate: list[Translator] = [_english]


def set_translator(translate: Translator) -> None:
    """Install the function that translates ``(context, text)`` (``renewdesk.i18n`` does)."""
    _translate[0] = translate


class LaterText(str):
    """English text that translates itself whenever it is turned into a string."""

    context: str
    template: str
    params: dict[str, Any]

    def __new__(
        cls, context: str, template: str, params: dict[str, Any] | None = None
    ) -> LaterText:
        values = params or {}
        self = super().__new__(cls, template.format(**values) if values else template)
        self.context, self.template, self.params = context, template, values
        return self

    def format(self, *args: object, **params: Any) -> LaterText:
        """The same message with ``{name}`` placeholders filled (positional ones are not used)."""
        if args:
            raise TypeError("tr_later texts take named placeholders only")
        return LaterText(self.context, self.template, {**self.params, **params})

    def __str__(self) -> str:
        text = _translate[0](self.context, self.template) or self.template
        if not self.params:
            return text
        values = {k: str(v) for k, v in self.params.items()}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
            return self.template.format(**values)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __add__(self, other: str) -> str:
        return str(self) + other

    def __radd__(self, other: str) -> str:
        return other + str(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LaterText, (self.context, self.template, self.params))


def tr_later(context: str, text: str) -> LaterText:
    """``text`` in translation context ``context``, translated each time it is shown."""
    return LaterText(context, text)


# A message stored in the cache (an outbox error) is kept as the admin read it.
sqlite3.register_adapter(LaterText, str)
