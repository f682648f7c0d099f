"""Big bundles: seal throughput vs the raw AEAD stream and vs gpg, and peak memory.

The throughput rows measure the container seal of one generated file of that size
(`BundleWriter.add_blob`), against:

* the raw `aead_stream.encrypt_stream` over the same file (the floor any container pays);
* `gpg --sign --encrypt` of the same file with a throwaway key (what these users do today),
  with gpg's defaults (its compression included, as people run it). Skipped if gpg is missing.

Both CaseVault paths and gpg read the same file and discard the ciphertext, so disk writes do
not distort the ratio. Peak RSS of a full export and import of that file (with the real case
records of a 1,000-case vault) is measured in child processes (benchmarks/memory.py) against a
child that only opens the vault. The blob is pseudo-random bytes, never case data.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.orgs import introduce, make_org
from benchmarks.report import Report, Row
from casevault.crypto import aead_stream
from casevault.crypto.keys import PrivateKeys
from casevault.exchange.seal import BundleWriter, RecipientKeys, SenderIdentity
from casevault.services import cases as case_service
from casevault.synthetic.generator import generate_cases

RSS_GOAL = 300_000_000  # bytes
MEMORY_CASES = 1_000
_BLOCK = 1 << 20


class CountingSink:
    """Discards what it is given and counts it."""

    def __init__(self) -> None:
        self.written = 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        return len(data)


def make_blob(path: Path, megabytes: int) -> None:
    """`megabytes` MiB of pseudo-random bytes (incompressible, like photos and scans)."""
    rng = random.Random(7)
    with path.open("wb") as out:
        for _ in range(megabytes):
            out.write(rng.randbytes(_BLOCK))


def time_raw_aead(blob: Path) -> float:
    """Seconds for the bare STREAM encryption of `blob`."""
    with blob.open("rb") as source:
        start = time.perf_counter()
        aead_stream.encrypt_stream(
            aead_stream.new_file_key(), aead_stream.new_stream_nonce(), source, CountingSink()
        )
        return time.perf_counter() - start


def time_seal(blob: Path) -> float:
    """Seconds to seal `blob` as one attachment: header, framing, hash, signatures."""
    sender, recipient = PrivateKeys.generate(), PrivateKeys.generate()
    with blob.open("rb") as source:
        start = time.perf_counter()
        with BundleWriter(
            CountingSink(),
            SenderIdentity(sender, "org-bench", "node-1"),
            [RecipientKeys("org-partner", recipient.public_keys())],
            "bench-1",
            dt.datetime.now(dt.UTC),
        ) as writer:
            writer.add_blob("attachment-1", source)
        return time.perf_counter() - start


def time_gpg(blob: Path) -> float | None:
    """Seconds for `gpg --sign --encrypt` of `blob` with a throwaway key; None without gpg."""
    gpg = shutil.which("gpg")
    if gpg is None:
        return None
    home = Path(tempfile.mkdtemp(prefix="casevault-bench-gnupg-"))
    base = [gpg, "--homedir", str(home), "--batch", "--pinentry-mode", "loopback"]
    base += ["--passphrase", "", "--quiet"]
    try:
        home.chmod(0o700)
        uid = "Bench <bench@example.invalid>"
        subprocess.run([*base, "--quick-gen-key", uid, "default", "default", "never"], check=True)
        start = time.perf_counter()
        command = [*base, "--yes", "--trust-model", "always", "--recipient", uid]
        command += ["--local-user", uid, "--output", os.devnull, "--sign", "--encrypt", str(blob)]
        subprocess.run(command, check=True)
        return time.perf_counter() - start
    finally:
        gpgconf = shutil.which("gpgconf")
        if gpgconf is not None:  # stop the agent this throwaway home started
            subprocess.run([gpgconf, "--homedir", str(home), "--kill", "all"], check=False)
        shutil.rmtree(home, ignore_errors=True)


def _child(mode: str, workdir: Path, blob: Path, bundle: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", mode, str(workdir), str(blob), str(bundle)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _prepare_vaults(workdir: Path) -> None:
    sender, receiver = make_org(workdir, "sender"), make_org(workdir, "receiver")
    try:
        introduce(sender, receiver, profile="full")
        for item in generate_cases(MEMORY_CASES, seed=3, notes_chars=1000):
            case_service.create_case(sender.session, item.fields)
    finally:
        sender.session.close()
        receiver.session.close()


def run(report: Report, megabytes: int) -> None:
    """All bundle rows for a blob of `megabytes` MiB."""
    workdir = Path(tempfile.mkdtemp(prefix="casevault-bench-"))
    size = f"{megabytes:,} MiB" if megabytes < 1024 else f"{megabytes / 1024:g} GiB"
    try:
        blob = workdir / "blob.bin"
        make_blob(blob, megabytes)
        raw, seal = time_raw_aead(blob), time_seal(blob)
        mib = megabytes / seal
        report.add(
            Row(
                f"seal {size} of blobs (the container alone, one generated file)",
                f"{mib:.0f} MiB/s",
                f"raw AEAD {megabytes / raw:.0f} MiB/s",
                raw / seal,
                "≥ 25% of raw AEAD",
                raw / seal >= 0.25,
            )
        )
        gpg = time_gpg(blob)
        if gpg is None:
            report.add(Row(f"seal {size} vs gpg: skipped, gpg not found", "", "", None, "≥ 2x"))
        else:
            report.add(
                Row(
                    f"seal {size} vs `gpg --sign --encrypt` (gpg defaults)",
                    f"{seal:.1f} s",
                    f"gpg {gpg:.1f} s",
                    gpg / seal,
                    "≥ 2x faster",
                    gpg / seal >= 2.0,
                )
            )
        _prepare_vaults(workdir)
        bundle = workdir / "big.cvb"
        idle = _child("idle", workdir, blob, bundle)
        report.add(
            Row(
                "peak RSS while unlocking (Argon2id at the floor the benchmark vaults use)",
                f"{idle['unlock_peak_rss_bytes'] / 2**20:.0f} MiB",
                "",
                None,
                "",
                None,
            )
        )
        for mode in ("export", "import"):
            measured = _child(mode, workdir, blob, bundle)
            peak = measured["peak_rss_bytes"]
            report.add(
                Row(
                    f"peak RSS, {mode} of {MEMORY_CASES:,} cases + {size} "
                    f"({measured['seconds']:.1f} s, child process)",
                    f"{peak / 2**20:.0f} MiB",
                    f"vault open, idle {idle['peak_rss_bytes'] / 2**20:.0f} MiB",
                    peak / idle["peak_rss_bytes"],
                    "≤ 300 MB",
                    peak <= RSS_GOAL,
                )
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
