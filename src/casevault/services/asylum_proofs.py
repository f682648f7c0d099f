"""The proofs section of the asylum dossier: one row per attachment of the case.

Kept in one small function on purpose: attachment provenance (received when and from whom,
derived copies) and signed examination notes are being added to the attachment model; when
they land, `proof_rows` is the one place to read them into the dossier.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from casevault.services import attachments as attachment_service
from casevault.services.case_merge import merged_into
from casevault.services.organisation import show_organisation
from casevault.services.partners import list_partners
from casevault.services.session import Session


@dataclass(frozen=True)
class ProofRow:
    """One document: what it is, its fingerprint, and where and when it came in."""

    attachment_id: uuid.UUID
    filename: str
    media_type: str
    size: int
    sha256: str
    received_at: dt.datetime
    origin: str  # the organisation that attached it, by name when we know it, else its id
    notes: tuple[str, ...] = ()  # examination notes and anomalies, once attachments carry them


def proof_rows(session: Session, case_id: uuid.UUID) -> list[ProofRow]:
    """The attachments of the case (and of cases merged into it), oldest first."""
    own = show_organisation(session)
    names = {partner.id: partner.name for partner in list_partners(session)}
    names[own.id] = own.name
    found = [
        attachment
        for related in (case_id, *merged_into(session, case_id))
        for attachment in attachment_service.list_attachments(session, related)
    ]
    return [
        ProofRow(
            attachment_id=a.id,
            filename=a.filename,
            media_type=a.media_type,
            size=a.size,
            sha256=a.sha256,
            received_at=a.created_at,
            origin=names.get(a.origin_org, a.origin_org),
        )
        for a in sorted(found, key=lambda a: (a.created_at, str(a.id)))
    ]
