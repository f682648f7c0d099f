"""Organisations for the exchange benchmarks: real vaults and keys, verified to each other.

The same approach as the test helpers (tests/support/orgs.py), kept here so benchmarks do not
depend on the test tree. Argon2id runs at its floor: unlock cost is measured in storage.py.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from casevault.domain.organisation import VerificationMethod
from casevault.services import exports, import_verify, imports, profiles
from casevault.services import partners as partner_service
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, init_vault

PASSPHRASE = "benchmark passphrase"
OVERRIDE = "benchmark: synthetic cases, no real person"


@dataclass
class Org:
    """One organisation's open vault."""

    name: str
    session: Session
    org_id: str


def org_of(name: str, session: Session) -> Org:
    """Wrap an already open vault."""
    with session.vault.reading() as conn:
        org_id = conn.execute("SELECT id FROM own_organisation").fetchone()[0]
    return Org(name, session, str(org_id))


def make_org(root: Path, name: str) -> Org:
    """A fresh vault with its own keys, in `root/name`."""
    result = init_vault(root / name, PASSPHRASE, name, kdf=KdfChoice(floor=True))
    return org_of(name, result.session)


def introduce(a: Org, b: Org, profile: str | None = None) -> None:
    """Exchange identity cards both ways and verify by the short code; optionally set a profile."""
    for first, second in ((a, b), (b, a)):
        card = partner_service.export_identity(second.session)
        details = partner_service.add_partner(first.session, card.card)
        partner_service.verify_partner(
            first.session, details.partner.id, VerificationMethod.SHORT_CODE, details.short_code
        )
        if profile is not None:
            profiles.assign_profile(first.session, details.partner.id, profile)


def export_bytes(sender: Org, recipients: list[Org], cases: list[str] | None = None) -> bytes:
    """A bundle from `sender` to `recipients`, in memory (consent overridden, audited)."""
    sink = io.BytesIO()
    exports.export_bundle(
        sender.session, [r.org_id for r in recipients], sink, cases, override_reason=OVERRIDE
    )
    return sink.getvalue()


def import_bytes(receiver: Org, bundle: bytes) -> imports.ImportResult:
    """Verify, stage, preview and apply a bundle, as the import wizard does."""
    staged = import_verify.verify_and_stage(receiver.session, io.BytesIO(bundle))
    imports.preview_import(receiver.session, staged)
    return imports.apply_import(receiver.session, staged)
