"""The refresh token in the keyring: within Windows Credential Manager's 2,560 bytes per entry."""

from __future__ import annotations

import secrets

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError

from renewdesk.mail.token_store import RefreshTokenStore, token_account
from renewdesk.secrets import KeyringSecretStore

WINDOWS_LIMIT = 2560  # bytes per credential blob, written as UTF-16 by keyring


class CredentialManagerLike(KeyringBackend):
    """Refuses what Windows Credential Manager refuses: a blob over 2,560 bytes."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password.encode("utf-16-le")) > WINDOWS_LIMIT:
            raise PasswordSetError("The stub received an invalid parameter (over 2,560 bytes)")
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def limited() -> CredentialManagerLike:
    backend = CredentialManagerLike()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def store() -> RefreshTokenStore:
    return RefreshTokenStore(
        KeyringSecretStore(), token_account("Admin@Acme.example", "https://login.example/token")
    )


def test_a_long_random_refresh_token_is_split_into_entries_that_fit(limited) -> None:
    token = secrets.token_urlsafe(4500)  # ~6,000 characters, hardly compressible
    store().save(token)
    assert store().load() == token
    assert len(limited.secrets) >= 5  # a header and several chunks
    assert all(len(v.encode("utf-16-le")) <= WINDOWS_LIMIT for v in limited.secrets.values())


def test_a_compressible_token_is_stored_compressed(limited) -> None:
    token = "eyJ0eXAiOiJKV1QiLCJhbGciOi" + "A" * 3000  # a JWT-like token with long runs
    store().save(token)
    assert store().load() == token
    assert len(limited.secrets) == 2  # header and one compressed chunk


def test_a_token_that_fits_one_entry_is_kept_as_it_is(limited) -> None:
    store().save("rt-0123456789")
    assert list(limited.secrets.values()) == ["rt-0123456789"]
    assert store().load() == "rt-0123456789"


def test_rotation_replaces_the_old_chunks_and_delete_removes_all(limited) -> None:
    store().save(secrets.token_urlsafe(3000))
    first_keys = set(limited.secrets)
    store().save("rt-short")
    assert store().load() == "rt-short"
    header = ("RenewDesk", store().account)
    assert set(limited.secrets) == {header}  # the old chunks are gone
    assert header in first_keys
    store().delete()
    assert limited.secrets == {}


def test_the_key_names_the_mailbox_and_the_provider() -> None:
    assert store().account == "oauth:admin@acme.example@login.example"


def test_a_damaged_entry_reads_as_not_signed_in(limited) -> None:
    store().save(secrets.token_urlsafe(2000))
    chunk = next(k for k in limited.secrets if "#" in k[1])
    del limited.secrets[chunk]
    assert store().load() is None
