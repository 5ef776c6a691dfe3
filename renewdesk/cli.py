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
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from renewdesk import __version__
from renewdesk.cli_commands import COMMANDS, Cli, CliError, add_subcommands
from renewdesk.clock import BadTodayError, today

log = logging.getLogger("renewdesk")

EXIT_OK, EXIT_FAULT, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line with exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(Cli.tr("{message} (see 'renewdesk --help')").format(message=message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="renewdesk",
        description="Renew software subscriptions by quote, offline. "
        "Without a command, RenewDesk opens its window.",
    )
    parser.add_argument("--version", action="version", version=f"RenewDesk {__version__}")
    parser.add_argument("--db", type=Path, help="the cache file (default: your data folder)")
    parser.add_argument("--lang", choices=["en", "sv"], help="language of the window and output")
    parser.add_argument(
        "--demo", action="store_true", help="open RenewDesk on a demo cache built from demo data"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build the main window offscreen over the demo data, check it, print one line",
    )
    add_subcommands(parser, _Parser)
    return parser


def parse_date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError(
            Cli.tr("{option} {value} is not a date; write it as YYYY-MM-DD").format(
                option=option, value=repr(value)
            )
        ) from None


def resolve_db(args: argparse.Namespace) -> Path:
    """The cache file these arguments name (demo, --db, or the default)."""
    if getattr(args, "demo", False):
        from renewdesk.demo import build_demo_cache, default_demo_path

        target = args.db or default_demo_path()
        return build_demo_cache(target, today())
    if args.db:
        return Path(args.db)
    from renewdesk.store.engine import default_db_path

    return default_db_path()


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

        return run_gui(resolve_db(args), lang=args.lang, demo=args.demo)
    from renewdesk.i18n import install_language

    install_language(args.lang)  # the language saved in Settings follows in _engine()
    return handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``renewdesk`` console script."""
    from renewdesk.importing.errors import ImportFileError
    from renewdesk.store.engine import CacheError

    try:
        args = build_parser().parse_args(argv)
        return _run(args)
    except (CliError, ImportFileError, CacheError, BadTodayError) as exc:
        print(f"renewdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("renewdesk: " + Cli.tr("interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback in front of a user
        try:
            path = _log_file()
            logging.basicConfig(filename=path, level=logging.INFO)
            log.exception("unexpected error")
            where = " " + Cli.tr("(details in {path})").format(path=path)
        except OSError:
            where = ""
        error = Cli.tr("unexpected error: {error}").format(error=exc)
        print(f"renewdesk: {error}{where}", file=sys.stderr)
        return EXIT_FAULT


if __name__ == "__main__":
    sys.exit(main())
