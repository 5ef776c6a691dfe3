"""Security review, one test per point of SPEC 7 and issue 6 (item 7).

1. The SMTP password lives in the keyring only: not in the cache file, its -wal or
   -shm, the settings table, the outbox, the audit trail or the log, whether it was
   set through the Settings service or ``renewdesk config --password-stdin``.
2. Exported CSV cells that start with ``= + - @``, a tab or a carriage return are
   neutralised.
3. Saved file names are sanitised and stay inside the chosen folder.
4. The data folder is private to the user on POSIX (0700).
5. The .eml and the PDF of one quote carry no data of another customer.
"""

from __future__ import annotations

import base64
import csv
import os
import secrets
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlalchemy import text as sql_text

from renewdesk.domain import Address, Customer, PaymentMethod
from renewdesk.mail.message import build_quote_message, safe_file_name, write_eml_draft
from renewdesk.mail.outbox import Outbox
from renewdesk.quotes.delivery import SendResult
from renewdesk.secrets import KeyringSecretStore, probe_secret_store
from renewdesk.services.check_service import CheckService
from renewdesk.services.import_service import ImportService
from renewdesk.services.settings_service import AppSettings, SettingsService
from renewdesk.store.engine import default_db_path, open_cache
from renewdesk.store.repositories import CustomerRepository
from renewdesk.ui.csv_export import FORMULA_PREFIXES, safe_cell, write_subscriptions_csv
from tests.hardening.kill_harness import REPO_ROOT, child_env
from tests.hardening.scenarios import TODAY, build_quote_base, fill_quote_base, quote_service
from tests.hardening.smtp_servers import RecordingSmtp, free_port
from tests.quotes.conftest import (
    OTHER_CSN,
    World,
    seed_world,
    smtp_settings_service,
    subscription,
)

SMTP_USER = "admin@acme.example"


def new_password() -> str:
    # ASCII: smtplib signs in with ASCII only. Distinctive, so a hit is never chance.
    return f"Pw-{secrets.token_hex(12)}-zQ"


def password_forms(user: str, password: str) -> list[bytes]:
    """Every way the password could sit in a file: as text, in UTF-16, in AUTH PLAIN."""
    plain = f"\0{user}\0{password}".encode()
    return [
        password.encode(),
        password.encode("utf-16-le"),
        base64.b64encode(password.encode()),
        base64.b64encode(plain),
    ]


def files_holding(folder: Path, needles: list[bytes], skip: Path | None = None) -> list[Path]:
    return [
        p
        for p in folder.rglob("*")
        if p.is_file() and p != skip and any(n in p.read_bytes() for n in needles)
    ]


# --- 1. the password lives in the keyring only --------------------------------------------


@pytest.fixture
def auth_smtp() -> Iterator[tuple[RecordingSmtp, str]]:
    password = new_password()
    with RecordingSmtp(user=SMTP_USER, password=password) as server:
        yield server, password


def send_with_keyring_password(
    engine: Engine, server: RecordingSmtp, password: str
) -> tuple[Any, SendResult]:
    """Set the SMTP login in Settings (the password into the keyring) and send S-001 by email;
    the server saw that login, so the password came from the keyring."""
    store = probe_secret_store()
    assert isinstance(store, KeyringSecretStore)  # the (in-memory) keyring backend
    settings = SettingsService(engine, store)
    app = settings.save(
        AppSettings(
            smtp_host="127.0.0.1",
            smtp_port=server.port,
            smtp_security="none",
            smtp_user=SMTP_USER,
            sender="quotes@acme.example",
        )
    )
    settings.set_password(password, app)
    service = quote_service(engine, store)
    result = service.send(service.request(["S-001"]), "email")
    assert result.delivered, result.delivery_error
    assert server.logins == [(SMTP_USER, True)]
    return service, result


def test_password_set_in_settings_is_used_but_never_written_to_the_cache(
    tmp_path: Path, auth_smtp: tuple[RecordingSmtp, str]
) -> None:
    server, password = auth_smtp
    path = build_quote_base(tmp_path / "cache.sqlite", server.port)
    engine = open_cache(path)
    try:
        service, result = send_with_keyring_password(engine, server, password)

        # While the app is running: the file, its write-ahead log and shared memory.
        needles = password_forms(SMTP_USER, password)
        assert Path(f"{path}-wal").exists()
        assert files_holding(tmp_path, needles) == []
        stored = dict(sqlite3.connect(path).execute("SELECT key, value FROM settings").fetchall())
        assert not any(password in v for v in stored.values())
        assert "smtp.password" not in stored
        audit = [e.details for e in service.audit(result.number)]
        assert not any(password in d for d in audit)
    finally:
        engine.dispose()
    assert files_holding(tmp_path, needles) == []  # and once it is checkpointed and closed


def values_holding(engine: Engine, needles: list[bytes]) -> list[str]:
    """``table.column`` of every stored value holding a needle, reading every table."""
    found = []
    with engine.connect() as conn:
        tables = conn.execute(
            sql_text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        for table in tables.all():
            result = conn.execute(sql_text(f'SELECT * FROM "{table}"'))
            for row in result:
                for column, value in zip(result.keys(), row, strict=True):
                    raw = value if isinstance(value, bytes) else str(value).encode()
                    if any(n in raw for n in needles):
                        found.append(f"{table}.{column}")
    return found


def test_password_set_over_a_url_is_used_but_never_written_to_the_database(
    pg_cache_url: str, auth_smtp: tuple[RecordingSmtp, str]
) -> None:
    """The same on the shared database: no table, column or row holds it in any form."""
    server, password = auth_smtp
    engine = open_cache(pg_cache_url)
    try:
        fill_quote_base(engine, server.port)
        send_with_keyring_password(engine, server, password)
        needles = password_forms(SMTP_USER, password)
        assert values_holding(engine, [SMTP_USER.encode()]), "the scan reads the settings"
        assert values_holding(engine, needles) == []
    finally:
        engine.dispose()


def run_cli(
    args: list[str], env: dict[str, str], stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "renewdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_password_given_to_the_command_line_lives_only_in_the_keyring(
    tmp_path: Path, auth_smtp: tuple[RecordingSmtp, str]
) -> None:
    server, password = auth_smtp
    home = tmp_path / "home"
    keyring_file = tmp_path / "os-keyring" / "secrets.json"  # outside everything RenewDesk writes
    keyring_file.parent.mkdir()
    env = child_env(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHON_KEYRING_BACKEND="tests.hardening.file_keyring.FileKeyring",
        RENEWDESK_TEST_KEYRING=str(keyring_file),
        RENEWDESK_TODAY=TODAY.isoformat(),
    )
    db = home / "RenewDesk" / "cache.sqlite"
    db.parent.mkdir(parents=True)
    build_quote_base(db, free_port())

    config = run_cli(
        [
            "--db", str(db), "config",
            "--smtp-host", "127.0.0.1", "--smtp-port", str(server.port),
            "--smtp-security", "none", "--smtp-user", SMTP_USER,
            "--sender", "quotes@acme.example", "--password-stdin",
        ],
        env,
        stdin=password + "\n",
    )  # fmt: skip
    assert config.returncode == 0, config.stderr
    assert "password: stored" in config.stdout and password not in config.stdout
    assert password in keyring_file.read_text()

    sent = run_cli(["--db", str(db), "quote", "create", "S-001", "--send"], env)
    assert sent.returncode == 0, sent.stderr
    assert server.logins == [(SMTP_USER, True)] and len(server.messages) == 1
    number = sent.stdout.split()[0]

    # An unexpected fault writes the log (a PDF aimed into a path under a plain file).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    fault = run_cli(["--db", str(db), "quote", "pdf", number, "-o", str(blocker / "q.pdf")], env)
    assert "Traceback" not in fault.stderr
    logs = list(home.rglob("*.log"))
    print(f"fault: exit {fault.returncode}, {fault.stderr.strip()}; logs {logs}")
    if fault.returncode == 1:
        assert logs, "an unexpected error promised a log file"
    for output in (config, sent, fault):
        assert password not in output.stdout + output.stderr
    assert files_holding(home, password_forms(SMTP_USER, password)) == []
    values = sqlite3.connect(db).execute("SELECT value FROM settings").fetchall()
    assert not any(password in v for (v,) in values)


# --- 2. formula-safe CSV export -------------------------------------------------------------

FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(1)"]


def test_exported_cells_starting_with_a_formula_character_are_neutralised(
    tmp_path: Path, cache_engine: Engine
) -> None:
    engine = cache_engine  # imported into a SQLite file, then into PostgreSQL
    header = (
        "subscription_id,contract_number,product_name,offering_code,customer_csn,partner_csn,"
        "partner_name,currency,payment_method,term,seats,start_date,renewal_date,status"
    )
    lines = [header]
    for i, formula in enumerate(FORMULAS):
        quoted = '"' + formula.replace('"', '""') + '"'
        lines.append(
            f"{quoted}{i},{quoted},{quoted},DS{i},{quoted}C{i},{quoted}P{i},Reseller {i},EUR,"
            "invoice,annual,3,2025-03-01,2026-03-01,active"
        )
    source = tmp_path / "formulas.csv"
    source.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    ImportService(engine).import_subscriptions(source)
    results = CheckService(engine).check(date(2026, 4, 1))
    # The import trims cells, so a leading tab or CR only reaches the export from data
    # typed elsewhere: put those in directly.
    typed = [
        replace(r, subscription=replace(r.subscription, product_name=f))
        for r, f in zip(results, FORMULAS, strict=True)
    ]
    out = tmp_path / "export.csv"
    assert write_subscriptions_csv(out, results + typed, date(2026, 4, 1)) == 2 * len(FORMULAS)

    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    days = rows[0].index("days_left")
    cells = [cell for row in rows[1:] for i, cell in enumerate(row) if i != days]
    assert not [c for c in cells if c.startswith(FORMULA_PREFIXES)]
    product = rows[0].index("product_name")
    expected = ["'" + f.strip() for f in FORMULAS] + ["'" + f for f in FORMULAS]
    assert sorted(r[product] for r in rows[1:]) == sorted(expected)
    ids = rows[0].index("subscription_id")
    assert all(r[ids].startswith("'") for r in rows[1:])
    # Negative numbers are data, not formulas: the days-left column stays a number.
    assert all(int(r[days]) < 0 for r in rows[1:])


@given(st.text(max_size=30))
def test_safe_cell_never_starts_with_a_formula_character_and_keeps_the_text(text: str) -> None:
    cell = safe_cell(text)
    assert not cell.startswith(FORMULA_PREFIXES)
    assert cell in (text, "'" + text)


# --- 3. file names ---------------------------------------------------------------------------

WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{d}{i}" for d in ("COM", "LPT") for i in range(10)
}
EVIL_NAMES = [
    "../../etc/passwd",
    "..",
    ".",
    "/etc/shadow",
    "C:\\Windows\\win.ini",
    "\\\\server\\share\\x.eml",
    "~/quote",
    "CON",
    "con.txt",
    "Nul.eml",
    "LPT1.pdf",
    "COM9",
    "COM0.eml",
    "LPT0",
    "COM¹",
    "AUX .eml",
    "prn.",
    "quote.eml.",
    "quote ",
    ".hidden",
    "a\0b",
    "a\nb\rc\td",
    "x" * 500,
    'Łódź – Offert <1>?*:|"',
    "",
]


def assert_safe(name: str) -> None:
    assert name and len(name) <= 120
    assert all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in name), name
    assert not name.startswith(".") and not name.endswith((".", " "))
    assert ".." not in name
    assert name.split(".")[0].upper() not in WINDOWS_RESERVED, name


@pytest.mark.parametrize("evil", EVIL_NAMES)
def test_file_names_are_sanitised(evil: str) -> None:
    assert_safe(safe_file_name(evil))


@given(st.text(max_size=200))
def test_any_file_name_is_sanitised(text: str) -> None:
    assert_safe(safe_file_name(text))


@pytest.mark.parametrize("evil", EVIL_NAMES)
def test_a_saved_draft_stays_inside_the_chosen_folder(tmp_path: Path, evil: str) -> None:
    from tests.mail.conftest import build_quote

    folder = tmp_path / "chosen"
    msg = build_quote_message(build_quote(), b"%PDF-1.4\n", "q@acme.example", ["a@b.example"])
    path = write_eml_draft(msg, folder, name=evil)
    assert path.resolve().parent == folder.resolve()
    assert path.suffix == ".eml"
    assert_safe(path.stem)
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [path.name]


# --- 4. the data folder ------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_is_private_to_the_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    old = os.umask(0o022)
    try:
        path = default_db_path()
        assert path.parent.is_relative_to(tmp_path)
        assert path.parent.stat().st_mode & 0o777 == 0o700
        # A folder that exists already, readable by everyone, is made private too.
        path.parent.chmod(0o755)
        assert default_db_path() == path
        assert path.parent.stat().st_mode & 0o777 == 0o700
        open_cache(path).dispose()
        assert path.parent.stat().st_mode & 0o077 == 0  # nobody else gets in to the cache
    finally:
        os.umask(old)


# --- 5. one quote, one customer's data ---------------------------------------------------------

OTHER = Customer(
    csn=OTHER_CSN,
    company_name="Zebra Secret Holdings Oy",
    address=Address("Salainen katu 99", "PL 7", "00990", "Kuopio", "Savo", "FI"),
    vat_number="FI99887766",
    buyer_name="Veera Vertainen",
    buyer_email="veera@zebra-secret.example",
    buyer_phone="+358 40 999 8877",
)


@pytest.fixture
def two_customers(tmp_path: Path) -> Iterator[Engine]:
    """Acme (the quote's customer) and another customer with subscriptions, a reseller and
    a sent quote of its own."""
    engine = open_cache(tmp_path / "cache.sqlite")
    world = seed_world(engine)
    smtp_settings_service(engine, free_port())  # a sender, and a server that is down
    CustomerRepository(engine).save(OTHER)
    world.sub("ACME-1")
    world.sub("ACME-2")
    World(engine).sub(
        "ZEBRA-SUB-77",
        customer_csn=OTHER_CSN,
        product_name="Zebra Only Product",
        partner_csn="P-1",
        payment_method=PaymentMethod.PARTNER,
    )
    service = quote_service(engine)
    service.send(service.request(["ZEBRA-SUB-77"]), "pdf")
    yield engine
    engine.dispose()


def test_the_eml_and_pdf_of_a_quote_carry_no_other_customers_data(
    tmp_path: Path, two_customers: Engine
) -> None:
    engine = two_customers
    service = quote_service(engine)
    result = service.send(
        service.request(["ACME-1", "ACME-2"], recipients=["finance@acme.example"]),
        "eml",
        eml_target=tmp_path / "drafts",
    )
    assert result.eml_path is not None
    raw = result.eml_path.read_bytes()
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    (attachment,) = message.iter_attachments()
    pdf = attachment.get_content()
    assert pdf == service.pdf(result.number)
    pdf_text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    body = message.get_body(("plain",))
    assert body is not None
    texts = {
        "eml headers": "\n".join(f"{k}: {v}" for k, v in message.items()),
        "eml body": body.get_content(),
        "eml bytes": raw.decode("ascii", "replace"),
        "pdf": pdf_text,
        "pdf bytes": pdf.decode("latin-1"),
    }
    assert "ACME-1" in pdf_text and "Acme Design AB" in pdf_text  # the right customer is there
    others = [
        OTHER.csn,
        OTHER.company_name,
        OTHER.buyer_name,
        OTHER.buyer_email,
        OTHER.buyer_phone,
        OTHER.vat_number,
        OTHER.address.line1,
        OTHER.address.city,
        "ZEBRA-SUB-77",
        "Zebra Only Product",
        "Reseller AB",  # the other customer's reseller
        "Q-2026-000001",  # the other customer's quote
    ]
    for where, text in texts.items():
        for value in others:
            assert value not in text, f"{value!r} of another customer is in the {where}"
    assert subscription("ACME-1").customer_csn != OTHER_CSN
    # The queued email of the same quote, as the outbox stores it, is just as clean.
    again = service.resend(result.number, deliver=False)
    assert again.outbox_id is not None
    stored = Outbox(engine).raw_bytes(again.outbox_id).decode("ascii", "replace")
    assert not [v for v in others if v in stored]
