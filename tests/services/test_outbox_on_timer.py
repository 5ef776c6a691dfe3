"""The window's own sending skips while another client of the same admin sends; another
admin's client never keeps it out, and what the admin asks for (Send, Retry now) never
waits for it (issue 13)."""

from __future__ import annotations

from renewdesk.domain import OutboxStatus
from renewdesk.services.outbox_runner import OutboxSender
from renewdesk.store.identity import actor
from renewdesk.store.job_lock import OUTBOX_RETRIES, job_lock
from tests.quotes.conftest import (
    Clock,
    make_service,
    seed_world,
    smtp_server,  # noqa: F401  (fixture)
    smtp_settings_service,
)


def test_the_timers_send_skips_while_another_client_sends_then_sends(engine, smtp_server):  # noqa: F811
    seed_world(engine).sub("S-1")
    clock = Clock()
    settings = smtp_settings_service(engine, smtp_server.port)
    service = make_service(engine, clock, settings_service=settings)
    outbox_id = service.send(service.request(["S-1"]), "email", deliver=False).outbox_id
    sender = OutboxSender(settings, service._outbox, now=clock)
    me = actor(engine).name
    with job_lock(engine, OUTBOX_RETRIES, scope=me) as my_other_client:
        assert my_other_client  # the same admin's other window, sending right now
        run = sender.on_timer()
        assert run.report is None and run.error == ""  # quietly: nothing attempted
        assert service._outbox.get(outbox_id).attempts == 0
    with job_lock(engine, OUTBOX_RETRIES, scope=f"not-{me}"):  # another admin's client
        run = sender.on_timer()
    assert run.report is not None and run.report.sent == 1
    assert service._outbox.get(outbox_id).status is OutboxStatus.SENT
    assert len(smtp_server.messages) == 1


def test_send_now_does_not_wait_for_another_clients_timer(engine, smtp_server):  # noqa: F811
    seed_world(engine).sub("S-1")
    clock = Clock()
    settings = smtp_settings_service(engine, smtp_server.port)
    service = make_service(engine, clock, settings_service=settings)
    service.send(service.request(["S-1"]), "email", deliver=False)
    sender = OutboxSender(settings, service._outbox, now=clock)
    with job_lock(engine, OUTBOX_RETRIES):
        assert sender().report.sent == 1
