"""Run the benchmark suite: `python -m benchmarks.run --quick` (CI) or `--sizes 1000 10000 100000`.

Prints a table and writes it to docs/performance.md. Every figure is a ratio against a baseline
measured in the same run, never an absolute assertion in a test.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from benchmarks import storage
from benchmarks.report import Report

DOCS = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def main() -> None:
    """Parse arguments and run every benchmark at every size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1,000 cases; for CI")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000])
    parser.add_argument("--no-write", action="store_true", help="do not update docs/")
    args = parser.parse_args()
    sizes = [1_000] if args.quick else args.sizes
    report = Report("quick" if args.quick else "+".join(f"{s:,}" for s in sizes))
    storage.run_kdf(report)
    for size in sizes:
        workdir = storage.fresh_workdir()
        try:
            storage.run(report, size, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    if not args.no_write:
        report.write(DOCS)


if __name__ == "__main__":
    main()
