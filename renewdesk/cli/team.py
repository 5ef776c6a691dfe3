"""Team mode's rights (issue 13): ``team grant --role ROLE [--read-only]`` and ``team revoke``.

Gives a PostgreSQL role the GRANTs an admin (read and write) or a viewer (read
only) needs on the shared database, or takes them back; the SQL is in
:mod:`renewdesk.store.team_repo`. On a SQLite cache it is one line and exit 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from renewdesk.cli.registry import Cli, command
from renewdesk.cli.wiring import engine_for


def add_team_subcommands(sub: Any) -> None:
    p = sub.add_parser(
        "team", help=Cli.tr("give a database role an admin's or a viewer's rights (PostgreSQL)")
    )
    p.add_argument(
        "action",
        choices=["grant", "revoke"],
        help=Cli.tr("grant the rights, or revoke every right on the cache's tables"),
    )
    p.add_argument("--role", required=True, metavar="ROLE", help=Cli.tr("the database role"))
    p.add_argument(
        "--read-only",
        action="store_true",
        help=Cli.tr("a viewer: may read everything, change nothing"),
    )


@command("team")
def cmd_team(args: argparse.Namespace) -> int:
    from renewdesk.store import team_repo

    engine = engine_for(args)
    if args.action == "revoke":
        team_repo.revoke(engine, args.role)
        print(Cli.tr("{role}: no rights on the shared database").format(role=args.role))
        return 0
    rights = team_repo.grant(engine, args.role, read_only=args.read_only)
    if rights.can_write:
        print(Cli.tr("{role}: an admin (may read and change everything)").format(role=args.role))
    else:
        print(Cli.tr("{role}: a viewer (may read, not change)").format(role=args.role))
    return 0
