"""Erasure of one man's case at his request (GDPR art. 17): everything about him, for good.

One transaction removes the case, its tags, timeline, field versions, search-index entry, name
keys and links (if those tables exist), consent records, deliveries, evaluations (finalised ones
too, by the narrow route of migrations 0005/0006), and blanks the written reasons of exports
without consent that covered him. It leaves:

* a tombstone per removed record id (case, evaluations, timeline events) with no personal data,
  so that a late bundle cannot bring him back;
* the audit chain untouched (its entries hold only ids and field names; they keep the case id),
  plus one `case.erase` entry, so `audit verify` still passes;
* the list of partners that received his file, returned so that the caseworker can ask them to
  erase it too (copies already sent are out of our reach).

Then the database is compacted (VACUUM, WAL checkpoint): with secure_delete on, no page of the
file keeps his data. Limits (backups, partners' copies): docs/rights.md.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from casevault.services import cases as case_service
from casevault.services.errors import ErasureNotConfirmed
from casevault.services.session import Session
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import erasure as erasure_repo
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos import sync_state


@dataclass(frozen=True)
class PartnerToNotify:
    """A partner that received the man's file: it holds a copy we cannot erase."""

    partner_id: str
    partner_name: str | None  # None if the partner itself is no longer on file
    bundle_id: str
    sent_at: dt.datetime


@dataclass(frozen=True)
class ErasureResult:
    """What erasure did, without personal data: ids and counts only."""

    case_id: uuid.UUID
    erased_at: dt.datetime
    partners_to_notify: tuple[PartnerToNotify, ...]
    evaluations: int
    timeline_events: int
    consents: int
    overrides_blanked: int


def erase_case(session: Session, case_ref: str | uuid.UUID, confirm_id: str) -> ErasureResult:
    """Erase a case for good. `confirm_id` must be the case's FULL id (a person types it again:
    an id prefix that happened to match is not enough for something that cannot be undone).

    Raises CaseNotFound, AmbiguousCaseId, ErasureNotConfirmed (nothing changed), StorageFailed
    (if compaction fails after the erasure committed: the rows are gone, freed pages may not be
    overwritten until the next successful compaction; the caller should retry `compact`).
    """
    case = case_service.get_case(session, case_ref)
    case_id = str(case.id)
    if confirm_id.strip().lower() != case_id:
        raise ErasureNotConfirmed(case_id)
    now = session.clock()
    with session.vault.transaction() as conn:
        deliveries = sync_state.list_deliveries(conn, case_id)
        partners = []
        for partner_id, bundle_id, sent_at in deliveries:
            partner = partner_repo.find_partner(conn, partner_id)
            partners.append(
                PartnerToNotify(
                    partner_id,
                    partner.name if partner else None,
                    bundle_id,
                    dt.datetime.fromisoformat(sent_at),
                )
            )
        erasure_repo.begin_erasure(conn, case_id)
        erased = erasure_repo.erase_case_rows(conn, case_id, now)
        erasure_repo.end_erasure(conn, case_id)
        case_repo.insert_tombstone(conn, "case", case_id, now)
        for evaluation_id in erased.evaluation_ids:
            case_repo.insert_tombstone(conn, "evaluation", evaluation_id, now)
        for event_id in erased.timeline_event_ids:
            case_repo.insert_tombstone(conn, "timeline_event", event_id, now)
        erasure_repo.purge_search_index(conn)
        session.audit(
            conn,
            "case.erase",
            "case",
            case_id,
            {
                "evaluations": len(erased.evaluation_ids),
                "timeline_events": len(erased.timeline_event_ids),
                "consents": erased.consents,
                "partners_with_copies": sorted({p.partner_id for p in partners}),
            },
        )
    session.vault.compact()
    return ErasureResult(
        case_id=case.id,
        erased_at=now,
        partners_to_notify=tuple(partners),
        evaluations=len(erased.evaluation_ids),
        timeline_events=len(erased.timeline_event_ids),
        consents=erased.consents,
        overrides_blanked=erased.overrides_blanked,
    )


def compact_vault(session: Session) -> None:
    """Retry the compaction step of an erasure (VACUUM and WAL checkpoint). StorageFailed."""
    session.vault.compact()
