"""Signing in by browser and by device code against a fake provider on loopback."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest

from renewdesk.mail.oauth import (
    OAuthError,
    SignInCancelledError,
    SignInExpiredError,
    SignInTimedOutError,
)
from renewdesk.mail.token_store import RefreshTokenStore, token_account
from renewdesk.secrets import KeyringSecretStore
from renewdesk.services.settings_service import SettingsService
from renewdesk.services.signin_service import SignInService
from tests.oauth.fakes import CLIENT_ID, FakeAuthServer, follow_later


def kept_entries(memory_keyring) -> dict[str, str]:
    return {user: value for (_service, user), value in memory_keyring.secrets.items()}


def test_browser_sign_in_uses_pkce_a_loopback_redirect_and_keeps_only_the_refresh_token(
    signin: SignInService, access_tokens, auth_server: FakeAuthServer, memory_keyring
) -> None:
    pages: list[str] = []
    shown: list[str] = []
    service = SignInService(
        signin.settings,
        access_tokens=access_tokens,
        open_browser=lambda url: follow_later(url, pages),
    )

    result = service.sign_in_browser(threading.Event(), timeout=10, on_url=shown.append)

    assert result.user == "admin@acme.example" and result.persistent
    query = {k: v[0] for k, v in parse_qs(urlsplit(shown[0]).query).items()}
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert query["client_id"] == CLIENT_ID and query["state"]
    redirect = urlsplit(query["redirect_uri"])
    assert redirect.hostname == "127.0.0.1" and redirect.port  # a free port, RFC 8252
    deadline = time.monotonic() + 5
    while not pages and time.monotonic() < deadline:
        time.sleep(0.02)
    assert "You can close this tab" in pages[0]
    # The token endpoint checked the verifier, redirect URI and client id before answering.
    token_calls = [form for path, form in auth_server.state.requests if path == "/token"]
    assert (
        token_calls[0]["code_verifier"] and token_calls[0]["redirect_uri"] == query["redirect_uri"]
    )
    stored = "".join(kept_entries(memory_keyring).values())
    refresh = next(iter(auth_server.state.refresh_tokens))
    account = token_account("admin@acme.example", f"{auth_server.url}/token")
    assert RefreshTokenStore(KeyringSecretStore(), account).load() == refresh
    assert service.signed_in()
    assert auth_server.state.current_access not in stored  # the access token is memory only


def test_device_code_sign_in_waits_through_authorization_pending(
    signin: SignInService, auth_server: FakeAuthServer
) -> None:
    auth_server.pending = 2
    device = signin.start_device()
    assert device.user_code == "WDJB-MJHT"
    assert device.verification_uri.endswith("/device-login")
    waits: list[float] = []

    result = signin.finish_device(device, threading.Event(), on_wait=waits.append)

    assert result.user == "admin@acme.example"
    polls = [f for p, f in auth_server.state.requests if f.get("grant_type", "").endswith("code")]
    assert len(polls) == 3  # pending, pending, then the tokens
    assert len(waits) == 3 and waits[0] > waits[-1]
    assert signin.signed_in()


def test_cancel_stops_a_browser_sign_in_and_keeps_nothing(
    signin: SignInService, access_tokens, memory_keyring
) -> None:
    cancel = threading.Event()
    service = SignInService(
        signin.settings, access_tokens=access_tokens, open_browser=lambda _url: True
    )
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(SignInCancelledError):
        service.sign_in_browser(cancel, timeout=30)
    assert time.monotonic() - started < 5
    assert not service.signed_in() and not kept_entries(memory_keyring)


def test_a_browser_sign_in_nobody_finishes_times_out(signin: SignInService, access_tokens) -> None:
    service = SignInService(
        signin.settings, access_tokens=access_tokens, open_browser=lambda _url: True
    )
    with pytest.raises(SignInTimedOutError, match=r"within 0\.5 s"):
        service.sign_in_browser(threading.Event(), timeout=0.5)


def test_cancel_stops_a_device_sign_in(signin: SignInService, auth_server: FakeAuthServer) -> None:
    auth_server.pending = 1000
    cancel = threading.Event()
    device = signin.start_device()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(SignInCancelledError):
        signin.finish_device(device, cancel)
    assert not signin.signed_in()


def test_an_answer_with_another_state_is_refused(
    signin: SignInService, auth_server: FakeAuthServer
) -> None:
    auth_server.forged_state = "not-the-state-we-sent"
    with pytest.raises(OAuthError, match="state mismatch"):
        signin.sign_in_browser(threading.Event(), timeout=10)
    assert not signin.signed_in()


def test_a_refused_consent_says_so(signin: SignInService, auth_server: FakeAuthServer) -> None:
    auth_server.deny = True
    with pytest.raises(OAuthError, match="access_denied"):
        signin.sign_in_browser(threading.Event(), timeout=10)


def test_stray_requests_to_the_loopback_port_do_not_end_the_sign_in(
    signin: SignInService,
    access_tokens,
) -> None:
    strays: list[int] = []

    def browser(url: str) -> bool:
        redirect = parse_qs(urlsplit(url).query)["redirect_uri"][0]

        def run() -> None:
            try:  # e.g. the browser asking for a favicon first
                urllib.request.urlopen(redirect.rstrip("/") + "/favicon.ico", timeout=5)
            except urllib.error.HTTPError as exc:
                strays.append(exc.code)
            follow_later(url)

        threading.Thread(target=run, daemon=True).start()
        return True

    service = SignInService(signin.settings, access_tokens=access_tokens, open_browser=browser)
    service.sign_in_browser(threading.Event(), timeout=10)
    assert strays == [404] and service.signed_in()


def test_sign_out_revokes_and_removes_every_keyring_entry(
    signin: SignInService, auth_server: FakeAuthServer, memory_keyring
) -> None:
    signin.sign_in_browser(threading.Event(), timeout=10)
    assert kept_entries(memory_keyring)
    refresh = next(iter(auth_server.state.refresh_tokens))

    signin.sign_out()

    assert auth_server.state.revoked == [refresh]
    assert not kept_entries(memory_keyring)
    assert not signin.signed_in()
    with pytest.raises(SignInExpiredError):
        signin.access_token()


def test_sign_in_without_the_needed_settings_names_the_fields(engine) -> None:
    from renewdesk.secrets import MemorySecretStore
    from renewdesk.services.settings_service import SettingsError

    service = SettingsService(engine, MemorySecretStore())
    with pytest.raises(SettingsError) as caught:
        service.oauth_config()
    assert "smtp_auth" in caught.value.errors


def test_the_microsoft_preset_runs_the_same_flow_and_redirects_to_localhost_for_entra(
    settings: SettingsService, auth_server: FakeAuthServer, access_tokens
) -> None:
    """Entra ID registers ``http://localhost``; other servers get RFC 8252's 127.0.0.1."""
    import dataclasses

    preset = dataclasses.replace(
        settings.load(), oauth_provider="microsoft", oauth_scope="", oauth_authorize_url=""
    )
    assert settings.oauth_config(preset).redirect_host == "localhost"
    assert settings.oauth_config(preset).authorize_url.startswith(
        "https://login.microsoftonline.com/organizations/"
    )
    app = dataclasses.replace(settings.load(), oauth_provider="microsoft", oauth_scope="")
    settings.save(app)  # the preset, with this test's server as its endpoints
    shown: list[str] = []
    service = SignInService(settings, access_tokens=access_tokens, open_browser=follow_later)

    service.sign_in_browser(threading.Event(), timeout=10, on_url=shown.append)

    query = {k: v[0] for k, v in parse_qs(urlsplit(shown[0]).query).items()}
    assert query["redirect_uri"].startswith("http://127.0.0.1:")
    assert query["scope"] == "https://outlook.office.com/SMTP.Send offline_access"
    assert service.signed_in()


def test_a_localhost_redirect_reaches_the_loopback_listener(access_tokens) -> None:
    from renewdesk.mail.loopback import LoopbackReceiver

    receiver = LoopbackReceiver(redirect_host="localhost")
    receiver.start("s1")
    threading.Thread(
        target=lambda: urllib.request.urlopen(
            f"http://localhost:{receiver.port}/?code=c1&state=s1", timeout=5
        ).read(),
        daemon=True,
    ).start()
    url = receiver.wait(5, threading.Event())
    assert url == f"http://localhost:{receiver.port}/?code=c1&state=s1"
