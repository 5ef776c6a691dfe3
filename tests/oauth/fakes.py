"""Loopback stand-ins for an OAuth 2.0 provider, its mail server and a browser.

- :class:`FakeAuthServer`: an authorization server on 127.0.0.1. Its authorization
  endpoint redirects with a code; its token endpoint checks the PKCE verifier
  (S256), the redirect URI and the client id, and rotates refresh tokens (a spent
  one is refused with ``invalid_grant``); its device endpoint answers
  ``authorization_pending`` a few times before success; it revokes tokens.
- :class:`XOAuthSmtp`: aiosmtpd offering only XOAUTH2 and accepting only an access
  token the fake server issued, is current and has not expired.
- :func:`follow`: a browser that follows the redirect with urllib.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tests.hardening.smtp_servers import free_port, message_id_of

CLIENT_ID = "renewdesk-test-client"
MAILBOX = "admin@acme.example"
SCOPE = "smtp.send offline_access"


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    challenge: str
    method: str
    scope: str


@dataclass
class AuthState:
    codes: dict[str, Grant] = field(default_factory=dict)
    refresh_tokens: set[str] = field(default_factory=set)  # currently valid
    spent_refresh: list[str] = field(default_factory=list)  # refused when used again
    access_tokens: dict[str, float] = field(default_factory=dict)  # token -> expires (epoch)
    current_access: str = ""
    device_codes: dict[str, int] = field(default_factory=dict)  # device code -> pending left
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    refresh_count: int = 0
    revoked: list[str] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)  # every token ever handed out


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        if parts.path != "/authorize":
            self.send_error(404)
            return
        q = {k: v[0] for k, v in parse_qs(parts.query).items()}
        fake.state.requests.append(("authorize", q))
        target = q.get("redirect_uri", "")
        if fake.deny:
            answer = {"error": "access_denied", "state": q.get("state", "")}
        elif q.get("client_id") != fake.client_id or q.get("code_challenge_method") != "S256":
            answer = {"error": "invalid_request", "state": q.get("state", "")}
        else:
            code = secrets.token_urlsafe(16)
            fake.state.codes[code] = Grant(
                q["client_id"], target, q.get("code_challenge", ""), "S256", q.get("scope", "")
            )
            answer = {"code": code, "state": fake.forged_state or q.get("state", "")}
        self.send_response(302)
        self.send_header("Location", f"{target}?{urlencode(answer)}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length", "0"))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        path = urlsplit(self.path).path
        fake.state.requests.append((path, form))
        with fake.lock:
            status, body = fake.answer(path, form)
        self._json(status, body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeAuthServer


class FakeAuthServer:
    """An OAuth 2.0 authorization server on loopback (start with ``with``)."""

    def __init__(self, *, expires_in: int = 3600, pending: int = 2) -> None:
        self.client_id = CLIENT_ID
        self.expires_in = expires_in
        self.pending = pending
        self.deny = False
        self.forged_state = ""
        self.state = AuthState()
        self.lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeAuthServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- what the endpoints answer -------------------------------------------------------

    def _issue(self, refresh: bool = True) -> dict[str, Any]:
        access = "at-" + secrets.token_urlsafe(24)
        self.state.access_tokens[access] = time.time() + self.expires_in
        self.state.current_access = access
        self.state.issued.append(access)
        body: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.expires_in,
        }
        if refresh:
            token = "rt-" + secrets.token_urlsafe(24)
            self.state.refresh_tokens.add(token)
            self.state.issued.append(token)
            body["refresh_token"] = token
        return body

    def answer(self, path: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if path == "/device":
            if form.get("client_id") != self.client_id:
                return 400, {"error": "invalid_client"}
            device = secrets.token_urlsafe(16)
            self.state.device_codes[device] = self.pending
            return 200, {
                "device_code": device,
                "user_code": "WDJB-MJHT",
                "verification_uri": f"{self.url}/device-login",
                "expires_in": 600,
                "interval": 1,
            }
        if path == "/revoke":
            token = form.get("token", "")
            self.state.revoked.append(token)
            self.revoke_all()
            return 200, {}
        if path != "/token":
            return 404, {"error": "not_found"}
        if form.get("client_id") != self.client_id:
            return 401, {"error": "invalid_client"}
        grant = form.get("grant_type")
        if grant == "authorization_code":
            code = self.state.codes.pop(form.get("code", ""), None)
            if code is None or code.redirect_uri != form.get("redirect_uri"):
                return 400, {"error": "invalid_grant", "error_description": "code or redirect"}
            verifier = form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != code.challenge:
                return 400, {"error": "invalid_grant", "error_description": "PKCE verifier"}
            return 200, self._issue()
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            device = form.get("device_code", "")
            if device not in self.state.device_codes:
                return 400, {"error": "expired_token"}
            if self.state.device_codes[device] > 0:
                self.state.device_codes[device] -= 1
                return 400, {"error": "authorization_pending"}
            del self.state.device_codes[device]
            return 200, self._issue()
        if grant == "refresh_token":
            token = form.get("refresh_token", "")
            if token not in self.state.refresh_tokens:
                return 400, {"error": "invalid_grant", "error_description": "refresh token"}
            self.state.refresh_tokens.discard(token)  # rotation: each is good once
            self.state.spent_refresh.append(token)
            self.state.refresh_count += 1
            return 200, self._issue()
        return 400, {"error": "unsupported_grant_type"}

    def revoke_all(self) -> None:
        """The admin (or the tenant) revoked the sign-in: nothing issued works any more."""
        self.state.refresh_tokens.clear()
        self.state.access_tokens.clear()
        self.state.current_access = ""

    def accepts(self, token: str) -> bool:
        """The mail server's question: is this the current, unexpired access token?"""
        expires = self.state.access_tokens.get(token)
        return token == self.state.current_access and expires is not None and expires > time.time()


class XOAuthSmtp:
    """aiosmtpd on loopback that offers only XOAUTH2 and checks tokens with ``auth``."""

    def __init__(self, auth: FakeAuthServer, user: str = MAILBOX) -> None:
        self.auth = auth
        self.user = user
        self.port = free_port()
        self.messages: list[bytes] = []
        self.logins: list[tuple[str, bool]] = []
        self._controller = Controller(
            self,
            hostname="127.0.0.1",
            port=self.port,
            auth_require_tls=False,  # loopback only
            auth_exclude_mechanism=["LOGIN", "PLAIN"],
        )

    def __enter__(self) -> XOAuthSmtp:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        blob = base64.b64decode(args[1]) if len(args) > 1 else b""
        fields = dict(
            part.split("=", 1)
            for part in blob.decode(errors="replace").split("\x01")
            if "=" in part
        )
        user = fields.get("user", "")
        bearer = fields.get("auth", "")
        token = bearer[len("Bearer ") :] if bearer.startswith("Bearer ") else ""
        ok = user == self.user and self.auth.accepts(token)
        self.logins.append((user, ok))
        if ok:
            # Answer 235 ourselves: AuthResult(success=True) sets aiosmtpd's deprecated
            # Session.login_data, and its warning would be an error under pytest.
            server.session.authenticated = True
            await server.push("235 2.7.0 Authentication successful")
            return AuthResult(success=False, handled=True)
        error = json.dumps({"status": "401", "schemes": "bearer", "scope": SCOPE})
        await server.challenge_auth(error)  # the client answers with an empty line
        return AuthResult(success=False, handled=False, message="535 5.7.8 Token not accepted")

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        self.messages.append(bytes(envelope.content))
        return "250 Message accepted for delivery"

    def message_ids(self) -> list[str]:
        return [message_id_of(raw) for raw in self.messages]


def follow(url: str) -> str:
    """A browser: open the address, follow the redirect to the loopback page, return it."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def follow_later(url: str, pages: list[str] | None = None) -> bool:
    """What ``webbrowser.open`` does: return at once, the browser loads in the background."""

    def run() -> None:
        try:
            page = follow(url)
        except OSError as exc:
            page = f"browser error: {exc}"
        if pages is not None:
            pages.append(page)

    threading.Thread(target=run, daemon=True).start()
    return True
