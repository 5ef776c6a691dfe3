"""The loopback redirect of a browser sign-in (RFC 8252 section 7.3).

A one-request HTTP listener on ``127.0.0.1`` at a port the OS picks. The browser
comes back to it with ``code`` and ``state`` (or ``error``); the page it shows
says the sign-in is done and the tab can be closed. Waiting ends at the time
limit or when the caller sets its cancel event.
"""

from __future__ import annotations

import html
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from renewdesk.lazy_text import tr_later
from renewdesk.mail.oauth import OAuthError, SignInCancelledError, SignInTimedOutError

POLL_S = 0.1


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        if parts.path != self.server.path or not ({"code", "error", "state"} & query.keys()):
            self.send_error(404)  # a favicon or a stray request: keep waiting
            return
        state = query.get("state", [""])[0]
        if "error" in query:
            error = query["error"][0]
            detail = query.get("error_description", [""])[0]
            self.server.outcome = OAuthError(
                tr_later("OAuth", "The sign-in was refused: {reason}").format(
                    reason=f"{error}: {detail}" if detail else error
                )
            )
            self._page(str(tr_later("OAuth", "Sign-in failed")), self.server.outcome.reason)
        elif state != self.server.state:
            self.server.outcome = OAuthError(
                str(
                    tr_later(
                        "OAuth",
                        "The browser came back with an answer that does not belong to this "
                        "sign-in (state mismatch); nothing was signed in.",
                    )
                )
            )
            self._page(str(tr_later("OAuth", "Sign-in failed")), self.server.outcome.reason)
        else:
            port = self.server.server_address[1]
            self.server.outcome = f"http://{self.server.redirect_host}:{port}{self.path}"
            self._page(
                str(tr_later("OAuth", "Signed in to RenewDesk")),
                str(tr_later("OAuth", "You can close this tab and go back to RenewDesk.")),
            )

    def _page(self, title: str, text: str) -> None:
        body = (
            "<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title></head>"
            "<body style='font-family:sans-serif;margin:4em auto;max-width:32em'>"
            f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></body></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the query holds the code: never log it


class _Server(HTTPServer):
    outcome: str | OAuthError | None = None
    state = ""
    path = "/"
    redirect_host = "127.0.0.1"

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a browser that hung up early: the outcome (if any) is already recorded


class LoopbackReceiver:
    """Listen on 127.0.0.1 at a free port until the browser brings the answer back.

    The listener serves on its own thread from :meth:`start`, so a browser that
    ``webbrowser`` waits for (a console browser, a ``$BROWSER`` script) is answered.
    """

    def __init__(self, path: str = "/", redirect_host: str = "127.0.0.1") -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.timeout = POLL_S
        self._server.path = path
        self._server.redirect_host = redirect_host
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self, state: str) -> None:
        """Answer the browser from now on; only ``state`` counts as this sign-in's answer."""
        self._server.state = state
        self._thread = threading.Thread(target=self._serve, name="signin-loopback", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set() and self._server.outcome is None:
            self._server.handle_request()

    def wait(self, timeout: float, cancel: threading.Event) -> str:
        """The full redirect URL once the browser is back; raises on error, cancel or timeout."""
        deadline = time.monotonic() + timeout
        try:
            while self._server.outcome is None:
                if cancel.is_set():
                    raise SignInCancelledError(str(tr_later("OAuth", "Sign-in cancelled.")))
                if time.monotonic() >= deadline:
                    raise SignInTimedOutError(
                        tr_later(
                            "OAuth", "Nobody finished the sign-in in the browser within {n} s."
                        ).format(n=f"{timeout:g}")
                    )
                cancel.wait(POLL_S)
        finally:
            self.close()
        if isinstance(self._server.outcome, OAuthError):
            raise self._server.outcome
        return self._server.outcome

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2)
        self._server.server_close()
