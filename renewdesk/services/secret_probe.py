"""The secret store, probed once and off the GUI thread, for services built before the probe.

``probe_secret_store`` may block (a locked keyring, a slow D-Bus session), so
the window starts with a :class:`DeferredSecretStore` and resolves it on the
task runner; the status bar then says which store is in use. A caller that
needs a password before the probe has finished waits for it (once).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from renewdesk.secrets import SecretStore, probe_secret_store


class DeferredSecretStore:
    """A :class:`~renewdesk.secrets.SecretStore` that probes on first use (thread-safe)."""

    def __init__(self, probe: Callable[[], SecretStore] = probe_secret_store) -> None:
        self._probe = probe
        self._store: SecretStore | None = None
        self._lock = threading.Lock()

    def resolve(self) -> SecretStore:
        """The real store, probing it now if nobody has yet."""
        with self._lock:
            if self._store is None:
                self._store = self._probe()
            return self._store

    @property
    def resolved(self) -> bool:
        return self._store is not None

    @property
    def description(self) -> str:
        return self.resolve().description

    @property
    def persistent(self) -> bool:
        return self.resolve().persistent

    def get_password(self, account: str) -> str | None:
        return self.resolve().get_password(account)

    def set_password(self, account: str, password: str) -> None:
        self.resolve().set_password(account, password)

    def delete_password(self, account: str) -> None:
        self.resolve().delete_password(account)

    def __repr__(self) -> str:  # never show what the store holds
        return f"DeferredSecretStore({type(self._store).__name__ if self._store else 'unprobed'})"
