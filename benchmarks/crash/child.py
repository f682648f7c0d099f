"""The killed child: runs one workload's steps in a prepared folder and may SIGKILL itself.

    python -m benchmarks.crash.child WORKLOAD FOLDER MODE [ARG]

MODE `count`: run to the end, write the ordered list of kill events to FOLDER/events.json.
MODE `kill`: SIGKILL itself just before event number ARG (1-based) of that list.
MODE `steps`: run only the first ARG steps, end normally (the harness's checkpoints).
MODE `timed`: print "ready" before the first step (the parent kills it after a random delay)
and the run's duration at the end.

Kill events are the calls the child can see from Python, in the order they happen:
- `os.<name>` for the os functions in HOOKED (file creation, writes, fsync, renames, removals:
  vault/atomic.py, the key-slot journal, the re-key copy, the lock file);
- `sql.<method>` for every call into SQLCipher (sqlcipher3 Connection and Cursor methods:
  each statement, BEGIN and COMMIT), caught with sys.setprofile. SQLite's own write(2) and
  fsync(2) calls inside one statement are C code: a kill lands between them only through the
  `timed` mode.

For the before/after comparison the run is made repeatable: ids (uuid4) come from a seeded
generator and the services' clock is a base fixed by the harness (just after the templates are
made: exchange refuses stamps from the future) that advances one microsecond per reading.
Keys, nonces and signatures stay truly random (real crypto); see dump.RANDOMISED_COLUMNS.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.crash.workloads import ChildContext, by_name
from casevault.services import session as session_module

HOOKED = ("open", "write", "fsync", "fdatasync", "replace", "rename", "unlink", "remove", "rmdir")
CLOCK_BASE_VARIABLE = "CASEVAULT_CRASH_CLOCK_BASE"  # set by the harness: one base per run


class Events:
    """Counts kill events; in kill mode, SIGKILLs this process at the chosen one."""

    def __init__(self, kill_at: int | None) -> None:
        self.kill_at = kill_at
        self.seen: list[str] = []
        self.armed = False
        self._kill = os.kill

    def hit(self, label: str) -> None:
        """One event is about to happen."""
        if not self.armed:
            return
        self.seen.append(label)
        if self.kill_at is not None and len(self.seen) >= self.kill_at:
            self._kill(os.getpid(), signal.SIGKILL)

    def arm(self) -> None:
        """Wrap the os functions and watch calls into SQLCipher from here on."""
        for name in HOOKED:
            original = getattr(os, name, None)
            if original is not None:
                setattr(os, name, self._wrapped(f"os.{name}", original))
        self.armed = True
        sys.setprofile(self._profile)

    def disarm(self) -> None:
        """Stop watching (before the child's own bookkeeping)."""
        sys.setprofile(None)
        self.armed = False

    def _wrapped(self, label: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.hit(label)
            return original(*args, **kwargs)

        return wrapper

    def _profile(self, frame: object, event: str, arg: Any) -> None:
        if event != "c_call":
            return
        owner = getattr(arg, "__self__", None)
        if owner is not None and type(owner).__module__ == "sqlcipher3.dbapi2":
            self.hit(f"sql.{arg.__name__}")


def make_repeatable(seed: int, base: dt.datetime) -> None:
    """Seeded ids and a deterministic clock, starting at `base`, for every Session made from
    now on."""
    rng = random.Random(seed)
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)  # type: ignore[assignment]
    ticks = iter(range(10**9))

    def clock() -> dt.datetime:
        return base + dt.timedelta(microseconds=next(ticks))

    init = session_module.Session.__init__
    defaults = init.__defaults__ or ()
    init.__defaults__ = tuple(clock if d is session_module.utc_now else d for d in defaults)


def main(argv: list[str]) -> None:
    """Run as described in the module docstring."""
    name, folder, mode = argv[0], Path(argv[1]), argv[2]
    arg = int(argv[3]) if len(argv) > 3 else 0
    workload = by_name(name)
    make_repeatable(sum(name.encode()), dt.datetime.fromisoformat(os.environ[CLOCK_BASE_VARIABLE]))
    context = ChildContext(folder)
    for vault in workload.opens_before:
        context.session(vault)
    steps = workload.steps[:arg] if mode == "steps" else workload.steps
    events = Events(arg if mode == "kill" else None)
    if mode == "timed":
        print("ready", flush=True)
    started = time.perf_counter()
    events.arm()
    for step in steps:
        step(context)
    context.close()
    events.disarm()
    if mode == "count":
        (folder / "events.json").write_text(json.dumps(events.seen))
    print(f"done {time.perf_counter() - started:.6f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
