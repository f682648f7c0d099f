"""Child process for the memory rows: export or import one big bundle, print time and peak RSS.

    python -m benchmarks.memory idle|export|import WORKDIR BLOB BUNDLE

WORKDIR holds two vaults made by benchmarks/bundles.py: `sender` (with cases) and `receiver`,
verified to each other. `export` opens the sender, exports its cases as its own sync bundle
(to read back the real content records: attachments are not in the vault yet), and seals
those records plus BLOB as one attachment into BUNDLE for the receiver. `import` opens the
receiver and runs verify_and_stage, preview_import and apply_import on BUNDLE. `idle` only
opens the vault: the baseline of what the process costs before any bundle work.

Prints one JSON line: {"seconds", "peak_rss_bytes", "unlock_peak_rss_bytes"}: the peak RSS of
the bundle work alone (see PeakRss), and the peak while unlocking (Argon2id's memory).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from casevault.services import attachments, cases, exports, import_verify, imports
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.repos import partners as partner_repo

PASSPHRASE = "benchmark passphrase"


def _kernel_peak() -> int | None:
    """VmHWM (peak RSS since start or since the last reset) from /proc, in bytes; Linux only."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return None


class PeakRss:
    """Peak RSS of this process from `start()` on, excluding what unlocking used before.

    Unlocking runs Argon2id with its calibrated memory (256 MiB here), freed before any bundle
    work; the figure that matters is the peak after it. On Linux the kernel's peak is reset
    (/proc/self/clear_refs, "5") and read back (VmHWM); elsewhere a thread samples the RSS
    every 5 ms with psutil.
    """

    def __init__(self) -> None:
        self._samples: list[int] = []
        self._running = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Forget the peak so far and start measuring."""
        try:
            Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
        except OSError:
            self._running = True
            self._thread = threading.Thread(target=self._sample, daemon=True)
            self._thread.start()

    def _sample(self) -> None:
        import psutil  # type: ignore[import-untyped]

        process = psutil.Process()
        while self._running:
            self._samples.append(int(process.memory_info().rss))
            time.sleep(0.005)

    def stop(self) -> int:
        """The peak since `start()`, in bytes."""
        if self._thread is None:
            return _kernel_peak() or 0
        self._running = False
        self._thread.join()
        return max(self._samples, default=0)


def attach_blob(session: Session, blob: Path) -> None:
    """Store `blob` as an attachment of the first case, once (before anything is measured)."""
    first = cases.list_cases(session, limit=1)[0]
    if not attachments.list_attachments(session, first.id):
        with blob.open("rb") as source:
            attachments.add_attachment(session, first.id, source, "scan.pdf")


def export(session: Session, blob: Path, bundle: Path) -> None:
    """The product's export of every case, the big attachment included, to the partner."""
    del blob  # already stored in the vault by attach_blob
    with session.vault.reading() as conn:
        partner = partner_repo.list_partners(conn)[0]
    with bundle.open("wb") as sink:
        exports.export_bundle(
            session, [partner.id], sink, override_reason="benchmark: synthetic data only"
        )


def import_(session: Session, bundle: Path) -> None:
    """What the import wizard runs: verify and stage, preview, apply (the file stays open:
    attachments are streamed from it while applying)."""
    with bundle.open("rb") as untrusted_file:
        staged = import_verify.verify_and_stage(session, untrusted_file)
        imports.preview_import(session, staged)
        imports.apply_import(session, staged)


def main(argv: list[str]) -> None:
    """Run one mode (see the module docstring) and print its JSON line."""
    mode, workdir, blob, bundle = argv[0], Path(argv[1]), Path(argv[2]), Path(argv[3])
    vault = workdir / ("receiver" if mode == "import" else "sender")
    meter = PeakRss()
    session = open_vault(vault, PASSPHRASE)
    unlock_peak = _kernel_peak() or 0
    try:
        if mode == "export":
            attach_blob(session, blob)
        meter.start()
        start = time.perf_counter()
        if mode == "export":
            export(session, blob, bundle)
        elif mode == "import":
            import_(session, bundle)
        seconds = time.perf_counter() - start
        peak = meter.stop()
    finally:
        session.close()
    result = {"seconds": seconds, "peak_rss_bytes": peak, "unlock_peak_rss_bytes": unlock_peak}
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
