"""Possible duplicates (two cases that may be the same man) and a person's verdict on them.

Two cases are possible duplicates when their surnames share a name key (any alphabet or
spelling, vault/repos/name_index.py) and domain/names.py `duplicate_reasons` finds a reason
(same date of birth, similar given name, ...). A person's verdict ("duplicate" or "distinct")
is recorded and audited; "distinct" pairs are never proposed again (docs/names.md).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import Case, CaseFields
from casevault.domain.names import DuplicateReason, case_name_forms, duplicate_reasons
from casevault.services.case_refs import resolve_case
from casevault.services.errors import CaseDeleted, CaseLinkedToItself
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import name_index
from casevault.vault.repos.cases import CaseSummary
from casevault.vault.repos.name_index import Verdict

__all__ = ["DuplicateReason", "Verdict"]
MAX_DUPLICATE_PAIRS = 1000


@dataclass(frozen=True)
class PossibleDuplicate:
    """An existing case that may be the same man, and why."""

    summary: CaseSummary
    reasons: tuple[DuplicateReason, ...]


@dataclass(frozen=True)
class DuplicatePair:
    """Two cases that may be the same man; `verdict` is what a person decided, if anything."""

    first: CaseSummary
    second: CaseSummary
    reasons: tuple[DuplicateReason, ...]
    verdict: Verdict | None


def _name_keys(fields: CaseFields, part: str) -> list[str]:
    forms = case_name_forms(fields)[part]  # type: ignore[index]  # part is one of NAME_PARTS
    return sorted({key for words in forms for word in words for key in word.keys})


def _duplicates_in(
    conn: Connection, fields: CaseFields, exclude: uuid.UUID | None
) -> list[PossibleDuplicate]:
    surname_keys = _name_keys(fields, "s")
    if not surname_keys:
        return []
    rowids = name_index.possible_duplicate_rowids(
        conn, surname_keys, _name_keys(fields, "g"), fields.date_of_birth
    )
    if not rowids:
        return []
    ids = name_index.case_ids_for_rowids(conn, rowids)
    summaries = case_repo.summaries_by_rowid(conn, rowids)
    found: list[PossibleDuplicate] = []
    for rowid, case_id in ids.items():
        if case_id == exclude:
            continue
        if exclude is not None and name_index.get_link(conn, exclude, case_id) == "distinct":
            continue
        other = case_repo.get_case(conn, case_id)
        reasons = duplicate_reasons(fields, other.fields)
        if reasons and rowid in summaries:
            found.append(PossibleDuplicate(summaries[rowid], reasons))
    return sorted(found, key=lambda dup: (dup.summary.display_name, str(dup.summary.id)))


def find_duplicates_for(
    session: Session, fields: CaseFields, exclude: uuid.UUID | None = None
) -> list[PossibleDuplicate]:
    """Existing live cases that may be the man described by `fields` (e.g. before or right after
    `case add`, or in an import preview). `exclude` is the case itself, when already stored;
    pairs a person marked "not the same man" are left out."""
    with session.vault.reading() as conn:
        return _duplicates_in(conn, fields, exclude)


def list_duplicate_pairs(
    session: Session, include_decided: bool = False, limit: int = MAX_DUPLICATE_PAIRS
) -> list[DuplicatePair]:
    """Probable duplicate pairs in the vault. Pairs marked "not the same man" are never listed;
    pairs already confirmed as duplicates only with include_decided."""
    with session.vault.reading() as conn:
        distinct = name_index.all_links(conn, "distinct")
        confirmed = name_index.all_links(conn, "duplicate")
        pairs: list[DuplicatePair] = []
        for first_id, second_id in name_index.candidate_duplicate_pairs(conn, limit * 4):
            pair = tuple(sorted((first_id, second_id)))
            if pair in distinct or (pair in confirmed and not include_decided):
                continue
            first = case_repo.get_case(conn, uuid.UUID(pair[0]))
            second = case_repo.get_case(conn, uuid.UUID(pair[1]))
            reasons = duplicate_reasons(first.fields, second.fields)
            if not reasons:
                continue
            verdict: Verdict | None = "duplicate" if pair in confirmed else None
            pairs.append(DuplicatePair(_summary(first), _summary(second), reasons, verdict))
            if len(pairs) >= limit:
                break
    return pairs


def _summary(case: Case) -> CaseSummary:
    fields = case.fields
    return CaseSummary(
        id=case.id,
        display_name=fields.display_name(),
        status=fields.status,
        risk=fields.risk,
        country=fields.country,
        date_of_birth=fields.date_of_birth,
        updated_at=case.updated_at,
    )


def link_cases(
    session: Session, first_ref: str | uuid.UUID, second_ref: str | uuid.UUID, verdict: Verdict
) -> tuple[uuid.UUID, uuid.UUID]:
    """Record that two cases are the same man ("duplicate") or not ("distinct"). Both histories
    stay untouched; the decision is audited and undone with unlink_cases. Raises CaseNotFound,
    AmbiguousCaseId, CaseDeleted, CaseLinkedToItself."""
    with session.vault.transaction() as conn:
        first, second = resolve_case(conn, first_ref), resolve_case(conn, second_ref)
        for case in (first, second):
            if case.deleted:
                raise CaseDeleted(str(case.id))
        if first.id == second.id:
            raise CaseLinkedToItself(str(first.id))
        previous = name_index.set_link(
            conn, first.id, second.id, verdict, session.clock(), session.actor
        )
        details: dict[str, object] = {"other": str(second.id), "verdict": verdict}
        if previous is not None:
            details["previous"] = previous
        session.audit(conn, AuditAction.CASE_LINK, "case", str(first.id), details)
    return first.id, second.id


def unlink_cases(session: Session, first_ref: str | uuid.UUID, second_ref: str | uuid.UUID) -> bool:
    """Forget a person's verdict on two cases (audited); False if there was none."""
    with session.vault.transaction() as conn:
        first, second = resolve_case(conn, first_ref), resolve_case(conn, second_ref)
        previous = name_index.get_link(conn, first.id, second.id)
        if previous is None:
            return False
        name_index.remove_link(conn, first.id, second.id)
        session.audit(
            conn,
            AuditAction.CASE_UNLINK,
            "case",
            str(first.id),
            {"other": str(second.id), "was": previous},
        )
    return True


def links_of_case(session: Session, case_ref: str | uuid.UUID) -> list[tuple[uuid.UUID, Verdict]]:
    """The verdicts recorded on a case: (other case id, verdict)."""
    with session.vault.reading() as conn:
        case = resolve_case(conn, case_ref)
        return name_index.links_of(conn, case.id)


def find_duplicates_in(
    conn: Connection, fields: CaseFields, exclude: uuid.UUID | None = None
) -> list[PossibleDuplicate]:
    """`find_duplicates_for` inside a caller's transaction (the import preview uses it)."""
    return _duplicates_in(conn, fields, exclude)


def find_duplicates_among(
    conn: Connection, cases: Sequence[tuple[uuid.UUID, CaseFields]]
) -> dict[uuid.UUID, tuple[PossibleDuplicate, ...]]:
    """`find_duplicates_in` for many incoming cases (the import preview): one indexed lookup of
    which of their surname keys any case here has, then the full check only for the cases
    sharing one (a case with none cannot have a possible duplicate). Only non-empty results."""
    keys = {case_id: _name_keys(fields, "s") for case_id, fields in cases}
    present = name_index.surname_keys_present(conn, [k for ks in keys.values() for k in ks])
    found: dict[uuid.UUID, tuple[PossibleDuplicate, ...]] = {}
    for case_id, fields in cases:
        if present.intersection(keys[case_id]):
            duplicates = tuple(_duplicates_in(conn, fields, case_id))
            if duplicates:
                found[case_id] = duplicates
    return found
