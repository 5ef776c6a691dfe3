"""The deferred secret store: probed once, on first use or when the window asks."""

from __future__ import annotations

import threading

from renewdesk.secrets import KeyringSecretStore, MemorySecretStore, SecretStore
from renewdesk.services.secret_probe import DeferredSecretStore


def test_probes_once_and_delegates():
    calls: list[int] = []

    def probe() -> SecretStore:
        calls.append(1)
        return MemorySecretStore("no OS keyring backend is available")

    store = DeferredSecretStore(probe)
    assert not store.resolved and "unprobed" in repr(store)
    assert isinstance(store, SecretStore)
    store.set_password("smtp:a@host", "s3cret")
    assert store.get_password("smtp:a@host") == "s3cret"
    assert store.persistent is False and "Memory only" in store.description
    store.delete_password("smtp:a@host")
    assert store.get_password("smtp:a@host") is None
    assert calls == [1]
    assert "s3cret" not in repr(store)


def test_threads_racing_the_probe_share_one_store():
    gate = threading.Event()

    def slow_probe() -> SecretStore:
        gate.wait(2)
        return MemorySecretStore()

    store = DeferredSecretStore(slow_probe)
    seen: list[SecretStore] = []
    threads = [threading.Thread(target=lambda: seen.append(store.resolve())) for _ in range(4)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(5)
    assert len(seen) == 4 and all(s is seen[0] for s in seen)


def test_the_default_probe_finds_the_test_keyring(memory_keyring):
    store = DeferredSecretStore()
    assert isinstance(store.resolve(), KeyringSecretStore)
    assert store.persistent
    store.set_password("smtp:a@host", "pw")
    assert memory_keyring.secrets[("RenewDesk", "smtp:a@host")] == "pw"
