"""OAuth test parts: the fake provider and its XOAUTH2 mail server, and settings that use them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from renewdesk.mail.token_store import ACCESS_TOKENS, AccessTokens
from renewdesk.secrets import KeyringSecretStore
from renewdesk.services.settings_service import AppSettings, SettingsService
from renewdesk.services.signin_service import SignInService
from tests.oauth.fakes import CLIENT_ID, MAILBOX, SCOPE, FakeAuthServer, XOAuthSmtp, follow_later


@pytest.fixture
def auth_server() -> Iterator[FakeAuthServer]:
    with FakeAuthServer() as server:
        yield server


@pytest.fixture
def xoauth_smtp(auth_server: FakeAuthServer) -> Iterator[XOAuthSmtp]:
    with XOAuthSmtp(auth_server) as smtp:
        yield smtp


def oauth_settings(auth: FakeAuthServer, smtp_port: int, **changes: Any) -> AppSettings:
    """Settings > Email as an admin fills it in for "Other OAuth 2.0 provider"."""
    values: dict[str, Any] = {
        "smtp_host": "127.0.0.1",
        "smtp_port": smtp_port,
        "smtp_security": "none",
        "smtp_user": MAILBOX,
        "sender": "",
        "smtp_auth": "oauth2",
        "oauth_provider": "custom",
        "oauth_client_id": CLIENT_ID,
        "oauth_authorize_url": f"{auth.url}/authorize",
        "oauth_token_url": f"{auth.url}/token",
        "oauth_device_url": f"{auth.url}/device",
        "oauth_revoke_url": f"{auth.url}/revoke",
        "oauth_scope": SCOPE,
    }
    values.update(changes)
    return dataclasses.replace(AppSettings(), **values)


@pytest.fixture
def settings(
    engine: Engine, auth_server: FakeAuthServer, xoauth_smtp: XOAuthSmtp
) -> SettingsService:
    service = SettingsService(engine, KeyringSecretStore())
    service.save(oauth_settings(auth_server, xoauth_smtp.port))
    return service


@pytest.fixture
def access_tokens() -> Iterator[AccessTokens]:
    """The process's memory of access tokens, empty for each test (a fresh "process")."""
    ACCESS_TOKENS.clear()
    yield ACCESS_TOKENS
    ACCESS_TOKENS.clear()


@pytest.fixture
def signin(settings: SettingsService, access_tokens: AccessTokens) -> SignInService:
    return SignInService(settings, access_tokens=access_tokens, open_browser=follow_later)


from tests.mail.conftest import smtp_server  # noqa: E402, F401  (a loopback aiosmtpd server)
