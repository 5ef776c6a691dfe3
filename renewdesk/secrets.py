"""Where the SMTP password lives: the OS keyring, or this session's memory when there is none.

The password is never written to the cache, the settings table or a log. Probe
the store once at start-up (off the GUI thread: a locked keyring may prompt) and
show its :attr:`SecretStore.description` so the admin knows whether the password
is remembered between sessions.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol, runtime_checkable

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import chainer, fail, null

from renewdesk.lazy_text import tr_later

SERVICE = "RenewDesk"
_log = logging.getLogger(__name__)


class SecretStoreError(Exception):
    """The store could not read, save or delete a password (the message says why)."""


@runtime_checkable
class SecretStore(Protocol):
    """Get, set and delete the password of one SMTP account (``user@host``)."""

    @property
    def description(self) -> str:
        """Which store is in use, for the Settings dialog and the status bar."""
        ...

    @property
    def persistent(self) -> bool:
        """Whether a saved password survives a restart (False: ask once per session)."""
        ...

    def get_password(self, account: str) -> str | None: ...

    def set_password(self, account: str, password: str) -> None: ...

    def delete_password(self, account: str) -> None: ...


def smtp_account(user: str, host: str) -> str:
    """The key a password is stored under: ``smtp:user@host`` (lower-case host)."""
    return f"smtp:{user.strip()}@{host.strip().lower()}"


class KeyringSecretStore:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)."""

    persistent = True

    def __init__(
        self, backend: keyring.backend.KeyringBackend | None = None, service: str = SERVICE
    ) -> None:
        self._backend = backend or keyring.get_keyring()
        self._service = service

    @property
    def description(self) -> str:
        name = getattr(self._backend, "name", "") or type(self._backend).__name__
        return str(tr_later("Secrets", "OS keyring ({name})").format(name=name))

    def get_password(self, account: str) -> str | None:
        try:
            return self._backend.get_password(self._service, account)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                tr_later("Secrets", "The keyring could not read the password: {error}").format(
                    error=exc
                )
            ) from exc

    def set_password(self, account: str, password: str) -> None:
        try:
            self._backend.set_password(self._service, account, password)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                tr_later("Secrets", "The keyring could not save the password: {error}").format(
                    error=exc
                )
            ) from exc

    def delete_password(self, account: str) -> None:
        try:
            self._backend.delete_password(self._service, account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already gone
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                tr_later("Secrets", "The keyring could not delete the password: {error}").format(
                    error=exc
                )
            ) from exc


class MemorySecretStore:
    """This process's memory only: the app asks once per session and keeps it here."""

    persistent = False

    def __init__(self, reason: str = "") -> None:
        self._secrets: dict[str, str] = {}
        self._lock = threading.Lock()
        self.reason = reason

    @property
    def description(self) -> str:
        # str(): read when shown, so in the language of the moment.
        if self.reason:
            text = tr_later("Secrets", "Memory only (asked once per session): {reason}")
            return str(text.format(reason=self.reason))
        return str(tr_later("Secrets", "Memory only (asked once per session)"))

    def get_password(self, account: str) -> str | None:
        with self._lock:
            return self._secrets.get(account)

    def set_password(self, account: str, password: str) -> None:
        with self._lock:
            self._secrets[account] = password

    def delete_password(self, account: str) -> None:
        with self._lock:
            self._secrets.pop(account, None)

    def __repr__(self) -> str:  # never show what it holds
        return f"MemorySecretStore({len(self._secrets)} account(s))"


def _unusable_reason(backend: keyring.backend.KeyringBackend) -> str:
    """Why ``backend`` cannot keep a password, or ``""`` when it looks usable."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return tr_later("Secrets", "no OS keyring backend is available")
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return tr_later("Secrets", "no OS keyring backend is available")
    try:
        priority = float(backend.priority)
    except Exception:  # some backends compute priority and raise when not viable
        return tr_later("Secrets", "the OS keyring is not usable")
    if priority <= 0 and not _chosen_by_the_admin():
        return tr_later("Secrets", "the keyring backend {name} is not usable").format(
            name=type(backend).__name__
        )
    return ""


def _chosen_by_the_admin() -> bool:
    """Whether the backend was named (``PYTHON_KEYRING_BACKEND`` or keyringrc.cfg).

    A priority only ranks the backends keyring finds by itself; one the admin names
    is used whatever its priority (keyring loads it that way too), so it is not refused.
    """
    import os

    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        return keyring.core.load_config() is not None
    except Exception:  # an unreadable keyringrc.cfg: keyring falls back to detection
        return False


def probe_secret_store(probe_account: str = "smtp:probe@renewdesk") -> SecretStore:
    """The keyring when a real backend answers, else a :class:`MemorySecretStore`.

    The probe only reads (a missing entry is fine): it never stores anything.
    """
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        _log.warning("No keyring: %s", type(exc).__name__)
        return MemorySecretStore(tr_later("Secrets", "the OS keyring could not be loaded"))
    reason = _unusable_reason(backend)
    if reason:
        return MemorySecretStore(reason)
    try:
        backend.get_password(SERVICE, probe_account)
    except Exception as exc:  # locked, no D-Bus session, access denied ...
        _log.warning("Keyring backend %s failed the probe: %s", type(backend).__name__, exc)
        return MemorySecretStore(tr_later("Secrets", "the OS keyring did not answer"))
    return KeyringSecretStore(backend)


#: The keyring service of shared-database passwords, each under ``user@host/db``.
DATABASE_SERVICE = "RenewDesk database"


def database_secret_store() -> SecretStore:
    """Where database passwords live: the OS keyring (service :data:`DATABASE_SERVICE`).

    Without a usable keyring, this process's memory: the command line then asks each
    time, the window once per session.
    """
    store = probe_secret_store()
    if isinstance(store, KeyringSecretStore):
        return KeyringSecretStore(store._backend, DATABASE_SERVICE)
    return _SESSION_DATABASE_PASSWORDS


# Without a keyring, the database passwords of this process (asked once per session).
_SESSION_DATABASE_PASSWORDS = MemorySecretStore()


def stored_database_password(account: str) -> str | None:
    """The saved password of the database ``account`` (``user@host/db``), or None."""
    try:
        return database_secret_store().get_password(account)
    except SecretStoreError as exc:
        _log.warning("Keyring could not read a database password: %s", type(exc).__name__)
        return None
