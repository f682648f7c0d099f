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
    """Every evaluation, attributed to the live case it counts for (three reads, no join).

    An evaluation of a case that was merged into another (directly or through a chain of
    merges) counts for the case that was kept, as services.case_clearance.explain_clearance does.
    Evaluations whose final case is deleted are left out.
    """
    # Attribution is done here from three small reads (the evaluations, the merges and the
    # deleted cases' ids) rather than by joining every evaluation to its case row: reading a
    # case row means decrypting its page, and at 10,000 cases that join cost seconds.
    kept_for: dict[str, str] = {
        str(absorbed): str(kept)
        for absorbed, kept in conn.execute("SELECT absorbed, kept FROM case_merges").fetchall()
    }
    deleted = {str(row[0]) for row in conn.execute("SELECT id FROM cases WHERE deleted = 1")}
    rows: list[tuple[object, ...]] = []
    for row in conn.execute(
        "SELECT case_id, id, evaluator_id, organisation_id, state, verdict, supersedes,"
        " signer_org_id, signer_key_fingerprint FROM evaluations"
    ).fetchall():
        owner, seen = str(row[0]), set[str]()
        while owner in kept_for and owner not in seen:  # a merge chain ends at the case kept
            seen.add(owner)
            owner = kept_for[owner]
        if owner not in deleted:
            rows.append((owner, *row[1:]))
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
