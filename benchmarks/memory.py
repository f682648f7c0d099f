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

import io
import json
import sys
import threading
import time
from pathlib import Path

from casevault.exchange.records import JsonRecord
from casevault.exchange.seal import BundleWriter, RecipientKeys, SenderIdentity
from casevault.exchange.unseal import unseal_bundle
from casevault.services import exports, import_verify, imports
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.services.versioning import node_id
from casevault.vault.repos import organisation as org_repo
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


def export(session: Session, blob: Path, bundle: Path) -> None:
    """Seal the sender's case records plus `blob` to the receiver, into `bundle`."""
    own_sync = io.BytesIO()
    exports.export_bundle(session, [], own_sync, to_own_nodes=True)
    with session.vault.reading() as conn:
        own = org_repo.get_own_organisation(conn)
        keys = org_repo.get_own_private_keys(conn)
        partner = partner_repo.list_partners(conn)[0]
        partner_keys = partner_repo.get_partner_keys(conn, partner.id)
        sender = SenderIdentity(keys, own.id, node_id(conn))
    own_sync.seek(0)
    verified = unseal_bundle(
        own_sync, keys, own.id, lambda org: own.public_keys if org == own.id else None
    )
    with bundle.open("wb") as sink, blob.open("rb") as source:
        created = session.clock()
        recipients = [RecipientKeys(partner.id, partner_keys)]
        with BundleWriter(sink, sender, recipients, "bench-big-1", created) as writer:
            for item in verified.items():
                if isinstance(item, JsonRecord):
                    writer.add_record(item.kind, item.value)
            writer.add_blob("attachment-1", source)


def import_(session: Session, bundle: Path) -> None:
    """What the import wizard runs: verify and stage, preview, apply."""
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
