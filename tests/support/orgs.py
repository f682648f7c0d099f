"""Real organisations with real vaults and keys, verified to each other, for exchange tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casevault.domain.organisation import VerificationMethod
from casevault.services import exports, import_verify, imports
from casevault.services import partners as partner_service
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, init_vault

PASSPHRASE = "correct horse battery staple"


@dataclass
class Org:
    """One organisation's open vault."""

    name: str
    session: Session
    org_id: str


def make_org(root: Path, name: str) -> Org:
    """A fresh vault with its own keys."""
    result = init_vault(root / name, PASSPHRASE, name, kdf=KdfChoice(floor=True))
    with result.session.vault.reading() as conn:
        org_id = conn.execute("SELECT id FROM own_organisation").fetchone()[0]
    return Org(name, result.session, org_id)


def introduce(a: Org, b: Org, *, verify: bool = True) -> None:
    """Exchange identity cards both ways; optionally verify by the short code."""
    for first, second in ((a, b), (b, a)):
        card = partner_service.export_identity(second.session)
        details = partner_service.add_partner(first.session, card.card)
        if verify:
            partner_service.verify_partner(
                first.session, details.partner.id, VerificationMethod.SHORT_CODE, details.short_code
            )


def grant_consent(sender: Org, recipient: Org, cases: list[str] | None = None) -> None:
    """Record each man's consent (a message from him) for his file to go to `recipient`."""
    from casevault.domain.consent import ConsentMethod
    from casevault.services import cases as case_service
    from casevault.services import consent as consent_service

    ids = cases or [str(s.id) for s in case_service.list_cases(sender.session, limit=1000)]
    for case_id in ids:
        decision = consent_service.consent_status(sender.session, case_id, recipient.org_id)
        if not decision.allowed:
            consent_service.record_consent(
                sender.session,
                case_id,
                partner_ref=recipient.org_id,
                method=ConsentMethod.MESSAGE,
                note="agreed by message",
            )


def export_bytes(
    sender: Org, *recipients: Org, cases: list[str] | None = None, armor: bool = False
) -> bytes:
    """A bundle from `sender` to `recipients`, in memory, each man having consented."""
    for recipient in recipients:
        grant_consent(sender, recipient, cases)
    sink = io.BytesIO()
    exports.export_bundle(sender.session, [r.org_id for r in recipients], sink, cases, armor=armor)
    return sink.getvalue()


def import_bytes(receiver: Org, bundle: bytes) -> imports.ImportResult:
    """Verify, stage and apply a bundle."""
    staged = import_verify.verify_and_stage(receiver.session, io.BytesIO(bundle))
    return imports.apply_import(receiver.session, staged)


def logical_dump(session: Session) -> dict[str, Any]:
    """Every row of every table (not FTS internals), sorted: 'the vault exactly as before'."""
    dump: dict[str, Any] = {}
    with session.vault.reading() as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'case_fts%' ORDER BY name"
            )
        ]
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            dump[table] = sorted(repr(tuple(row)) for row in rows)
    return dump
