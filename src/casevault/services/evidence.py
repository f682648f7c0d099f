"""A case's evidence, as the case screen, `attachment show` and the asylum dossier read it: each
document with its provenance, the original it was derived from, and its examination notes,
each note verified as it is read (services/examination_verify.py).

Anomalies are never silent: a document with any note whose result is "anomalies" reports it
(`has_anomalies`), whether that note verifies or not — an unverified note is shown as such, with
its reason, never dropped and never presented as verified.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from casevault.domain.attachment import Attachment
from casevault.domain.examination import ExaminationResult
from casevault.services.attachments import get_attachment
from casevault.services.case_refs import resolve_case
from casevault.services.errors import AttachmentNotFound
from casevault.services.examination_verify import CheckedNote, check_notes
from casevault.services.session import Session
from casevault.vault import blobs
from casevault.vault.repos import examinations as note_repo


@dataclass(frozen=True)
class EvidenceItem:
    """One document of a case and what is known of it.

    `attachment` carries the provenance (received_from, received_on: None when not recorded;
    derived_from and derived_how for a derived copy). `original_held` says, for a derived copy,
    whether its original is in this vault (a partner may hold only the redacted copy); None for
    an original. `notes` are oldest first, each with its verification status.
    """

    attachment: Attachment
    original_held: bool | None
    derived_copies: tuple[uuid.UUID, ...]
    notes: tuple[CheckedNote, ...]

    @property
    def anomalies(self) -> tuple[CheckedNote, ...]:
        """The notes reporting anomalies (verified or not: their status says which)."""
        return tuple(
            n
            for n in self.notes
            if n.statement is not None and n.statement.note.result is ExaminationResult.ANOMALIES
        )

    @property
    def has_anomalies(self) -> bool:
        """True if any note on this document reports anomalies."""
        return bool(self.anomalies)


def evidence_for_case(session: Session, case_ref: str | uuid.UUID) -> list[EvidenceItem]:
    """Every attachment of the case, oldest first, with provenance, derivation and verified
    notes. Raises CaseNotFound."""
    with session.vault.reading() as conn:
        case = resolve_case(conn, case_ref)
        attachments = blobs.list_attachments(conn, case.id)
        held = {a.id for a in attachments}
        checked = check_notes(conn, note_repo.list_for_case(conn, case.id))
    by_attachment: dict[str, list[CheckedNote]] = {}
    for note in checked:
        by_attachment.setdefault(note.row.attachment_id, []).append(note)
    items = []
    for attachment in attachments:
        copies = tuple(a.id for a in attachments if a.derived_from == attachment.id)
        original_held = None if attachment.derived_from is None else attachment.derived_from in held
        items.append(
            EvidenceItem(
                attachment,
                original_held,
                copies,
                tuple(by_attachment.get(str(attachment.id), [])),
            )
        )
    return items


def evidence_item(session: Session, attachment_ref: str | uuid.UUID) -> EvidenceItem:
    """One attachment's evidence item. Raises AttachmentNotFound."""
    attachment = get_attachment(session, attachment_ref)
    for item in evidence_for_case(session, attachment.case_id):
        if item.attachment.id == attachment.id:
            return item
    raise AttachmentNotFound(str(attachment_ref))  # pragma: no cover - deleted meanwhile


def anomaly_count(session: Session, case_ref: str | uuid.UUID) -> int:
    """How many documents of the case carry a note reporting anomalies (for a status line)."""
    return sum(item.has_anomalies for item in evidence_for_case(session, case_ref))
