"""Statistics without identities: case counts by status, month and country, and clearance.

The result holds only numbers and codes, so the dashboard can chart it and the statistics
report can print it without any name, note or contact leaving the vault.

Clearance is the exact domain rule (domain/clearance.assess_clearance), applied per case over
every evaluation fetched in one query, with the signers' trust read once (services/signer_trust:
an evaluation by a revoked or unverified partner never counts), not an approximation: at
10,000 cases with a few evaluations each this is one scan of the evaluations table plus a
pure-Python pass. Cases are sorted into four groups that add up to the number of live cases:

* cleared: the rule says cleared;
* blocked: a live "not cleared" evaluation;
* pending: at least one finalised evaluation, but not (yet) cleared or blocked;
* not screened: no finalised evaluation at all (drafts do not count, as in the rule).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from casevault.domain.case import CaseStatus
from casevault.domain.clearance import (
    ClearancePolicy,
    ClearanceState,
    ScreeningRecord,
    assess_clearance,
)
from casevault.domain.evaluation import EvaluationState, Verdict
from casevault.services.case_clearance import get_clearance_policy
from casevault.services.session import Session
from casevault.services.signer_trust import SignerTrust, signer_trust_map, standing_of
from casevault.vault.connection import Connection
from casevault.vault.repos import statistics as stats_repo

DEFAULT_MONTHS = 12
MAX_MONTHS = 120  # ten years of bars is already unreadable; bounds the month list


@dataclass(frozen=True)
class ClearanceCounts:
    """How many live cases are cleared, blocked, pending, or not yet screened."""

    cleared: int = 0
    blocked: int = 0
    pending: int = 0
    not_screened: int = 0


@dataclass(frozen=True)
class CaseStatistics:
    """Counts only; no identities. Months are "YYYY-MM" in UTC, oldest first."""

    total: int
    by_status: tuple[tuple[str, int], ...]  # every status, in workflow order, zeros included
    by_month: tuple[tuple[str, int], ...]  # the last `months` months, zeros included
    by_country: tuple[tuple[str, int], ...]  # most cases first; "" means unknown
    clearance: ClearanceCounts
    computed_at: dt.datetime


def month_window(today: dt.date, months: int) -> list[str]:
    """The `months` months ending with the month of `today`, oldest first, as "YYYY-MM"."""
    months = min(max(months, 1), MAX_MONTHS)
    index = today.year * 12 + today.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - months + 1, index + 1)]


def _record(
    row: stats_repo.ScreeningRow, trust: Mapping[str, SignerTrust]
) -> ScreeningRecord | None:
    try:
        return ScreeningRecord(
            id=uuid.UUID(row.evaluation_id),
            evaluator_id=uuid.UUID(row.evaluator_id),
            organisation_id=row.organisation_id,
            finalised=row.state == EvaluationState.FINALISED.value,
            verdict=Verdict(row.verdict),
            supersedes=uuid.UUID(row.supersedes) if row.supersedes else None,
            signer=standing_of(trust, row.signer_org_id, row.signer_key_fingerprint),
        )
    except ValueError:
        return None  # a malformed row cannot clear anything; its case stays unscreened/pending


def clearance_by_case(conn: Connection, policy: ClearancePolicy) -> dict[str, ClearanceState]:
    """The clearance state of every live case with at least one finalised evaluation (cases
    missing from the result are not screened yet). One query, then the domain rule per case."""
    per_case: dict[str, list[ScreeningRecord]] = defaultdict(list)
    trust = signer_trust_map(conn)
    for row in stats_repo.list_screening_rows(conn):
        record = _record(row, trust)
        if record is not None:
            per_case[row.case_id].append(record)
    return {
        case_id: assess_clearance(records, policy).state
        for case_id, records in per_case.items()
        if any(record.finalised for record in records)
    }


def compute_statistics(session: Session, months: int = DEFAULT_MONTHS) -> CaseStatistics:
    """Count the live cases. Read-only (no audit entry: nothing changes, nothing identifies)."""
    now = session.clock()
    window = month_window(now.astimezone(dt.UTC).date(), months)
    policy = get_clearance_policy(session)
    with session.vault.snapshot() as conn:  # every row of the vault: off the vault's lock
        total = stats_repo.count_live_cases(conn)
        statuses = stats_repo.count_by_status(conn)
        countries = stats_repo.count_by_country(conn)
        created = stats_repo.count_created_by_month(conn, window[0])
        rows = stats_repo.list_screening_rows(conn)
        trust = signer_trust_map(conn)
    per_case: dict[str, list[ScreeningRecord]] = defaultdict(list)
    for row in rows:
        record = _record(row, trust)
        if record is not None:
            per_case[row.case_id].append(record)
    counts = {state: 0 for state in ClearanceState}
    screened = 0
    for records in per_case.values():
        if not any(record.finalised for record in records):
            continue
        screened += 1
        counts[assess_clearance(records, policy).state] += 1
    clearance = ClearanceCounts(
        cleared=counts[ClearanceState.CLEARED],
        blocked=counts[ClearanceState.BLOCKED],
        pending=counts[ClearanceState.PENDING],
        not_screened=total - screened,
    )
    return CaseStatistics(
        total=total,
        by_status=tuple((status.value, statuses.get(status.value, 0)) for status in CaseStatus),
        by_month=tuple((month, created.get(month, 0)) for month in window),
        by_country=tuple(sorted(countries.items(), key=lambda item: (-item[1], item[0]))),
        clearance=clearance,
        computed_at=now,
    )
