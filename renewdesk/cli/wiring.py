"""The command line's composition root: each command asks here for what it needs.

Only what the command at hand uses is built, and the modules behind it (the
SQLAlchemy engine, the repositories, the quote services, reportlab) are imported
here when first asked for, so ``renewdesk --help`` never loads them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from renewdesk.cli.registry import Cli, CliError
from renewdesk.clock import today

#: The environment variable naming the cache (a file path or a database URL).
DB_VARIABLE = "RENEWDESK_DB"


def resolve_db(args: argparse.Namespace) -> Path | str:
    """The cache these arguments name: a file path or a database URL.

    ``--demo``, else ``--db``, else ``RENEWDESK_DB``, else the shared database chosen in
    Settings (:mod:`renewdesk.db_choice`), else the default file. A password
    written in a URL is moved to the OS keyring and left out of what is returned.
    The engine's module (SQLAlchemy) is not imported here: the window paints first.
    """
    from renewdesk.store.locations import default_db_path, looks_like_url

    if getattr(args, "demo", False):
        from renewdesk.demo import build_demo_cache

        return build_demo_cache(demo_target(args), today())
    value = str(args.db or os.environ.get(DB_VARIABLE, "")).strip()
    if not value:  # Settings > Shared database, remembered per user
        from renewdesk.db_choice import load_chosen

        value = load_chosen()
    if value:
        return keep_url_password(value) if looks_like_url(value) else Path(value)
    return default_db_path()


def demo_target(args: argparse.Namespace) -> Path:
    """The demo cache's file: ``--db`` (a path, never a URL) or the default demo file."""
    from renewdesk.demo import default_demo_path
    from renewdesk.store.locations import looks_like_url

    if args.db and looks_like_url(str(args.db)):
        raise CliError(
            Cli.tr("--demo builds a cache file: give --db a file path, not a database URL")
        )
    return Path(args.db) if args.db else default_demo_path()


def keep_url_password(value: str) -> str:
    """``value`` without its password, which goes to the keyring (``user@host/db``)."""
    from renewdesk.store import server

    url = server.parse(value)  # an unsupported scheme or a malformed URL: one line
    if url.password:
        from renewdesk.secrets import SecretStoreError, database_secret_store

        password = str(url.password)
        _given[server.account(url)] = password
        # No keyring: this process still has it (_given); later runs ask.
        with contextlib.suppress(SecretStoreError):
            database_secret_store().set_password(server.account(url), password)
    return server.without_password(url)


# Passwords this process was given (in a URL, or typed): used before the keyring.
_given: dict[str, str] = {}


def _lookup(account: str) -> str | None:
    from renewdesk.secrets import stored_database_password

    return _given.get(account) or stored_database_password(account)


def open_target(target: Path | str) -> Any:
    """Open the cache; for a server that wants a password, ask for it in a terminal.

    The server asks and none is stored (or the stored one is refused): with a terminal,
    ``getpass`` asks, once more after a wrong one, and the password that works goes to
    the keyring; without a terminal, the one line saying how to store it (exit 2).
    """
    from renewdesk.store.engine import is_url, open_cache

    if not is_url(target):
        return open_cache(target)
    from renewdesk.store import server
    from renewdesk.store.server_faults import PASSWORD_KINDS, ServerFault

    try:
        return open_cache(target, lookup=_lookup)
    except ServerFault as fault:
        if fault.kind not in PASSWORD_KINDS or not _interactive():
            raise
    url = server.parse(str(target))
    name = server.account(url)
    for attempt in (1, 2):
        password = _ask(Cli.tr("Password for the database {account}: ").format(account=name))
        try:
            engine = open_cache(target, password=password, lookup=_lookup)
        except ServerFault as fault:
            if fault.kind not in PASSWORD_KINDS:
                raise
            if attempt == 1:
                print(Cli.tr("That password was refused; try once more."), file=sys.stderr)
                continue
            raise CliError(
                Cli.tr(
                    "the database server refused the password of {account} twice; check "
                    "the role's password with the database's owner"
                ).format(account=name)
            ) from None
        _keep(name, password)
        return engine
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _ask(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def _keep(account: str, password: str) -> None:
    from renewdesk.secrets import SecretStoreError, database_secret_store

    _given[account] = password
    try:
        database_secret_store().set_password(account, password)
    except SecretStoreError as exc:
        print(f"renewdesk: {exc}", file=sys.stderr)


def engine_for(args: argparse.Namespace) -> Any:
    """The migrated cache these arguments name; installs the language saved in Settings."""
    engine = open_target(resolve_db(args))
    _opened.append(engine)
    if getattr(args, "lang", None) is None:  # --lang wins; else the language saved in Settings
        from renewdesk.i18n import LANGUAGE_SETTING, install_language
        from renewdesk.store.core_reads import setting

        saved = setting(engine, LANGUAGE_SETTING)
        if saved:
            install_language(None, saved)
    return engine


# Engines this command opened: closed when it ends (a server's connections at once).
_opened: list[Any] = []


def close_engines() -> None:
    """Dispose of every engine :func:`engine_for` opened (``main`` does, at the end)."""
    while _opened:
        _opened.pop().dispose()


def as_of(args: argparse.Namespace) -> date:
    """``--today`` when given (within the limits' dates, else one line and exit 2)."""
    from renewdesk.clock import parse_day

    return parse_day(args.today, "--today") if getattr(args, "today", None) else today()


def settings_service(engine: Any) -> Any:
    """Settings over this cache, the password in the OS keyring (memory when there is none)."""
    from renewdesk.secrets import probe_secret_store
    from renewdesk.services.settings_service import SettingsService

    return SettingsService(engine, probe_secret_store())


def quote_service(engine: Any, outbox: Any = None) -> Any:
    """The quote use cases with every collaborator named (PDF, mail, outbox, settings)."""
    from renewdesk.services import quote_adapters as adapters
    from renewdesk.services.quote_service import QuoteService

    settings = settings_service(engine)
    box = outbox if outbox is not None else adapters.outbox(engine)
    return QuoteService(
        engine,
        settings=adapters.settings_loader(settings),
        outbox=box,
        deliver_now=adapters.deliver_now(settings, box),
        render_pdf=adapters.render_pdf(),
        build_message=adapters.build_message(),
        write_eml=adapters.write_eml(),
        open_file=adapters.open_file(),
    )
