"""The test side of the kill harness: start the fork server, run operations, SIGKILL them.

:class:`ForkServer` drives ``crash_child.py``: :meth:`ForkServer.run` starts one
operation in a fresh worker and either lets it finish or kills it with SIGKILL
``kill_after`` seconds after it started (or the moment it reports a progress mark).
:func:`kill_plan` spreads the kill moments over the operation's measured duration.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import renewdesk

CHILD = Path(__file__).with_name("crash_child.py")
#: The checkout these tests belong to (it holds ``tests``), and the renewdesk they run.
REPO_ROOT = Path(__file__).resolve().parents[2]
_CODE_ROOT = Path(renewdesk.__file__).resolve().parents[1]
TIMEOUT_S = 60.0


class HarnessError(AssertionError):
    """The child did something the protocol does not allow (or failed on its own)."""


@dataclass
class Outcome:
    """How one operation ended."""

    killed: bool  # SIGKILL arrived before the operation reported done
    done: dict[str, Any] | None  # the "done" event, when it finished
    exit_code: int
    kill_after: float | None = None
    marks: list[dict[str, Any]] = field(default_factory=list)


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child Python running this checkout's code."""
    env = dict(os.environ)
    roots = dict.fromkeys([str(_CODE_ROOT), str(REPO_ROOT)])
    env["PYTHONPATH"] = os.pathsep.join([*roots, *filter(None, [os.environ.get("PYTHONPATH", "")])])
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("RENEWDESK_TODAY", None)
    env.update(extra)
    return env


@dataclass(frozen=True)
class KillMoment:
    """Where in the operation one kill lands, independent of how long the operation takes.

    ``position`` is in ``[0, 1)``: across the whole operation (and 10% past its end), or,
    for a ``tail`` kill, from the operation's first commit to 10% past its end.
    """

    position: float
    tail: bool = False

    def delay(self, duration: float, commit_at: float | None, spread: float = 1.1) -> float:
        """Seconds after ``go``, for an operation taking ``duration`` that first commits
        at ``commit_at`` (a fraction of ``duration``)."""
        start = commit_at if self.tail and commit_at is not None else 0.0
        return (start + self.position * (spread - start)) * duration


def kill_plan(count: int, rng: random.Random, tail: bool = False) -> list[KillMoment]:
    """``count`` kill moments, stratified (one per equal slice) so they cover the span.

    With ``tail`` half of them go after the first commit, where the commit, the delivery
    and the bookkeeping after it happen in a short time.
    """
    halves = (count // 2, count - count // 2) if tail and count > 1 else (count, 0)
    plan = [
        KillMoment((i + rng.random()) / n, is_tail)
        for n, is_tail in zip(halves, (False, True), strict=True)
        for i in range(n)
    ]
    rng.shuffle(plan)
    return plan


class ForkServer:
    """A running ``crash_child.py``; use as a context manager."""

    def __init__(self, workdir: Path) -> None:
        self._stderr = (workdir / "crash_child.stderr").open("w+b")
        self._proc = subprocess.Popen(
            [sys.executable, "-u", str(CHILD)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            cwd=workdir,
            env=child_env(),
        )
        self._events: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, name="crash-child-reader", daemon=True)
        self._reader.start()
        self._expect("server-ready")

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._events.put(json.loads(line))
        self._events.put(None)

    def _next(self, deadline: float) -> dict[str, Any] | None:
        """The next event, or None when ``deadline`` (perf_counter) passes first."""
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            return None
        try:
            event = self._events.get(timeout=remaining)
        except queue.Empty:
            return None
        if event is None:
            raise HarnessError(f"the fork server ended: {self.stderr_text()}")
        if event["event"] == "error":
            raise HarnessError(f"the operation failed on its own:\n{event['trace']}")
        return event

    def _expect(self, name: str) -> dict[str, Any]:
        event = self._next(time.perf_counter() + TIMEOUT_S)
        if event is None or event["event"] != name:
            raise HarnessError(f"expected {name}, got {event}: {self.stderr_text()}")
        return event

    def _send(self, text: str) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(text.encode() + b"\n")
        self._proc.stdin.flush()

    def stderr_text(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode(errors="replace")[-4000:]

    def run(
        self,
        command: dict[str, Any],
        *,
        kill_after: float | None = None,
        kill_on_mark: bool = False,
    ) -> Outcome:
        """Run one operation; SIGKILL it ``kill_after`` s after ``go`` or at its first mark."""
        self._send(json.dumps(command))
        pid = self._expect("ready")["pid"]
        self._send("go")
        start = time.perf_counter()
        deadline = start + (kill_after if kill_after is not None else TIMEOUT_S)
        done: dict[str, Any] | None = None
        marks: list[dict[str, Any]] = []
        while done is None:
            event = self._next(deadline)
            if event is None:
                if kill_after is None:
                    raise HarnessError(f"{command['op']} did not finish in {TIMEOUT_S} s")
                self._kill(pid)
                break
            if event["event"] == "mark":
                marks.append(event)
                if kill_on_mark:
                    self._kill(pid)
                    break
            elif event["event"] == "done":
                done = event
            else:
                raise HarnessError(f"unexpected event {event}")
        end: dict[str, Any] | None = None
        while end is None:  # events already on their way, then how the worker ended
            event = self._next(time.perf_counter() + TIMEOUT_S)
            if event is None:
                raise HarnessError(f"the worker of {command['op']} did not end")
            if event["event"] == "exit":
                end = event
            elif event["event"] == "done":
                done = event
            elif event["event"] == "mark":
                marks.append(event)
        # A SIGKILL that arrives after "done" (or a worker that exits before it) changes
        # nothing: the operation had finished.
        killed = end["code"] == -signal.SIGKILL and done is None
        if not killed and done is None:
            raise HarnessError(f"{command['op']} ended without done: {end}")
        return Outcome(killed, done, end["code"], kill_after, marks)

    @staticmethod
    def _kill(pid: int) -> None:
        """SIGKILL the worker (this test started it, through the fork server)."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._reader.join(timeout=5)
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._stderr.close()

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
