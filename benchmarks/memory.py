"""Child process for the memory rows: export or import one big bundle, print time and peak RSS.

    python -m benchmarks.memory idle|export|import WORKDIR BLOB BUNDLE

WORKDIR holds two vaults made by benchmarks/bundles.py: `sender` (with cases) and `receiver`,
verified to each other. `export` opens the sender, exports its cases as its own sync bundle
(to read back the real content records: attachments are not in the vault yet), and seals
those records plus BLOB as one attachment into BUNDLE for the receiver. `import` opens the
receiver and runs verify_and_stage, preview_import and apply_import on BUNDLE. `idle` only
opens the vault: the baseline of what the process costs before any bundle work.

Prints one JSON line: {"seconds": ..., "peak_rss_bytes": ...}. Peak RSS is the kernel's
ru_maxrss of this process (Unix; psutil's current RSS where `resource` is missing).
"""

from __future__ import annotations

import io
import json
import sys
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


def peak_rss_bytes() -> int:
    """This process's peak resident set size so far, in bytes."""
    try:
        import resource
    except ImportError:  # not Unix: the current RSS is the best available figure
        import psutil

        return int(psutil.Process().memory_info().rss)
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


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
    session = open_vault(vault, PASSPHRASE)
    try:
        start = time.perf_counter()
        if mode == "export":
            export(session, blob, bundle)
        elif mode == "import":
            import_(session, bundle)
        seconds = time.perf_counter() - start
    finally:
        session.close()
    print(json.dumps({"seconds": seconds, "peak_rss_bytes": peak_rss_bytes()}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
