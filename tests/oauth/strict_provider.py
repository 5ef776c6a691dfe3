"""A second, stricter loopback OAuth 2.0 provider, unlike :mod:`tests.oauth.fakes`.

It behaves as Google and Entra ID do for a confidential client, and as strictly as
RFC 6749/7636/8628 allow:

- other endpoint paths (``/o/authz``, ``/oauth2/v9/access``, ``/oauth2/v9/device_authorization``,
  ``/oauth2/v9/revocation``);
- the client authenticates with HTTP Basic only (RFC 6749 2.3.1: id and secret
  form-urlencoded, then base64); a ``client_secret`` in the body is refused, because
  a client must not use two authentication methods in one request;
- very short-lived access tokens, and a new refresh token on every refresh (a spent
  one is refused with ``invalid_grant``);
- the device endpoint answers ``slow_down`` when polled faster than its interval, and
  ``authorization_pending`` once before success;
- :class:`ExactXOAuthSmtp` accepts only ``user=<mailbox>\\x01auth=Bearer <token>\\x01\\x01``,
  byte for byte, with the current access token.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote_plus, urlencode, urlsplit

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tests.hardening.smtp_servers import free_port

CLIENT_ID = "strict app/client:1"  # needs form-encoding inside HTTP Basic
CLIENT_SECRET = "s3cr%t:with+odd chars"
MAILBOX = "sales@northwind.example"
SCOPE = "mail.submit offline"
AUTHORIZE = "/o/authz"
TOKEN = "/oauth2/v9/access"
DEVICE = "/oauth2/v9/device_authorization"
REVOKE = "/oauth2/v9/revocation"
USER_CODE = "QX7-P4K"


@dataclass
class _State:
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (redirect, chal.)
    refresh: set[str] = field(default_factory=set)
    access: dict[str, float] = field(default_factory=dict)
    current: str = ""
    devices: dict[str, dict[str, float]] = field(default_factory=dict)
    issued: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    slow_downs: int = 0
    refreshes: int = 0
    revoked: list[str] = field(default_factory=list)


class StrictProvider:
    def __init__(
        self,
        *,
        expires_in: int = 2,
        interval: int = 1,
        announce: bool = True,
        public: bool = False,
        post_only: bool = False,
    ) -> None:
        self.expires_in = expires_in
        self.announce = announce  # False: no expires_in in the answer (RFC 6749 allows it)
        self.public = public  # True: no secret, client_id in the body (Entra ID's desktop app)
        self._revoking = False
        self.post_only = post_only  # True: the secret only in the body, HTTP Basic refused
        self.refresh_error = ""  # e.g. Entra ID's "interaction_required" for every refresh
        self.interval = interval
        self.state = _State()
        self.lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.provider = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> StrictProvider:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _issue(self) -> dict[str, Any]:
        access = "ya29." + secrets.token_urlsafe(30)
        refresh = "1//" + secrets.token_urlsafe(30)
        self.state.access[access] = time.time() + self.expires_in
        self.state.current = access
        self.state.refresh.add(refresh)
        self.state.issued += [access, refresh]
        body: dict[str, Any] = {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "Bearer",
            "scope": SCOPE,
        }
        if self.announce:
            body["expires_in"] = self.expires_in
        return body

    def revoke_all(self) -> None:
        self.state.refresh.clear()
        self.state.access.clear()
        self.state.current = ""

    def accepts(self, token: str) -> bool:
        expires = self.state.access.get(token)
        return token == self.state.current and expires is not None and expires > time.time()

    def _client_ok(self, header: str, form: dict[str, str]) -> str:
        """'' when the request authenticates with HTTP Basic only, else why not."""
        if self.public:  # a public client names itself in the body and sends no secret
            ok = form.get("client_id") == CLIENT_ID and not header and "client_secret" not in form
            return "" if ok or self._revoking else "public client_id missing or a secret sent"
        if self.post_only:  # the other form RFC 6749 2.3.1 allows, and nothing else
            if header or (form.get("client_id"), form.get("client_secret")) != (
                CLIENT_ID,
                CLIENT_SECRET,
            ):
                return "client_id and client_secret must come in the body"
            return ""
        if "client_secret" in form:
            return "client_secret in the body"
        if not header.startswith("Basic "):
            return "no HTTP Basic authentication"
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        if (unquote_plus(user), unquote_plus(password)) != (CLIENT_ID, CLIENT_SECRET):
            return "wrong client id or secret"
        if form.get("client_id", CLIENT_ID) != CLIENT_ID:
            return "client_id in the body differs"
        return ""

    def answer(self, path: str, header: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        self._revoking = path == REVOKE
        refusal = self._client_ok(header, form)
        if refusal:
            self.state.refusals.append(f"{path}: {refusal}")
            return 401, {"error": "invalid_client", "error_description": refusal}
        if path == DEVICE:
            if form.get("scope") != SCOPE:
                return 400, {"error": "invalid_scope"}
            device = "dc-" + secrets.token_urlsafe(12)
            self.state.devices[device] = {"pending": 1, "last": 0.0}
            return 200, {
                "device_code": device,
                "user_code": USER_CODE,
                "verification_uri": f"{self.url}/activate",
                "expires_in": 120,
                "interval": self.interval,
            }
        if path == REVOKE:
            self.state.revoked.append(form.get("token", ""))
            self.revoke_all()
            return 200, {}
        if path != TOKEN:
            return 404, {"error": "not_found"}
        grant = form.get("grant_type")
        if grant == "authorization_code":
            redirect, challenge = self.state.codes.pop(form.get("code", ""), ("", ""))
            verifier = form.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            if not redirect or redirect != form.get("redirect_uri"):
                return 400, {"error": "invalid_grant", "error_description": "redirect_uri"}
            if digest.rstrip(b"=").decode() != challenge:
                return 400, {"error": "invalid_grant", "error_description": "code_verifier"}
            return 200, self._issue()
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            device = self.state.devices.get(form.get("device_code", ""))
            if device is None:
                return 400, {"error": "expired_token"}
            now = time.monotonic()
            too_soon = now - device["last"] < self.interval - 0.05
            device["last"] = now
            if too_soon or self.state.slow_downs == 0:  # the first poll is always told off
                self.state.slow_downs += 1
                return 400, {"error": "slow_down"}
            if device["pending"] > 0:
                device["pending"] -= 1
                return 400, {"error": "authorization_pending"}
            del self.state.devices[form["device_code"]]
            return 200, self._issue()
        if grant == "refresh_token":
            if self.refresh_error:
                return 400, {"error": self.refresh_error, "error_description": "AADSTS50076"}
            token = form.get("refresh_token", "")
            if token not in self.state.refresh:
                return 400, {
                    "error": "invalid_grant",
                    "error_description": "Token has been revoked.",
                }
            self.state.refresh.discard(token)
            self.state.refreshes += 1
            return 200, self._issue()
        return 400, {"error": "unsupported_grant_type"}


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        provider: StrictProvider = self.server.provider  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        q = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path != AUTHORIZE:
            self.send_error(404)
            return
        problems = [
            name
            for name, ok in (
                ("client_id", q.get("client_id") == CLIENT_ID),
                ("response_type", q.get("response_type") == "code"),
                ("scope", q.get("scope") == SCOPE),
                ("code_challenge_method", q.get("code_challenge_method") == "S256"),
                ("state", len(q.get("state", "")) >= 16),
                ("redirect_uri", q.get("redirect_uri", "").startswith("http://127.0.0.1:")),
            )
            if not ok
        ]
        if problems:
            self._send(400, {"error": "invalid_request", "bad": problems})
            return
        code = "4/" + secrets.token_urlsafe(20)
        with provider.lock:
            provider.state.codes[code] = (q["redirect_uri"], q.get("code_challenge", ""))
        self.send_response(302)
        query = urlencode({"code": code, "state": q["state"], "scope": SCOPE})
        self.send_header("Location", f"{q['redirect_uri']}?{query}")
        self.end_headers()

    def do_POST(self) -> None:
        provider: StrictProvider = self.server.provider  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length", "0"))
        fields = parse_qs(self.rfile.read(length).decode())
        repeated = sorted(k for k, v in fields.items() if len(v) > 1)
        if repeated:  # RFC 6749 3.2: a parameter must not be sent more than once
            with provider.lock:
                provider.state.refusals.append(f"repeated {repeated}")
            self._send(400, {"error": "invalid_request", "error_description": f"{repeated}"})
            return
        form = {k: v[0] for k, v in fields.items()}
        with provider.lock:
            status, body = provider.answer(
                urlsplit(self.path).path, self.headers.get("Authorization", ""), form
            )
        self._send(status, body)


class ExactXOAuthSmtp:
    """aiosmtpd offering only XOAUTH2 and accepting exactly the string Google documents."""

    def __init__(self, provider: StrictProvider, user: str = MAILBOX) -> None:
        self.provider = provider
        self.user = user
        self.port = free_port()
        self.messages: list[bytes] = []
        self.logins: list[bool] = []
        self.blobs: list[bytes] = []
        self.refuse_all = False  # the mailbox lost its SMTP permission: every token refused
        self._controller = Controller(
            self,
            hostname="127.0.0.1",
            port=self.port,
            auth_require_tls=False,
            auth_exclude_mechanism=["LOGIN", "PLAIN"],
        )

    def __enter__(self) -> ExactXOAuthSmtp:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        if len(args) > 1:
            blob = base64.b64decode(args[1], validate=True)
        else:  # the client may send the response after an empty challenge
            blob = await server.challenge_auth("", encode_to_b64=False) or b""
        self.blobs.append(blob)
        token = self.provider.state.current
        ok = bool(token) and self.provider.accepts(token) and not self.refuse_all
        ok = ok and blob == f"user={self.user}\x01auth=Bearer {token}\x01\x01".encode()
        self.logins.append(ok)
        if ok:
            server.session.authenticated = True
            await server.push("235 2.7.0 Accepted")
            return AuthResult(success=False, handled=True)
        await server.challenge_auth(
            json.dumps({"status": "400", "schemes": "Bearer", "scope": SCOPE})
        )
        return AuthResult(
            success=False, handled=False, message="535 5.7.8 Username and Password not accepted"
        )

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication Required"
        self.messages.append(bytes(envelope.content))
        return "250 2.0.0 OK"
