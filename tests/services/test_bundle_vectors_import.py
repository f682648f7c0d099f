"""The valid bundle vectors are importable records: each imports into a real vault.

The vault is made exactly as `init_vault` makes one, except that the organisation's id and keys
are the vector reader's (tests/data/bundle_vectors/keys); the vector sender is added from its
own signed identity card and verified by the short code, as a person would. Then the real
import service verifies, previews and applies the bundle, and the records of its expected file
are found in the vault.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from casevault.crypto.kdf import FLOOR
from casevault.crypto.recovery_code import new_recovery_code
from casevault.domain.audit_actions import AuditAction
from casevault.domain.organisation import VerificationMethod
from casevault.exchange.identity_card import build_card
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import import_verify, imports
from casevault.services import partners as partner_service
from casevault.services.import_preview import preview_import
from casevault.services.session import Session
from casevault.vault.repos import node_keys as node_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.store import create_vault
from tests.exchange.test_bundle_vectors import CASES, VECTORS, vector_bytes, vector_keys

PASSPHRASE = "vector vault passphrase for tests"
NOW = dt.datetime(2025, 3, 2, 9, 0, tzinfo=dt.UTC)
VALID = [c for c in CASES if c["expect"] == "ok"]
# One vault per reader; each distinct content imported once, in index order (the armoured
# variants carry the same bundle as `small`: test_bundle_vectors.py checks that they read the
# same, and a second import of one bundle id is a replay by design).
READERS = sorted({c["reader"] for c in VALID})


def _distinct(reader: str) -> list[dict[str, Any]]:
    seen: set[str] = set()
    cases = []
    for case in VALID:
        if case["reader"] == reader and case["expected"] not in seen:
            seen.add(case["expected"])
            cases.append(case)
    return cases


def _vault_of(root: Path, reader: str, senders: list[str]) -> Session:
    org_id, keys = vector_keys(reader)
    vault = create_vault(root / reader, PASSPHRASE, new_recovery_code(), FLOOR)
    session = Session(vault)
    with vault.transaction() as conn:
        org_repo.insert_own_organisation(conn, org_id, "Vector reader", keys, NOW)
        session.audit(
            conn, AuditAction.VAULT_CREATE, "vault", vault.vault_id, {"organisation": org_id}
        )
    for name in senders:
        sender_id, sender_keys = vector_keys(name)
        card = build_card(sender_id, "Vector sender", "association", None, sender_keys, NOW)
        details = partner_service.add_partner(session, card)
        partner_service.verify_partner(
            session, details.partner.id, VerificationMethod.SHORT_CODE, details.short_code
        )
    return session


def _import_and_check(session: Session, case: dict[str, Any]) -> None:
    expected = json.loads((VECTORS / case["expected"]).read_text())
    records = expected["records"]
    staged = import_verify.verify_and_stage(session, io.BytesIO(vector_bytes(case)))
    preview = preview_import(session, staged)
    result = imports.apply_import(session, staged)
    kinds = [r["kind"] for r in records]
    assert result.bundle_id == expected["bundle_id"]
    assert result.new_cases == kinds.count("case") == len(preview.new_cases)
    assert result.timeline_events == kinds.count("timeline")
    assert result.attachments == kinds.count("attachment")
    assert result.refused == 0
    for record in records:
        value = record["value"]
        if record["kind"] == "case":
            case_row = case_service.get_case(session, value["id"])
            assert case_row.origin_org == expected["sender_org_id"]
            surname = value["fields"]["name_latin"][0]["value"]["surname"]
            assert case_row.fields.name_latin.surname == surname
        elif record["kind"] == "node_certificate":  # the node-signed vector's laptop
            with session.vault.reading() as conn:
                held = node_repo.certificates(conn, [expected["sender_org_id"]])
            assert base64.b64decode(value["certificate"]) in held
        elif record["kind"] == "attachment":
            listed = attachment_service.list_attachments(session, value["case_id"])
            assert [(str(a.id), a.sha256, a.size) for a in listed] == [
                (value["id"], value["sha256"], value["size"])
            ]


@pytest.mark.parametrize("reader", READERS)
def test_valid_vectors_import_into_a_real_vault(reader: str, tmp_path: Path) -> None:
    cases = _distinct(reader)
    session = _vault_of(tmp_path, reader, cases[0]["senders"])
    try:
        for case in cases:
            assert case["senders"] == cases[0]["senders"]
            _import_and_check(session, case)
    finally:
        session.close()


def test_every_valid_content_is_imported_above() -> None:
    imported = {c["expected"] for reader in READERS for c in _distinct(reader)}
    assert imported == {c["expected"] for c in VALID}
    assert {"valid.expected.json", "multi.expected.json", "exact.expected.json"} <= imported
    assert "node.expected.json" in imported  # signed by a laptop, certified by its organisation
    for name in imported:
        assert uuid.UUID(json.loads((VECTORS / name).read_text())["sender_org_id"])
