"""The kill harness's figures replace only their own block of docs/hardening.md."""

from __future__ import annotations

from pathlib import Path

from benchmarks.crash.report import BEGIN, END, WorkloadFigures, write_section


def _figures(failed: int) -> WorkloadFigures:
    return WorkloadFigures(
        name="case add",
        points=10,
        failed=failed,
        event_points=8,
        timed_points=2,
        killed_before_end=9,
        events=31,
        os_events={"os.fsync": 2},
        os_events_killed_at=2,
        matched={0: 6, 1: 4 - failed},
        checkpoints=2,
        duration=0.05,
    )


def test_section_is_created_then_replaced_and_other_sections_stay(tmp_path: Path) -> None:
    docs = tmp_path / "hardening.md"
    docs.write_text("# Hardening\n\n## Storage\n\nTheirs.\n", encoding="utf-8")
    write_section(docs, [_figures(0)], seed=1, elapsed=60.0, machine="test")
    first = docs.read_text(encoding="utf-8")
    assert "## Storage\n\nTheirs." in first
    assert "## Crash safety" in first
    assert "**10/10**" in first
    write_section(docs, [_figures(1)], seed=2, elapsed=60.0, machine="test")
    second = docs.read_text(encoding="utf-8")
    assert second.count(BEGIN) == second.count(END) == 1
    assert "**9/10**" in second
    assert "**10/10**" not in second
    assert "## Storage\n\nTheirs." in second
