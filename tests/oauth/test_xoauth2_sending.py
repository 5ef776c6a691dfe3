"""Sending quote emails with XOAUTH2: refresh before expiry and after a 535, rotation, revocation."""

from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest
from sqlalchemy import Engine

from renewdesk.domain import OutboxStatus
from renewdesk.mail.message import build_quote_message
from renewdesk.mail.outbox import Outbox
from renewdesk.mail.token_store import AccessTokens, RefreshTokenStore
from renewdesk.services.outbox_runner import OutboxSender
from renewdesk.services.settings_service import SettingsService
from renewdesk.services.signin_service import SignInService
from tests.mail.conftest import PDF, build_quote, insert_quote_row
from tests.oauth.fakes import MAILBOX, FakeAuthServer, XOAuthSmtp

NOW = datetime(2026, 11, 26, 9, 0)


def queue_quote(engine: Engine, number: str) -> int:
    quote = build_quote(number)
    insert_quote_row(engine, quote)
    msg = build_quote_message(quote, PDF, MAILBOX, ["asa@example.com"])
    return Outbox(engine).enqueue(None, number, msg, ["asa@example.com"], now=NOW)


@pytest.fixture
def signed_in(signin: SignInService) -> SignInService:
    signin.sign_in_browser(threading.Event(), timeout=10)
    return signin


def sender(settings: SettingsService, engine: Engine) -> OutboxSender:
    return OutboxSender(settings, Outbox(engine), now=lambda: NOW)


def test_two_quotes_sent_with_the_access_token_expiring_in_between(
    engine: Engine,
    settings: SettingsService,
    auth_server: FakeAuthServer,
    xoauth_smtp: XOAuthSmtp,
    signin: SignInService,
) -> None:
    auth_server.expires_in = 1
    signin.sign_in_browser(threading.Event(), timeout=10)
    first = queue_quote(engine, "Q-2026-000001")
    run = sender(settings, engine)()
    assert run.report is not None and run.report.sent == 1
    assert auth_server.state.refresh_count == 0  # the sign-in's own token was still fresh
    time.sleep(1.2)  # the access token expires
    second = queue_quote(engine, "Q-2026-000002")

    run = sender(settings, engine)()

    assert run.report is not None and run.report.sent == 1
    assert auth_server.state.refresh_count == 1  # refreshed before trying the server
    assert [ok for _user, ok in xoauth_smtp.logins] == [True, True]
    outbox = Outbox(engine)
    assert {outbox.get(first).status, outbox.get(second).status} == {OutboxStatus.SENT}
    assert len(xoauth_smtp.messages) == 2


def test_a_535_refreshes_once_and_sends(
    engine: Engine,
    settings: SettingsService,
    auth_server: FakeAuthServer,
    xoauth_smtp: XOAuthSmtp,
    signed_in: SignInService,
) -> None:
    auth_server.state.access_tokens.clear()  # the server dropped the token early
    queue_quote(engine, "Q-2026-000001")

    run = sender(settings, engine)()

    assert run.report is not None and run.report.sent == 1
    assert [ok for _user, ok in xoauth_smtp.logins] == [False, True]
    assert auth_server.state.refresh_count == 1


def test_a_rotated_refresh_token_replaces_the_old_one(
    settings: SettingsService, auth_server: FakeAuthServer, signed_in: SignInService
) -> None:
    first = next(iter(auth_server.state.refresh_tokens))
    signed_in.access_token(fresh=True)
    second = next(iter(auth_server.state.refresh_tokens))
    assert second != first
    store = RefreshTokenStore(settings.secret_store, signed_in.account())
    assert store.load() == second


def test_a_refresh_token_spent_by_another_process_does_not_sign_the_admin_out(
    settings: SettingsService,
    auth_server: FakeAuthServer,
    signed_in: SignInService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stale = next(iter(auth_server.state.refresh_tokens))
    other_process = SignInService(settings, access_tokens=AccessTokens())
    other_process.access_token(fresh=True)  # rotates: `stale` is spent at the server
    reads: list[str | None] = []
    real_load = RefreshTokenStore.load

    def load_read_before_the_rotation(self: RefreshTokenStore) -> str | None:
        value = real_load(self)
        reads.append(value)
        return stale if len(reads) == 1 else value

    monkeypatch.setattr(RefreshTokenStore, "load", load_read_before_the_rotation)
    this_process = SignInService(settings, access_tokens=AccessTokens())

    token = this_process.access_token(fresh=True)

    assert auth_server.accepts(token)
    refused = [f for p, f in auth_server.state.requests if f.get("refresh_token") == stale]
    assert len(refused) == 2  # once by the other process, once refused here
    assert this_process.signed_in()


def test_two_processes_refreshing_at_once_both_get_a_token(
    settings: SettingsService, auth_server: FakeAuthServer, signed_in: SignInService
) -> None:
    results: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def process() -> None:
        service = SignInService(settings, access_tokens=AccessTokens())
        barrier.wait()
        try:
            results.append(service.access_token(fresh=True))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=process) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert not errors and len(results) == 2
    assert auth_server.state.refresh_count == 2  # one after the other, each with a live token
    assert signed_in.signed_in()


def test_a_revoked_sign_in_keeps_the_quote_queued_until_the_next_sign_in(
    engine: Engine,
    settings: SettingsService,
    auth_server: FakeAuthServer,
    xoauth_smtp: XOAuthSmtp,
    signed_in: SignInService,
) -> None:
    auth_server.revoke_all()
    outbox_id = queue_quote(engine, "Q-2026-000001")

    run = sender(settings, engine)()

    message = Outbox(engine).get(outbox_id)
    assert message.status is OutboxStatus.QUEUED
    assert message.last_error.startswith("Sign in again")
    assert run.needs_signin and not xoauth_smtp.messages
    assert sender(settings, engine).signin_needed()

    signed_in.sign_in_browser(threading.Event(), timeout=10)
    run = sender(settings, engine).after_sign_in()

    assert run.report is not None and run.report.sent == 1 and not run.needs_signin
    assert Outbox(engine).get(outbox_id).status is OutboxStatus.SENT
    assert len(xoauth_smtp.messages) == 1


def test_not_signed_in_at_all_keeps_the_quote_queued_with_the_reason(
    engine: Engine, settings: SettingsService, xoauth_smtp: XOAuthSmtp
) -> None:
    outbox_id = queue_quote(engine, "Q-2026-000001")
    run = sender(settings, engine)()
    assert run.needs_signin
    message = Outbox(engine).get(outbox_id)
    assert message.status is OutboxStatus.QUEUED and "Sign in again" in message.last_error


def test_test_connection_authenticates_with_xoauth2(
    settings: SettingsService, xoauth_smtp: XOAuthSmtp, signed_in: SignInService
) -> None:
    from renewdesk.mail.smtp import test_connection

    app = settings.load()
    text = test_connection(
        settings.smtp_settings(app), None, oauth_token=signed_in.token_source(app)
    )
    assert "signed in as admin@acme.example with OAuth 2.0" in text
    assert xoauth_smtp.logins == [(MAILBOX, True)]
