"""Run every fuzz target for a set time and report inputs tried, refusals, worst time and memory
per input, and line coverage of the targeted modules.

    python -m fuzz.run --seconds 60            # hypothesis (structured), all targets
    python -m fuzz.run --seconds 60 --atheris  # atheris (libFuzzer, coverage-guided) as well

Each input runs under a time bound (SIGALRM, --input-seconds) and tracemalloc; an input that
raises anything but the project's errors, runs past the bound or allocates more than
--max-mib is a failure, printed with its bytes (repr, truncated) and the run exits 1.
Hypothesis runs with derandomize=False, so every run explores new inputs.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from types import FrameType

from hypothesis import HealthCheck, given, settings

TARGETED_MODULES = [
    "casevault/exchange/armor.py",
    "casevault/exchange/bundle_format.py",
    "casevault/exchange/records.py",
    "casevault/exchange/frames.py",
    "casevault/exchange/json_profile.py",
    "casevault/exchange/manifest.py",
    "casevault/exchange/unseal.py",
    "casevault/exchange/content.py",
    "casevault/exchange/identity_card.py",
    "casevault/vault/keyslots.py",
    "casevault/services/nodes.py",
]


class InputTimeout(Exception):
    """One input ran past --input-seconds."""


@dataclass
class Figures:
    """What one target's run measured."""

    inputs: int = 0
    refused: int = 0
    slowest: float = 0.0
    peak_mib: float = 0.0
    failures: list[str] = field(default_factory=list)


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise InputTimeout()


def _measure(name: str, untrusted: bytes, figures: Figures, args: argparse.Namespace) -> None:
    from fuzz.targets import TARGETS, run_one

    tracemalloc.reset_peak()
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, args.input_seconds)
    try:
        accepted = run_one(TARGETS[name], untrusted)
    except InputTimeout:
        figures.failures.append(f"hang: {untrusted[:200]!r}")
        return
    except Exception as exc:
        figures.failures.append(f"{type(exc).__name__}: {untrusted[:200]!r}")
        return
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    figures.inputs += 1
    figures.refused += not accepted
    figures.slowest = max(figures.slowest, elapsed)
    figures.peak_mib = max(figures.peak_mib, peak)
    if peak > args.max_mib:
        figures.failures.append(f"memory {peak:.1f} MiB: {untrusted[:200]!r}")


def run_hypothesis(name: str, seconds: float, args: argparse.Namespace) -> Figures:
    """Feed `name` structured inputs from fuzz/strategies.py until `seconds` have passed."""
    from fuzz.strategies import STRATEGIES

    figures = Figures()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not figures.failures:

        @settings(
            max_examples=200,
            deadline=None,
            derandomize=False,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(untrusted=STRATEGIES[name])
        def batch(untrusted: bytes) -> None:
            if time.monotonic() < deadline:
                _measure(name, untrusted, figures, args)

        batch()
    return figures


def run_atheris(name: str, seconds: int) -> str:
    """libFuzzer through atheris in a child process; returns its last status line."""
    child = subprocess.run(
        [sys.executable, "-m", "fuzz.atheris_main", name, f"-max_total_time={seconds}"],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in child.stderr.splitlines() if line.startswith("#") and "cov:" in line]
    status = lines[-1] if lines else child.stderr.strip()[-300:]
    return f"exit {child.returncode}: {status}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=30, help="per target")
    parser.add_argument("--input-seconds", type=float, default=10.0, help="bound for one input")
    parser.add_argument("--max-mib", type=float, default=64.0, help="bound for one input")
    parser.add_argument("--atheris", action="store_true", help="also run atheris per target")
    parser.add_argument("--target", action="append", help="only these targets")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    coverage = _start_coverage()
    tracemalloc.start()
    from fuzz.targets import TARGETS, keys

    keys()  # key generation is not part of any input's time
    failed = False
    print("| target | inputs | refused | slowest input (s) | peak memory (MiB) | result |")
    print("|---|---|---|---|---|---|")
    for name in args.target or sorted(TARGETS):
        figures = run_hypothesis(name, args.seconds, args)
        failed |= bool(figures.failures)
        result = "; ".join(figures.failures[:3]) or "only our errors"
        print(
            f"| {name} | {figures.inputs} | {figures.refused} | {figures.slowest:.3f} "
            f"| {figures.peak_mib:.1f} | {result} |",
            flush=True,
        )
    tracemalloc.stop()
    _report_coverage(coverage)
    if args.atheris:
        for name in args.target or sorted(TARGETS):
            print(f"atheris {name}: {run_atheris(name, int(args.seconds))}", flush=True)
    return 1 if failed else 0


def _start_coverage() -> object | None:
    try:
        import coverage
    except ImportError:
        print("(coverage.py is not installed: no line coverage figures)")
        return None
    cov = coverage.Coverage(include=[f"*/{m}" for m in TARGETED_MODULES])
    cov.start()
    return cov


def _report_coverage(cov: object | None) -> None:
    if cov is None:
        return
    cov.stop()  # type: ignore[attr-defined]
    print("\nLine coverage of the targeted modules:")
    cov.report(show_missing=False)  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
