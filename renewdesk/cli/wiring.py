"""The command line's composition root: each command asks here for what it needs.

Only what the command at hand uses is built, and the modules behind it (the
SQLAlchemy engine, the repositories, the quote services, reportlab) are imported
here when first asked for, so ``renewdesk --help`` never loads them.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from renewdesk.clock import today


def resolve_db(args: argparse.Namespace) -> Path:
    """The cache file these arguments name (demo, --db, or the default)."""
    if getattr(args, "demo", False):
        from renewdesk.demo import build_demo_cache, default_demo_path

        target = args.db or default_demo_path()
        return build_demo_cache(target, today())
    # The engine's module (SQLAlchemy) only when there is a URL to refuse: the window
    # paints before it is imported.
    from renewdesk.store.locations import default_db_path, looks_like_url

    if args.db:
        if looks_like_url(str(args.db)):
            from renewdesk.store.engine import refuse_url

            refuse_url(str(args.db))  # before anything makes a folder or a lock file for it
        return Path(args.db)

    return default_db_path()


def engine_for(args: argparse.Namespace) -> Any:
    """The migrated cache these arguments name; installs the language saved in Settings."""
    from renewdesk.store.engine import open_cache

    engine = open_cache(resolve_db(args))
    if getattr(args, "lang", None) is None:  # --lang wins; else the language saved in Settings
        from renewdesk.i18n import LANGUAGE_SETTING, install_language
        from renewdesk.store.core_reads import setting

        saved = setting(engine, LANGUAGE_SETTING)
        if saved:
            install_language(None, saved)
    return engine


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
