"""Kill a workload's child at chosen points and check the vault it leaves behind.

For each workload the parent prepares a template folder once, records the logical state at
every checkpoint (before the first step, after each step: the child runs the first k steps to
completion on a copy), and counts the kill events of a full run (benchmarks/crash/child.py).
Each kill point then runs on a fresh copy of the template: the child is SIGKILLed, and the
parent reopens every vault and checks it (benchmarks/crash/checks.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.crash.checks import CrashCheckFailed, Snapshot, check_folder, snapshot
from benchmarks.crash.child import CLOCK_BASE_VARIABLE
from benchmarks.crash.workloads import OTHER, PASSPHRASE, Workload

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class KillPoint:
    """Where to kill: before event number `at` (1-based) of the counted run, or `at` seconds
    after the child said it is ready ("timed")."""

    kind: str  # "event" or "timed"
    at: float
    label: str

    def describe(self) -> str:
        """A short, reproducible description."""
        if self.kind == "event":
            return f"before event {int(self.at)} ({self.label})"
        return f"{self.at * 1000:.1f} ms after ready"


@dataclass
class Prepared:
    """A workload ready to be killed: its template, checkpoints, events and duration."""

    workload: Workload
    template: Path
    checkpoints: list[Snapshot]
    events: list[str]
    duration: float
    clock_base: str  # the children's clock: the same for the checkpoints and every kill


@dataclass(frozen=True)
class Outcome:
    """One kill point's result: the checkpoint the vault matched, or the problem found."""

    point: KillPoint
    killed: bool
    checkpoint: int | None
    problem: str | None = None


def _environment(clock_base: str) -> dict[str, str]:
    env = os.environ.copy()
    paths = [str(REPO / "src"), str(REPO)]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env[CLOCK_BASE_VARIABLE] = clock_base
    return env


def _command(workload: Workload, folder: Path, mode: str, arg: int | None = None) -> list[str]:
    command = [sys.executable, "-m", "benchmarks.crash.child", workload.name, str(folder), mode]
    return [*command, str(arg)] if arg is not None else command


def _run_child(
    workload: Workload, folder: Path, clock_base: str, mode: str, arg: int | None = None
) -> str:
    """Run the child to its end; its output. Raises RuntimeError if it fails."""
    done = subprocess.run(
        _command(workload, folder, mode, arg),
        capture_output=True,
        text=True,
        env=_environment(clock_base),
        cwd=REPO,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{workload.name} {mode} {arg}: {done.stderr[-2000:]}")
    return done.stdout


def _secret_at(workload: Workload, checkpoint: int) -> str:
    return OTHER if workload.secret_change and checkpoint > 0 else PASSPHRASE


def prepare(workload: Workload, workdir: Path, inputs: Path) -> Prepared:
    """Build the template and record checkpoints, kill events and the run's duration."""
    slug = "".join(c if c.isalnum() else "-" for c in workload.name)
    template = workdir / slug / "template"
    template.mkdir(parents=True)
    workload.prepare(template, inputs)
    # After the template (exchange refuses stamps from the future), fixed for every child.
    clock = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).replace(microsecond=0)
    clock_base = clock.isoformat()
    checkpoints = [snapshot(workload, template, PASSPHRASE)]
    for count in range(1, len(workload.steps)):
        scratch = _fresh_copy(template)
        _run_child(workload, scratch, clock_base, "steps", count)
        checkpoints.append(snapshot(workload, scratch, _secret_at(workload, count)))
        shutil.rmtree(scratch.parent)
    scratch = _fresh_copy(template)
    output = _run_child(workload, scratch, clock_base, "count")
    events = json.loads((scratch / "events.json").read_text())
    checkpoints.append(snapshot(workload, scratch, _secret_at(workload, len(workload.steps))))
    shutil.rmtree(scratch.parent)
    duration = float(output.split()[-1])
    return Prepared(workload, template, checkpoints, events, duration, clock_base)


def _fresh_copy(template: Path) -> Path:
    """A copy of the template in a new folder of its own (safe from several threads)."""
    target = Path(tempfile.mkdtemp(prefix="run-", dir=template.parent)) / "copy"
    shutil.copytree(template, target)
    return target


def event_points(prepared: Prepared, limit: int) -> list[KillPoint]:
    """Kill points at events: every `os.*` event (never fewer), and the SQLCipher calls: all
    of them if they fit in `limit`, otherwise an even spread over them."""
    events = prepared.events
    numbered = list(enumerate(events, start=1))
    chosen = {n for n, label in numbered if label.startswith("os.")}
    rest = [n for n, _ in numbered if n not in chosen]
    if len(chosen) + len(rest) <= limit:
        chosen.update(rest)
    else:
        room = max(limit - len(chosen), 0)
        last = len(rest) - 1
        # Evenly from the first call to the last (the COMMIT and close come at the end).
        chosen.update(rest[round(i * last / max(room - 1, 1))] for i in range(room))
    return [KillPoint("event", n, events[n - 1]) for n in sorted(chosen)]


def timed_points(prepared: Prepared, count: int, rng: random.Random) -> list[KillPoint]:
    """`count` random offsets within the measured duration (plus 10 %, to catch the end)."""
    span = prepared.duration * 1.1
    return [KillPoint("timed", rng.uniform(0.0, span), "") for _ in range(count)]


def _kill_child(prepared: Prepared, folder: Path, point: KillPoint) -> bool:
    """Run the child and kill it at `point`; whether the kill landed before its end."""
    workload = prepared.workload
    if point.kind == "event":
        done = subprocess.run(
            _command(workload, folder, "kill", int(point.at)),
            capture_output=True,
            env=_environment(prepared.clock_base),
            cwd=REPO,
            check=False,
        )
        if done.returncode not in (0, -signal.SIGKILL):
            raise RuntimeError(done.stderr.decode(errors="replace")[-2000:])
        return done.returncode == -signal.SIGKILL
    child = subprocess.Popen(
        _command(workload, folder, "timed"),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_environment(prepared.clock_base),
        cwd=REPO,
    )
    assert child.stdout is not None
    if child.stdout.readline().strip() != b"ready":
        child.kill()
        child.wait()
        raise RuntimeError(f"{workload.name}: the child did not start")
    time.sleep(point.at)  # the kill point itself: a delay, not a wait for a condition
    child.send_signal(signal.SIGKILL)
    child.stdout.close()
    return child.wait() == -signal.SIGKILL


def run_point(prepared: Prepared, point: KillPoint, failures: Path | None) -> Outcome:
    """Kill a fresh copy at `point` and check it. A failure keeps the folder in `failures`
    (with failure.json: workload, kill point, problem) for reproduction."""
    folder = _fresh_copy(prepared.template)
    try:
        killed = _kill_child(prepared, folder, point)
        try:
            matched = check_folder(prepared.workload, folder, prepared.checkpoints)
        except CrashCheckFailed as failure:
            problem = failure.describe()
            if failures is not None:
                _keep(folder, failures, prepared, point, problem)
            return Outcome(point, killed, None, problem)
        return Outcome(point, killed, matched)
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


def _keep(folder: Path, failures: Path, prepared: Prepared, point: KillPoint, why: str) -> None:
    kept = failures / f"{prepared.template.parent.name}-{folder.parent.name}"
    shutil.copytree(folder, kept)
    (kept / "failure.json").write_text(
        json.dumps(
            {
                "workload": prepared.workload.name,
                "kill_point": point.describe(),
                "kind": point.kind,
                "at": point.at,
                "problem": why,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
