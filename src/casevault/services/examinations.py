"""Examination notes: an evaluator of ours signs a finding on one document of a case.

A note is signed when it is made, by the organisation's Ed25519 and ML-DSA-65 keys (as an
evaluation is finalised, services/evaluations.py), over a statement that names the case, the
attachment and the attachment's SHA-256 (domain/examination.py). Both signatures are verified
before anything is stored; the row can never be changed afterwards. Spec:
docs/spec/examination.md. Verification (here and at partners): services/examination_verify.py.
"""

from __future__ import annotations

import datetime as dt
import uuid

from casevault.crypto.signing import sign, verify
from casevault.domain.audit_actions import AuditAction
from casevault.domain.evaluation import EvaluatorInfo
from casevault.domain.examination import (
    SIGNING_CONTEXT,
    ExaminationResult,
    encode_statement,
    make_statement,
    new_note,
)
from casevault.domain.outside_names import check_display_name
from casevault.services import attachments as attachment_service
from casevault.services import evaluations as evaluation_service
from casevault.services.errors import CaseDeleted, EvaluatorNotOurs
from casevault.services.session import Session
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import examinations as note_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos.examinations import StoredNote


def examine_attachment(
    session: Session,
    attachment_ref: str | uuid.UUID,
    evaluator_ref: str | uuid.UUID,
    result: ExaminationResult | str,
    text: str = "",
    examined_on: dt.date | None = None,
) -> StoredNote:
    """Sign and store a note by one of our evaluators on an attachment: `result` consistent,
    anomalies (with `text` saying which) or cannot_tell; `examined_on` defaults to today.
    Audited with ids only (never the text).

    Raises AttachmentNotFound, EvaluatorNotFound, EvaluatorNotOurs, CaseDeleted, InvalidField
    (an unknown result, anomalies without a description, text over 4,000 characters).
    """
    attachment = attachment_service.get_attachment(session, attachment_ref)
    evaluator = evaluation_service.get_evaluator(session, evaluator_ref)
    now = session.clock()
    with session.vault.transaction() as conn:
        if case_repo.get_case(conn, attachment.case_id).deleted:
            raise CaseDeleted(str(attachment.case_id))
        org = org_repo.get_own_organisation(conn)
        if evaluator.organisation_id != org.id:
            raise EvaluatorNotOurs(str(evaluator.id))
        check_display_name(evaluator.name)  # what partners would refuse, refused here first
        note = new_note(
            {
                "id": str(uuid.uuid4()),
                "case_id": str(attachment.case_id),
                "attachment_id": str(attachment.id),
                "attachment_sha256": attachment.sha256,
                "evaluator_id": str(evaluator.id),
                "organisation_id": org.id,
                "examined_on": (examined_on or now.date()).isoformat(),
                "result": str(result),
                "text": text.strip(),
            }
        )
        fingerprint = org.public_keys.fingerprint().hex()
        info = EvaluatorInfo(
            id=evaluator.id,
            name=evaluator.name,
            role=evaluator.role,
            organisation_id=evaluator.organisation_id,
        )
        statement = make_statement(note, info, fingerprint, now)
        payload = encode_statement(statement)
        signature = sign(org_repo.get_own_private_keys(conn), SIGNING_CONTEXT, payload)
        verify(org.public_keys, SIGNING_CONTEXT, payload, signature)
        stored = StoredNote(
            id=str(note.id),
            case_id=str(note.case_id),
            attachment_id=str(note.attachment_id),
            result=note.result.value,
            signer_org_id=org.id,
            signer_key_fingerprint=fingerprint,
            signed_at=statement.signed_at,
            payload=payload,
            sig_ed25519=signature.ed25519,
            sig_mldsa65=signature.mldsa65,
            stored_at=now,
        )
        note_repo.insert_note(conn, stored)
        session.audit(
            conn,
            AuditAction.ATTACHMENT_EXAMINE,
            "case",
            str(note.case_id),
            {"attachment": str(note.attachment_id), "note": str(note.id)},
        )
    return stored
