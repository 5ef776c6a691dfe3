"""The ``renewdesk import`` options for how a file's text is read: encoding and number locale.

Kept apart from the other sub-commands so the command-line package can take
them over as they are; the heavy parts are imported inside the functions.
"""

from __future__ import annotations

import argparse
from typing import Any

from renewdesk.cli.registry import Cli, CliError

ENCODING_CHOICES = "UTF-8, Windows-1252, Windows-1250, ISO-8859-1, ISO-8859-2, ISO-8859-15"


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--encoding`` and ``--number-locale`` to the ``import`` parser."""
    parser.add_argument(
        "--encoding",
        metavar="ENCODING",
        help=Cli.tr("the CSV file's encoding: {choices} (default: detected)").format(
            choices=ENCODING_CHOICES
        ),
    )
    parser.add_argument(
        "--number-locale",
        metavar="LOCALE",
        help=Cli.tr(
            "locale whose numbers the file uses, e.g. en_US for 5,000.50 or sv_SE for "
            "5 000,50 (default: as the file shows; a value such as 5,000 that could be "
            "read two ways is refused)"
        ),
    )


def read_options(args: argparse.Namespace) -> Any:
    """The :class:`~renewdesk.services.import_service.ReadOptions` the options ask for."""
    from renewdesk.importing.encodings import normalize_encoding
    from renewdesk.importing.numbers import locale_marks
    from renewdesk.services.import_service import ReadOptions

    try:
        encoding = normalize_encoding(args.encoding)
    except ValueError as exc:
        raise CliError(f"--encoding {args.encoding!r}: {exc}") from None
    number_locale = (args.number_locale or "").strip() or None
    if number_locale is not None:
        try:
            locale_marks(number_locale)
        except ValueError:
            raise CliError(
                f"--number-locale {args.number_locale!r}: " + Cli.tr("unknown locale")
            ) from None
    return ReadOptions(encoding=encoding, number_locale=number_locale)
