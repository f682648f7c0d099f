"""Run the benchmark suite and write its table to docs/performance.md.

    python -m benchmarks.run --quick        # CI: small sizes, well under 3 minutes
    python -m benchmarks.run                # full: 1,000 / 10,000 / 100,000 cases, 1 GiB bundle

Flags:
  --quick              250 and 1,000 cases, 16 MiB bundle, network of 5 orgs x 50 cases;
                       prints only (the committed table stays the full run's)
  --sizes N [N ...]    vault sizes for storage, search and growth rows (default 1k 10k 100k)
  --exchange-max N     largest size that also gets the export/import rows (default 10,000)
  --bundle-mb N        megabytes of attachment blob for the bundle rows (default 1024)
  --network-cases N    cases per organisation in the network simulation (default 10,000)
  --incremental-cases N   cases of the 1%-edit incremental rows (default 10,000)
  --weeks-cases N      cases per organisation in the weekly network (default 100; the full
                       5 x 10,000 run: --only incremental --weeks-cases 10000, see
                       docs/performance.md, "Incremental exchange")
  --needs-action-cases N  cases of the "needs action" first-screen row (default 10,000)
  --only NAME [...]    run only some parts: storage names exchange bundles network
                       incremental needs_action
  --no-write           print only; do not rewrite the table in docs/performance.md
  --append             add this run's table after the one in docs/performance.md

Every figure is a ratio against a baseline measured in the same run (or an absolute goal
stated in the row), never a timed assertion in a test. Only synthetic data is written, to
private temporary folders removed at the end.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from benchmarks import (
    bundles,
    exchange,
    fulltext,
    growth,
    gui_first_screen,
    incremental,
    names,
    needs_action,
    network,
    storage,
)
from benchmarks.report import Report

DOCS = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
PARTS = ("storage", "names", "exchange", "bundles", "network", "incremental", "needs_action")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small sizes; for CI")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--exchange-max", type=int, default=10_000)
    parser.add_argument("--bundle-mb", type=int, default=1024)
    parser.add_argument("--network-cases", type=int, default=10_000)
    parser.add_argument("--incremental-cases", type=int, default=10_000)
    parser.add_argument("--weeks-cases", type=int, default=100)
    parser.add_argument("--needs-action-cases", type=int, default=10_000)
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--no-write", action="store_true", help="do not update docs/")
    parser.add_argument("--append", action="store_true", help="keep the table there, add ours")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.bundle_mb, args.network_cases = [250, 1_000], 16, 50
        args.incremental_cases, args.weeks_cases = 1_000, 5
        args.needs_action_cases = 250
    return args


def _label(args: argparse.Namespace) -> str:
    if args.quick:
        return "quick"
    parts = []
    if {"storage", "names", "exchange"} & set(args.only):
        sizes = "+".join(f"{s:,}" for s in sorted(args.sizes))
        parts.append(f"{sizes} cases (exchange up to {args.exchange_max:,})")
    if "bundles" in args.only:
        parts.append(f"{args.bundle_mb:,} MiB bundle")
    if "network" in args.only:
        parts.append(f"network 5 x {args.network_cases:,}")
    if "incremental" in args.only:
        parts.append(
            f"incremental {args.incremental_cases:,}, weekly network 5 x {args.weeks_cases:,}"
        )
    return ", ".join(parts)


def main(argv: list[str] | None = None) -> Report:
    """Run the parts asked for at every size; return the report (also printed as it runs)."""
    args = _arguments(argv)
    report = Report(_label(args))
    costs: dict[int, dict[str, float]] = {}
    per_size = [p for p in ("storage", "names", "exchange") if p in args.only]
    if "storage" in args.only:
        storage.run_kdf(report)
    for size in sorted(args.sizes) if per_size else []:
        workdir = storage.fresh_workdir()
        try:
            built = storage.build(report, size, workdir)
            try:
                if "storage" in args.only:
                    storage.run(report, built)
                    fulltext.run(report, built.session, built.data)
                    gui_first_screen.run(report, built)
                if "names" in args.only:
                    names.run(report, built)
                if "exchange" in args.only and size <= args.exchange_max:
                    exchange.run(report, built)
            finally:
                built.close()
            costs[size] = built.costs
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    growth.run(report, costs)
    if "bundles" in args.only:
        bundles.run(report, args.bundle_mb)
    if "network" in args.only:
        network.run(report, args.network_cases)
    if "incremental" in args.only:
        incremental.run_one_percent(report, args.incremental_cases)
        incremental.run_network(report, args.weeks_cases)
    if "needs_action" in args.only:
        needs_action.measure(report, args.needs_action_cases)
    if not (args.no_write or args.quick):
        report.write(DOCS, append=args.append)
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
