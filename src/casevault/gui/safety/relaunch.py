"""The locked app is a fresh process: after lock, the app re-executes itself.

Python cannot promise to wipe memory: strings are immutable, copies of the passphrase, of the
key's hex form and of case text linger in freed heap blocks, in Qt's buffers and in the
allocator's caches long after every reference is dropped (measured: docs/hardening.md,
"Memory"). The only guarantee is to let the operating system take the memory back. So when
the app locks, it first keeps unsaved edits in the vault and closes the vault, then replaces
itself (`os.execv`) with a fresh `casevault start --after-lock <reason>` on the same vault.
The new process image never held the key: the lock screen it shows has nothing to give away.
Window position and size are saved before and restored after.

Only the command line and the environment cross the exec: neither holds a secret (the GUI
never takes the passphrase from the environment or the command line).

On Windows, where exec starts a new process and ends the old one, `subprocess` does the same
explicitly. Lock can also be asked for from outside: SIGUSR1 locks (POSIX; e.g. from a
screen-locker hook), delivered through a socket the Qt event loop watches.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier

LOCK_REASONS = ("manual", "idle")


def relaunch_argv(vault_path: Path, reason: str) -> list[str]:
    """The command line of the fresh, locked app (frozen build or `python -m casevault`)."""
    if getattr(sys, "frozen", False):
        head = [sys.executable]
    else:
        head = [sys.executable, "-m", "casevault"]
    return [*head, "--vault", str(vault_path), "start", "--after-lock", reason]


def relaunch_locked(vault_path: Path, reason: str) -> None:
    """Replace this process with a fresh locked app. Does not return (unless exec fails)."""
    argv = relaunch_argv(vault_path, reason)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    if sys.platform == "win32":
        subprocess.Popen(argv)  # noqa: S603 - our own interpreter and arguments
        os._exit(0)
    os.execv(argv[0], argv)  # noqa: S606 - our own interpreter and arguments


class LockSignal(QObject):
    """Calls `on_lock` when the process receives SIGUSR1 (POSIX only; a no-op elsewhere).

    A Python signal handler runs only between bytecodes, which a waiting Qt event loop never
    executes; the signal's wake-up byte on a socket pair wakes the loop instead."""

    def __init__(self, on_lock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_lock = on_lock
        self._notifier: QSocketNotifier | None = None
        if not hasattr(signal, "SIGUSR1"):
            return
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        signal.signal(signal.SIGUSR1, lambda _signum, _frame: None)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            received = self._reader.recv(64)
        except OSError:
            return
        if bytes([signal.SIGUSR1]) in received:
            self._on_lock()
