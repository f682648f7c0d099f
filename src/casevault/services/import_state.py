"""Import: the snapshot of the vault that the import plan is judged against, in one read.

`load_local_state` reads, with a few batched queries (vault/repos/import_reads.py), exactly
what exchange/import_plan.py's rules look at for the ids a verified bundle names: the cases
(origin, fields, field versions, what left to the sender, the sender's closures), case
tombstones, erased case ids, timeline events, attachments, evaluations, evaluators, revoked
signers and our names for the organisations records claim. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from casevault.domain.clearance import SignerStanding
from casevault.exchange.field_versions import version_from_json
from casevault.exchange.hlc import ClockError
from casevault.exchange.import_content import ImportContent
from casevault.exchange.local_state import BundleSender, HeldCase, LocalState
from casevault.exchange.merge import FieldVersion
from casevault.services.signer_trust import signer_trust_map, trust_of
from casevault.vault.connection import Connection
from casevault.vault.repos import import_reads
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos.import_reads import StoredCase


def _strs(ids: Iterable[uuid.UUID]) -> set[str]:
    return {str(i) for i in ids}


def _versions(stored: StoredCase) -> dict[str, tuple[FieldVersion, ...]]:
    try:
        return {
            name: tuple(version_from_json(v) for v in versions)
            for name, versions in stored.versions.items()
        }
    except (ClockError, ValueError, TypeError, KeyError) as exc:  # pragma: no cover - ours
        raise RuntimeError(f"stored field versions of case {stored.id} unreadable") from exc


def _held_cases(
    conn: Connection, sender: BundleSender, case_ids: set[str]
) -> dict[uuid.UUID, HeldCase]:
    stored = import_reads.cases_with_versions(conn, case_ids)
    held_ids = set(stored)
    shared: dict[str, frozenset[str]] = {}
    closed: dict[str, dt.datetime] = {}
    if not sender.is_own_node:  # our own laptops have full rights: nothing to look up
        shared = import_reads.shared_fields_among(conn, held_ids, sender.org_id)
        closed = import_reads.closures_among(conn, held_ids, sender.org_id)
    return {
        uuid.UUID(case_id): HeldCase(
            case.origin_org,
            case.fields,
            case.deleted,
            _versions(case),
            shared.get(case_id),
            closed.get(case_id),
        )
        for case_id, case in stored.items()
    }


def _org_names(
    conn: Connection, content: ImportContent, own_id: str, own_name: str
) -> dict[str, str]:
    claimed = (
        {c.record.origin_org for c in content.cases}
        | {r.origin_org for r in content.timeline}
        | {r.origin_org for r in content.attachments}
    )
    names = {own_id: own_name}
    for org_id in claimed - {own_id}:
        partner = partner_repo.find_partner(conn, org_id)
        if partner is not None:
            names[org_id] = partner.name
    return names


def load_local_state(conn: Connection, content: ImportContent) -> LocalState:
    """What the vault holds of everything `content` names. Reads only."""
    own = org_repo.get_own_organisation(conn)
    sender = BundleSender(content.sender_org_id, own.id)
    case_ids = _strs(content.case_ids())
    statements = [e.statement for e in content.evaluations]
    superseded = _strs(s.evaluation.supersedes for s in statements if s.evaluation.supersedes)
    evaluation_ids = _strs(s.evaluation.id for s in statements) | superseded
    trust = signer_trust_map(conn) if statements else {}
    signers = {s.signer.organisation_id for s in statements}
    return LocalState(
        sender=sender,
        cases=_held_cases(conn, sender, case_ids),
        tombstones={
            uuid.UUID(k): v for k, v in import_reads.case_tombstones_among(conn, case_ids).items()
        },
        erased=frozenset(uuid.UUID(c) for c in import_reads.erased_among(conn, case_ids)),
        timeline_events=frozenset(
            uuid.UUID(e)
            for e in import_reads.timeline_events_among(conn, _strs(r.id for r in content.timeline))
        ),
        attachments=frozenset(
            uuid.UUID(a)
            for a in import_reads.attachments_among(conn, _strs(r.id for r in content.attachments))
        ),
        evaluations={
            uuid.UUID(k): v for k, v in import_reads.evaluation_owners(conn, evaluation_ids).items()
        },
        corrected=frozenset(
            (uuid.UUID(s), org) for s, org in import_reads.corrections_of(conn, superseded)
        ),
        evaluators={
            uuid.UUID(k): v
            for k, v in import_reads.evaluator_organisations(
                conn, _strs(s.evaluator.id for s in statements)
            ).items()
        },
        revoked_signers=frozenset(
            s for s in signers if trust_of(trust, s).standing is SignerStanding.REVOKED
        ),
        org_names=_org_names(conn, content, own.id, own.name),
    )
