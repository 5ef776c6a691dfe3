"""When a sending lease's holder counts as gone (and only then may another take it)."""

from __future__ import annotations

import socket
from datetime import timedelta

from renewdesk.mail.lease import LEASE_LIMIT, holder, holder_gone, lease_now
from tests.mail.leases import dead_holder


def test_a_live_holder_keeps_its_lease_until_the_age_limit() -> None:
    now = lease_now()
    mine = holder()
    assert mine == holder()  # one name per process
    assert not holder_gone(mine, now - timedelta(minutes=59), now)
    # a live process of this computer that is not this one (pid 1 always runs)
    other = f"1@{socket.gethostname() or 'localhost'}#feedfacecafebeef"
    assert not holder_gone(other, now - timedelta(minutes=30), now)
    assert holder_gone(other, now - LEASE_LIMIT - timedelta(seconds=1), now)


def test_a_holder_whose_process_ended_is_gone_at_once() -> None:
    now = lease_now()
    assert holder_gone(dead_holder(), now, now)


def test_this_pid_with_another_token_was_an_earlier_run() -> None:
    now = lease_now()
    pid, _, rest = holder().partition("@")
    host = rest.rpartition("#")[0]
    assert holder_gone(f"{pid}@{host}#0000000000000000", now, now)


def test_another_computer_is_only_judged_by_age() -> None:
    now = lease_now()
    remote = "4242@some-other-host.example#0123456789abcdef"
    assert not holder_gone(remote, now - timedelta(minutes=45), now)
    assert holder_gone(remote, now - timedelta(hours=2), now)


def test_rows_from_before_leases_are_recoverable() -> None:
    assert holder_gone("", None)
    assert holder_gone("garbage", lease_now())
