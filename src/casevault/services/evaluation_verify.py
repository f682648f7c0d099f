"""Verification of signed evaluations: both signatures against the signer's keys, the signed
bytes as a canonical statement, the stored copy against what was signed, and, separately, which
evaluations do not count because of who signed them (services/signer_trust.py).
Spec: docs/spec/evaluation.md, "Verification" and "Trusted signers".
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from casevault.crypto.errors import CryptoError
from casevault.crypto.signing import DualSignature, verify
from casevault.domain.clearance import SignerStanding
from casevault.domain.errors import DomainError
from casevault.domain.evaluation import SIGNING_CONTEXT, Evaluation, decode_statement
from casevault.services.session import Session
from casevault.services.signer_trust import SignerTrust, signer_trust_map, trust_of
from casevault.vault.connection import Connection
from casevault.vault.repos import evaluations as eval_repo
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos import signer_keys


class ProblemKind(StrEnum):
    """Why a finalised evaluation failed verification."""

    UNKNOWN_SIGNER = "unknown_signer"  # no public keys known for the signing organisation
    KEY_MISMATCH = "key_mismatch"  # the stored fingerprint is not the signer's known key
    SIGNATURE = "signature"  # the stored bytes no longer match the signatures
    PAYLOAD = "payload"  # signed bytes that do not decode as a canonical statement
    CONTENT_MISMATCH = "content_mismatch"  # the readable copy differs from what was signed


@dataclass(frozen=True)
class EvaluationProblem:
    """One evaluation that failed verification, and why."""

    evaluation_id: str
    case_id: str
    kind: ProblemKind


@dataclass(frozen=True)
class UncountedEvaluation:
    """A finalised evaluation kept for reference that never counts towards clearance, because
    we do not trust its signer (`standing`); its signature may well be valid."""

    evaluation_id: str
    case_id: str
    signature_valid: bool
    standing: SignerStanding
    signer: SignerTrust


@dataclass(frozen=True)
class VerificationReport:
    """How many finalised evaluations were checked, the ones that failed, and the ones that do
    not count because of who signed them (not a failure: they are kept, marked, for reference)."""

    checked: int
    problems: tuple[EvaluationProblem, ...]
    not_counted: tuple[UncountedEvaluation, ...] = ()

    @property
    def intact(self) -> bool:
        """True if every signature and every stored copy checked out."""
        return not self.problems


def _check_row(conn: Connection, row: eval_repo.SealedRow) -> ProblemKind | None:
    seal = row.seal
    if partner_repo.find_public_keys(conn, seal.signer_org_id) is None:
        return ProblemKind.UNKNOWN_SIGNER
    # Any key we hold as the signer's, current or earlier: an evaluation signed before a
    # legitimate rotation still verifies (whether it counts is signer trust's question).
    keys = signer_keys.find_signer_keys(conn, seal.signer_org_id, seal.signer_key_fingerprint)
    if keys is None:
        return ProblemKind.KEY_MISMATCH
    try:
        verify(
            keys, SIGNING_CONTEXT, seal.payload, DualSignature(seal.sig_ed25519, seal.sig_mldsa65)
        )
    except CryptoError:
        return ProblemKind.SIGNATURE
    try:
        statement = decode_statement(seal.payload)
        stored = Evaluation.model_validate_json(row.content)
    except (DomainError, ValueError):
        return ProblemKind.PAYLOAD
    signed = statement.evaluation
    columns_agree = (
        str(signed.id) == row.id
        and str(signed.case_id) == row.case_id
        and str(signed.evaluator_id) == row.evaluator_id
        and signed.organisation_id == row.organisation_id
        and signed.verdict.value == row.verdict
        and (str(signed.supersedes) if signed.supersedes else None) == row.supersedes
        and statement.signer.organisation_id == seal.signer_org_id
        and statement.signer.key_fingerprint == seal.signer_key_fingerprint
    )
    if not columns_agree or stored != signed:
        return ProblemKind.CONTENT_MISMATCH
    return None


def verify_evaluations(
    session: Session, case_ids: Collection[uuid.UUID] | None = None
) -> VerificationReport:
    """Re-check every finalised evaluation (or those of `case_ids`: a screen about one case
    need not verify the whole vault): both signatures against the signer's public keys, the
    signed bytes as a canonical statement, and the stored copy against what was signed."""
    problems: list[EvaluationProblem] = []
    not_counted: list[UncountedEvaluation] = []
    checked = 0
    with session.vault.reading() as conn:
        trust = signer_trust_map(conn)
        for row in eval_repo.iter_sealed_rows(conn, case_ids):
            checked += 1
            kind = _check_row(conn, row)
            if kind is not None:
                problems.append(EvaluationProblem(row.id, row.case_id, kind))
            signer = trust_of(trust, row.seal.signer_org_id)
            standing = signer.standing_for_key(row.seal.signer_key_fingerprint)
            if not standing.trusted:
                not_counted.append(
                    UncountedEvaluation(row.id, row.case_id, kind is None, standing, signer)
                )
    return VerificationReport(checked, tuple(problems), tuple(not_counted))
