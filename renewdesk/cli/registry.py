"""What every command module shares: the ``@command`` registry, ``Cli.tr`` and ``CliError``.

A command group registers itself by decorating its handlers with ``@command(name)``
and by listing its ``add_<group>_subcommands(sub)`` in
:data:`renewdesk.cli.main.SUBCOMMAND_GROUPS`. Nothing here imports a heavy module.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from renewdesk.i18n import TrContext

Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


class CliError(Exception):
    """Bad input on the command line: printed as one line, exit status 2."""


class Cli(TrContext):
    """The translation context of the command line's output."""


def command(name: str) -> Callable[[Handler], Handler]:
    """Register ``fn`` as the handler of sub-command ``name``."""

    def register(fn: Handler) -> Handler:
        COMMANDS[name] = fn
        return fn

    return register


def parse_date(value: str, option: str) -> date:
    """``value`` of ``option`` as a date; a :class:`CliError` naming both otherwise."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError(
            Cli.tr("{option} {value} is not a date; write it as YYYY-MM-DD").format(
                option=option, value=repr(value)
            )
        ) from None
