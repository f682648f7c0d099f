"""Seal throughput against the raw AEAD stream over the same data, and peak memory.

Usage: PYTHONPATH=src python benchmarks/bundle_throughput.py [--mb 64] (e.g. --mb 1024 for 1 GB)

Synthetic content only: one blob of pseudo-random bytes streamed from a generator (never
materialised), written to a sink that counts and discards the ciphertext, so neither disk
speed nor a buffer of the whole output distorts the numbers. Reports MB/s for the raw
`aead_stream` (the baseline, same run) and for `seal_bundle`, their ratio, and the peak RSS
of the process after each, which must stay flat whatever --mb is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

import psutil

from casevault.crypto import aead_stream
from casevault.crypto.keys import PrivateKeys
from casevault.exchange.seal import BlobSource, RecipientKeys, SenderIdentity, seal_bundle

BLOCK = 64 * 1024


class SyntheticSource:
    """`total` bytes of pseudo-random data, produced on demand (the same bytes every run)."""

    def __init__(self, total: int) -> None:
        self._left = total
        self._block = random.Random(7).randbytes(BLOCK)

    def read(self, size: int = -1) -> bytes:
        size = BLOCK if size < 0 else min(size, BLOCK)
        size = min(size, self._left)
        self._left -= size
        return self._block[:size]


class CountingSink:
    """Discards what it is given and counts it."""

    def __init__(self) -> None:
        self.written = 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        return len(data)


def peak_rss_mb() -> float:
    info = psutil.Process().memory_info()
    peak = getattr(info, "peak_wset", None) or getattr(info, "rss", 0)
    try:
        import resource  # Unix only: ru_maxrss is the true peak (KiB on Linux)

        peak = max(peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    except ImportError:
        pass
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=64, help="megabytes of content (default 64)")
    total = parser.parse_args().mb * 2**20
    sender, recipient = PrivateKeys.generate(), PrivateKeys.generate()
    rows = []

    sink = CountingSink()
    start = time.perf_counter()
    aead_stream.encrypt_stream(
        aead_stream.new_file_key(), aead_stream.new_stream_nonce(), SyntheticSource(total), sink
    )
    raw_seconds = time.perf_counter() - start
    rows.append(("raw aead_stream", raw_seconds, sink.written, peak_rss_mb()))

    sink = CountingSink()
    start = time.perf_counter()
    seal_bundle(
        sink,
        SenderIdentity(sender, "org-bench", "node-1"),
        [RecipientKeys("org-partner", recipient.public_keys())],
        "bench-1",
        dt.datetime.now(dt.UTC),
        [BlobSource("blob-1", SyntheticSource(total))],
    )
    seal_seconds = time.perf_counter() - start
    rows.append(("seal_bundle", seal_seconds, sink.written, peak_rss_mb()))

    print(f"content: {total / 2**20:.0f} MiB")
    print(f"{'path':<18}{'seconds':>10}{'MiB/s':>10}{'out MiB':>10}{'peak RSS MiB':>14}")
    for name, seconds, written, rss in rows:
        speed = total / 2**20 / seconds
        print(f"{name:<18}{seconds:>10.2f}{speed:>10.1f}{written / 2**20:>10.1f}{rss:>14.1f}")
    print(f"seal / raw time ratio: {seal_seconds / raw_seconds:.2f}")


if __name__ == "__main__":
    main()
