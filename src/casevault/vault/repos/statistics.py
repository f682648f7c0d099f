"""Counts over the cases and evaluations tables, for the dashboard and the statistics report.

Every function returns numbers or codes (status, month, country, verdict), never a name, a note
or any other field that identifies a person: what leaves this module is safe to chart or print.
Deleted cases are never counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from casevault.vault.connection import Connection


@dataclass(frozen=True)
class ScreeningRow:
    """What the clearance rule needs of one evaluation, with the live case it counts for."""

    case_id: str
    evaluation_id: str
    evaluator_id: str
    organisation_id: str
    state: str
    verdict: str
    supersedes: str | None
    signer_org_id: str | None = None  # None for a draft
    signer_key_fingerprint: str | None = None


def count_live_cases(conn: Connection) -> int:
    """How many cases are not deleted."""
    row = conn.execute("SELECT count(*) FROM cases WHERE deleted = 0").fetchone()
    return int(row[0])


def count_by_status(conn: Connection) -> dict[str, int]:
    """{status code: number of live cases} (statuses with no case are absent)."""
    rows = conn.execute(
        "SELECT status, count(*) FROM cases WHERE deleted = 0 GROUP BY status"
    ).fetchall()
    return {str(status): int(count) for status, count in rows}


def count_by_country(conn: Connection) -> dict[str, int]:
    """{country code, or "" when unknown: number of live cases}."""
    rows = conn.execute(
        "SELECT coalesce(country, ''), count(*) FROM cases WHERE deleted = 0"
        " GROUP BY coalesce(country, '')"
    ).fetchall()
    return {str(country): int(count) for country, count in rows}


def count_created_by_month(conn: Connection, since_month: str) -> dict[str, int]:
    """{"YYYY-MM": live cases created that month}, for months >= `since_month` ("YYYY-MM").

    created_at is stored as ISO 8601 in UTC, so its first seven characters are the UTC month.
    """
    rows = conn.execute(
        "SELECT substr(created_at, 1, 7) AS month, count(*) FROM cases"
        " WHERE deleted = 0 AND created_at >= ? GROUP BY month",
        (since_month,),
    ).fetchall()
    return {str(month): int(count) for month, count in rows}


def list_screening_rows(conn: Connection) -> list[ScreeningRow]:
    """Every evaluation, attributed to the live case it counts for, in one query.

    An evaluation of a case that was merged into another (directly or through a chain of
    merges) counts for the case that was kept, as services.evaluations.explain_clearance does.
    Evaluations whose final case is deleted are left out.
    """
    # Walk the merge chain upwards from the evaluations' cases only (an absorbed case is
    # deleted, so the live end of its chain is the case kept), not over every case: on a
    # vault of 10,000 cases with few evaluations this reads the evaluations, not the cases.
    rows = conn.execute(
        "WITH RECURSIVE up(evaluated, owner) AS ("
        "   SELECT DISTINCT case_id, case_id FROM evaluations"
        "   UNION SELECT up.evaluated, m.kept FROM case_merges m JOIN up ON m.absorbed = up.owner"
        ")"
        " SELECT up.owner, e.id, e.evaluator_id, e.organisation_id, e.state, e.verdict,"
        " e.supersedes, e.signer_org_id, e.signer_key_fingerprint"
        " FROM up JOIN cases c ON c.id = up.owner AND c.deleted = 0"
        " JOIN evaluations e ON e.case_id = up.evaluated"
    ).fetchall()
    return [
        ScreeningRow(
            case_id=str(row[0]),
            evaluation_id=str(row[1]),
            evaluator_id=str(row[2]),
            organisation_id=str(row[3]),
            state=str(row[4]),
            verdict=str(row[5]),
            supersedes=None if row[6] is None else str(row[6]),
            signer_org_id=None if row[7] is None else str(row[7]),
            signer_key_fingerprint=None if row[8] is None else str(row[8]),
        )
        for row in rows
    ]
