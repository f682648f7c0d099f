"""Run the kill harness over every workload and write the figures to docs/hardening.md.

    python -m benchmarks.crash                   # full run: >= 500 kill points
    python -m benchmarks.crash --events 8 --timed 2 --no-write    # a quick look
    python -m benchmarks.crash --only "re-key" --seed 7

Flags:
  --events N     most kill points at events per workload (every os-level event is always
                 taken; SQLCipher calls are spread evenly within what is left)
  --timed N      kill points at random times per workload
  --seed N       seed of the random times (printed; default: from the clock)
  --only NAME    only these workloads (names as printed)
  --failures DIR keep each failing vault folder there with failure.json (default: a folder
                 next to the work folder, printed)
  --jobs N       kill points run at once (default 2; each is its own child and copy)
  --no-write     print only; do not rewrite the section in docs/hardening.md

Exit status 1 if any kill point fails a check. Only synthetic data is written, to a private
temporary folder removed at the end.
"""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import random
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from benchmarks.crash import harness
from benchmarks.crash.report import WorkloadFigures, write_section
from benchmarks.crash.workloads import WORKLOADS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "hardening.md"


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=36)
    parser.add_argument("--timed", type=int, default=12)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--only", nargs="+", default=None)
    parser.add_argument("--failures", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Run, print one line per workload, write the section; 0 if every kill point passed."""
    args = _arguments(argv)
    seed = args.seed if args.seed is not None else time.time_ns() % 1_000_000
    print(f"seed {seed}", flush=True)
    rng = random.Random(seed)
    chosen = [w for w in WORKLOADS if args.only is None or w.name in args.only]
    workdir = Path(tempfile.mkdtemp(prefix="casevault-crash-"))
    failures = args.failures or Path(tempfile.mkdtemp(prefix="casevault-crash-failures-"))
    started = time.perf_counter()
    figures: list[WorkloadFigures] = []
    try:
        # Processes, not threads: with threads, reopening vaults from several threads of one
        # process hung (every thread waiting on a lock; cause not pinned down), so each kill
        # point's checks run in a worker process of their own.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
            for workload in chosen:
                prepared = harness.prepare(workload, workdir, workdir / "inputs")
                points = harness.event_points(prepared, args.events)
                points += harness.timed_points(prepared, args.timed, rng)
                runs = [pool.submit(harness.run_point, prepared, p, failures) for p in points]
                outcomes = [run.result() for run in runs]
                figures.append(WorkloadFigures.of(prepared, outcomes))
                print(figures[-1].line(), flush=True)
                for outcome in outcomes:
                    if outcome.problem is not None:
                        print(f"  FAILED {outcome.point.describe()}: {outcome.problem}", flush=True)
                shutil.rmtree(prepared.template.parent, ignore_errors=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    elapsed = time.perf_counter() - started
    total = sum(f.points for f in figures)
    failed = sum(f.failed for f in figures)
    print(f"{total - failed}/{total} kill points survived in {elapsed:.0f} s", flush=True)
    if failed:
        print(f"failing vaults kept in {failures}", flush=True)
    elif args.failures is None:
        shutil.rmtree(failures, ignore_errors=True)
    if not args.no_write:
        machine = f"{platform.machine()} / {platform.system()} {platform.release()}"
        write_section(DOCS, figures, seed=seed, elapsed=elapsed, machine=machine)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
