"""``renewdesk config / signin / signout`` and sending with XOAUTH2, each a real process.

The provider and its mail server run in this test process on loopback; the child
processes share a file keyring (``tests.hardening.file_keyring``) as they would the
OS keyring, and ``$BROWSER`` is a script that follows the redirect with urllib.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.cli.conftest import ROOT, Run, write
from tests.cli.test_quote_commands import PRICES, SUBS
from tests.oauth.fakes import CLIENT_ID, MAILBOX, SCOPE, FakeAuthServer, XOAuthSmtp, follow

BROWSER = f"{sys.executable} {ROOT / 'tests' / 'oauth' / 'fake_browser.py'} %s"


@pytest.fixture
def provider():
    with FakeAuthServer(pending=2) as auth, XOAuthSmtp(auth) as smtp:
        yield auth, smtp


@pytest.fixture
def renewdesk(db_path: Path, tmp_path: Path):
    keyring_file = tmp_path / "os-keyring" / "keyring.json"
    keyring_file.parent.mkdir()

    def run(*args: str, stdin: str | None = None, browser: str = BROWSER, wait: bool = True):
        env = dict(os.environ, RENEWDESK_TODAY="2026-11-26", PYTHONPATH=str(ROOT))
        env["XDG_DATA_HOME"] = str(tmp_path / "data")
        env["XDG_STATE_HOME"] = str(tmp_path / "state")
        env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
        env["PYTHON_KEYRING_BACKEND"] = "tests.hardening.file_keyring.FileKeyring"
        env["RENEWDESK_TEST_KEYRING"] = str(keyring_file)
        env["BROWSER"] = browser
        command = [sys.executable, "-m", "renewdesk", "--db", str(db_path), *args]
        if not wait:
            return subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
        proc = subprocess.run(
            command, capture_output=True, text=True, input=stdin, env=env, timeout=120
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)

    run.keyring_file = keyring_file  # type: ignore[attr-defined]
    return run


def configure(renewdesk, auth: FakeAuthServer, smtp: XOAuthSmtp, tmp_path: Path) -> Run:
    for kind, text in (("subscriptions", SUBS), ("prices", PRICES)):
        result = renewdesk("import", "--kind", kind, str(write(tmp_path / f"{kind}.csv", text)))
        assert result.code == 0, result.err
    result = renewdesk(
        "config",
        "--smtp-host", "127.0.0.1",
        "--smtp-port", str(smtp.port),
        "--smtp-security", "none",
        "--smtp-user", MAILBOX,
        "--smtp-auth", "oauth2",
        "--oauth-provider", "custom",
        "--oauth-client-id", CLIENT_ID,
        "--oauth-authorize-url", f"{auth.url}/authorize",
        "--oauth-token-url", f"{auth.url}/token",
        "--oauth-device-url", f"{auth.url}/device",
        "--oauth-revoke-url", f"{auth.url}/revoke",
        "--oauth-scope", SCOPE,
    )  # fmt: skip
    assert result.code == 0, result.err
    return result


def issued_tokens(auth: FakeAuthServer) -> set[str]:
    return set(auth.state.issued)


def test_sign_in_send_revoke_device_sign_in_and_sign_out(
    renewdesk, provider, db_path: Path, tmp_path: Path
) -> None:
    auth, smtp = provider
    auth.expires_in = 2
    shown = configure(renewdesk, auth, smtp, tmp_path)
    assert "smtp-auth: oauth2" in shown.out and "sign-in: not signed in" in shown.out

    signed = renewdesk("signin")
    assert signed.code == 0, signed.err
    assert f"{auth.url}/authorize?" in signed.out  # printed as well as opened
    assert "Signed in as admin@acme.example" in signed.out

    first = renewdesk("quote", "create", "A1", "--send")
    assert first.code == 0 and "sent" in first.err, first.err
    time.sleep(2.2)  # the access token expires between the two quotes
    second = renewdesk("quote", "create", "A2", "--send")
    assert second.code == 0 and "; sent" in second.err, second.err
    assert len(smtp.messages) == 2 and all(ok for _u, ok in smtp.logins)

    auth.revoke_all()  # the admin's sign-in is revoked at the provider
    third = renewdesk("quote", "create", "M1", "--send")
    assert third.code == 0
    assert "queued in the outbox: Sign in again" in third.err
    listed = renewdesk("outbox")
    assert "queued" in listed.out and "Sign in again" in listed.out
    assert len(smtp.messages) == 2

    device = renewdesk("signin", "--device", wait=False)
    out, err = device.communicate(timeout=60)
    assert device.returncode == 0, err
    assert "WDJB-MJHT" in out and f"{auth.url}/device-login" in out
    assert "1 quote email(s) sent from the outbox" in out
    assert len(smtp.messages) == 3
    assert "0 message(s) waiting" in renewdesk("outbox").out

    tokens = issued_tokens(auth)
    assert len(tokens) >= 6
    assert_nowhere_but_the_keyring(tokens, db_path, tmp_path, renewdesk.keyring_file)
    assert any(t in renewdesk.keyring_file.read_text() for t in auth.state.refresh_tokens)

    out_ = renewdesk("signout")
    assert out_.code == 0, out_.err
    assert json.loads(renewdesk.keyring_file.read_text()) == {}
    assert auth.state.revoked
    assert "sign-in: not signed in" in renewdesk("config").out
    assert renewdesk("outbox", "send").code in (0, 2)


def assert_nowhere_but_the_keyring(
    tokens: set[str], db_path: Path, tmp_path: Path, keyring_file: Path
) -> None:
    """No token in the cache, its WAL, the settings, the outbox bytes, logs or any file."""
    with sqlite3.connect(db_path) as conn:
        settings = " ".join(v for (v,) in conn.execute("select value from settings"))
        raw = b"".join(bytes(r) for (r,) in conn.execute("select raw from outbox"))
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p != keyring_file]
    assert any(p.name.endswith("-wal") for p in files) or db_path.exists()
    for token in tokens:
        assert token not in settings
        assert token.encode() not in raw
        for path in files:
            assert token.encode() not in path.read_bytes(), path


def test_signin_refused_in_the_browser_exits_2_with_one_line(renewdesk, provider, tmp_path) -> None:
    auth, smtp = provider
    configure(renewdesk, auth, smtp, tmp_path)
    auth.deny = True
    result = renewdesk("signin")
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "access_denied" in lines[0], result.err


def test_signin_times_out_when_nobody_signs_in(renewdesk, provider, tmp_path) -> None:
    auth, smtp = provider
    configure(renewdesk, auth, smtp, tmp_path)
    result = renewdesk("signin", "--timeout", "1", browser="true %s")
    assert result.code == 2
    assert result.err.strip().count("\n") == 0 and "within 1 s" in result.err


def test_signin_without_oauth_settings_says_what_is_missing(renewdesk) -> None:
    result = renewdesk("signin")
    assert result.code == 2 and "--smtp-auth" in result.err


def test_config_refuses_bad_sign_in_values_with_the_option_name(renewdesk, provider) -> None:
    result = renewdesk("config", "--smtp-auth", "oauth2", "--oauth-provider", "custom")
    assert result.code == 2
    assert "--oauth-client-id" in result.err and "--smtp-user" in result.err
    result = renewdesk("config", "--oauth-token-url", "ftp://example.com/token")
    assert result.code == 2 and "--oauth-token-url" in result.err


def test_the_microsoft_preset_fills_endpoints_scope_and_server(renewdesk) -> None:
    result = renewdesk(
        "config",
        "--smtp-user", MAILBOX,
        "--smtp-auth", "oauth2",
        "--oauth-provider", "microsoft",
        "--oauth-client-id", CLIENT_ID,
        "--oauth-tenant", "contoso.onmicrosoft.com",
        "--oauth-client-secret-stdin",
        stdin="s3cret-value\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    out = result.out
    assert "smtp-host: smtp.office365.com" in out and "smtp-port: 587" in out
    assert "smtp-security: starttls" in out
    base = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0"
    assert f"oauth-authorize-url: {base}/authorize" in out
    assert f"oauth-token-url: {base}/token" in out
    assert "oauth-scope: https://outlook.office.com/SMTP.Send offline_access" in out
    assert "s3cret-value" not in out
    google = renewdesk("config", "--oauth-provider", "google")
    assert "smtp-host: smtp.gmail.com" in google.out
    assert "oauth-scope: https://mail.google.com/" in google.out
    assert "oauth-token-url: https://oauth2.googleapis.com/token" in google.out


def test_the_browser_address_is_printed_for_a_browser_on_another_screen(
    renewdesk, provider, tmp_path
) -> None:
    """With no usable $BROWSER, following the printed address by hand signs in."""
    auth, smtp = provider
    configure(renewdesk, auth, smtp, tmp_path)
    proc = renewdesk("signin", browser="true %s", wait=False)
    assert proc.stdout is not None
    url = ""
    while not url.startswith("http"):
        url = proc.stdout.readline().strip()
        if not url and proc.poll() is not None:
            break
    if "authorize" not in url:
        url = proc.stdout.readline().strip()
    assert parse_qs(urlsplit(url).query)["code_challenge_method"] == ["S256"]
    threading.Thread(target=follow, args=(url,), daemon=True).start()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Signed in as" in out
