"""Collect benchmark rows and write them, with the machine and date, to docs/performance.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
from dataclasses import dataclass, field
from pathlib import Path

BEGIN = "<!-- benchmark table: begin -->"
END = "<!-- benchmark table: end -->"


@dataclass
class Row:
    """One measurement: what, value, its baseline and the goal (text)."""

    what: str
    value: str
    baseline: str = ""
    ratio: float | None = None
    goal: str = ""
    met: bool | None = None


@dataclass
class Report:
    """All rows of one run."""

    size_label: str
    rows: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> None:
        """Add a row and print it at once (long runs show progress)."""
        self.rows.append(row)
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else ""
        verdict = {True: "met", False: "MISSED", None: ""}[row.met]
        print(f"{row.what:58} {row.value:>14} {row.baseline:>14} {ratio:>8} {verdict}", flush=True)

    def markdown(self) -> str:
        """The table as Markdown."""
        lines = [
            f"Run: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, size `{self.size_label}`, "
            f"{platform.machine()} / {platform.system()} {platform.release()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}.",
            "",
            "| what | value | baseline (same run) | ratio | goal | |",
            "|---|---|---|---|---|---|",
        ]
        for r in self.rows:
            ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ""
            verdict = {True: "met", False: "**missed**", None: ""}[r.met]
            lines.append(
                f"| {r.what} | {r.value} | {r.baseline} | {ratio} | {r.goal} | {verdict} |"
            )
        return "\n".join(lines)

    def write(self, path: Path, append: bool = False) -> None:
        """Replace the table between the markers in `path` (the prose around it stays).

        With `append`, keep what is between the markers and add this run's table after it
        (for the long parts of the full suite, run one at a time).
        """
        text = path.read_text(encoding="utf-8") if path.exists() else f"{BEGIN}\n{END}\n"
        head, _, rest = text.partition(BEGIN)
        kept, _, tail = rest.partition(END)
        body = (
            f"{kept.strip()}\n\n{self.markdown()}" if append and kept.strip() else self.markdown()
        )
        path.write_text(f"{head}{BEGIN}\n{body}\n{END}{tail}", encoding="utf-8")


def p95(samples: list[float]) -> float:
    """The 95th percentile of samples (seconds)."""
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=20)[-1]


def ms(seconds: float) -> str:
    """Seconds as milliseconds text."""
    return f"{seconds * 1000:.2f} ms"
