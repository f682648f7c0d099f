"""The benchmark suite still runs, and what it checks besides time holds (no timed assertions).

The network simulation's correctness (convergence, no edit lost without a conflict) is a real
property of the merge, so it is asserted here on a small network; speed is only reported by
`python -m benchmarks.run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.report import BEGIN, END, Report, Row

from benchmarks import bundles, growth, network, run


@pytest.mark.slow
def test_small_network_converges_without_losing_an_edit(tmp_path: Path) -> None:
    found = network.simulate(per_org=6, workdir=tmp_path, seed=4)
    assert found.converged
    assert found.lost_edits == 0
    assert found.edits > 0
    assert found.conflicts == found.expected_conflicts
    assert found.replays_refused > 0  # duplicates were delivered and refused


def test_growth_flags_a_step_worse_than_linear() -> None:
    report = Report("test")
    growth.run(report, {100: {"a": 1.0, "b": 1.0}, 1_000: {"a": 5.0, "b": 20.0}})
    verdicts = {row.what.split(",")[0]: row.met for row in report.rows}
    assert verdicts == {"growth of a": True, "growth of b": False}


def test_seal_and_raw_aead_read_the_whole_blob(tmp_path: Path) -> None:
    blob = tmp_path / "blob.bin"
    bundles.make_blob(blob, 1)
    assert blob.stat().st_size == 2**20
    assert bundles.time_raw_aead(blob) > 0
    assert bundles.time_seal(blob) > 0


def test_report_appends_between_the_markers(tmp_path: Path) -> None:
    doc = tmp_path / "performance.md"
    doc.write_text(f"intro\n{BEGIN}\nold\n{END}\nnotes\n", encoding="utf-8")
    report = Report("test")
    report.rows.append(Row("thing", "1 s"))
    report.write(doc, append=True)
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("intro\n")
    assert text.endswith("notes\n")
    assert text.index("old") < text.index("| thing | 1 s |")
    report.write(doc)
    assert "old" not in doc.read_text(encoding="utf-8")


def test_quick_run_is_small_and_covers_every_part() -> None:
    args = run._arguments(["--quick"])
    assert max(args.sizes) <= 1_000
    assert args.bundle_mb <= 16
    assert args.network_cases <= 50
    assert args.needs_action_cases <= 1_000
    assert set(args.only) == set(run.PARTS)
