"""The subscriptions' sub-commands of ``renewdesk``: ``import`` and ``check``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

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

    p = sub.add_parser("check", help=Cli.tr("check every subscription against the renewal rules"))
    p.add_argument("--today", help=Cli.tr("evaluate as of this date (YYYY-MM-DD)"))
    p.add_argument("--format", choices=["table", "json"], default="table")


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
    engine = engine_for(args)
    service = ImportService(engine, date_locale=args.date_locale or system_date_locale())
    if args.kind == "prices":
        report = service.import_prices(args.file)
    elif args.kind == "campaigns":
        report = service.import_campaigns(args.file)
    else:
        defaults = ImportDefaults(
            customer_csn=args.customer_csn or "",
            currency=args.currency or "",
            payment_method=args.payment_method or "",
        )
        report = service.import_subscriptions(args.file, defaults)
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

    results = CheckService(engine_for(args)).summaries(as_of(args))
    out = sys.stdout
    if args.format == "json":
        json.dump([r.as_json() for r in results], out, indent=1, ensure_ascii=False)
        out.write("\n")
        return 0
    rows = [
        (
            r.subscription_id,
            Cli.tr("yes") if r.eligible else Cli.tr("no"),
            " ".join(str(f.code) for f in r.findings) or "-",
            _group_text(r.group.as_dict()),
        )
        for r in results
    ]
    header = (
        Cli.tr("Subscription"),
        Cli.tr("Eligible"),
        Cli.tr("Codes"),
        Cli.tr("Group (CSN/currency/payment/partner)"),
    )
    widths = [
        max(len(header[i]), *(len(row[i]) for row in rows)) if rows else len(header[i])
        for i in range(3)
    ]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header[:3], widths, strict=True)) + "  " + header[3]
    ]
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(row[:3], widths, strict=True)) + "  " + row[3]
        for row in rows
    ]
    eligible = sum(1 for r in results if r.eligible)
    lines.append(Cli.tr("{n} subscriptions, {e} eligible").format(n=len(results), e=eligible))
    out.write("\n".join(lines) + "\n")
    return 0
