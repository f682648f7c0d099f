"""How each cost grows with the number of cases: one row per metric and step between sizes.

A step is "linear or better" if cost(n2) / cost(n1) ≤ (n2 / n1) x 1.25: the 25% margin absorbs
the noise of a shared machine on sub-millisecond figures, and is stated in the row so nothing
is hidden by it. Per-run costs (insert, export, import) are expected to grow about linearly;
per-query costs (search, first page, unlock) should stay nearly flat.
"""

from __future__ import annotations

import itertools

from benchmarks.report import Report, Row

MARGIN = 1.25


def steps(costs: dict[int, dict[str, float]]) -> list[tuple[str, int, int, float, float]]:
    """(metric, n1, n2, cost growth, size growth) for consecutive sizes having the metric."""
    found = []
    sizes = sorted(costs)
    metrics = sorted({m for per_size in costs.values() for m in per_size})
    for metric in metrics:
        having = [n for n in sizes if metric in costs[n]]
        for n1, n2 in itertools.pairwise(having):
            before, after = costs[n1][metric], costs[n2][metric]
            found.append((metric, n1, n2, after / before if before > 0 else 0.0, n2 / n1))
    return found


def run(report: Report, costs: dict[int, dict[str, float]]) -> None:
    """Add the growth rows (nothing if only one size ran)."""
    for metric, n1, n2, growth, size_growth in steps(costs):
        report.add(
            Row(
                f"growth of {metric}, {n1:,} → {n2:,} cases",
                f"{growth:.2f}x",
                f"cases {size_growth:.0f}x",
                growth / size_growth,
                "≤ linear (ratio ≤ 1.25)",
                growth <= size_growth * MARGIN,
            )
        )
