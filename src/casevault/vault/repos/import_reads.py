"""Batched reads for an import: what the vault holds of the ids a bundle names.

One query per table per block of ids (`IN (...)` over at most _BLOCK ids, each an index seek),
instead of one query per record: services/import_state.py makes the import plan's snapshot of
the vault with these. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import Any

from casevault.domain.case import CaseFields
from casevault.vault.connection import Connection

_BLOCK = 400  # ids per query
_BLOCK_IDS = "SELECT value FROM json_each(?)"  # the ids of one block, bound as a JSON array


def _blocks(ids: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _BLOCK):
        yield ordered[start : start + _BLOCK]


def _select(
    conn: Connection,
    ids: Collection[str],
    query: Callable[[str], str],
    extra: tuple[Any, ...] = (),
) -> Iterator[tuple[Any, ...]]:
    """Rows of `query(ids_of_block)` for every block of `ids`; `extra` parameters come first.
    The block's ids are one bound JSON array, not a value each (vault/repos/bulk.py: values
    bound one by one take the connection's lookaside memory)."""
    for block in _blocks(ids):
        yield from conn.execute(query(_BLOCK_IDS), (*extra, json.dumps(block))).fetchall()


@dataclass(frozen=True)
class StoredCase:
    """A case row with its field versions, as the import rules read it."""

    id: str
    origin_org: str
    deleted: bool
    fields: CaseFields
    versions: dict[str, list[dict[str, Any]]]


def cases_with_versions(conn: Connection, case_ids: Collection[str]) -> dict[str, StoredCase]:
    """The cases among `case_ids` held here (deleted or not), each with its field versions."""
    rows = _select(
        conn,
        case_ids,
        lambda block_ids: (
            "SELECT c.id, c.origin_org, c.deleted, c.fields, v.versions FROM cases c"  # noqa: S608 - placeholders only
            f" LEFT JOIN case_field_versions v ON v.case_id = c.id WHERE c.id IN ({block_ids})"
        ),
    )
    return {
        row[0]: StoredCase(
            row[0],
            row[1],
            bool(row[2]),
            CaseFields.model_validate_json(row[3]),
            dict(json.loads(row[4])) if row[4] else {},
        )
        for row in rows
    }


def shared_fields_among(
    conn: Connection, case_ids: Collection[str], partner_id: str
) -> dict[str, frozenset[str]]:
    """case id -> the fields of it that left to `partner_id` (cases never sent there absent)."""
    rows = _select(
        conn,
        case_ids,
        lambda block_ids: (
            "SELECT case_id, fields FROM case_shared_fields"  # noqa: S608 - placeholders only
            f" WHERE partner_id = ? AND case_id IN ({block_ids})"
        ),
        (partner_id,),
    )
    return {row[0]: frozenset(str(name) for name in json.loads(row[1])) for row in rows}


def closures_among(
    conn: Connection, case_ids: Collection[str], partner_id: str
) -> dict[str, dt.datetime]:
    """case id -> when `partner_id` closed its copy, for those among `case_ids` it told us of."""
    rows = _select(
        conn,
        case_ids,
        lambda block_ids: (
            "SELECT case_id, closed_at FROM partner_closures"  # noqa: S608 - placeholders only
            f" WHERE partner_id = ? AND case_id IN ({block_ids})"
        ),
        (partner_id,),
    )
    return {row[0]: dt.datetime.fromisoformat(row[1]) for row in rows}


def case_tombstones_among(conn: Connection, case_ids: Collection[str]) -> dict[str, dt.datetime]:
    """case id -> its deletion time, for the deleted cases among `case_ids`."""
    rows = _select(
        conn,
        case_ids,
        lambda block_ids: (
            "SELECT record_id, deleted_at FROM tombstones"  # noqa: S608 - placeholders only
            f" WHERE record_type = 'case' AND record_id IN ({block_ids})"
        ),
    )
    return {row[0]: dt.datetime.fromisoformat(row[1]) for row in rows}


def _ids_in(conn: Connection, table: str, column: str, ids: Collection[str]) -> set[str]:
    rows = _select(
        conn,
        ids,
        lambda block_ids: f"SELECT {column} FROM {table} WHERE {column} IN ({block_ids})",  # noqa: S608 - table and column are ours
    )
    return {row[0] for row in rows}


def erased_among(conn: Connection, case_ids: Collection[str]) -> set[str]:
    """The ids among `case_ids` erased here."""
    return _ids_in(conn, "erased_cases", "case_id", case_ids)


def timeline_events_among(conn: Connection, event_ids: Collection[str]) -> set[str]:
    """The timeline event ids among `event_ids` stored here."""
    return _ids_in(conn, "timeline_events", "id", event_ids)


def attachments_among(conn: Connection, attachment_ids: Collection[str]) -> set[str]:
    """The attachment ids among `attachment_ids` stored here."""
    return _ids_in(conn, "attachments", "id", attachment_ids)


def evaluation_owners(conn: Connection, evaluation_ids: Collection[str]) -> dict[str, str]:
    """evaluation id -> its organisation, for those among `evaluation_ids` stored here."""
    rows = _select(
        conn,
        evaluation_ids,
        lambda block_ids: f"SELECT id, organisation_id FROM evaluations WHERE id IN ({block_ids})",  # noqa: S608 - placeholders only
    )
    return {row[0]: row[1] for row in rows}


def corrections_of(conn: Connection, evaluation_ids: Collection[str]) -> set[tuple[str, str]]:
    """(superseded id, organisation) for each stored evaluation that supersedes one of
    `evaluation_ids`."""
    rows = _select(
        conn,
        evaluation_ids,
        lambda block_ids: (
            "SELECT supersedes, organisation_id FROM evaluations"  # noqa: S608 - placeholders only
            f" WHERE supersedes IN ({block_ids})"
        ),
    )
    return {(row[0], row[1]) for row in rows}


def evaluator_organisations(conn: Connection, evaluator_ids: Collection[str]) -> dict[str, str]:
    """evaluator id -> organisation, for those among `evaluator_ids` stored here."""
    rows = _select(
        conn,
        evaluator_ids,
        lambda block_ids: f"SELECT id, organisation_id FROM evaluators WHERE id IN ({block_ids})",  # noqa: S608 - placeholders only
    )
    return {row[0]: row[1] for row in rows}
