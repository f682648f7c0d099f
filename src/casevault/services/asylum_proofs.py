"""The proofs section of the asylum dossier: one row per document of the case (and of cases
merged into it), with its provenance, the original it was derived from, and every examination
note with whether its signature verifies — read from services/evidence.py, the same view the
case screen and `attachment show` give.

Nothing here is worded: the dossier renders the rows in its own language (gui/asylum_dossier_pdf).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from casevault.domain.examination import ExaminationResult
from casevault.services.case_merge import merged_into
from casevault.services.evidence import EvidenceItem, evidence_for_case
from casevault.services.examination_verify import CheckedNote, NoteStatus
from casevault.services.organisation import show_organisation
from casevault.services.partners import list_partners
from casevault.services.session import Session


@dataclass(frozen=True)
class ProofNote:
    """One examination note on a document, as the dossier prints it. `status` says whether the
    signature verifies (and if not, why); the rest is what the signed note claims."""

    examined_on: dt.date | None
    examiner: str
    result: ExaminationResult | None
    text: str
    status: NoteStatus


@dataclass(frozen=True)
class ProofRow:
    """One document: what it is, its fingerprint, where and when it came in, what it was derived
    from, and what examiners found."""

    attachment_id: uuid.UUID
    filename: str
    media_type: str
    size: int
    sha256: str
    received_at: dt.datetime  # when it entered a vault (ours or the partner's)
    origin: str  # the organisation that attached it, by name when we know it, else its id
    received_from: str | None = None  # provenance typed by the caseworker (None: not recorded)
    received_on: dt.date | None = None
    derived_from: str | None = None  # the original's file name (or short id if not held here)
    derived_how: str | None = None
    notes: tuple[ProofNote, ...] = ()

    @property
    def has_anomalies(self) -> bool:
        """True if any note (verified or not) reports anomalies: never left out of the dossier."""
        return any(note.result is ExaminationResult.ANOMALIES for note in self.notes)


def _note(checked: CheckedNote) -> ProofNote:
    statement = checked.statement
    if statement is None:
        return ProofNote(None, "", None, "", checked.status)
    return ProofNote(
        examined_on=statement.note.examined_on,
        examiner=statement.evaluator.name,
        result=statement.note.result,
        text=statement.note.text,
        status=checked.status,
    )


def _row(item: EvidenceItem, names: dict[str, str], filenames: dict[uuid.UUID, str]) -> ProofRow:
    attachment = item.attachment
    original = attachment.derived_from
    return ProofRow(
        attachment_id=attachment.id,
        filename=attachment.filename,
        media_type=attachment.media_type,
        size=attachment.size,
        sha256=attachment.sha256,
        received_at=attachment.created_at,
        origin=names.get(attachment.origin_org, attachment.origin_org),
        received_from=attachment.received_from,
        received_on=attachment.received_on,
        derived_from=None if original is None else filenames.get(original, str(original)[:8]),
        derived_how=attachment.derived_how,
        notes=tuple(_note(note) for note in item.notes),
    )


def proof_rows(session: Session, case_id: uuid.UUID) -> list[ProofRow]:
    """The documents of the case (and of cases merged into it), oldest first."""
    own = show_organisation(session)
    names = {partner.id: partner.name for partner in list_partners(session)}
    names[own.id] = own.name
    items = [
        item
        for related in (case_id, *merged_into(session, case_id))
        for item in evidence_for_case(session, related)
    ]
    filenames = {item.attachment.id: item.attachment.filename for item in items}
    items.sort(key=lambda item: (item.attachment.created_at, str(item.attachment.id)))
    return [_row(item, names, filenames) for item in items]
