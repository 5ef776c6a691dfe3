"""Which secret store the app picks: a real keyring when one answers, else memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from renewdesk.secrets import (
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
    SecretStoreError,
    probe_secret_store,
    smtp_account,
)


class LockedKeyring(KeyringBackend):
    """A backend that exists but cannot be read (a locked or unreachable keyring)."""

    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("not found")


UseBackend = Callable[[KeyringBackend], None]


@pytest.fixture
def use_backend() -> Iterator[UseBackend]:
    """Set a keyring backend for one test and put the previous one back afterwards."""
    previous = keyring.get_keyring()

    def use(backend: KeyringBackend) -> None:
        keyring.set_keyring(backend)

    yield use
    keyring.set_keyring(previous)


def test_a_working_keyring_is_used(memory_keyring: Any) -> None:
    store = probe_secret_store()
    assert isinstance(store, KeyringSecretStore)
    assert store.persistent
    assert store.description.startswith("OS keyring")
    assert isinstance(store, SecretStore)
    store.set_password("smtp:quotes@host", "pw")
    # the probe only read: the keyring holds exactly what was set
    assert memory_keyring.secrets == {("RenewDesk", "smtp:quotes@host"): "pw"}
    store.delete_password("smtp:quotes@host")
    store.delete_password("smtp:quotes@host")  # twice is fine
    assert store.get_password("smtp:quotes@host") is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_keyring_backend_falls_back_to_memory(
    use_backend: UseBackend, backend: KeyringBackend
) -> None:
    use_backend(backend)
    store = probe_secret_store()
    assert isinstance(store, MemorySecretStore)
    assert not store.persistent
    assert "Memory only" in store.description
    assert "no OS keyring" in store.description


def test_a_keyring_that_fails_the_probe_falls_back_to_memory(use_backend: UseBackend) -> None:
    use_backend(LockedKeyring())
    store = probe_secret_store()
    assert isinstance(store, MemorySecretStore)
    assert "did not answer" in store.description


def test_keyring_errors_become_secret_store_errors() -> None:
    store = KeyringSecretStore(LockedKeyring())
    with pytest.raises(SecretStoreError, match="could not save"):
        store.set_password("smtp:a@b", "pw")
    with pytest.raises(SecretStoreError, match="could not read"):
        store.get_password("smtp:a@b")
    store.delete_password("smtp:a@b")  # nothing stored: not an error


def test_account_key_ignores_host_case() -> None:
    assert smtp_account(" quotes ", "SMTP.Acme.Example") == "smtp:quotes@smtp.acme.example"


class PlainFileKeyring(KeyringBackend):
    """A backend keyring would never pick by itself (priority 0), but one can name it."""

    priority = 0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_a_keyring_named_in_python_keyring_backend_is_used_whatever_its_priority(
    use_backend: UseBackend, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no keyringrc.cfg
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    use_backend(PlainFileKeyring())
    assert not probe_secret_store().persistent  # not chosen: priority 0 means unusable
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.services.PlainFileKeyring")
    store = probe_secret_store()
    assert isinstance(store, KeyringSecretStore) and store.persistent
