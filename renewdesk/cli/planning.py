"""Renewal planning sub-commands (issue 14): ``forecast``, ``stage`` and ``calendar``.

Registered in ``cli.main.SUBCOMMAND_GROUPS``; heavy imports stay
inside the handlers so ``renewdesk --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from renewdesk.cli.output import add_json_options, write_json
from renewdesk.cli.registry import Cli, CliError, command
from renewdesk.cli.wiring import as_of as _as_of
from renewdesk.cli.wiring import engine_for as _engine

STAGE_CHOICES = ("not-started", "in-progress", "will-not-renew")


def add_planning_subcommands(sub: Any) -> None:
    p = sub.add_parser(
        "forecast", help=Cli.tr("the renewals of the months ahead by month and currency")
    )
    p.add_argument("--today", help=Cli.tr("forecast as of this date (YYYY-MM-DD)"))
    p.add_argument(
        "--months", type=int, help=Cli.tr("how many months ahead, 3-24 (default: the setting, 12)")
    )
    add_json_options(p)

    p = sub.add_parser("stage", help=Cli.tr("set the renewal stage or owner of subscriptions"))
    p.add_argument("subscription_ids", nargs="+", metavar="SUB_ID")
    p.add_argument("--set", dest="stage", choices=STAGE_CHOICES, help=Cli.tr("the new stage"))
    p.add_argument("--note", help=Cli.tr("why: the reason kept with will-not-renew (optional)"))
    p.add_argument("--owner", metavar="NAME", help=Cli.tr("the admin who owns the renewal"))

    p = sub.add_parser(
        "calendar", help=Cli.tr("write renewal dates and quote expiries to an iCalendar file")
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ics")
    p.add_argument("--today", help=Cli.tr("as of this date (YYYY-MM-DD)"))


def _service(args: argparse.Namespace) -> Any:
    from renewdesk.services.planning_service import PlanningService

    return PlanningService(_engine(args))


@command("forecast")
def cmd_forecast(args: argparse.Namespace) -> int:
    from renewdesk.planning.forecast import MAX_MONTHS, MIN_MONTHS
    from renewdesk.services.planning_service import PlanningError

    if args.months is not None and not MIN_MONTHS <= args.months <= MAX_MONTHS:
        raise CliError(
            Cli.tr("--months {n}: the forecast covers {low}-{high} months").format(
                n=args.months, low=MIN_MONTHS, high=MAX_MONTHS
            )
        )
    as_of = _as_of(args)
    try:
        forecast = _service(args).forecast(as_of, args.months)
    except PlanningError as exc:
        raise CliError(str(exc)) from None
    out = sys.stdout
    if args.format == "json":
        write_json([c.as_json() for c in forecast.cells], pretty=args.pretty, out=out)
        return 0
    header = (
        Cli.tr("Month"),
        Cli.tr("Currency"),
        Cli.tr("Subscriptions"),
        Cli.tr("Seats"),
        Cli.tr("Amount"),
        Cli.tr("Unpriced"),
        Cli.tr("Will not renew"),
    )
    rows = [
        (
            Cli.tr("Overdue") if c.overdue else c.month,
            c.currency,
            str(c.subscriptions),
            str(c.seats),
            f"{c.amount:,.2f}",
            str(c.unpriced),
            str(c.will_not_renew),
        )
        for c in forecast.cells
    ]
    widths = [
        max(len(header[i]), *(len(r[i]) for r in rows)) if rows else len(header[i])
        for i in range(len(header))
    ]
    left = {0, 1}
    lines = []
    for row in (header, *rows):
        lines.append(
            "  ".join(
                v.ljust(w) if i in left else v.rjust(w)
                for i, (v, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
    lines.append(
        Cli.tr("As of {date}, {n} months; list prices, campaigns are not forecast.").format(
            date=as_of.isoformat(), n=len(forecast.months)
        )
    )
    out.write("\n".join(lines) + "\n")
    return 0


@command("stage")
def cmd_stage(args: argparse.Namespace) -> int:
    from renewdesk.planning.stages import parse_stage
    from renewdesk.services.planning_service import PlanningError

    if args.stage is None and args.owner is None and args.note is None:
        raise CliError(Cli.tr("say what to change: --set STAGE, --owner NAME or --note TEXT"))
    stage = parse_stage(args.stage) if args.stage else None
    try:
        changed = _service(args).set_stage(
            args.subscription_ids, stage, note=args.note, owner=args.owner
        )
    except PlanningError as exc:
        raise CliError(str(exc)) from None
    print(Cli.tr("{n} subscription(s) changed").format(n=len(changed)))
    return 0


@command("calendar")
def cmd_calendar(args: argparse.Namespace) -> int:
    target: Path = args.output
    if target.is_dir() or not target.parent.is_dir():
        raise CliError(f"{target}: " + Cli.tr("not a file in an existing folder"))
    as_of = _as_of(args)
    try:
        count = _service(args).write_calendar(target, as_of)
    except OSError as exc:
        raise CliError(f"{target}: {exc.strerror or exc}") from None
    print(Cli.tr("{n} event(s) written to {path}").format(n=count, path=target))
    return 0
