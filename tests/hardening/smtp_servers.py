"""SMTP servers on loopback for the hardening tests.

- :class:`RecordingSmtp`: a well-behaved aiosmtpd server that counts every message it
  accepts by Message-ID (the count at the server is the truth about delivery).
- :class:`FaultSmtp`: a small hand-written SMTP server whose ``mode`` makes it misbehave
  the ways real servers and networks do: hang without a greeting, drop the connection
  in the middle of DATA, answer 421 / 451 (temporary) or 550 (permanent). ``mode`` can
  change between attempts, so a test can let the server "recover".
"""

from __future__ import annotations

import socket
import socketserver
import threading
from collections import Counter
from email import policy
from email.parser import BytesHeaderParser
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from renewdesk.mail.smtp import Security, SmtpSettings

SENDER = "quotes@renewdesk.example"


def free_port() -> int:
    """A loopback port nobody listens on right now (connecting to it is refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def message_id_of(raw: bytes) -> str:
    headers = BytesHeaderParser(policy=policy.default).parsebytes(raw)
    return str(headers.get("Message-ID", "")).strip()


def loopback_settings(port: int, **changes: Any) -> SmtpSettings:
    """Plain SMTP to a test server on 127.0.0.1 with a short timeout."""
    values: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "security": Security.NONE,
        "sender": SENDER,
        "timeout": 5.0,
    }
    values.update(changes)
    return SmtpSettings(**values)


class RecordingSmtp:
    """aiosmtpd on 127.0.0.1 keeping every accepted message; use as a context manager."""

    def __init__(self, user: str = "", password: str = "") -> None:
        """With ``user`` and ``password`` the server only takes mail after AUTH as them."""
        self.port = free_port()
        self.messages: list[bytes] = []
        self.logins: list[tuple[str, bool]] = []  # (user, accepted)
        self._credentials = (user, password)
        self._lock = threading.Lock()
        options: dict[str, Any] = {}
        if user:
            # Loopback only, so AUTH without TLS; handle_DATA refuses a session that did not
            # sign in (aiosmtpd's own auth_required warns without TLS).
            options = {"authenticator": self._authenticate, "auth_require_tls": False}
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port, **options)

    def _authenticate(
        self, _server: Any, _session: Any, _envelope: Any, _mechanism: str, data: Any
    ) -> AuthResult:
        user = data.login.decode() if isinstance(data, LoginPassword) else ""
        ok = isinstance(data, LoginPassword) and (user, data.password.decode()) == (
            self._credentials
        )
        with self._lock:
            self.logins.append((user, ok))
        return AuthResult(success=ok)

    async def handle_DATA(self, _server: Any, session: Any, envelope: Any) -> str:
        if self._credentials[0] and not session.authenticated:
            return "530 5.7.0 Authentication required"
        with self._lock:
            self.messages.append(bytes(envelope.original_content or envelope.content))
        return "250 Message accepted for delivery"

    def count(self, message_id: str) -> int:
        """How many times the server accepted the message with this Message-ID."""
        with self._lock:
            return sum(1 for raw in self.messages if message_id_of(raw) == message_id)

    def message_ids(self) -> Counter[str]:
        with self._lock:
            return Counter(message_id_of(raw) for raw in self.messages)

    def settings(self, **changes: Any) -> SmtpSettings:
        return loopback_settings(self.port, **changes)

    def __enter__(self) -> RecordingSmtp:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()


# --- the misbehaving server -----------------------------------------------------------

OK = "ok"
HANG = "hang"  # accept the connection, never say a word
DROP_IN_DATA = "drop-in-data"  # take part of the message, then close the socket
GREET_421 = "greet-421"  # "421 try again later" instead of a greeting
DATA_451 = "data-451"  # take the whole message, then answer 451
DATA_550 = "data-550"  # take the whole message, then refuse it for good
RCPT_550 = "rcpt-550"  # refuse the recipient for good
MODES = (OK, HANG, DROP_IN_DATA, GREET_421, DATA_451, DATA_550, RCPT_550)

TEMPORARY_TEXT = "4.3.2 System busy, come back later"
PERMANENT_TEXT = "5.7.1 Message refused by policy at mx.example"


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def _say(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:
        fault = self.server.owner
        mode = fault.mode
        fault.connections += 1
        if mode == HANG:
            fault.stop_event.wait(30)
            return
        if mode == GREET_421:
            self._say(f"421 {TEMPORARY_TEXT}")
            return
        self._say("220 fault.example ESMTP ready")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode(errors="replace").strip().split(" ")[0].upper()
            if verb in {"EHLO", "HELO"}:
                self._say("250-fault.example")
                self._say("250 8BITMIME")
            elif verb == "MAIL":
                self._say("250 OK")
            elif verb == "RCPT":
                self._say(f"550 {PERMANENT_TEXT}" if mode == RCPT_550 else "250 OK")
            elif verb == "DATA":
                self._say("354 End data with <CR><LF>.<CR><LF>")
                if not self._data(fault, mode):
                    return
            elif verb == "RSET" or verb == "NOOP":
                self._say("250 OK")
            elif verb == "QUIT":
                self._say("221 Bye")
                return
            else:
                self._say("502 Command not implemented")

    def _data(self, fault: FaultSmtp, mode: str) -> bool:
        """Read the message; False when the connection was dropped on purpose."""
        lines: list[bytes] = []
        while True:
            line = self.rfile.readline()
            if not line:
                return False
            if mode == DROP_IN_DATA and len(lines) >= 5:
                fault.dropped += 1
                self.connection.shutdown(socket.SHUT_RDWR)
                return False
            if line in (b".\r\n", b".\n"):
                break
            lines.append(line[1:] if line.startswith(b"..") else line)
        raw = b"".join(lines)
        if mode == DATA_451:
            self._say(f"451 {TEMPORARY_TEXT}")
        elif mode == DATA_550:
            self._say(f"550 {PERMANENT_TEXT}")
        else:
            with fault.lock:
                fault.messages.append(raw)
            self._say("250 2.0.0 Queued")
        return True


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: FaultSmtp


class FaultSmtp:
    """A loopback SMTP server that misbehaves as ``mode`` says; use as a context manager."""

    def __init__(self, mode: str = OK, port: int = 0) -> None:
        assert mode in MODES
        self.mode = mode
        self.messages: list[bytes] = []
        self.connections = 0
        self.dropped = 0
        self.lock = threading.Lock()
        self.stop_event = threading.Event()
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.owner = self
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def count(self, message_id: str) -> int:
        with self.lock:
            return sum(1 for raw in self.messages if message_id_of(raw) == message_id)

    def settings(self, **changes: Any) -> SmtpSettings:
        return loopback_settings(self.port, **changes)

    def __enter__(self) -> FaultSmtp:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_event.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
