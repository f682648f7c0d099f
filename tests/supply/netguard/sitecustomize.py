"""Refuse and record every network call in this Python process (tests/supply/test_no_network.py).

Python imports `sitecustomize` at start-up from the path, so putting this folder first on
PYTHONPATH, with CASEVAULT_NETGUARD_LOG naming a file, puts every Python process of a test
(the CLI run per command, the app, its lock-screen process) under the guard. An audit hook
(PEP 578) sees each socket operation before it happens: the guard appends one line to the log
and raises, so the attempt fails. The log is what the test reads: code that catches the error
and carries on is still caught.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import Any

_LOG = os.environ.get("CASEVAULT_NETGUARD_LOG", "")

# Asking for a name or an address is already a network act (a DNS query leaves the machine).
_ALWAYS = frozenset(
    {
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
        "urllib.Request",
        "http.client.connect",
        "ftplib.connect",
        "smtplib.connect",
        "imaplib.open",
        "poplib.connect",
        "nntplib.connect",
        "webbrowser.open",
    }
)
# Operations on a socket: refused unless it is a local Unix socket (a pipe between processes).
_ON_A_SOCKET = frozenset({"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"})
_NETWORK_FAMILIES = frozenset(
    getattr(socket, name) for name in ("AF_INET", "AF_INET6", "AF_PACKET") if hasattr(socket, name)
)


class NetworkRefused(OSError):
    """Raised by the guard in place of the network call."""


def _refuse(event: str, args: tuple[Any, ...]) -> None:
    line = f"{os.getpid()} {event} {args!r}"[:500] + "\n"
    descriptor = os.open(_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, line.encode("utf-8", "replace"))
    finally:
        os.close(descriptor)
    raise NetworkRefused(f"network call refused by the test guard: {event}")


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not event.startswith(
        (
            "socket.",
            "urllib.",
            "http.",
            "ftplib.",
            "smtplib.",
            "imaplib.",
            "poplib.",
            "nntplib.",
            "webbrowser.",
        )
    ):
        return
    if event in _ALWAYS:
        _refuse(event, args)
    elif event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family in _NETWORK_FAMILIES:
            _refuse(event, args)
    elif event in _ON_A_SOCKET:
        sock = args[0]
        if getattr(sock, "family", None) != getattr(socket, "AF_UNIX", None):
            _refuse(event, args)


if _LOG:
    sys.addaudithook(_hook)
