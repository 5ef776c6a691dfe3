"""Where a sign-in's tokens live: the refresh token in the secret store, the access token in memory.

The refresh token is the one secret that outlives the process, so it goes to the
OS keyring (or, with no keyring, the session's memory store) and nowhere else.
Windows Credential Manager keeps at most 2,560 bytes per credential, and the
keyring library writes it as UTF-16, so a long token (Microsoft's run to 1,500+
characters) is compressed when that helps and split into entries of at most
:data:`MAX_ENTRY_CHARS` characters. A header entry names the current generation
of chunks, written before the header, so a reader in another process sees
either the old token or the new one, never a mix.

The access token is kept in this process's memory only (:class:`AccessTokens`),
never in the cache, the settings, a log or a message.
"""

from __future__ import annotations

import base64
import secrets
import threading
import zlib
from dataclasses import dataclass

from renewdesk.mail.oauth import Tokens
from renewdesk.secrets import SecretStore

# 2,560 bytes / 2 bytes per UTF-16 unit = 1,280 characters; leave room for the backend.
MAX_ENTRY_CHARS = 1000
HEADER = "rdtoken1"


def token_account(user: str, token_url: str) -> str:
    """The secret-store key of one mailbox's sign-in at one provider."""
    from urllib.parse import urlsplit

    host = urlsplit(token_url).netloc.lower() or token_url
    return f"oauth:{user.strip().lower()}@{host}"


def _encode(token: str) -> str:
    packed = "z" + base64.b64encode(zlib.compress(token.encode(), 9)).decode("ascii")
    return packed if len(packed) < len(token) + 1 else "p" + token


def _decode(payload: str) -> str:
    if payload.startswith("z"):
        return zlib.decompress(base64.b64decode(payload[1:])).decode()
    return payload[1:]


@dataclass(frozen=True, slots=True)
class _Header:
    generation: str
    count: int

    def chunk(self, account: str, index: int) -> str:
        return f"{account}#{self.generation}.{index}"


def _parse_header(text: str | None) -> _Header | None:
    if not text:
        return None
    parts = text.split(":")
    if len(parts) != 3 or parts[0] != HEADER or not parts[2].isdigit():
        return None
    return _Header(parts[1], int(parts[2]))


class RefreshTokenStore:
    """One account's refresh token in a :class:`SecretStore`, in chunks that fit any keyring."""

    def __init__(self, store: SecretStore, account: str) -> None:
        self._store = store
        self.account = account

    @property
    def persistent(self) -> bool:
        return self._store.persistent

    def load(self) -> str | None:
        """The stored refresh token, or ``None`` when there is none (or it is unreadable)."""
        for _attempt in range(2):  # a writer in another process may swap chunks meanwhile
            entry = self._store.get_password(self.account)
            if not entry:
                return None
            header = _parse_header(entry)
            if header is None:
                return entry  # a token that fits one entry is kept as it is
            parts = [
                self._store.get_password(header.chunk(self.account, i)) for i in range(header.count)
            ]
            if all(p is not None for p in parts):
                try:
                    return _decode("".join(p for p in parts if p is not None))
                except (ValueError, zlib.error):
                    return None
        return None

    def save(self, token: str) -> None:
        """Store ``token``, replacing the one before it (rotation)."""
        old = _parse_header(self._store.get_password(self.account))
        if len(token) <= MAX_ENTRY_CHARS and not token.startswith(HEADER + ":"):
            self._store.set_password(self.account, token)
            if old is not None:
                self._delete_chunks(old)
            return
        payload = _encode(token)
        chunks = [payload[i : i + MAX_ENTRY_CHARS] for i in range(0, len(payload), MAX_ENTRY_CHARS)]
        header = _Header(secrets.token_hex(4), len(chunks))
        for index, chunk in enumerate(chunks):
            self._store.set_password(header.chunk(self.account, index), chunk)
        self._store.set_password(self.account, f"{HEADER}:{header.generation}:{header.count}")
        if old is not None and old.generation != header.generation:
            self._delete_chunks(old)

    def delete(self) -> None:
        """Forget the token: every entry of it goes from the store."""
        old = _parse_header(self._store.get_password(self.account))
        self._store.delete_password(self.account)
        if old is not None:
            self._delete_chunks(old)

    def _delete_chunks(self, header: _Header) -> None:
        for index in range(header.count):
            self._store.delete_password(header.chunk(self.account, index))


class AccessTokens:
    """This process's access tokens by account (memory only; a new process refreshes)."""

    def __init__(self) -> None:
        self._tokens: dict[str, Tokens] = {}
        self._lock = threading.Lock()

    def get(self, account: str) -> Tokens | None:
        with self._lock:
            return self._tokens.get(account)

    def put(self, account: str, tokens: Tokens) -> None:
        # Keep only what sending needs: the refresh token lives in the secret store.
        with self._lock:
            self._tokens[account] = Tokens(
                tokens.access_token, "", tokens.expires_at, tokens.issued_at
            )

    def forget(self, account: str) -> None:
        with self._lock:
            self._tokens.pop(account, None)

    def clear(self) -> None:
        with self._lock:
            self._tokens.clear()

    def __repr__(self) -> str:
        return f"AccessTokens({len(self._tokens)} account(s))"


ACCESS_TOKENS = AccessTokens()
"""The process-wide access tokens: every service in one process shares them."""
