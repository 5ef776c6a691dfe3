"""The window's outbox sender: online/offline after each run, backoff, a missing password."""

from __future__ import annotations

from datetime import timedelta

import pytest

from renewdesk.domain import OutboxStatus
from renewdesk.secrets import MemorySecretStore
from renewdesk.services.outbox_runner import OutboxSender
from renewdesk.services.settings_service import AppSettings, SettingsService
from tests.quotes.conftest import (
    Clock,
    make_service,
    seed_world,
    smtp_server,  # noqa: F401  (fixture)
    smtp_settings_service,
    unused_port,
)


@pytest.fixture
def world(engine):
    world = seed_world(engine)
    world.sub("S-1")
    return world


def _queue_one(engine, settings, clock):
    """A sent quote whose email waits in the outbox (no attempt made yet)."""
    service = make_service(engine, clock, settings_service=settings)
    result = service.send(service.request(["S-1"]), "email", deliver=False)
    return service, result.outbox_id


def test_without_smtp_settings_nothing_is_touched_and_the_reason_is_given(engine, world):
    settings = SettingsService(engine, MemorySecretStore())
    settings.save(AppSettings(sender="quotes@renewdesk.example"))
    clock = Clock()
    service, outbox_id = _queue_one(engine, settings, clock)
    sender = OutboxSender(settings, service._outbox, now=clock)
    run = sender()
    assert run.report is None and run.online is None
    assert "SMTP server" in run.error
    message = service._outbox.get(outbox_id)
    assert message.status is OutboxStatus.QUEUED and message.attempts == 0


def test_offline_then_backoff_then_retry_now_then_online(engine, world, smtp_server):  # noqa: F811
    clock = Clock()
    settings = smtp_settings_service(engine, unused_port())
    service, outbox_id = _queue_one(engine, settings, clock)
    outbox = service._outbox
    sender = OutboxSender(settings, outbox, now=clock)

    run = sender()
    assert run.online is False and run.report.unreachable
    assert outbox.get(outbox_id).attempts == 1

    # A minute later the backoff (1 minute after the first failure) has not run out...
    assert sender(clock() + timedelta(seconds=30)).report.attempted == 0
    # ...two minutes later it has, and the server is still down.
    assert sender(clock() + timedelta(minutes=2)).online is False
    assert outbox.get(outbox_id).attempts == 2

    # The server comes back; Retry now does not wait for the backoff.
    settings.save(_with_port(settings.load(), smtp_server.port))
    run = sender(clock() + timedelta(minutes=2, seconds=5), retry=(outbox_id,))
    assert run.online is True and run.report.sent == 1
    assert outbox.get(outbox_id).status is OutboxStatus.SENT
    assert len(smtp_server.messages) == 1


def _with_port(app: AppSettings, port: int) -> AppSettings:
    import dataclasses

    return dataclasses.replace(app, smtp_port=port)


def test_a_user_without_a_password_is_reported_before_any_attempt(engine, world, smtp_server):  # noqa: F811
    clock = Clock()
    settings = smtp_settings_service(engine, smtp_server.port, smtp_user="renewals")
    service, outbox_id = _queue_one(engine, settings, clock)
    sender = OutboxSender(settings, service._outbox, now=clock)
    assert sender.password_missing()

    run = sender()
    assert run.needs_password and run.report is None and "renewals" in run.error
    assert service._outbox.get(outbox_id).attempts == 0  # no attempt, no backoff

    settings.set_password("s3cret")
    assert not sender.password_missing()
    run = sender()
    # aiosmtpd without AUTH refuses the sign-in: the server was reached all the same.
    assert run.online is True and run.report.attempted == 1


def test_nothing_due_asks_for_no_password(engine, world):
    settings = smtp_settings_service(engine, unused_port(), smtp_user="renewals")
    sender = OutboxSender(settings, make_service(engine, settings_service=settings)._outbox)
    run = sender()
    assert not run.needs_password and run.report is None
