"""OAuth 2.0 sign-in for SMTP: the provider presets and the one client every provider uses.

Every provider (Microsoft 365, Google, any standard one) goes through the same
Authlib ``OAuth2Session``: the authorization-code grant with PKCE S256 (RFC 7636)
for a loopback redirect (RFC 8252), the device authorization grant (RFC 8628),
refresh, and revocation (RFC 7009). The presets differ only in endpoints, scopes
and the SMTP server, so the code the tests run is the code the presets run.
Nothing here stores a token: :mod:`renewdesk.mail.token_store` does that.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from renewdesk.lazy_text import tr_later

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
HTTP_TIMEOUT_S = 30.0
BASIC = "client_secret_basic"
POST = "client_secret_post"
# Token-endpoint errors that only a new sign-in cures: RFC 6749's invalid_grant (revoked,
# expired, password changed), OpenID Connect's interaction_required / login_required /
# consent_required (Entra ID's Conditional Access or MFA asks the admin again), and the
# invalid_token some servers answer for a revoked refresh token.
SIGN_IN_AGAIN = frozenset(
    {"invalid_grant", "interaction_required", "login_required", "consent_required", "invalid_token"}
)


class Provider(enum.StrEnum):
    MICROSOFT = "microsoft"
    GOOGLE = "google"
    CUSTOM = "custom"


MICROSOFT_TENANT = "organizations"
MICROSOFT_SCOPE = "https://outlook.office.com/SMTP.Send offline_access"
GOOGLE_SCOPE = "https://mail.google.com/"

# provider -> (host, port, security) that the preset fills in
SMTP_SERVERS = {
    Provider.MICROSOFT: ("smtp.office365.com", 587, "starttls"),
    Provider.GOOGLE: ("smtp.gmail.com", 587, "starttls"),
}


@dataclass(frozen=True, slots=True)
class OAuthConfig:
    """Where and as whom to sign in; the client secret is passed in, never stored here."""

    provider: Provider
    client_id: str
    authorize_url: str
    token_url: str
    device_url: str = ""
    revoke_url: str = ""
    scope: str = ""
    client_secret: str = ""
    # Entra ID registers "http://localhost"; RFC 8252 prefers the IP literal elsewhere.
    redirect_host: str = "127.0.0.1"

    def __repr__(self) -> str:  # never print the secret
        return f"OAuthConfig({self.provider}, client_id={self.client_id!r}, {self.token_url})"


def preset_endpoints(provider: Provider, tenant: str = "") -> dict[str, str]:
    """The endpoints and scope a preset fills in (empty for ``custom``)."""
    if provider is Provider.MICROSOFT:
        base = f"https://login.microsoftonline.com/{tenant or MICROSOFT_TENANT}/oauth2/v2.0"
        return {
            "authorize_url": f"{base}/authorize",
            "token_url": f"{base}/token",
            "device_url": f"{base}/devicecode",
            "revoke_url": "",  # Entra ID has no RFC 7009 endpoint; sign-out forgets locally
            "scope": MICROSOFT_SCOPE,
        }
    if provider is Provider.GOOGLE:
        return {
            "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth",
            "token_url": "https://oauth2.googleapis.com/token",
            "device_url": "https://oauth2.googleapis.com/device/code",
            "revoke_url": "https://oauth2.googleapis.com/revoke",
            "scope": GOOGLE_SCOPE,
        }
    return {}


class OAuthError(Exception):
    """Signing in or refreshing failed; ``reason`` says why in the admin's words."""

    temporary = False

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SignInExpiredError(OAuthError):
    """The provider no longer accepts the refresh token (revoked, expired): sign in again."""


class SignInCancelledError(OAuthError):
    """The admin cancelled the sign-in."""


class SignInTimedOutError(OAuthError):
    """Nobody finished the sign-in within the time limit."""


class ProviderUnreachableError(OAuthError):
    """The sign-in server could not be reached (offline): try again later."""

    temporary = True


@dataclass(frozen=True, slots=True)
class Tokens:
    """What a token endpoint answered. Held in memory only; never logged (see ``__repr__``)."""

    access_token: str
    refresh_token: str
    expires_at: float  # epoch seconds
    issued_at: float = 0.0  # epoch seconds, when this process received it

    def __repr__(self) -> str:
        return f"Tokens(expires_at={self.expires_at:.0f})"


@dataclass(frozen=True, slots=True)
class AuthorizationRequest:
    """One browser sign-in under way: the address to open and what the answer must match."""

    url: str
    state: str
    code_verifier: str
    redirect_uri: str

    def __repr__(self) -> str:
        return f"AuthorizationRequest(redirect_uri={self.redirect_uri!r})"


@dataclass(frozen=True, slots=True)
class DeviceCode:
    """RFC 8628's answer: the code the admin types at the address, and how long it lasts."""

    user_code: str
    verification_uri: str
    verification_uri_complete: str
    device_code: str
    interval: int
    expires_in: int

    def __repr__(self) -> str:
        return f"DeviceCode({self.user_code!r}, {self.verification_uri!r})"


def _reason(exc: BaseException) -> str:
    error = getattr(exc, "error", "") or type(exc).__name__
    description = getattr(exc, "description", "") or ""
    return f"{error}: {description}" if description else str(error)


class OAuthClient:
    """Authlib's ``OAuth2Session`` for one provider configuration, one call at a time."""

    def __init__(self, config: OAuthConfig, *, timeout: float = HTTP_TIMEOUT_S) -> None:
        self.config = config
        self._timeout = timeout
        # A public client (no secret) names itself in the body; a secret goes in HTTP
        # Basic, which RFC 6749 2.3.1 makes every server support (Google and Entra ID
        # too). A server that answers invalid_client to it gets the secret in the body
        # instead (RFC 6749 allows that form), from then on: see _request.
        self._method = BASIC if config.client_secret else "none"

    def _session(self, redirect_uri: str | None = None) -> Any:
        from authlib.integrations.requests_client import OAuth2Session

        secret = self.config.client_secret or None
        session = OAuth2Session(
            client_id=self.config.client_id,
            client_secret=secret,
            token_endpoint_auth_method=self._method,
            revocation_endpoint_auth_method=self._method,
            scope=self.config.scope or None,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            default_timeout=self._timeout,
        )
        session.register_client_auth_method((BASIC, _basic_auth))
        return session

    def _request(
        self, what: str, run: Callable[[Any], Any], redirect_uri: str | None = None
    ) -> Any:
        """``run(session)``; refused as ``invalid_client`` over HTTP Basic: once with POST.

        A server authenticates the client before it looks at the code or the refresh
        token, so the retry spends nothing.
        """
        from authlib.common.errors import AuthlibBaseError

        session = self._session(redirect_uri)
        if self._method == BASIC:
            try:
                return run(session)
            except AuthlibBaseError as exc:
                if getattr(exc, "error", "") != "invalid_client":
                    return self._call(what, _raise(exc))
            except Exception as exc:
                return self._call(what, _raise(exc))
            self._method = POST
            session = self._session(redirect_uri)
        return self._call(what, lambda: run(session))

    def _call(self, what: str, fn: Callable[[], Any]) -> Any:
        """Run one request; Authlib's and requests' exceptions become :class:`OAuthError`."""
        import requests
        from authlib.common.errors import AuthlibBaseError

        try:
            return fn()
        except requests.RequestException as exc:
            raise ProviderUnreachableError(
                tr_later("OAuth", "Cannot reach the sign-in server {host}: {error}").format(
                    host=_host(self.config.token_url), error=type(exc).__name__
                )
            ) from None
        except AuthlibBaseError as exc:
            error = getattr(exc, "error", "")
            if error in SIGN_IN_AGAIN:
                raise SignInExpiredError(
                    tr_later("OAuth", "The sign-in is no longer valid ({reason})").format(
                        reason=_reason(exc)
                    )
                ) from None
            raise OAuthError(
                tr_later("OAuth", "The sign-in server refused the {what}: {reason}").format(
                    what=what, reason=_reason(exc)
                )
            ) from None
        except ValueError as exc:  # an answer that is not the JSON OAuth promises
            raise OAuthError(
                tr_later("OAuth", "The sign-in server answered the {what} oddly: {error}").format(
                    what=what, error=type(exc).__name__
                )
            ) from None

    # -- the authorization-code grant with PKCE -------------------------------------------

    def authorization_request(self, port: int, path: str = "/") -> AuthorizationRequest:
        """The address to open in the browser for a loopback redirect to ``port``."""
        from authlib.common.security import generate_token

        redirect_uri = f"http://{self.config.redirect_host}:{port}{path}"
        verifier = generate_token(64)  # RFC 7636: 43-128 unreserved characters
        session = self._session(redirect_uri)
        url, state = session.create_authorization_url(
            self.config.authorize_url, code_verifier=verifier
        )
        return AuthorizationRequest(url, state, verifier, redirect_uri)

    def exchange_code(self, request: AuthorizationRequest, callback_url: str) -> Tokens:
        """Trade the code the redirect brought (state checked) for tokens."""
        token = self._request(
            str(tr_later("OAuth", "authorization code")),
            lambda session: session.fetch_token(
                self.config.token_url,
                authorization_response=callback_url,
                state=request.state,
                code_verifier=request.code_verifier,
            ),
            request.redirect_uri,
        )
        return _tokens(token, "")

    # -- the device authorization grant ----------------------------------------------------

    def start_device(self) -> DeviceCode:
        """Ask the device endpoint for a user code (RFC 8628 section 3.1)."""
        if not self.config.device_url:
            raise OAuthError(
                str(tr_later("OAuth", "This provider has no device sign-in address set up."))
            )

        def ask(session: Any) -> dict[str, Any]:
            # RFC 8628 3.1: a confidential client authenticates as at the token endpoint;
            # the POST form adds client_id itself (once, RFC 6749 3.2)
            data = {} if self._method == POST else {"client_id": self.config.client_id}
            if self.config.scope:
                data["scope"] = self.config.scope
            auth = session.client_auth(self._method) if self.config.client_secret else None
            response = session.post(
                self.config.device_url, data=data, auth=auth, withhold_token=True
            )
            body = response.json()
            if "error" in body or response.status_code >= 400:
                from authlib.integrations.base_client import OAuthError as AuthlibOAuthError

                raise AuthlibOAuthError(
                    error=body.get("error", str(response.status_code)),
                    description=body.get("error_description", ""),
                )
            return dict(body)

        body = self._request(str(tr_later("OAuth", "device code request")), ask)
        uri = body.get("verification_uri") or body.get("verification_url", "")
        return DeviceCode(
            user_code=str(body["user_code"]),
            verification_uri=str(uri),
            verification_uri_complete=str(body.get("verification_uri_complete", "")),
            device_code=str(body["device_code"]),
            interval=max(int(body.get("interval", 5)), 1),
            expires_in=int(body.get("expires_in", 900)),
        )

    def poll_device(
        self,
        device: DeviceCode,
        cancel: threading.Event,
        *,
        on_wait: Callable[[float], None] = lambda _left: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> Tokens:
        """Poll the token endpoint until the admin has entered the code (RFC 8628 3.4-3.5)."""
        from authlib.common.errors import AuthlibBaseError

        deadline = clock() + device.expires_in
        interval = float(device.interval)
        while True:
            left = deadline - clock()
            if left <= 0:
                raise SignInTimedOutError(
                    str(tr_later("OAuth", "The code expired before the sign-in was finished."))
                )
            on_wait(left)
            if cancel.wait(min(interval, left)):
                raise SignInCancelledError(str(tr_later("OAuth", "Sign-in cancelled.")))
            # RFC 8628 3.4 wants client_id in the body; the "none" and POST forms add it
            # themselves, and it must come once only (RFC 6749 3.2)
            named = {"client_id": self.config.client_id} if self._method == BASIC else {}
            try:
                token = self._session().fetch_token(
                    self.config.token_url,
                    grant_type=DEVICE_GRANT,
                    device_code=device.device_code,
                    **named,
                )
            except AuthlibBaseError as exc:
                error = getattr(exc, "error", "")
                if error == "authorization_pending":
                    continue
                if error == "slow_down":
                    interval += 5  # RFC 8628 3.5
                    continue
                if error == "invalid_client" and self._method == BASIC:
                    self._method = POST  # as in _request, from the next poll on
                    continue
                if error == "expired_token":
                    raise SignInTimedOutError(
                        str(tr_later("OAuth", "The code expired before the sign-in was finished."))
                    ) from None
                self._call(str(tr_later("OAuth", "device sign-in")), _raise(exc))
                raise
            except Exception as exc:
                self._call(str(tr_later("OAuth", "device sign-in")), _raise(exc))
                raise
            return _tokens(token, "")

    # -- refresh and revocation ------------------------------------------------------------

    def refresh(self, refresh_token: str) -> Tokens:
        """New tokens for a refresh token; a rotated refresh token comes back in ``Tokens``."""
        token = self._request(
            str(tr_later("OAuth", "refresh")),
            lambda session: session.refresh_token(
                self.config.token_url, refresh_token=refresh_token
            ),
        )
        return _tokens(token, refresh_token)

    def revoke(self, refresh_token: str) -> None:
        """Tell the provider to forget the refresh token, where it has an RFC 7009 endpoint."""
        if not self.config.revoke_url:
            return

        def revoke(session: Any) -> None:
            response = session.revoke_token(
                self.config.revoke_url, token=refresh_token, token_type_hint="refresh_token"
            )
            if response.status_code == 401:  # RFC 7009 2.2.1: the client was not accepted
                from authlib.common.errors import AuthlibBaseError

                raise AuthlibBaseError(error="invalid_client")

        self._request(str(tr_later("OAuth", "revocation")), revoke)


def _basic_auth(client: Any, _method: str, uri: str, headers: Any, body: Any) -> Any:
    """HTTP Basic as RFC 6749 2.3.1 has it: id and secret form-urlencoded first.

    (Authlib's own ``client_secret_basic`` skips that step, so a secret with ``%``,
    ``+``, ``:`` or a space would reach a strict server changed.)
    """
    import base64
    from urllib.parse import quote_plus

    pair = f"{quote_plus(client.client_id)}:{quote_plus(client.client_secret)}"
    headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
    return uri, headers, body


def _raise(exc: BaseException) -> Callable[[], Any]:
    def again() -> Any:
        raise exc

    return again


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url


def _tokens(token: Any, previous_refresh: str) -> Tokens:
    access = str(token.get("access_token") or "")
    if not access:
        raise OAuthError(str(tr_later("OAuth", "The sign-in server sent no access token.")))
    now = time.time()
    expires_in = token.get("expires_in")
    expires_at = now + float(expires_in) if expires_in is not None else token.get("expires_at")
    if expires_at is None:
        expires_at = now + 3600
    refresh = str(token.get("refresh_token") or previous_refresh or "")
    return Tokens(access, refresh, float(expires_at), now)
