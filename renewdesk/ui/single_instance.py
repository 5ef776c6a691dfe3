"""One window per cache file (SPEC 7): a lock file beside the cache and a local socket.

The first ``renewdesk`` on a cache takes ``<cache>.lock`` (QLockFile) and listens
on a local socket named from a hash of the user and the cache path. A second
``renewdesk`` on the same file cannot take the lock: it connects to that socket,
sends ``raise`` and exits, and the first window comes to the front. The lock
records the owner's PID, host and program; after a crash Qt sees that PID is
gone and takes the lock over, and a lock file left empty or unreadable by a
crash in the middle of writing it is removed once no process holds it.

QtCore and QtNetwork only, no widgets: ``run_gui`` connects
:attr:`InstanceGuard.raise_requested` to the window.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QSysInfo, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 3_000  # the first window may still be starting up


def lock_path(cache_path: Path) -> Path:
    """``<cache>.lock`` beside the cache file."""
    return cache_path.with_name(cache_path.name + ".lock")


def server_name(cache_path: Path) -> str:
    """The local socket's name: the same for every process of this user on this cache."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the path alone still works
        user = ""
    key = f"{user}\0{os.path.normcase(str(cache_path))}".encode()
    return "renewdesk-" + hashlib.sha256(key).hexdigest()[:24]


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else (or Windows says no)
        return True
    return True


class InstanceGuard(QObject):
    """Owns a cache for this process, or tells the process that owns it to come forward."""

    raise_requested = Signal()

    def __init__(self, cache_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache_path = Path(cache_path).expanduser().resolve()
        self.lock_path = lock_path(self.cache_path)
        self.server_name = server_name(self.cache_path)
        self._lock = QLockFile(str(self.lock_path))
        # The window holds the lock for hours: never call it stale by age, only when
        # its process is gone (QLockFile checks the PID, host and program name).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self.owned = False

    # ---- the first instance ------------------------------------------------------------

    def acquire(self) -> bool:
        """True: this process now owns the cache and listens; False: another one has it."""
        if self.owned:
            return True
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        if not self._try_lock():
            if self._lock.error() == QLockFile.LockError.PermissionError:
                # A folder we may not write a lock file in (a read-only share): open the
                # cache without the guard rather than claim another window has it.
                log.warning("cannot create %s; no single-instance lock", self.lock_path)
                return True
            return False
        self.owned = True
        self._listen()
        return True

    def _try_lock(self) -> bool:
        if self._lock.tryLock(0):
            return True
        pid, host, _app = self._lock.getLockInfo()
        unreadable = pid == 0  # a crash while the lock file was being written
        dead_here = host == QSysInfo.machineHostName() and not _process_alive(pid)
        # removeStaleLockFile refuses while a live process holds the file's native lock.
        if (unreadable or dead_here) and self._lock.removeStaleLockFile():
            log.info("removed a stale lock %s (pid %s on %s)", self.lock_path, pid, host)
            return bool(self._lock.tryLock(0))
        return False

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file of that name is a crashed owner's leftover.
        QLocalServer.removeServer(self.server_name)
        if not server.listen(self.server_name):
            log.warning("cannot listen on %s: %s", self.server_name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_ready_read)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if RAISE.strip() in data:
            self.raise_requested.emit()
        socket.readyRead.disconnect(self._on_ready_read)
        socket.abort()
        socket.deleteLater()

    def release(self) -> None:
        """Stop listening and unlock (the window closed)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self.owned:
            self._lock.unlock()
            self.owned = False

    # ---- a second instance ----------------------------------------------------------------

    def ask_owner_to_raise(self, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """Tell the process that owns the cache to bring its window forward; True if told."""
        deadline = QDeadlineTimer(timeout_ms)
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(min(500, max(deadline.remainingTime(), 1))):
                socket.write(RAISE)
                sent = socket.waitForBytesWritten(1_000)
                socket.disconnectFromServer()
                return bool(sent)
            if deadline.hasExpired():
                log.warning("no answer on %s: %s", self.server_name, socket.errorString())
                return False
            QThread.msleep(100)  # the owner holds the lock but is not listening yet
