"""The ``renewdesk`` command: the GUI by default, sub-commands for import, check and quotes.

The command line only parses, calls the same services the window calls, and
prints. Bad input ends in one clear line on stderr and exit status 2; an
unexpected fault ends in one line naming the log file that holds the details.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from renewdesk import __version__
from renewdesk.cli import planning, quotes, signin, subscriptions, team
from renewdesk.cli.registry import COMMANDS, Cli, CliError
from renewdesk.cli.wiring import close_engines, demo_target, resolve_db
from renewdesk.clock import BadTodayError, today
from renewdesk.i18n import QT_TRANSLATE_NOOP, select_language

log = logging.getLogger("renewdesk")

EXIT_OK, EXIT_FAULT, EXIT_BAD_INPUT = 0, 1, 2


# argparse's own words that a user meets (usage, section titles, its errors), listed
# so pyside6-lupdate extracts them; _argparse_in_our_language() routes them through Cli.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Cli", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Cli", "ignored explicit argument %r"),
)


@contextmanager
def _argparse_in_our_language() -> Iterator[None]:
    """argparse's gettext calls answered from RenewDesk's catalogue, for this parse only."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = Cli.tr  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: Cli.tr(one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _requested_language(argv: Sequence[str]) -> str | None:
    """The global ``--lang`` (before the command; ``quote create --lang`` is the quote's)."""
    for i, arg in enumerate(argv):
        if arg in COMMANDS:
            return None
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


# One entry per command group: a module of ``@command`` handlers with a function that
# adds its sub-parsers (listed in this order in ``--help``).
SUBCOMMAND_GROUPS: tuple[Callable[[Any], None], ...] = (
    subscriptions.add_subscription_subcommands,
    quotes.add_quote_subcommands,
    signin.add_signin_subcommands,
    planning.add_planning_subcommands,
    team.add_team_subcommands,
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line with exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(Cli.tr("{message} (see 'renewdesk --help')").format(message=message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="renewdesk",
        description=Cli.tr(
            "Renew software subscriptions by quote, offline. "
            "Without a command, RenewDesk opens its window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"RenewDesk {__version__}",
        help=Cli.tr("show the version and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=Cli.tr(
            "the cache: a file path, or a database URL such as "
            "postgresql://user@host/renewdesk (default: $RENEWDESK_DB, else your data folder)"
        ),
    )
    parser.add_argument(
        "--lang", choices=["en", "sv"], help=Cli.tr("language of the window and output")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=Cli.tr("open RenewDesk on a demo cache built from demo data"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=Cli.tr("build the main window offscreen over the demo data, check it, print one line"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add_group in SUBCOMMAND_GROUPS:
        add_group(sub)
    return parser


def _log_file() -> Path:
    from platformdirs import user_log_path

    # A traceback can quote customer data: the log stays private to the user.
    folder = user_log_path("RenewDesk", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / "renewdesk.log"
    if os.name == "posix":
        folder.chmod(0o700)
        path.touch(mode=0o600, exist_ok=True)
        path.chmod(0o600)
    return path


def _run(args: argparse.Namespace) -> int:
    if args.smoke_test:
        import tempfile

        from renewdesk.app import smoke_test
        from renewdesk.demo import build_demo_cache

        with tempfile.TemporaryDirectory(prefix="renewdesk-smoke-") as tmp:
            print(smoke_test(build_demo_cache(Path(tmp) / "demo.sqlite", today())))
        return EXIT_OK
    handler: Callable[[argparse.Namespace], int] | None = COMMANDS.get(args.command or "")
    if handler is None:
        from renewdesk.app import run_gui

        if args.demo:  # built once the window holds the cache's lock
            from renewdesk.demo import build_demo_cache

            return run_gui(
                demo_target(args),
                lang=args.lang,
                demo=True,
                prepare=lambda path: build_demo_cache(path, today()),
            )
        return run_gui(resolve_db(args), lang=args.lang)
    from renewdesk.i18n import install_language

    install_language(args.lang)  # the language saved in Settings follows in _engine()
    return handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``renewdesk`` console script."""
    try:
        words = list(sys.argv[1:] if argv is None else argv)
        # --help and usage errors come before any translator is installed: choose now.
        select_language(_requested_language(words))
        with _argparse_in_our_language():
            args = build_parser().parse_args(words)
        today()  # a RENEWDESK_TODAY that is no date, or out of range, is refused here
        try:
            return _run(args)
        finally:
            close_engines()
    except Exception as exc:
        if not isinstance(exc, _bad_input_errors()):
            return _unexpected(exc)
        print(f"renewdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("renewdesk: " + Cli.tr("interrupted"), file=sys.stderr)
        return 130


# Bad input raised by modules a command imports when it runs (module, class name).
_LAZY_BAD_INPUT = (
    ("renewdesk.importing.errors", "ImportFileError"),
    ("renewdesk.store.faults", "CacheError"),  # engine re-exports it; locations raises it
    ("renewdesk.store.versions", "StaleEditError"),
)


def _bad_input_errors() -> tuple[type[BaseException], ...]:
    """The exception types reported as bad input, without importing their modules.

    A module that was never imported cannot have raised its error, so only those in
    ``sys.modules`` are looked at (``--help`` stays free of the store and importer).
    """
    found: list[type[BaseException]] = [CliError, BadTodayError]
    for module, name in _LAZY_BAD_INPUT:
        loaded = sys.modules.get(module)
        if loaded is not None:
            found.append(getattr(loaded, name))
    return tuple(found)


def _unexpected(exc: Exception) -> int:
    """Never a traceback in front of a user: one line naming the log that holds it."""
    try:
        path = _log_file()
        logging.basicConfig(filename=path, level=logging.INFO)
        log.error("unexpected error", exc_info=exc)
        where = " " + Cli.tr("(details in {path})").format(path=path)
    except OSError:
        where = ""
    from renewdesk.store.faults import without_sql

    error = Cli.tr("unexpected error: {error}").format(error=without_sql(exc))
    print(f"renewdesk: {error}{where}", file=sys.stderr)
    return EXIT_FAULT


if __name__ == "__main__":
    sys.exit(main())
