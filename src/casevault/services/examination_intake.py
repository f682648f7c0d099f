"""Examination notes in bundles: what is sent, how a received one is decoded at verification,
and how the planned ones are written. Spec: docs/spec/examination.md, "In a bundle".

A received note is decoded (its case and attachment are read from the signed bytes) but not
trusted: it is stored as received, and verified every time it is shown
(services/examination_verify.py), so a tampered note, or one by a signer we do not know or have
revoked, reads as "not verified" with the reason. A note whose bytes do not even decode, or that
names its evaluator with characters that disguise text, is dropped at verification; a note whose
attachment we do not hold (with the same case) is not written.
"""

from __future__ import annotations

import uuid
from typing import Any

from casevault.domain.audit_actions import AuditAction
from casevault.domain.errors import DomainError
from casevault.domain.examination import decode_statement
from casevault.domain.outside_names import check_display_name
from casevault.exchange.content import ExaminationNoteRecord, b64
from casevault.exchange.import_content import ReceivedNote
from casevault.services.session import Session
from casevault.vault import blobs
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import examinations as note_repo
from casevault.vault.repos.examinations import StoredNote


def note_records(conn: Connection, case_id: uuid.UUID) -> list[dict[str, Any]]:
    """The `examination_note` records of a case's notes, as an export writes them."""
    return [
        {
            "payload": b64(note.payload),
            "sig_ed25519": b64(note.sig_ed25519),
            "sig_mldsa65": b64(note.sig_mldsa65),
        }
        for note in note_repo.list_for_case(conn, case_id)
    ]


def decode_received_note(record: ExaminationNoteRecord) -> list[ReceivedNote]:
    """[the note decoded], or [] for one that cannot be shown at all. Raises ContentInvalid
    for base64 that does not decode (a malformed record, as for any kind)."""
    payload, _signature = record.parts()
    try:
        statement = decode_statement(payload)
        check_display_name(statement.evaluator.name)
        if statement.evaluator.role:
            check_display_name(statement.evaluator.role)
    except DomainError:
        return []
    return [ReceivedNote(record, statement)]


def write_received_notes(
    session: Session, conn: Connection, notes: tuple[ReceivedNote, ...]
) -> int:
    """Store the planned notes whose attachment is held here, with the same case, and that are
    not held already. Audited (ids only). Returns how many were written."""
    written = 0
    for received in notes:
        note = received.statement.note
        if note_repo.notes_among(conn, [str(note.id)]):
            continue
        try:
            attachment = blobs.get_attachment(conn, note.attachment_id)
        except RecordNotFound:
            continue  # the document did not come (not shared, or not sent): nothing to annotate
        if attachment.case_id != note.case_id:
            continue
        payload, signature = received.record.parts()
        note_repo.insert_note(
            conn,
            StoredNote(
                id=str(note.id),
                case_id=str(note.case_id),
                attachment_id=str(note.attachment_id),
                result=note.result.value,
                signer_org_id=received.statement.signer.organisation_id,
                signer_key_fingerprint=received.statement.signer.key_fingerprint,
                signed_at=received.statement.signed_at,
                payload=payload,
                sig_ed25519=signature.ed25519,
                sig_mldsa65=signature.mldsa65,
                stored_at=session.clock(),
            ),
        )
        session.audit(
            conn,
            AuditAction.ATTACHMENT_EXAMINATION_IMPORT,
            "case",
            str(note.case_id),
            {"attachment": str(note.attachment_id), "note": str(note.id)},
        )
        written += 1
    return written
