"""The subscriptions' sub-commands of ``renewdesk``: ``import`` and ``check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from renewdesk.cli.output import add_json_options, format_table, write_json
from renewdesk.cli.registry import Cli, CliError, command
from renewdesk.cli.wiring import as_of, engine_for


def add_subscription_subcommands(sub: Any) -> None:
    """``import`` and ``check``."""
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
    from renewdesk.cli.import_options import add_import_options

    add_import_options(p)

    p = sub.add_parser("check", help=Cli.tr("check every subscription against the renewal rules"))
    p.add_argument("--today", help=Cli.tr("evaluate as of this date (YYYY-MM-DD)"))
    add_json_options(p)


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
    from renewdesk.cli.import_options import read_options

    options = read_options(args)
    engine = engine_for(args)
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
    from renewdesk.services.check_service import CheckService, check_json

    service = CheckService(engine_for(args))
    if args.format == "json" and not args.pretty:  # compact, its shared parts encoded once
        sys.stdout.write(service.summaries_json(as_of(args)))
        sys.stdout.write("\n")
        return 0
    results = service.summaries(as_of(args))
    if args.format == "json":
        write_json(check_json(results), pretty=True)
        return 0
    yes, no = Cli.tr("yes"), Cli.tr("no")
    codes: dict[int, str] = {}  # verdicts and groups are shared objects: format each once
    groups: dict[int, str] = {}
    rows = []
    for r in results:
        code_text = codes.get(id(r.findings))
        if code_text is None:
            code_text = codes[id(r.findings)] = " ".join(str(f.code) for f in r.findings) or "-"
        group_text = groups.get(id(r.group))
        if group_text is None:
            group_text = groups[id(r.group)] = _group_text(r.group.as_dict())
        # the renewal stage (issue 14), as `stage --set` spells it
        rows.append(
            (r.subscription_id, yes if r.eligible else no, code_text, r.stage.value, group_text)
        )
    header = (
        Cli.tr("Subscription"),
        Cli.tr("Eligible"),
        Cli.tr("Codes"),
        Cli.tr("Stage"),
        Cli.tr("Group (CSN/currency/payment/partner)"),
    )
    eligible = sum(1 for row in rows if row[1] == yes)
    summary = Cli.tr("{n} subscriptions, {e} eligible").format(n=len(results), e=eligible)
    sys.stdout.write(format_table(header, rows, last_free=True) + "\n" + summary + "\n")
    return 0
