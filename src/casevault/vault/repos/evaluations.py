"""Evaluators and evaluations (tables evaluators, evaluations).

A finalised row is protected by triggers (migrations/0004_evaluations.sql): the database itself
refuses to change or delete it, and this module reports that refusal as RecordImmutable.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from casevault.domain.evaluation import Evaluation, EvaluationState, Evaluator
from casevault.vault.connection import Connection, IntegrityError
from casevault.vault.errors import RecordImmutable, RecordNotFound


@dataclass(frozen=True)
class EvaluationSeal:
    """The signature of a finalised evaluation: exact signed bytes, both signatures, the signer."""

    signer_org_id: str
    signer_key_fingerprint: str
    finalised_at: dt.datetime
    payload: bytes
    sig_ed25519: bytes
    sig_mldsa65: bytes


@dataclass(frozen=True)
class StoredEvaluation:
    """An evaluation as stored: content, state, seal (finalised only), and its correction."""

    evaluation: Evaluation
    state: EvaluationState
    created_at: dt.datetime
    updated_at: dt.datetime
    seal: EvaluationSeal | None
    superseded_by: uuid.UUID | None

    @property
    def finalised(self) -> bool:
        """True once signed."""
        return self.state is EvaluationState.FINALISED


@dataclass(frozen=True)
class SealedRow:
    """A finalised row exactly as stored, for verification (nothing parsed or trusted yet)."""

    id: str
    case_id: str
    evaluator_id: str
    organisation_id: str
    verdict: str
    supersedes: str | None
    content: str
    seal: EvaluationSeal


# ---- evaluators ---------------------------------------------------------------------------


def insert_evaluator(conn: Connection, evaluator: Evaluator) -> None:
    """Store a new evaluator."""
    conn.execute(
        "INSERT INTO evaluators (id, name, role, organisation_id, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            str(evaluator.id),
            evaluator.name,
            evaluator.role,
            evaluator.organisation_id,
            evaluator.created_at.isoformat(),
        ),
    )


def _to_evaluator(row: tuple[Any, ...]) -> Evaluator:
    return Evaluator(
        id=uuid.UUID(row[0]),
        name=row[1],
        role=row[2],
        organisation_id=row[3],
        created_at=dt.datetime.fromisoformat(row[4]),
    )


def get_evaluator(conn: Connection, evaluator_id: uuid.UUID) -> Evaluator:
    """One evaluator; RecordNotFound if unknown."""
    row = conn.execute(
        "SELECT id, name, role, organisation_id, created_at FROM evaluators WHERE id = ?",
        (str(evaluator_id),),
    ).fetchone()
    if row is None:
        raise RecordNotFound("evaluator", str(evaluator_id))
    return _to_evaluator(row)


def list_evaluators(conn: Connection, organisation_id: str | None = None) -> list[Evaluator]:
    """Evaluators by name, optionally of one organisation."""
    sql = "SELECT id, name, role, organisation_id, created_at FROM evaluators"
    params: tuple[str, ...] = ()
    if organisation_id is not None:
        sql += " WHERE organisation_id = ?"
        params = (organisation_id,)
    rows = conn.execute(sql + " ORDER BY name, id", params).fetchall()
    return [_to_evaluator(row) for row in rows]


# ---- evaluations --------------------------------------------------------------------------


def insert_draft(conn: Connection, evaluation: Evaluation, at: dt.datetime) -> None:
    """Store a new draft."""
    conn.execute(
        "INSERT INTO evaluations (id, case_id, evaluator_id, organisation_id, state, verdict,"
        " supersedes, content, created_at, updated_at) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)",
        (
            str(evaluation.id),
            str(evaluation.case_id),
            str(evaluation.evaluator_id),
            evaluation.organisation_id,
            evaluation.verdict.value,
            str(evaluation.supersedes) if evaluation.supersedes else None,
            evaluation.model_dump_json(),
            at.isoformat(),
            at.isoformat(),
        ),
    )


def _guarded(record_id: str, sql: str, params: tuple[Any, ...], conn: Connection) -> int:
    """Run a write that the immutability triggers may refuse; return the row count."""
    try:
        return int(conn.execute(sql, params).rowcount)
    except IntegrityError as exc:
        if "immutable" in str(exc):
            raise RecordImmutable("evaluation", record_id) from exc
        raise


def update_draft(conn: Connection, evaluation: Evaluation, at: dt.datetime) -> None:
    """Overwrite a draft's content. RecordImmutable if it is finalised, RecordNotFound if absent."""
    record_id = str(evaluation.id)
    count = _guarded(
        record_id,
        "UPDATE evaluations SET verdict = ?, content = ?, updated_at = ? WHERE id = ?",
        (evaluation.verdict.value, evaluation.model_dump_json(), at.isoformat(), record_id),
        conn,
    )
    if count == 0:
        raise RecordNotFound("evaluation", record_id)


def delete_draft(conn: Connection, evaluation_id: uuid.UUID) -> None:
    """Remove a draft. RecordImmutable if it is finalised, RecordNotFound if absent."""
    record_id = str(evaluation_id)
    count = _guarded(record_id, "DELETE FROM evaluations WHERE id = ?", (record_id,), conn)
    if count == 0:
        raise RecordNotFound("evaluation", record_id)


def finalise(conn: Connection, evaluation_id: uuid.UUID, seal: EvaluationSeal) -> None:
    """Turn a draft into a finalised row with its seal: the last write the row ever accepts."""
    record_id = str(evaluation_id)
    count = _guarded(
        record_id,
        "UPDATE evaluations SET state = 'finalised', finalised_at = ?, updated_at = ?,"
        " payload = ?, sig_ed25519 = ?, sig_mldsa65 = ?, signer_org_id = ?,"
        " signer_key_fingerprint = ? WHERE id = ?",
        (
            seal.finalised_at.isoformat(),
            seal.finalised_at.isoformat(),
            seal.payload,
            seal.sig_ed25519,
            seal.sig_mldsa65,
            seal.signer_org_id,
            seal.signer_key_fingerprint,
            record_id,
        ),
        conn,
    )
    if count == 0:
        raise RecordNotFound("evaluation", record_id)


_COLUMNS = (
    "e.content, e.state, e.created_at, e.updated_at, e.finalised_at, e.payload, e.sig_ed25519,"
    " e.sig_mldsa65, e.signer_org_id, e.signer_key_fingerprint,"
    " (SELECT s.id FROM evaluations s WHERE s.supersedes = e.id AND s.state = 'finalised'"
    # Only the same organisation's evaluator corrects an evaluation (domain/clearance.py).
    "  AND s.organisation_id = e.organisation_id AND s.evaluator_id = e.evaluator_id)"
)


def _seal(row: tuple[Any, ...]) -> EvaluationSeal:
    return EvaluationSeal(
        signer_org_id=row[8],
        signer_key_fingerprint=row[9],
        finalised_at=dt.datetime.fromisoformat(row[4]),
        payload=bytes(row[5]),
        sig_ed25519=bytes(row[6]),
        sig_mldsa65=bytes(row[7]),
    )


def _to_stored(row: tuple[Any, ...]) -> StoredEvaluation:
    state = EvaluationState(row[1])
    return StoredEvaluation(
        evaluation=Evaluation.model_validate_json(row[0]),
        state=state,
        created_at=dt.datetime.fromisoformat(row[2]),
        updated_at=dt.datetime.fromisoformat(row[3]),
        seal=_seal(row) if state is EvaluationState.FINALISED else None,
        superseded_by=uuid.UUID(row[10]) if row[10] else None,
    )


def get_evaluation(conn: Connection, evaluation_id: uuid.UUID) -> StoredEvaluation:
    """One evaluation; RecordNotFound if unknown."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM evaluations e WHERE e.id = ?",  # noqa: S608 - fixed columns
        (str(evaluation_id),),
    ).fetchone()
    if row is None:
        raise RecordNotFound("evaluation", str(evaluation_id))
    return _to_stored(row)


def list_evaluations(conn: Connection, case_id: uuid.UUID | None = None) -> list[StoredEvaluation]:
    """Evaluations oldest first, of one case or all; superseded ones included (flagged)."""
    where, params = ("WHERE e.case_id = ?", (str(case_id),)) if case_id else ("", ())
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM evaluations e {where} ORDER BY e.created_at, e.id",  # noqa: S608
        params,
    ).fetchall()
    return [_to_stored(row) for row in rows]


def find_successor(
    conn: Connection, evaluation_id: uuid.UUID, organisation_id: str
) -> uuid.UUID | None:
    """The id of the evaluation (draft or finalised) of `organisation_id` that names this one as
    superseded. Another organisation's record naming it is no correction and is not returned."""
    row = conn.execute(
        "SELECT id FROM evaluations WHERE supersedes = ? AND organisation_id = ?",
        (str(evaluation_id), organisation_id),
    ).fetchone()
    return uuid.UUID(row[0]) if row else None


def iter_sealed_rows(
    conn: Connection, case_ids: Collection[uuid.UUID] | None = None
) -> Iterator[SealedRow]:
    """Every finalised row exactly as stored (of these cases only, if given), oldest first,
    streamed."""
    sql = (
        "SELECT e.id, e.case_id, e.evaluator_id, e.organisation_id, e.verdict, e.supersedes,"
        " e.content, e.state, e.created_at, e.updated_at, e.finalised_at, e.payload,"
        " e.sig_ed25519, e.sig_mldsa65, e.signer_org_id, e.signer_key_fingerprint"
        " FROM evaluations e WHERE e.state = 'finalised'"
    )
    params: tuple[str, ...] = ()
    if case_ids is not None:
        sql += " AND e.case_id IN (SELECT value FROM json_each(?))"
        params = (json.dumps([str(case_id) for case_id in case_ids]),)
    cursor = conn.execute(sql + " ORDER BY e.finalised_at, e.id", params)
    for row in cursor:
        yield SealedRow(
            id=row[0],
            case_id=row[1],
            evaluator_id=row[2],
            organisation_id=row[3],
            verdict=row[4],
            supersedes=row[5],
            content=row[6],
            seal=_seal(row[6:]),  # same column order as _COLUMNS from `content` on
        )


def evaluation_exists(conn: Connection, evaluation_id: uuid.UUID) -> bool:
    """True if an evaluation with this id is stored (evaluations are merged by id)."""
    row = conn.execute("SELECT 1 FROM evaluations WHERE id = ?", (str(evaluation_id),))
    return row.fetchone() is not None


def evaluator_exists(conn: Connection, evaluator_id: uuid.UUID) -> bool:
    """True if the evaluator is stored."""
    row = conn.execute("SELECT 1 FROM evaluators WHERE id = ?", (str(evaluator_id),))
    return row.fetchone() is not None


def insert_received(
    conn: Connection, evaluation: Evaluation, seal: EvaluationSeal, at: dt.datetime
) -> None:
    """Store a finalised evaluation received in a bundle, signature and all, as one INSERT.

    The caller has verified the signature against the signer's key; the row is immutable from
    here on, exactly like one finalised locally.
    """
    conn.execute(
        "INSERT INTO evaluations (id, case_id, evaluator_id, organisation_id, state, verdict,"
        " supersedes, content, created_at, updated_at, finalised_at, payload, sig_ed25519,"
        " sig_mldsa65, signer_org_id, signer_key_fingerprint)"
        " VALUES (?, ?, ?, ?, 'finalised', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(evaluation.id),
            str(evaluation.case_id),
            str(evaluation.evaluator_id),
            evaluation.organisation_id,
            evaluation.verdict.value,
            str(evaluation.supersedes) if evaluation.supersedes else None,
            evaluation.model_dump_json(),
            at.isoformat(),
            at.isoformat(),
            seal.finalised_at.isoformat(),
            seal.payload,
            seal.sig_ed25519,
            seal.sig_mldsa65,
            seal.signer_org_id,
            seal.signer_key_fingerprint,
        ),
    )
