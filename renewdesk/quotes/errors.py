"""Exceptions the quote services raise; each carries what the UI and CLI need to explain it.

Every one is a :class:`QuoteError` with a one-line English ``str()`` for logs and
the command line. Callers that show translated text use ``findings`` (rule codes
with parameters, for :func:`renewdesk.messages.sentence`) or ``code``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from renewdesk.lazy_text import tr_later
from renewdesk.rules.codes import Code, Finding

if TYPE_CHECKING:
    from renewdesk.quotes.builder import QuotePreview


class QuoteError(Exception):
    """Base class: a quote operation was refused or could not be done."""

    def __init__(
        self, message: str, *, code: Code | None = None, findings: Iterable[Finding] = ()
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.findings: tuple[Finding, ...] = tuple(findings)


class QuoteBlockedError(QuoteError):
    """Blocking rule findings (SPEC 1.1 / 1.2): nothing was written.

    ``preview`` holds the priced draft and every finding (warnings included).
    """

    def __init__(self, preview: QuotePreview) -> None:
        blocking = [f for f in preview.findings if f.blocks]
        codes = ", ".join(dict.fromkeys(str(f.code) for f in blocking))
        super().__init__(
            tr_later("QuoteErrors", "the quote is blocked by {codes}").format(codes=codes),
            findings=blocking,
        )
        self.preview = preview

    @property
    def codes(self) -> list[Code]:
        """The blocking codes, each once, in rule order."""
        return list(dict.fromkeys(f.code for f in self.findings))


class TransitionRefusedError(QuoteError):
    """A lifecycle step that the quote's status does not allow (SPEC 1.3, 2)."""


class QuoteNotFoundError(QuoteError):
    """No quote with that number in this cache."""

    def __init__(self, number: str) -> None:
        super().__init__(
            tr_later("QuoteErrors", "there is no quote {number}").format(number=number)
        )
        self.number = number


class UnknownSubscriptionsError(QuoteError):
    """Some selected subscription ids are not in the cache."""

    def __init__(self, ids: Sequence[str]) -> None:
        super().__init__(
            tr_later("QuoteErrors", "unknown subscription id(s): {ids}").format(ids=", ".join(ids))
        )
        self.ids = tuple(ids)


class DeliveryError(QuoteError):
    """The quote cannot be handed over the chosen way (no recipient, no sender address...)."""


class QuoteFileError(QuoteError):
    """The quote was committed, but a file asked for (its PDF, its ``.eml``) was not written.

    Files are written only after the commit, so no file ever carries a number the
    cache does not hold; this says which file is missing and why.
    """

    def __init__(self, number: str, path: str, reason: str) -> None:
        super().__init__(
            tr_later(
                "QuoteErrors",
                "{number} is saved, but {path} could not be written ({reason}); "
                "free some space or choose another place, then write it again "
                "(renewdesk quote pdf {number} -o FILE)",
            ).format(number=number, path=path, reason=reason)
        )
        self.number = number
        self.path = path
