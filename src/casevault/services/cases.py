"""Case use cases: create, edit, show, list, search, delete/restore, timeline."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import (
    EDITABLE_FIELDS,
    Case,
    CaseFields,
    TimelineEvent,
    apply_changes,
    changed_fields,
    new_case_id,
)
from casevault.domain.timeline_kinds import AnyDetails, check_local_kind, encode_kind
from casevault.domain.workflow import check_transition
from casevault.services.case_refs import resolve_case
from casevault.services.erasure_guard import refuse_if_erased, refuse_ref_if_erased
from casevault.services.errors import CaseDeleted, CaseMerged
from casevault.services.name_search import search_names_in
from casevault.services.session import Session
from casevault.services.versioning import stamp_local_changes
from casevault.vault.connection import Connection
from casevault.vault.repos import case_merges as merge_repo
from casevault.vault.repos import case_search
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import timeline as timeline_repo
from casevault.vault.repos.cases import CaseFilter, CaseSummary, SortKey

__all__ = ["CaseFilter", "CaseSummary", "SortKey"]


def _load(conn: Connection, case_ref: str | uuid.UUID) -> Case:
    return resolve_case(conn, case_ref)


def create_case(session: Session, fields: CaseFields) -> Case:
    """Store a new case originating from our organisation. Audited as case.create."""
    now = session.clock()
    with session.vault.transaction() as conn:
        org = org_repo.get_own_organisation(conn)
        case = Case(
            id=new_case_id(), origin_org=org.id, created_at=now, updated_at=now, fields=fields
        )
        case_repo.insert_case(conn, case)
        stamp_local_changes(conn, case, sorted(EDITABLE_FIELDS), now)
        session.audit(conn, AuditAction.CASE_CREATE, "case", str(case.id))
    return case


def edit_case(session: Session, case_ref: str | uuid.UUID, changes: dict[str, Any]) -> Case:
    """Apply field changes (validated; status changes must follow the workflow). Audited with the
    names of the changed fields, never their values. Raises InvalidField, TransitionNotAllowed."""
    with session.vault.transaction() as conn:
        case = _load(conn, case_ref)
        if case.deleted:
            raise CaseDeleted(str(case.id))
        new_fields = apply_changes(case.fields, changes)
        check_transition(case.fields.status, new_fields.status)
        changed = changed_fields(case.fields, new_fields)
        if not changed:
            return case
        now = session.clock()
        updated = case.model_copy(update={"fields": new_fields, "updated_at": now})
        case_repo.update_case(conn, updated)
        stamp_local_changes(conn, updated, changed, now)
        session.audit(conn, AuditAction.CASE_EDIT, "case", str(case.id), {"fields": changed})
    return updated


def get_case(session: Session, case_ref: str | uuid.UUID) -> Case:
    """One case by id or unambiguous id prefix (deleted cases included, flagged)."""
    with session.vault.reading() as conn:
        return _load(conn, case_ref)


def list_cases(
    session: Session,
    filters: CaseFilter | None = None,
    sort: SortKey = "name",
    limit: int = 50,
    offset: int = 0,
) -> list[CaseSummary]:
    """One page of case summaries, filtered and sorted by the database."""
    with session.vault.reading() as conn:
        return case_repo.list_cases(conn, filters or CaseFilter(), sort, limit, offset)


def count_cases(session: Session, filters: CaseFilter | None = None) -> int:
    """How many cases match."""
    with session.vault.reading() as conn:
        return case_repo.count_cases(conn, filters or CaseFilter())


def search_cases(session: Session, text: str, limit: int = 50) -> list[CaseSummary]:
    """Cases matching `text`: first by name in any alphabet or spelling (ranked exact, phonetic,
    fuzzy; services/name_search.py), then by full-text search over names, notes and timeline
    (FTS5 in the encrypted vault), without repeats."""
    with session.vault.reading() as conn:
        found = [hit.summary for hit in search_names_in(conn, text, limit)]
        if len(found) >= limit:
            # The page is full of name matches, which rank first anyway: the full-text query
            # (which scores every match, the costly part on a big vault) cannot change it.
            return found
        seen = {summary.id for summary in found}
        for summary in case_search.search_cases(conn, text, limit):
            if len(found) >= limit:
                break
            if summary.id not in seen:
                found.append(summary)
                seen.add(summary.id)
        return found


def delete_case(session: Session, case_ref: str | uuid.UUID) -> Case:
    """Mark a case deleted and record a tombstone; it leaves lists and search. Reversible with
    restore_case (erasure for good is a separate, deliberate call)."""
    with session.vault.transaction() as conn:
        case = _load(conn, case_ref)
        if case.deleted:
            return case
        now = session.clock()
        updated = case.model_copy(update={"deleted": True, "updated_at": now})
        case_repo.update_case(conn, updated)
        case_repo.insert_tombstone(conn, "case", str(case.id), now)
        session.audit(conn, AuditAction.CASE_DELETE, "case", str(case.id))
    return updated


def restore_case(session: Session, case_ref: str | uuid.UUID) -> Case:
    """Undo delete_case. A case merged into another comes back with unmerge instead
    (services/case_merge.py): raises CaseMerged. An erased case never comes back: CaseErased."""
    with session.vault.transaction() as conn:
        refuse_ref_if_erased(conn, case_ref)
        case = _load(conn, case_ref)
        refuse_if_erased(conn, case.id)
        if not case.deleted:
            return case
        merged = merge_repo.find_merge(conn, case.id)
        if merged is not None:
            raise CaseMerged(str(case.id), str(merged[0]))
        updated = case.model_copy(update={"deleted": False, "updated_at": session.clock()})
        case_repo.update_case(conn, updated)
        case_repo.remove_tombstone(conn, "case", str(case.id))
        session.audit(conn, AuditAction.CASE_RESTORE, "case", str(case.id))
    return updated


def add_timeline_event(
    session: Session,
    case_ref: str | uuid.UUID,
    date: dt.date,
    text: str,
    kind: str | AnyDetails = "note",
) -> TimelineEvent:
    """Add an event to a case's timeline (validated, indexed for search, audited).

    `kind` is a free word or typed details (domain/timeline_kinds.py), stored in canonical form.
    Raises InvalidField for a typed kind with missing or bad details, CaseDeleted, CaseNotFound.
    """
    kind = check_local_kind(kind if isinstance(kind, str) else encode_kind(kind))
    with session.vault.transaction() as conn:
        case = _load(conn, case_ref)
        if case.deleted:
            raise CaseDeleted(str(case.id))
        event = TimelineEvent(
            id=uuid.uuid4(),
            case_id=case.id,
            date=date,
            kind=kind,
            text=text,
            created_at=session.clock(),
        )
        timeline_repo.insert_event(conn, event)
        case_repo.reindex_timeline(conn, case.id)
        session.audit(
            conn, AuditAction.TIMELINE_ADD, "case", str(case.id), {"event": str(event.id)}
        )
    return event


def list_timeline(session: Session, case_ref: str | uuid.UUID) -> list[TimelineEvent]:
    """A case's timeline, oldest first, with the events of cases merged into it."""
    with session.vault.reading() as conn:
        case = _load(conn, case_ref)
        events = timeline_repo.list_events(conn, case.id)
        for absorbed in merge_repo.absorbed_into(conn, case.id):
            events += timeline_repo.list_events(conn, absorbed)
    return sorted(events, key=lambda e: (e.date, e.created_at))
