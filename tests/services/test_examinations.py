"""Signed examination notes: made and verified here, sent in bundles, verified at partners; a
tampered note, a note moved to another document, or one by a revoked or unknown signer reads
as not verified, never as verified."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.crypto.signing import DualSignature, verify
from casevault.domain.errors import InvalidField
from casevault.domain.examination import SIGNING_CONTEXT, ExaminationResult, decode_statement
from casevault.services import attachments as svc
from casevault.services import evaluations as ev
from casevault.services import partners as partner_service
from casevault.services.errors import EvaluatorNotOurs
from casevault.services.evidence import EvidenceItem, evidence_for_case, evidence_item
from casevault.services.examination_verify import NoteStatus
from casevault.services.examinations import examine_attachment
from casevault.vault.connection import IntegrityError
from casevault.vault.repos import partners as partner_repo
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, make_org
from tests.support.screening import new_case, signed_evaluation

SUMMONS = b"\x89PNG\r\n\x1a\n" + b"synthetic summons " * 100
EXAMINED_ON = dt.date(2026, 11, 2)


@pytest.fixture(scope="module")
def orgs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Org, Org]]:
    """Berlin and Paris verified to each other (shared by the tests of this module: each works
    on cases of its own, and none changes what one knows of the other)."""
    root = tmp_path_factory.mktemp("orgs")
    berlin, paris = (make_org(root, n) for n in ("berlin", "paris"))
    introduce(berlin, paris)
    yield berlin, paris
    for org in (berlin, paris):
        org.session.close()


@pytest.fixture
def yerevan(tmp_path: Path, orgs: tuple[Org, Org]) -> Iterator[Org]:
    """A third organisation that knows only Paris."""
    org = make_org(tmp_path, "yerevan")
    introduce(orgs[1], org)
    yield org
    org.session.close()


def _document(org: Org, case_id: str, data: bytes = SUMMONS) -> uuid.UUID:
    return svc.add_attachment(org.session, case_id, io.BytesIO(data), "summons.png").id


def _note(org: Org, attachment_id: uuid.UUID, result: str = "anomalies") -> uuid.UUID:
    person = ev.add_evaluator(org.session, "Evaluator A", "document examiner")
    text = "the stamp overlaps the signature; date typed later" if result == "anomalies" else ""
    stored = examine_attachment(
        org.session, attachment_id, person.id, result, text, examined_on=EXAMINED_ON
    )
    return uuid.UUID(stored.id)


def _item(org: Org, attachment_id: uuid.UUID) -> EvidenceItem:
    return evidence_item(org.session, attachment_id)


def test_a_note_is_signed_over_case_attachment_and_digest(orgs: tuple[Org, Org]) -> None:
    berlin, _ = orgs
    case_id = new_case(berlin)
    doc = _document(berlin, case_id)
    _note(berlin, doc)
    item = _item(berlin, doc)
    (checked,) = item.notes
    assert checked.status is NoteStatus.VERIFIED
    assert item.has_anomalies
    assert checked.statement is not None
    note = checked.statement.note
    assert (str(note.case_id), note.attachment_id) == (case_id, doc)
    assert note.attachment_sha256 == item.attachment.sha256
    assert note.examined_on == EXAMINED_ON
    assert checked.statement.evaluator.name == "Evaluator A"
    # Both signatures are over exactly these bytes, under the examination label only.
    row = checked.row
    with berlin.session.vault.reading() as conn:
        public = partner_repo.find_public_keys(conn, berlin.org_id)
    assert public is not None
    verify(public, SIGNING_CONTEXT, row.payload, DualSignature(row.sig_ed25519, row.sig_mldsa65))
    assert decode_statement(row.payload).note.id == note.id


def test_notes_are_bounded_and_anomalies_must_be_described(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    case_id = new_case(berlin)
    doc = _document(berlin, case_id)
    person = ev.add_evaluator(berlin.session, "Evaluator A", "")
    with pytest.raises(InvalidField):
        examine_attachment(berlin.session, doc, person.id, "anomalies", "   ")
    with pytest.raises(InvalidField):
        examine_attachment(berlin.session, doc, person.id, "consistent", "x" * 4001)
    with pytest.raises(InvalidField):
        examine_attachment(berlin.session, doc, person.id, "fine", "")
    signed_evaluation(berlin, case_id, "Evaluator B")
    import_bytes(paris, export_bytes(berlin, paris))
    (berlins,) = [e for e in ev.list_evaluators(paris.session) if e.name == "Evaluator B"]
    with pytest.raises(EvaluatorNotOurs):  # Berlin's evaluator cannot sign for Paris
        examine_attachment(paris.session, doc, berlins.id, "consistent")
    assert _item(berlin, doc).notes == ()


def test_notes_cannot_be_changed_in_the_database(orgs: tuple[Org, Org]) -> None:
    berlin, _ = orgs
    doc = _document(berlin, new_case(berlin))
    note_id = _note(berlin, doc)
    with (
        pytest.raises(IntegrityError, match="immutable"),
        berlin.session.vault.transaction() as conn,
    ):
        conn.execute(
            "UPDATE examination_notes SET result = 'consistent' WHERE id = ?", (str(note_id),)
        )


def test_a_note_verifies_at_the_partner(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    case_id = new_case(berlin)
    doc = _document(berlin, case_id)
    _note(berlin, doc)
    import_bytes(paris, export_bytes(berlin, paris))
    item = _item(paris, doc)
    (checked,) = item.notes
    assert checked.status is NoteStatus.VERIFIED
    assert checked.signer.org_id == berlin.org_id
    assert item.has_anomalies
    # Sent again (a full export), it is not stored twice.
    import_bytes(paris, export_bytes(berlin, paris))
    assert len(_item(paris, doc).notes) == 1


def _tamper_then_send(berlin: Org, paris: Org, sql: str, *args: object) -> uuid.UUID:
    """A note made at Berlin, then changed in Berlin's database (a dishonest or compromised
    sender, whose bundle signature is valid) before the case is sent to Paris."""
    case_id = new_case(berlin)
    doc = _document(berlin, case_id)
    note_id = _note(berlin, doc)
    with berlin.session.vault.transaction() as conn:
        conn.execute("DROP TRIGGER IF EXISTS examination_notes_immutable")
        conn.execute(sql, (*args, str(note_id)))
    import_bytes(paris, export_bytes(berlin, paris))
    return doc


def test_a_flipped_byte_in_the_note_is_not_verified(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    doc = _tamper_then_send(
        berlin,
        paris,
        "UPDATE examination_notes SET payload = CAST(replace(CAST(payload AS TEXT),"
        " 'overlaps', 'overlapz') AS BLOB) WHERE id = ?",
    )
    (checked,) = _item(paris, doc).notes
    assert checked.status is NoteStatus.SIGNATURE
    assert not checked.verified
    assert _item(paris, doc).has_anomalies  # shown, marked not verified: never silent


def test_a_note_moved_to_another_document_is_not_verified(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    case_id = new_case(berlin)
    doc = _document(berlin, case_id)
    other = _document(berlin, case_id, SUMMONS + b"another file")
    note_id = _note(berlin, doc)
    with berlin.session.vault.transaction() as conn:  # the row re-pointed at the other file
        conn.execute("DROP TRIGGER IF EXISTS examination_notes_immutable")
        conn.execute(
            "UPDATE examination_notes SET attachment_id = ? WHERE id = ?",
            (str(other), str(note_id)),
        )
    assert _item(berlin, other).notes[0].status is NoteStatus.CONTENT_MISMATCH
    # A sender re-signing nothing cannot move it either: what travels names the first file.
    import_bytes(paris, export_bytes(berlin, paris))
    assert [n.status for n in _item(paris, doc).notes] == [NoteStatus.VERIFIED]
    assert _item(paris, other).notes == ()


def test_a_note_on_a_file_swapped_under_the_same_id_is_not_verified(
    orgs: tuple[Org, Org], yerevan: Org
) -> None:
    berlin, paris = orgs
    case_id = new_case(berlin)
    doc = _document(berlin, case_id)
    _note(berlin, doc)
    import_bytes(paris, export_bytes(berlin, paris))
    introduce(berlin, yerevan)
    # Paris, dishonest, swaps the document's bytes (same id) before relaying the case.
    forged = b"\x89PNG\r\n\x1a\n forged summons"
    with paris.session.vault.transaction() as conn:
        conn.execute("DROP TRIGGER IF EXISTS attachment_chunks_immutable")
        conn.execute("DROP TRIGGER IF EXISTS attachment_digest_once")
        conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", (str(doc),))
        conn.execute(
            "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, 0, ?)",
            (str(doc), forged),
        )
        conn.execute(
            "UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?",
            (len(forged), hashlib.sha256(forged).hexdigest(), str(doc)),
        )
    import_bytes(yerevan, export_bytes(paris, yerevan))
    (checked,) = _item(yerevan, doc).notes
    assert checked.status is NoteStatus.DOCUMENT_MISMATCH


def test_a_note_by_a_revoked_signer_is_not_verified(orgs: tuple[Org, Org], yerevan: Org) -> None:
    berlin, _ = orgs
    introduce(berlin, yerevan)
    doc = _document(berlin, new_case(berlin))
    _note(berlin, doc)
    import_bytes(yerevan, export_bytes(berlin, yerevan))
    assert _item(yerevan, doc).notes[0].verified
    partner_service.revoke_partner(yerevan.session, berlin.org_id)
    (checked,) = _item(yerevan, doc).notes
    assert checked.status is NoteStatus.REVOKED
    assert not checked.verified


def test_a_relayed_note_by_an_unknown_or_unverified_signer_is_not_verified(
    orgs: tuple[Org, Org], yerevan: Org
) -> None:
    berlin, paris = orgs
    case_id = new_case(berlin)
    doc = _document(berlin, case_id)
    _note(berlin, doc)
    import_bytes(paris, export_bytes(berlin, paris))
    import_bytes(yerevan, export_bytes(paris, yerevan))  # Yerevan has never met Berlin
    (checked,) = _item(yerevan, doc).notes
    assert checked.status is NoteStatus.UNKNOWN_SIGNER
    introduce(berlin, yerevan, verify=False)
    assert _item(yerevan, doc).notes[0].status is NoteStatus.UNVERIFIED_SIGNER
    assert all(i.has_anomalies for i in evidence_for_case(yerevan.session, case_id))


def test_a_new_note_on_an_old_document_travels_incrementally(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    case_id = new_case(berlin)
    doc = _document(berlin, case_id)
    import_bytes(paris, export_bytes(berlin, paris))
    _note(berlin, doc, ExaminationResult.CONSISTENT)
    import_bytes(paris, export_bytes(berlin, paris))
    (checked,) = _item(paris, doc).notes
    assert checked.verified
    assert not _item(paris, doc).has_anomalies
