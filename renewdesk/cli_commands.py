"""The sub-commands of ``renewdesk``: each parses its options and calls one service."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from renewdesk.clock import today
from renewdesk.i18n import TrContext

Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


class CliError(Exception):
    """Bad input on the command line: printed as one line, exit status 2."""


class Cli(TrContext):
    """The translation context of the command line's output."""


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        COMMANDS[name] = fn
        return fn

    return register


def _engine(args: argparse.Namespace) -> Any:
    from renewdesk.cli import resolve_db
    from renewdesk.store.engine import open_cache

    engine = open_cache(resolve_db(args))
    if getattr(args, "lang", None) is None:  # --lang wins; else the language saved in Settings
        from renewdesk.i18n import install_language
        from renewdesk.services.settings_service import KEYS
        from renewdesk.store.repositories import SettingsRepository

        saved = SettingsRepository(engine).get(KEYS["language"])
        if saved:
            install_language(None, saved)
    return engine


def _as_of(args: argparse.Namespace) -> Any:
    from renewdesk.clock import parse_day  # within the limits' dates, or one line and exit 2

    return parse_day(args.today, "--today") if getattr(args, "today", None) else today()


def add_subcommands(parser: argparse.ArgumentParser, parser_class: type) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)

    p = sub.add_parser("import", help=Cli.tr("import subscriptions, a price book or campaigns"))
    p.add_argument("file", type=Path, help=Cli.tr("CSV or XLSX file"))
    p.add_argument(
        "--kind", choices=["subscriptions", "prices", "campaigns"], default="subscriptions"
    )
    p.add_argument("--customer-csn", help=Cli.tr("customer number for files without that column"))
    p.add_argument("--currency", help=Cli.tr("currency for files without that column (e.g. EUR)"))
    p.add_argument("--payment-method", help=Cli.tr("payment method for files without that column"))
    p.add_argument(
        "--date-locale",
        help=Cli.tr(
            "locale whose short dates the file uses, e.g. en_GB for 31/12/2026 "
            "(default: your system's)"
        ),
    )
    from renewdesk.cli_import import add_import_options

    add_import_options(p)

    p = sub.add_parser("check", help=Cli.tr("check every subscription against the renewal rules"))
    p.add_argument("--today", help=Cli.tr("evaluate as of this date (YYYY-MM-DD)"))
    p.add_argument("--format", choices=["table", "json"], default="table")

    from renewdesk.cli_quotes import add_quote_subcommands

    add_quote_subcommands(sub)

    from renewdesk.cli_signin import add_signin_subcommands

    add_signin_subcommands(sub)
    from renewdesk.cli_planning import add_planning_subcommands

    add_planning_subcommands(sub)


@command("import")
def cmd_import(args: argparse.Namespace) -> int:
    from renewdesk.services.import_service import ImportDefaults, ImportService

    if not args.file.is_file():
        raise CliError(f"{args.file}: " + Cli.tr("no such file"))
    if args.date_locale:
        from babel import Locale, UnknownLocaleError

        try:
            Locale.parse(args.date_locale)
        except (ValueError, UnknownLocaleError):
            raise CliError(
                f"--date-locale {args.date_locale!r}: " + Cli.tr("unknown locale")
            ) from None
    from renewdesk.cli_import import read_options

    options = read_options(args)
    engine = _engine(args)
    service = ImportService(engine, date_locale=args.date_locale or system_date_locale())
    if args.kind == "prices":
        report = service.import_prices(args.file, options=options)
    elif args.kind == "campaigns":
        report = service.import_campaigns(args.file, options=options)
    else:
        defaults = ImportDefaults(
            customer_csn=args.customer_csn or "",
            currency=args.currency or "",
            payment_method=args.payment_method or "",
        )
        report = service.import_subscriptions(args.file, defaults, options=options)
    print(report.summary())
    for change in report.change_lines()[:50]:
        print("  " + change)
    if len(report.change_lines()) > 50:
        print("  " + Cli.tr("... and {n} more changes").format(n=len(report.change_lines()) - 50))
    return 0


def system_date_locale() -> str:
    """The OS locale (e.g. ``sv_SE``) that slash dates in a user's own files follow."""
    from babel import default_locale

    return default_locale("LC_TIME") or "en_US"


def _group_text(group: dict[str, str]) -> str:
    partner = group["partner_csn"] or Cli.tr("direct")
    return f"{group['customer_csn']}/{group['currency']}/{group['payment_method']}/{partner}"


@command("check")
def cmd_check(args: argparse.Namespace) -> int:
    from renewdesk.services.check_service import CheckService

    results = CheckService(_engine(args)).summaries(_as_of(args))
    out = sys.stdout
    if args.format == "json":
        from renewdesk.rules.sources import all_sources

        texts = all_sources()  # each code's source once, in the output's language
        json.dump([r.as_json(texts) for r in results], out, indent=1, ensure_ascii=False)
        out.write("\n")
        return 0
    rows = [
        (
            r.subscription_id,
            Cli.tr("yes") if r.eligible else Cli.tr("no"),
            " ".join(str(f.code) for f in r.findings) or "-",
            r.stage.value,  # the renewal stage (issue 14), as `stage --set` spells it
            _group_text(r.group.as_dict()),
        )
        for r in results
    ]
    header = (
        Cli.tr("Subscription"),
        Cli.tr("Eligible"),
        Cli.tr("Codes"),
        Cli.tr("Stage"),
        Cli.tr("Group (CSN/currency/payment/partner)"),
    )
    widths = [
        max(len(header[i]), *(len(row[i]) for row in rows)) if rows else len(header[i])
        for i in range(4)
    ]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header[:4], widths, strict=True)) + "  " + header[4]
    ]
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(row[:4], widths, strict=True)) + "  " + row[4]
        for row in rows
    ]
    eligible = sum(1 for r in results if r.eligible)
    lines.append(Cli.tr("{n} subscriptions, {e} eligible").format(n=len(results), e=eligible))
    out.write("\n".join(lines) + "\n")
    return 0
