"""The case list with the clearance filter: cleared, blocked, pending, or not screened yet.

Clearance is derived from signed evaluations, never stored on the case; computing it for every
case takes one query plus the domain rule per screened case, so the result is kept on the
session until the next change (any change appends an audit entry). Other filters, sorting and
paging stay in the database (services/cases.py).
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from casevault.domain.clearance import ClearanceState
from casevault.services import cases as case_service
from casevault.services.case_clearance import get_clearance_policy
from casevault.services.session import Session
from casevault.services.statistics import clearance_by_case
from casevault.vault.repos import audit as audit_repo
from casevault.vault.repos.cases import MAX_PAGE, CaseFilter, CaseSummary, SortKey

ClearanceFilter = Literal["cleared", "blocked", "pending", "not_screened"]
CLEARANCE_FILTERS: tuple[ClearanceFilter, ...] = ("cleared", "blocked", "pending", "not_screened")


def clearance_states(session: Session) -> dict[str, ClearanceState]:
    """{case id: clearance state} of every live case with a finalised evaluation (cases
    missing are not screened yet). Computed once per vault change and kept on the session."""
    policy = get_clearance_policy(session)
    with session.vault.reading() as conn:
        version = audit_repo.highest_seq_issued(conn)
        cached = session.derived.get("clearance")
        if cached is not None and cached[0] == version:
            states: dict[str, ClearanceState] = cached[1]
            return states
        states = clearance_by_case(conn, policy)
    session.derived["clearance"] = (version, states)
    return states


def _with_clearance(
    session: Session, filters: CaseFilter, clearance: ClearanceFilter | None
) -> CaseFilter:
    if clearance is None:
        return filters
    states = clearance_states(session)
    if clearance == "not_screened":
        return dataclasses.replace(filters, except_ids=tuple(states))
    wanted = ClearanceState(clearance)
    return dataclasses.replace(
        filters, only_ids=tuple(case_id for case_id, state in states.items() if state is wanted)
    )


def list_cases(
    session: Session,
    filters: CaseFilter | None = None,
    sort: SortKey = "name",
    limit: int = 50,
    offset: int = 0,
    clearance: ClearanceFilter | None = None,
) -> list[CaseSummary]:
    """One page of cases, filtered (clearance included), sorted and paged by the database."""
    restricted = _with_clearance(session, filters or CaseFilter(), clearance)
    return case_service.list_cases(session, restricted, sort, limit, offset)


def count_cases(
    session: Session, filters: CaseFilter | None = None, clearance: ClearanceFilter | None = None
) -> int:
    """How many cases match, clearance included."""
    return case_service.count_cases(
        session, _with_clearance(session, filters or CaseFilter(), clearance)
    )


def search_cases(
    session: Session,
    text: str,
    filters: CaseFilter | None = None,
    clearance: ClearanceFilter | None = None,
    limit: int = 500,
) -> list[CaseSummary]:
    """The best search matches for `text` that also pass the filters (clearance included),
    best match first. The search ranks (services.cases.search_cases); the database filters
    the ranked hits in one query, so a filter never reorders them."""
    if (filters is None or filters == CaseFilter()) and clearance is None:
        return case_service.search_cases(session, text, limit)
    # Filters drop hits: rank more than the page so that the page still fills.
    hits = case_service.search_cases(session, text, MAX_PAGE)
    restricted = _with_clearance(session, filters or CaseFilter(), clearance)
    wanted = [str(hit.id) for hit in hits]
    if restricted.only_ids is not None:
        allowed = set(restricted.only_ids)
        wanted = [case_id for case_id in wanted if case_id in allowed]
    if not wanted:
        return []
    passing = case_service.list_cases(
        session, dataclasses.replace(restricted, only_ids=tuple(wanted)), "name", MAX_PAGE
    )
    kept = {summary.id for summary in passing}
    return [hit for hit in hits if hit.id in kept][:limit]
