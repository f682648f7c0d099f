"""Import, step 2: what a verified bundle would change, case by case. Writes nothing.

`plan_case` merges one incoming case with what the vault holds (exchange/merge.py) within the
sender's rights (services/admission.py); `preview_import` gathers the plans with everything a
person needs to decide. `services/imports.py` applies them (step 3).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from casevault.domain.case import Case, CaseFields, validate_fields
from casevault.domain.errors import InvalidField
from casevault.exchange.content import CaseRecord
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.hlc import ClockError
from casevault.exchange.merge import FieldVersion, in_conflict, merge_versions, shown_value
from casevault.exchange.name_screening import RenamedAttachment
from casevault.services import admission, erasure_guard
from casevault.services.admission import BundleSender, ClosingNotice, Refusal
from casevault.services.erasure_notices import NoticePlan, plan_notices
from casevault.services.evaluation_intake import RefusedEvaluation
from casevault.services.import_verify import StagedBundle
from casevault.services.name_search import PossibleDuplicate, find_duplicates_in
from casevault.services.session import Session
from casevault.services.signer_trust import signer_trust_map, trust_of
from casevault.services.versioning import (
    live_versions,
    version_from_json,
)
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import audit as audit_repo
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import evaluations as eval_repo


@dataclass(frozen=True)
class FieldChange:
    """One field whose shown value changes (or that falls into conflict)."""

    field: str
    old: Any
    new: Any
    conflict: bool


@dataclass(frozen=True)
class CasePlan:
    """What importing one case record does."""

    case_id: uuid.UUID
    display_name: str
    is_new: bool
    deleted_here: bool
    changes: tuple[FieldChange, ...]
    merged: dict[str, tuple[FieldVersion, ...]]
    new_fields: CaseFields
    possible_duplicates: tuple[PossibleDuplicate, ...] = ()
    # What the sender may change here (services/admission.py): a refused plan applies nothing.
    origin_org: str = ""
    refused: bool = False
    refusals: tuple[Refusal, ...] = ()

    @property
    def conflicts(self) -> tuple[str, ...]:
        """Fields that will wait for a person to choose."""
        return tuple(c.field for c in self.changes if c.conflict)


@dataclass(frozen=True)
class ImportPreview:
    """Everything a person needs to decide: the checks passed and what would change."""

    bundle_id: str
    sender_org_id: str
    sender_name: str
    created_at: str
    checks_passed: tuple[str, ...]
    plans: tuple[CasePlan, ...]
    new_timeline_events: int
    new_evaluations: int
    skipped_evaluations: int
    tombstones: int
    attachments: int = 0
    # Erasure (services/erasure_guard.py, services/erasure_notices.py): ids of cases erased here
    # whose records were refused, and the sender's erasure notices with what each would do.
    erased_here: tuple[uuid.UUID, ...] = ()
    erasure_notices: tuple[NoticePlan, ...] = ()
    renamed_attachments: tuple[RenamedAttachment, ...] = ()  # unsafe file names made safe
    # Evaluations that will not be stored, each with its reason (services/evaluation_intake.py),
    # and new ones that will be stored for reference but not count (signer not verified).
    refused_evaluations: tuple[RefusedEvaluation, ...] = ()
    uncounted_evaluations: int = 0
    # Records (or fields) the sender may not change here, and partners closing their copy.
    refusals: tuple[Refusal, ...] = ()
    closures: tuple[ClosingNotice, ...] = ()

    @property
    def new_cases(self) -> tuple[CasePlan, ...]:
        """Cases not in the vault yet that the import will create."""
        return tuple(p for p in self.plans if p.is_new and not p.refused)

    @property
    def changed_cases(self) -> tuple[CasePlan, ...]:
        """Existing cases with at least one changed or conflicting field."""
        return tuple(p for p in self.plans if not p.is_new and p.changes)


@dataclass(frozen=True)
class ImportResult:
    """What an applied import did."""

    bundle_id: str
    new_cases: int
    changed_cases: int
    conflicts: int
    timeline_events: int
    evaluations: int
    tombstones: int
    attachments: int = 0
    closures: int = 0
    refused: int = 0


def _incoming(record: CaseRecord) -> dict[str, tuple[FieldVersion, ...]]:
    try:
        return {
            name: tuple(version_from_json(v.model_dump(mode="json")) for v in versions)
            for name, versions in record.fields.items()
        }
    except (ClockError, ValueError, TypeError, KeyError) as exc:
        raise ContentInvalid("case", "fields") from exc


def plan_case(
    conn: Connection,
    record: CaseRecord,
    sender: BundleSender,
    with_duplicates: bool = False,
) -> CasePlan:
    """Merge one incoming case with the vault's copy, in memory, keeping only what `sender` may
    change here (services/admission.py). Raises ContentInvalid."""
    try:
        existing: Case | None = case_repo.get_case(conn, record.id)
    except RecordNotFound:
        existing = None
    local = live_versions(conn, str(record.id)) if existing else {}
    incoming = _incoming(record)
    gate = admission.gate_case(
        conn, sender, record.id, existing, record.origin_org, incoming, local
    )
    if gate.refused:
        refusals = gate.refusals
        if existing is None:
            refusals = (admission.new_case_refusal(conn, record.id, record.origin_org),)
        return _refused_plan(record, existing, refusals)
    base = (
        existing.fields.model_dump(mode="json")
        if existing
        else CaseFields().model_dump(mode="json")
    )
    merged_values = dict(base)
    merged: dict[str, tuple[FieldVersion, ...]] = {}
    changes: list[FieldChange] = []
    for name, versions in incoming.items():
        if name not in gate.fields:
            continue
        result = merge_versions(local.get(name, ()), versions)
        if result == local.get(name, ()):
            continue
        merged[name] = result
        merged_values[name] = shown_value(result)
        conflict = in_conflict(result)
        if merged_values[name] != base[name] or conflict:
            changes.append(FieldChange(name, base[name], merged_values[name], conflict))
    try:
        new_fields = validate_fields(merged_values)
    except InvalidField as exc:
        raise ContentInvalid("case", exc.field) from exc
    deleted_here = case_repo.has_tombstone(conn, "case", str(record.id))
    duplicates: tuple[PossibleDuplicate, ...] = ()
    if with_duplicates and existing is None:
        duplicates = tuple(find_duplicates_in(conn, new_fields, record.id))
    return CasePlan(
        record.id,
        new_fields.display_name(),
        existing is None,
        deleted_here,
        tuple(changes),
        merged,
        new_fields,
        duplicates,
        gate.origin,
        False,
        gate.refusals,
    )


def _refused_plan(
    record: CaseRecord, existing: Case | None, refusals: tuple[Refusal, ...]
) -> CasePlan:
    """A plan that applies nothing: the sender may not change this case."""
    fields = existing.fields if existing is not None else CaseFields()
    return CasePlan(
        record.id,
        fields.display_name() if existing is not None else "",
        existing is None,
        False,
        (),
        {},
        fields,
        (),
        existing.origin_org if existing is not None else "",
        True,
        refusals,
    )


def preview_import(session: Session, staged: StagedBundle) -> ImportPreview:
    """What applying `staged` would do, case by case. Writes nothing."""
    with session.vault.reading() as conn:
        erased_here = erasure_guard.drop_erased(conn, staged)
        notices = plan_notices(conn, staged)
        sender = admission.bundle_sender(conn, staged)
        plans = tuple(
            plan_case(conn, record, sender, with_duplicates=True) for record in staged.cases
        )
        new_cases = admission.new_case_origins(conn, sender, staged.cases)
        gate = admission.gate_records(conn, sender, staged, new_cases)
        # Kept for apply_import: valid as long as nothing changes the vault in between (every
        # change appends an audit entry, so the audit length tells).
        staged.previewed = {
            "audit_seq": audit_repo.highest_seq_issued(conn),
            "plans": {plan.case_id: plan for plan in plans},
            "gate": gate,
        }
        new_events = len(gate.timeline_origins)
        fresh = [
            e
            for e in staged.evaluations
            if not eval_repo.evaluation_exists(conn, e.statement.evaluation.id)
        ]
        new_evaluations = len(fresh)
        trust = signer_trust_map(conn)
        uncounted = sum(
            1
            for e in fresh
            if not trust_of(trust, e.statement.signer.organisation_id)
            .standing_for_key(e.statement.signer.key_fingerprint)
            .trusted
        )
    return ImportPreview(
        staged.bundle_id,
        staged.sender_org_id,
        staged.sender_name,
        staged.created_at,
        tuple(staged.checks_passed),
        plans,
        new_events,
        new_evaluations,
        len(staged.skipped_evaluations),
        len(gate.deletions),
        len(gate.attachment_origins),
        erased_here,
        notices,
        renamed_attachments=tuple(staged.renamed_attachments),
        refused_evaluations=tuple(staged.refused_evaluations),
        uncounted_evaluations=uncounted,
        refusals=tuple(r for p in plans for r in p.refusals) + tuple(gate.refusals),
        closures=tuple(gate.closures),
    )
