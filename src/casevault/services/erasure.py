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

Erasure is final (migration 0012): the case id and date enter the erased-cases register, which
every path that could bring records back consults (services/erasure_guard.py), and a signed
erasure notice is owed to every partner that received the case and to our own other laptops;
it travels in the next bundles to them (services/erasure_notices.py). Cases of the same man
(merged, or linked as duplicates) are erased in the same transaction, but only when named in
`confirmed_related`: otherwise nothing happens and RelatedCasesNotConfirmed lists them.

Then the database is compacted (VACUUM, WAL checkpoint): with secure_delete on, no page of the
file keeps his data. Limits (backups, partners' copies): docs/rights.md.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from casevault.domain.audit_actions import AuditAction
from casevault.services import cases as case_service
from casevault.services.errors import (
    CompactionFailed,
    ErasureNotConfirmed,
    RelatedCasesNotConfirmed,
)
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.errors import StorageFailed
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import erasure as erasure_repo
from casevault.vault.repos import erasure_register, sync_state
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo


@dataclass(frozen=True)
class PartnerToNotify:
    """A partner that received the man's file: it holds a copy we cannot erase (it receives a
    signed erasure notice with the next bundle we send it)."""

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
    related_erased: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class ErasedCase:
    """One case removed by `erase_in`."""

    case_id: str
    rows: erasure_repo.ErasedRows
    partners: tuple[PartnerToNotify, ...]


def related_cases(session: Session, case_ref: str | uuid.UUID) -> list[uuid.UUID]:
    """Other cases of the same man (merged with it, or linked to it as duplicates, through
    chains): erase_case refuses unless they are confirmed too. Raises CaseNotFound."""
    case = case_service.get_case(session, case_ref)
    with session.vault.reading() as conn:
        return [uuid.UUID(c) for c in erasure_repo.same_man_cases(conn, str(case.id))]


def partners_holding_copies(
    session: Session, case_refs: Collection[str | uuid.UUID]
) -> tuple[PartnerToNotify, ...]:
    """The partners that received any of these cases (one entry per delivery): what erasing
    them would leave out of our reach, each owed a signed erasure notice. Read only, for the
    question a person answers before erasing. Raises CaseNotFound, AmbiguousCaseId."""
    ids = [str(case_service.get_case(session, ref).id) for ref in case_refs]
    with session.vault.reading() as conn:
        return tuple(p for case_id in ids for p in _partners_to_notify(conn, case_id))


def _partners_to_notify(conn: Connection, case_id: str) -> tuple[PartnerToNotify, ...]:
    partners = []
    for partner_id, bundle_id, sent_at in sync_state.list_deliveries(conn, case_id):
        partner = partner_repo.find_partner(conn, partner_id)
        partners.append(
            PartnerToNotify(
                partner_id,
                partner.name if partner else None,
                bundle_id,
                dt.datetime.fromisoformat(sent_at),
            )
        )
    return tuple(partners)


def erase_in(
    session: Session,
    conn: Connection,
    case_id: str,
    now: dt.datetime,
    audit_details: dict[str, Any] | None = None,
) -> ErasedCase:
    """Erase one case inside the caller's transaction: its rows go, tombstones and the
    erased-register entry stay, an erasure notice is owed to every partner that received it
    and to our own other laptops, and one `case.erase` audit entry is written. No compaction
    (the caller compacts after committing)."""
    partners = _partners_to_notify(conn, case_id)
    erasure_repo.begin_erasure(conn, case_id)
    erased = erasure_repo.erase_case_rows(conn, case_id, now)
    erasure_repo.end_erasure(conn, case_id)
    case_repo.insert_tombstone(conn, "case", case_id, now)
    for evaluation_id in erased.evaluation_ids:
        case_repo.insert_tombstone(conn, "evaluation", evaluation_id, now)
    for event_id in erased.timeline_event_ids:
        case_repo.insert_tombstone(conn, "timeline_event", event_id, now)
    erasure_register.register_erased(conn, case_id, now)
    own_org = org_repo.get_own_organisation(conn).id
    erasure_register.add_outgoing_notice(
        conn, uuid.uuid4(), case_id, now, [own_org, *(p.partner_id for p in partners)]
    )
    erasure_repo.purge_search_index(conn)
    session.audit(
        conn,
        AuditAction.CASE_ERASE,
        "case",
        case_id,
        {
            "evaluations": len(erased.evaluation_ids),
            "timeline_events": len(erased.timeline_event_ids),
            "consents": erased.consents,
            "partners_with_copies": sorted({p.partner_id for p in partners}),
            **(audit_details or {}),
        },
    )
    return ErasedCase(case_id, erased, partners)


def compact_after_erasure(session: Session, case_ids: Collection[str]) -> None:
    """Compact after a committed erasure. Raises CompactionFailed (not StorageFailed, whose
    message says nothing changed) naming the erased cases, so the caller can say the truth."""
    try:
        session.vault.compact()
    except StorageFailed as exc:
        raise CompactionFailed(tuple(sorted(case_ids)), exc.detail) from exc


def erase_case(
    session: Session,
    case_ref: str | uuid.UUID,
    confirm_id: str,
    confirmed_related: Collection[str | uuid.UUID] = (),
) -> ErasureResult:
    """Erase a case for good. `confirm_id` must be the case's FULL id (a person types it again:
    an id prefix that happened to match is not enough for something that cannot be undone).
    Every other case of the same man (related_cases) is erased too, in the same transaction,
    and must be named (full id) in `confirmed_related`.

    Raises CaseNotFound, AmbiguousCaseId, ErasureNotConfirmed and RelatedCasesNotConfirmed
    (nothing changed), CompactionFailed (the erasure committed; freed pages may keep traces
    until the next successful compaction: the caller should retry `compact_vault`).
    """
    case = case_service.get_case(session, case_ref)
    case_id = str(case.id)
    if confirm_id.strip().lower() != case_id:
        raise ErasureNotConfirmed(case_id)
    confirmed = {str(c).strip().lower() for c in confirmed_related}
    now = session.clock()
    with session.vault.transaction() as conn:
        related = erasure_repo.same_man_cases(conn, case_id)
        missing = tuple(r for r in related if r not in confirmed)
        if missing:
            raise RelatedCasesNotConfirmed(case_id, missing)
        main = erase_in(session, conn, case_id, now, {"related": related} if related else None)
        partners = list(main.partners)
        for other in related:
            partners += erase_in(session, conn, other, now, {"with": case_id}).partners
    compact_after_erasure(session, [case_id, *related])
    return ErasureResult(
        case_id=case.id,
        erased_at=now,
        partners_to_notify=tuple(partners),
        evaluations=len(main.rows.evaluation_ids),
        timeline_events=len(main.rows.timeline_event_ids),
        consents=main.rows.consents,
        overrides_blanked=main.rows.overrides_blanked,
        related_erased=tuple(uuid.UUID(r) for r in related),
    )


def compact_vault(session: Session) -> None:
    """Retry the compaction step of an erasure (VACUUM and WAL checkpoint). StorageFailed."""
    session.vault.compact()
