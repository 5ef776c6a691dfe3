"""Build a demo cache from the embedded demo data, with dates placed relative to today.

The files in ``resources/demo/`` write dates as ``today+21`` or ``today-60``; they
are resolved against the as-of date and then imported through the same import
service an admin uses, so the demo also exercises the real import path. The
demo holds every rule case of SPEC 1.1 on any day it is opened: a window not
yet open and one closed, Flex and Success plans, every non-renewable status,
auto-renew on, and (once quotes exist) a subscription already on an open quote.
"""

from __future__ import annotations

import csv
import re
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine

from renewdesk.domain import Address, Customer, Partner
from renewdesk.resources import resource_path
from renewdesk.store.engine import open_cache
from renewdesk.store.repositories import CustomerRepository, PartnerRepository, SettingsRepository

DEMO_FILES = ("subscriptions.csv", "prices.csv", "campaigns.csv")
BUILT_ON_KEY = "demo.built_on"
_TOKEN = re.compile(r"\btoday([+-]\d+)?\b")


def resolve_dates(text: str, today: date) -> str:
    """Replace every ``today±N`` token with the ISO date it names."""

    def repl(match: re.Match[str]) -> str:
        return (today + timedelta(days=int(match.group(1) or 0))).isoformat()

    return _TOKEN.sub(repl, text)


def _read_demo(name: str) -> list[dict[str, str]]:
    with resource_path("demo", name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _load_customers_and_partners(engine: Engine) -> None:
    customers = CustomerRepository(engine)
    for row in _read_demo("customers.csv"):
        customers.save(
            Customer(
                csn=row["csn"],
                company_name=row["company_name"],
                address=Address(
                    row["address_line1"],
                    row["address_line2"],
                    row["postal_code"],
                    row["city"],
                    row["region"],
                    row["country"],
                ),
                vat_number=row["vat_number"],
                buyer_name=row["buyer_name"],
                buyer_email=row["buyer_email"],
                buyer_phone=row["buyer_phone"],
            )
        )
    PartnerRepository(engine).set_details(
        Partner(row["partner_csn"], row["name"], row["email"]) for row in _read_demo("partners.csv")
    )


def populate_demo(engine: Engine, today: date) -> None:
    """Import the demo data into an empty cache as of ``today``."""
    from renewdesk.services.import_service import ImportService

    importer = ImportService(engine)
    with tempfile.TemporaryDirectory(prefix="renewdesk-demo-") as tmp:
        resolved = {}
        for name in DEMO_FILES:
            text = resource_path("demo", name).read_text(encoding="utf-8")
            target = Path(tmp) / name
            target.write_text(resolve_dates(text, today), encoding="utf-8")
            resolved[name] = target
        importer.import_subscriptions(resolved["subscriptions.csv"])
        importer.import_prices(resolved["prices.csv"])
        importer.import_campaigns(resolved["campaigns.csv"])
    _load_customers_and_partners(engine)
    _add_open_quote(engine, today)
    SettingsRepository(engine).set_many({BUILT_ON_KEY: today.isoformat()})


# A draft already holding this subscription shows OPEN_QUOTE_EXISTS in the demo.
DEMO_DRAFT_SUBSCRIPTION = "SUB-10006"


def _add_open_quote(engine: Engine, today: date) -> None:
    from datetime import datetime

    from renewdesk.services.quote_service import QuoteService

    quotes = QuoteService(engine, now=lambda: datetime.combine(today, datetime.now().time()))
    quotes.create_draft(
        quotes.request([DEMO_DRAFT_SUBSCRIPTION], recipients=["purchasing@nordljus.example"])
    )


def build_demo_cache(path: Path, today: date) -> Path:
    """Make (or remake) the demo cache at ``path`` so its dates fit ``today``.

    A demo cache built today is kept as it is, so quotes made in the demo stay
    until the next day; an older one is rebuilt from the embedded data.
    """
    path = Path(path)
    if path.exists():
        engine = open_cache(path)
        try:
            built_on = SettingsRepository(engine).get(BUILT_ON_KEY)
        finally:
            engine.dispose()
        if built_on == today.isoformat():
            return path
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = open_cache(path)
    try:
        populate_demo(engine, today)
    finally:
        engine.dispose()
    return path


def default_demo_path() -> Path:
    """The demo cache beside the user's own cache, never the same file."""
    from renewdesk.store.engine import default_db_path

    return default_db_path().with_name("demo.sqlite")
