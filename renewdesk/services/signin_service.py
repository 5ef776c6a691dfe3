"""Sign in to the mail provider (OAuth 2.0), keep the sign-in fresh, and sign out.

Used alike by Settings, the sign-in window, the outbox and ``renewdesk signin``.
The refresh token goes to the secret store only (:class:`RefreshTokenStore`),
the access token stays in this process's memory (:data:`ACCESS_TOKENS`).

Refreshing: an access token is refreshed when it has less than
:data:`REFRESH_MARGIN_S` left, and once more after the server answers 535. A
refresh runs under a lock file per account, so two RenewDesk processes never
spend the same refresh token; should a provider still refuse it, the secret
store is read again and a token another process stored meanwhile is tried
before the admin is asked to sign in again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import threading
import time
import webbrowser
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from renewdesk.lazy_text import tr_later
from renewdesk.mail.loopback import LoopbackReceiver
from renewdesk.mail.oauth import (
    DeviceCode,
    OAuthClient,
    OAuthConfig,
    OAuthError,
    ProviderUnreachableError,
    SignInExpiredError,
    Tokens,
)
from renewdesk.mail.smtp import (
    PermanentSmtpError,
    ServerUnreachableError,
    SignInRequiredError,
    SmtpAuthError,
    TokenSource,
)
from renewdesk.mail.token_store import ACCESS_TOKENS, AccessTokens, RefreshTokenStore, token_account

REFRESH_MARGIN_S = 120.0
BROWSER_TIMEOUT_S = 300.0


@dataclass(frozen=True, slots=True)
class SignInResult:
    """Who is signed in now, and whether the sign-in outlives this session."""

    user: str
    provider: str
    persistent: bool
    store: str  # the secret store's description


@contextlib.contextmanager
def _refresh_lock(account: str) -> Iterator[None]:
    """One refresh at a time per account across processes (an advisory lock file)."""
    digest = hashlib.sha256(account.encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"renewdesk-signin-{digest}.lock"
    try:
        handle = open(path, "a+b")  # noqa: SIM115  (closed below, after the lock)
    except OSError:  # no writable temp folder: the keyring re-read still guards us
        yield
        return
    with handle:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:  # LK_LOCK gives up after 10 s: keep waiting
                    continue
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class SignInService:
    """OAuth 2.0 sign-in for the mailbox in the settings (``settings.oauth_config``)."""

    def __init__(
        self,
        settings: Any,
        *,
        access_tokens: AccessTokens = ACCESS_TOKENS,
        clock: Callable[[], float] = time.time,
        open_browser: Callable[[str], object] | None = None,
    ) -> None:
        self._settings = settings
        self._access = access_tokens
        self._clock = clock
        # webbrowser honours $BROWSER; looked up at call time so tests can stand in for it
        self._open_browser = open_browser or (lambda url: webbrowser.open(url))
        self._lock = threading.Lock()

    # -- state ---------------------------------------------------------------------------

    def _parts(self, app: Any = None) -> tuple[Any, OAuthConfig, RefreshTokenStore]:
        current = app or self._settings.load()
        config = self._settings.oauth_config(current)  # SettingsError when not set up
        account = token_account(current.smtp_user, config.token_url)
        return current, config, RefreshTokenStore(self._settings.secret_store, account)

    @property
    def settings(self) -> Any:
        return self._settings

    def account(self, app: Any = None) -> str:
        """The secret-store key of the sign-in (``oauth:mailbox@token host``)."""
        return self._parts(app)[2].account

    def device_available(self, app: Any = None) -> bool:
        """Whether the provider has a device authorization endpoint (RFC 8628)."""
        try:
            return bool(self._parts(app)[1].device_url)
        except ValueError:  # SettingsError: not set up
            return False

    def signed_in(self, app: Any = None) -> bool:
        """Whether a sign-in is kept for the mailbox in the settings."""
        current = app or self._settings.load()
        if not current.uses_oauth:
            return False
        try:
            _app, _config, store = self._parts(current)
        except ValueError:  # SettingsError: not set up
            return False
        return store.load() is not None

    def persistent(self) -> bool:
        return bool(self._settings.secret_store.persistent)

    def _result(self, app: Any, config: OAuthConfig) -> SignInResult:
        store = self._settings.secret_store
        return SignInResult(
            app.smtp_user, config.provider.value, store.persistent, store.description
        )

    def _keep(self, store: RefreshTokenStore, tokens: Tokens) -> None:
        if not tokens.refresh_token:
            raise OAuthError(
                str(
                    tr_later(
                        "OAuth",
                        "The provider sent no refresh token, so the sign-in cannot be kept; "
                        "check that the scopes allow offline access.",
                    )
                )
            )
        store.save(tokens.refresh_token)
        self._access.put(store.account, tokens)

    # -- signing in ---------------------------------------------------------------------

    def sign_in_browser(
        self,
        cancel: threading.Event,
        *,
        timeout: float = BROWSER_TIMEOUT_S,
        on_url: Callable[[str], None] = lambda _url: None,
        app: Any = None,
    ) -> SignInResult:
        """The system browser, PKCE and a loopback redirect; returns once signed in."""
        current, config, store = self._parts(app)
        client = OAuthClient(config)
        receiver = LoopbackReceiver(redirect_host=config.redirect_host)
        try:
            request = client.authorization_request(receiver.port)
            receiver.start(request.state)
            on_url(request.url)
            # webbrowser waits for some browsers to exit (a $BROWSER command, a console
            # browser): open it on a thread of its own while the listener answers.
            threading.Thread(
                target=self._open_browser, args=(request.url,), name="signin-browser", daemon=True
            ).start()
            callback = receiver.wait(timeout, cancel)
        finally:
            receiver.close()
        self._keep(store, client.exchange_code(request, callback))
        return self._result(current, config)

    def start_device(self, app: Any = None) -> DeviceCode:
        """Ask for a device code (RFC 8628); show it, then :meth:`finish_device`."""
        _current, config, _store = self._parts(app)
        return OAuthClient(config).start_device()

    def finish_device(
        self,
        device: DeviceCode,
        cancel: threading.Event,
        *,
        on_wait: Callable[[float], None] = lambda _left: None,
        app: Any = None,
    ) -> SignInResult:
        """Wait until the admin has entered the code, then keep the sign-in."""
        current, config, store = self._parts(app)
        tokens = OAuthClient(config).poll_device(device, cancel, on_wait=on_wait)
        self._keep(store, tokens)
        return self._result(current, config)

    def sign_out(self, app: Any = None, *, background: bool = False) -> None:
        """Forget the sign-in: remove every keyring entry, revoke it where the provider can.

        ``background`` revokes on a thread of its own (the window must not wait for the
        network); the keyring entries are gone before this returns either way.
        """
        _current, config, store = self._parts(app)
        refresh = store.load()
        self._access.forget(store.account)
        store.delete()
        if not refresh:
            return

        def revoke() -> None:
            with contextlib.suppress(OAuthError):  # offline: forgetting it here is what counts
                OAuthClient(config).revoke(refresh)

        if background:
            threading.Thread(target=revoke, name="signin-revoke", daemon=True).start()
        else:
            revoke()

    # -- the access token ---------------------------------------------------------------

    def access_token(self, app: Any = None, *, fresh: bool = False) -> str:
        """A current access token (refreshed when near expiry, or when ``fresh``).

        Raises :class:`SignInExpiredError` when the admin must sign in again.
        """
        _current, config, store = self._parts(app)
        cached = self._access.get(store.account)
        if not fresh and cached and not self._due(cached):
            return cached.access_token
        with self._lock, _refresh_lock(store.account):
            latest = self._access.get(store.account)
            if latest is not cached and latest and not fresh:
                return latest.access_token  # another thread refreshed while we waited
            return self._refresh(OAuthClient(config), store)

    def _due(self, tokens: Tokens) -> bool:
        """Refresh before expiry: in the last two minutes, or last quarter of a short life."""
        margin = min(REFRESH_MARGIN_S, max(tokens.expires_at - tokens.issued_at, 0.0) / 4)
        return tokens.expires_at - margin <= self._clock()

    def _refresh(self, client: OAuthClient, store: RefreshTokenStore) -> str:
        used = store.load()
        if used is None:
            self._access.forget(store.account)
            raise SignInExpiredError(str(tr_later("OAuth", "not signed in")))
        try:
            tokens = client.refresh(used)
        except SignInExpiredError:
            # Another process may have rotated the token after we read it: read again.
            again = store.load()
            if again is None or again == used:
                self._access.forget(store.account)
                store.delete()  # refused for good; the status bar asks to sign in
                raise
            tokens = client.refresh(again)
            used = again
        if tokens.refresh_token and tokens.refresh_token != used:
            store.save(tokens.refresh_token)  # rotated: the old one is spent
        self._access.put(store.account, tokens)
        return tokens.access_token

    def token_source(self, app: Any = None) -> TokenSource:
        """What the SMTP sender calls for XOAUTH2, with OAuth failures as SMTP errors."""
        current = app or self._settings.load()

        def token(fresh: bool) -> str:
            try:
                return self.access_token(current, fresh=fresh)
            except SignInExpiredError as exc:
                raise SignInRequiredError(
                    tr_later("SmtpErrors", "Sign in again to send as {user}: {reason}").format(
                        user=current.smtp_user, reason=exc.reason
                    )
                ) from None
            except ProviderUnreachableError as exc:
                raise ServerUnreachableError(exc.reason) from None
            except OAuthError as exc:
                raise SmtpAuthError(exc.reason) from None
            except ValueError as exc:  # SettingsError: sign-in not set up completely
                raise PermanentSmtpError(str(exc)) from None

        return token


def smtp_sender(settings: Any, app: Any) -> Callable[[bytes, list[str]], Any]:
    """The outbox's ``send(raw, recipients)`` for the saved settings: password or XOAUTH2.

    Raises ``SettingsError`` when no SMTP server is set up.
    """
    from renewdesk.mail.smtp import make_sender

    smtp = settings.smtp_settings(app)
    if app.uses_oauth:
        return make_sender(smtp, None, oauth_token=SignInService(settings).token_source(app))
    return make_sender(smtp, settings.get_password(app))
