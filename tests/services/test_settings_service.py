"""Settings: defaults, round trip, field-named validation, and the password's whereabouts."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from renewdesk.mail.smtp import Security, SmtpSettings
from renewdesk.pdf.quote_pdf import Seller
from renewdesk.rules import default_limits
from renewdesk.secrets import KeyringSecretStore, MemorySecretStore, SecretStore
from renewdesk.services.settings_service import KEYS, AppSettings, SettingsError, SettingsService
from renewdesk.store.models import SettingRow
from renewdesk.store.repositories import SettingsRepository
from renewdesk.value_labels import field_label

PASSWORD = "Tr0ub4dor&3-Pässwörd-🔑"

CONFIGURED = AppSettings(
    company_name="Acme Licensing AB",
    your_name="Erik Ström",
    email="erik@acme.example",
    phone="+46 8 123 456",
    smtp_host="smtp.acme.example",
    smtp_port=465,
    smtp_security="ssl",
    smtp_user="quotes",
    sender="quotes@acme.example",
    language="sv",
    quote_validity_days=14,
    automatic_quotes=False,
    pdf_page_size="Letter",
)


@pytest.fixture
def store(memory_keyring: Any) -> SecretStore:
    return KeyringSecretStore()


@pytest.fixture
def service(engine: Engine, store: SecretStore) -> SettingsService:
    return SettingsService(engine, store)


def test_defaults_before_anything_is_saved(service: SettingsService) -> None:
    settings = service.load()
    assert settings == AppSettings()
    assert settings.quote_validity_days == default_limits().validity_days
    assert settings.automatic_quotes is True
    assert (settings.smtp_port, settings.smtp_security) == (587, "starttls")
    assert (settings.language, settings.pdf_page_size) == ("", "auto")
    assert not settings.smtp_configured


def test_save_and_load_round_trip(engine: Engine, service: SettingsService) -> None:
    service.save(CONFIGURED)
    assert SettingsService(engine, MemorySecretStore()).load() == CONFIGURED
    stored = SettingsRepository(engine).all()
    assert stored["smtp.host"] == "smtp.acme.example"
    assert stored["quotes.automatic"] == "false"
    assert set(stored) == set(KEYS.values())
    assert CONFIGURED.seller() == Seller(
        "Acme Licensing AB", "Erik Ström", "erik@acme.example", "+46 8 123 456"
    )


def test_save_trims_whitespace(service: SettingsService) -> None:
    saved = service.save(dataclasses.replace(CONFIGURED, smtp_host="  smtp.acme.example \n"))
    assert saved.smtp_host == "smtp.acme.example"
    assert service.load().smtp_host == "smtp.acme.example"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("smtp_port", 0),
        ("smtp_port", 65536),
        ("smtp_security", "tls"),
        ("sender", "not-an-email"),
        ("email", "erik@"),
        ("smtp_host", "smtp acme example"),
        ("language", "de"),
        ("quote_validity_days", 0),
        ("quote_validity_days", 366),
        ("pdf_page_size", "A5"),
        ("company_name", "C" * 201),
        ("your_name", "N" * 3000),
        ("phone", "1" * 41),
    ],
)
def test_invalid_field_is_named_and_nothing_is_saved(
    service: SettingsService, field: str, value: object
) -> None:
    with pytest.raises(SettingsError) as exc:
        service.save(dataclasses.replace(CONFIGURED, **{field: value}))
    assert list(exc.value.errors) == [field]
    # The message names the field as the Settings dialog labels it, never smtp_port.
    assert str(exc.value).startswith(field_label(field) + ": ")
    assert "_" not in str(exc.value).partition(":")[0]
    assert service.load() == AppSettings()


def test_every_invalid_field_is_reported_at_once(service: SettingsService) -> None:
    bad = dataclasses.replace(CONFIGURED, smtp_port=70000, sender="nope", quote_validity_days=0)
    with pytest.raises(SettingsError) as exc:
        service.save(bad)
    assert set(exc.value.errors) == {"smtp_port", "sender", "quote_validity_days"}


def test_unreadable_stored_values_fall_back_to_defaults(
    engine: Engine, service: SettingsService
) -> None:
    service.save(CONFIGURED)
    SettingsRepository(engine).set_many(
        {"smtp.port": "many", "quotes.validity_days": "999", "smtp.security": "rot13"}
    )
    loaded = service.load()
    assert loaded.smtp_port == AppSettings().smtp_port
    assert loaded.quote_validity_days == AppSettings().quote_validity_days
    assert loaded.smtp_security == AppSettings().smtp_security
    assert loaded.smtp_host == CONFIGURED.smtp_host


def test_smtp_settings_need_a_server_and_a_sender(service: SettingsService) -> None:
    with pytest.raises(SettingsError) as exc:
        service.smtp_settings()
    assert "smtp_host" in exc.value.errors
    service.save(CONFIGURED)
    assert service.smtp_settings() == SmtpSettings(
        host="smtp.acme.example",
        port=465,
        security=Security.SSL,
        user="quotes",
        sender="quotes@acme.example",
        timeout=30.0,
    )


def test_password_lives_in_the_keyring_only(
    engine: Engine, db_path: Path, service: SettingsService, memory_keyring: Any
) -> None:
    service.save(CONFIGURED)
    service.set_password(PASSWORD)
    service.save(dataclasses.replace(CONFIGURED, phone="+46 8 999"))  # more writes after it

    assert service.get_password() == PASSWORD
    assert memory_keyring.secrets == {("RenewDesk", "smtp:quotes@smtp.acme.example"): PASSWORD}
    with engine.begin() as conn:
        values = conn.execute(select(SettingRow.__table__.c.value)).scalars().all()
    assert all(PASSWORD not in v for v in values)
    if engine.dialect.name != "sqlite":
        return  # the server's files are its own; on SQLite the cache file is read too
    needles = [PASSWORD.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert any(p.name.endswith("-wal") for p in files)  # the log is checked too
    for path in files:
        data = path.read_bytes()
        assert not any(n in data for n in needles), path.name


def test_password_follows_the_account(service: SettingsService) -> None:
    with pytest.raises(SettingsError) as exc:
        service.set_password(PASSWORD)  # no server or user yet
    assert "smtp_user" in exc.value.errors
    assert service.get_password() is None

    service.save(CONFIGURED)
    service.set_password(PASSWORD)
    other = dataclasses.replace(CONFIGURED, smtp_user="someone-else")
    assert service.get_password(other) is None
    service.set_password("", CONFIGURED)  # an empty password forgets it
    assert service.get_password() is None


def test_memory_store_keeps_the_password_for_the_session(engine: Engine) -> None:
    store = MemorySecretStore("no OS keyring backend is available")
    service = SettingsService(engine, store)
    service.save(CONFIGURED)
    service.set_password(PASSWORD)
    assert service.get_password() == PASSWORD
    assert PASSWORD not in repr(store)
    assert SettingsService(engine, MemorySecretStore()).get_password() is None  # next session


def test_the_profile_at_its_longest_is_saved(service: SettingsService) -> None:
    longest = dataclasses.replace(
        CONFIGURED, company_name="Å" * 200, your_name="N" * 200, phone="1" * 40
    )
    assert service.save(longest) == longest
