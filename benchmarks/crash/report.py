"""Figures of a kill run, and the "## Crash safety" section of docs/hardening.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.crash.harness import Outcome, Prepared

BEGIN = "<!-- crash-safety figures: begin -->"
END = "<!-- crash-safety figures: end -->"
HEADING = "## Crash safety"


@dataclass(frozen=True)
class WorkloadFigures:
    """One workload's results."""

    name: str
    points: int
    failed: int
    event_points: int
    timed_points: int
    killed_before_end: int
    events: int
    os_events: dict[str, int]
    os_events_killed_at: int
    matched: dict[int, int]
    checkpoints: int
    duration: float

    @classmethod
    def of(cls, prepared: Prepared, outcomes: list[Outcome]) -> WorkloadFigures:
        """Summarise `outcomes` of `prepared`."""
        at_events = [o for o in outcomes if o.point.kind == "event"]
        matched = Counter(o.checkpoint for o in outcomes if o.checkpoint is not None)
        return cls(
            name=prepared.workload.name,
            points=len(outcomes),
            failed=sum(o.problem is not None for o in outcomes),
            event_points=len(at_events),
            timed_points=len(outcomes) - len(at_events),
            killed_before_end=sum(o.killed for o in outcomes),
            events=len(prepared.events),
            os_events=dict(Counter(e for e in prepared.events if e.startswith("os."))),
            os_events_killed_at=sum(o.point.label.startswith("os.") for o in at_events),
            matched={k: matched[k] for k in range(len(prepared.checkpoints))},
            checkpoints=len(prepared.checkpoints),
            duration=prepared.duration,
        )

    def line(self) -> str:
        """One line for the console."""
        return (
            f"{self.name:28} {self.points - self.failed:4}/{self.points:<4} survived "
            f"({self.event_points} at events of {self.events}, {self.timed_points} timed; "
            f"states {list(self.matched.values())})"
        )

    def row(self) -> str:
        """One Markdown table row."""
        syscalls = ", ".join(f"{k[3:]} x{v}" for k, v in sorted(self.os_events.items()))
        states = " / ".join(str(v) for v in self.matched.values())
        return (
            f"| {self.name} | **{self.points - self.failed}/{self.points}** | "
            f"{self.event_points} of {self.events} ({self.os_events_killed_at} at os calls) | "
            f"{syscalls or 'none (SQLite C I/O only)'} | {self.timed_points} | "
            f"{self.killed_before_end} | {states} | {self.duration * 1000:.0f} ms |"
        )


def table(figures: list[WorkloadFigures], seed: int, elapsed: float, machine: str) -> str:
    """The figures as Markdown, with the run's date, machine, seed and run time."""
    total = sum(f.points for f in figures)
    survived = total - sum(f.failed for f in figures)
    lines = [
        BEGIN,
        f"Run: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {machine}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; seed {seed}; {elapsed / 60:.1f} min. "
        f"**{survived}/{total} kill points survived.**",
        "",
        "| workload | survived | kill points at events (of events in a run) | os calls in a "
        "run | timed kill points | killed before the end | states found: before / after "
        "each step | operation time |",
        "|---|---|---|---|---|---|---|---|",
        *(f.row() for f in figures),
        END,
    ]
    return "\n".join(lines)


def write_section(
    path: Path, figures: list[WorkloadFigures], seed: int, elapsed: float, machine: str
) -> None:
    """Replace the figures between the markers of the Crash safety section (created, with
    the heading, if missing)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Hardening\n"
    figures_text = table(figures, seed, elapsed, machine)
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + figures_text + rest.split(END, 1)[1]
    elif HEADING in text:
        head, rest = text.split(HEADING, 1)
        text = f"{head}{HEADING}\n\n{figures_text}\n{rest}"
    else:
        text = f"{text.rstrip()}\n\n{HEADING}\n\n{figures_text}\n"
    path.write_text(text, encoding="utf-8")
