"""Process-wide memory hygiene, applied first thing by both front ends (CLI and desktop app).

An unlocked CaseVault process holds the database key, the passphrase while it is checked, and
decrypted case text. A core dump would copy all of it to disk in plaintext, where a seized
laptop gives it away. `harden_process()` therefore:

* sets RLIMIT_CORE to 0 (soft and hard, so nothing later in the process can raise it again) on
  every POSIX system: the kernel writes no core file for this process;
* on Linux, also makes the process non-dumpable (prctl PR_SET_DUMPABLE 0): this stops
  core_pattern pipe handlers (systemd-coredump, apport), which ignore RLIMIT_CORE, and it
  makes /proc/<pid>/mem and ptrace unavailable to other processes of the same user.

What it deliberately does not do: on macOS, ptrace(PT_DENY_ATTACH) is not used. It stops
debuggers but not a root attacker (who can patch it out), breaks crash reports and support,
and gives no protection against dumps that RLIMIT_CORE does not already give. On Windows
there is no core-dump rlimit: Windows Error Reporting may write a minidump of a crashing
process; excluding the app is a per-machine setting (docs/hardening.md, "Memory").

Guarantee: after the call returns, on Linux, `resource.getrlimit(RLIMIT_CORE) == (0, 0)` and
`prctl(PR_GET_DUMPABLE) == 0`; elsewhere on POSIX the rlimit part holds. Never raises: a
refusal by the OS is reported in the returned `HygieneState`, not by an exception, so the app
still starts (and the state can be shown or tested).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3


@dataclass(frozen=True)
class HygieneState:
    """What holds for this process after `harden_process()`."""

    core_dumps_off: bool  # RLIMIT_CORE is (0, 0): the kernel writes no core file
    non_dumpable: bool | None  # Linux only (None elsewhere): prctl says not dumpable


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def _disable_core_files() -> bool:
    if sys.platform == "win32":
        return False
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def is_dumpable() -> bool | None:
    """Linux: whether the kernel would dump this process (None elsewhere or if unknown)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))


def _make_non_dumpable() -> bool | None:
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return False
    libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    return is_dumpable() is False


def harden_process() -> HygieneState:
    """Disable core dumps for this process (see the module text). Idempotent; never raises.

    Note that exec() makes a process dumpable again: a process that re-executes itself (the
    app after lock, gui/safety/relaunch.py) calls this again at its start, like any start."""
    return HygieneState(core_dumps_off=_disable_core_files(), non_dumpable=_make_non_dumpable())
