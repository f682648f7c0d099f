"""Golden bundles of every bundle format version (tests/data/bundles/format-NN/, written by
make_bundles.py) open with today's reader and import into the recipient vault kept beside them;
together they carry every record kind the reader knows."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from casevault.exchange.bundle_format import VERSION
from casevault.exchange.content import RECORD_KINDS
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import imports
from casevault.services import partners as partner_service
from casevault.services.erasure_notices import comply_with_notices
from casevault.services.errors import CaseNotFound
from casevault.services.evaluation_verify import verify_evaluations
from casevault.services.evidence import evidence_item
from casevault.services.import_verify import StagedBundle, verify_and_stage
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.repos import erasure_register, key_chain, partner_rights

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "bundles"
FORMATS = sorted(int(p.name.removeprefix("format-")) for p in GOLDEN.glob("format-*"))


def _kinds(staged: StagedBundle) -> set[str]:
    found = {
        "case": staged.cases,
        "timeline": staged.timeline,
        "evaluation": staged.evaluations,
        "tombstone": staged.tombstones,
        "attachment": staged.attachments,
        "key_rotation": staged.key_rotations,
        "key_revocation": staged.key_revocations,
        "erasure_notice": staged.erasure_notices,
        "ack": [staged.ack] if staged.ack else [],
        "examination_note": staged.examination_notes,
    }
    return {kind for kind, records in found.items() if records}


def test_every_bundle_format_version_has_golden_bundles() -> None:
    assert list(range(1, VERSION + 1)) == FORMATS


def _import_all(session: Session, folder: Path, meta: dict[str, Any]) -> set[str]:
    carried: set[str] = set()
    for bundle in meta["bundles"]:
        staged = verify_and_stage(session, io.BytesIO((folder / bundle["file"]).read_bytes()))
        kinds = _kinds(staged)
        assert set(bundle["kinds"]) <= kinds, bundle["file"]
        carried |= kinds
        imports.apply_import(session, staged)
        if staged.erasure_notices:
            comply_with_notices(session, staged, {uuid.UUID(meta["erased_case"])})
    return carried


def _import_added_kinds(folder: Path, tmp_path: Path) -> set[str]:
    """Kinds added to this format version later (make_added_kinds.py), each with its own sender
    and a recipient vault written by the code before the kind existed."""
    carried: set[str] = set()
    for added in sorted((folder / "added").glob("*")):
        meta = json.loads((added / "meta.json").read_text(encoding="utf-8"))
        vault_dir = tmp_path / f"added-{added.name}"
        shutil.copytree(added / "recipient", vault_dir)
        with open_vault(vault_dir, meta["passphrase"]) as session:
            carried |= _import_all(session, added, meta)
            assert case_service.get_case(session, meta["case"]).fields.name_cyrillic.surname
            if "attachment" in meta:  # examination_note: verifies, provenance kept
                item = evidence_item(session, meta["attachment"])
                assert [n.verified for n in item.notes] == [True]
                assert item.attachment.received_from == "the man himself, by Signal"
    return carried


@pytest.mark.parametrize("version", FORMATS)
def test_golden_bundles_open_and_import_with_todays_reader(version: int, tmp_path: Path) -> None:
    folder = GOLDEN / f"format-{version:02d}"
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta["format_version"] == version
    vault_dir = tmp_path / "recipient"
    shutil.copytree(folder / "recipient", vault_dir)
    with open_vault(vault_dir, meta["passphrase"]) as session:
        carried = _import_all(session, folder, meta) | _import_added_kinds(folder, tmp_path)
        assert carried == set(RECORD_KINDS)

        kept = case_service.get_case(session, meta["kept_case"])
        assert kept.fields.name_cyrillic.surname == "Чувиляев"
        assert len(case_service.list_timeline(session, meta["kept_case"])) == 1
        # A partner's tombstone closes its copy; it does not delete ours (a closure notice).
        assert not case_service.get_case(session, meta["deleted_case"]).deleted
        with pytest.raises(CaseNotFound):
            case_service.get_case(session, meta["erased_case"])
        report = verify_evaluations(session)
        assert (report.checked, report.problems) == (1, ())
        stored, data = attachment_service.read_attachment(session, meta["attachment"]["id"])
        assert hashlib.sha256(data).hexdigest() == meta["attachment"]["sha256"] == stored.sha256
        sender = partner_service.show_partner(session, meta["sender_org_id"]).partner
        assert not sender.trusted  # its keys were revoked by the last bundle
        with session.vault.reading() as conn:
            assert erasure_register.is_erased(conn, meta["erased_case"])
            closed = partner_rights.closure_exists(
                conn, meta["deleted_case"], meta["sender_org_id"]
            )
            assert closed
            history = key_chain.list_history(conn, meta["sender_org_id"])
        assert len(history) == 2  # the card's key and the key it was rotated to


@pytest.mark.parametrize("version", FORMATS)
def test_a_golden_bundle_is_refused_a_second_time(version: int, tmp_path: Path) -> None:
    from casevault.services.errors import BundleReplayed

    folder = GOLDEN / f"format-{version:02d}"
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    shutil.copytree(folder / "recipient", tmp_path / "recipient")
    first = (folder / meta["bundles"][0]["file"]).read_bytes()
    with open_vault(tmp_path / "recipient", meta["passphrase"]) as session:
        imports.apply_import(session, verify_and_stage(session, io.BytesIO(first)))
        with pytest.raises(BundleReplayed):
            verify_and_stage(session, io.BytesIO(first))
