"""Import, step 2: the plan of what a verified bundle would change, shown. Writes nothing.

`plan_for` reads the vault's state for the ids the bundle names (services/import_state.py)
and makes the import plan (exchange/import_plan.py, pure); `preview_import` shows that very
plan with what a person needs to decide (possible duplicates, erasure notices, evaluations
that will not count). services/imports.py writes it (step 3).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from casevault.exchange.import_plan import plan_import
from casevault.exchange.name_screening import RenamedAttachment
from casevault.exchange.plan_types import CasePlan, FieldChange, ImportPlan
from casevault.services.admission import ClosingNotice, Refusal
from casevault.services.duplicates import PossibleDuplicate, find_duplicates_among
from casevault.services.erasure_notices import NoticePlan, plan_notices
from casevault.services.evaluation_intake import RefusedEvaluation
from casevault.services.gc_pause import collector_paused
from casevault.services.import_state import load_local_state
from casevault.services.import_verify import StagedBundle
from casevault.services.session import Session
from casevault.services.signer_trust import signer_trust_map, trust_of
from casevault.vault.connection import Connection
from casevault.vault.repos import audit as audit_repo

__all__ = [
    "CasePlan",
    "FieldChange",
    "ImportPreview",
    "ImportResult",
    "plan_for",
    "preview_import",
]


@dataclass(frozen=True)
class ImportPreview:
    """Everything a person needs to decide: the checks passed and what would change.

    `plan` is the import plan itself, the one apply writes if the vault has not changed since
    (services/imports.py); the other fields present it."""

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
    plan: ImportPlan | None = field(default=None, repr=False)
    possible_duplicates: Mapping[uuid.UUID, tuple[PossibleDuplicate, ...]] = field(
        default_factory=dict, repr=False
    )

    @property
    def new_cases(self) -> tuple[CasePlan, ...]:
        """Cases not in the vault yet that the import will create."""
        return tuple(p for p in self.plans if p.is_new and not p.refused)

    @property
    def changed_cases(self) -> tuple[CasePlan, ...]:
        """Existing cases with at least one changed or conflicting field."""
        return tuple(p for p in self.plans if not p.is_new and p.changes)

    def duplicates_of(self, plan: CasePlan) -> tuple[PossibleDuplicate, ...]:
        """Cases we hold that may be the same man as the new case of `plan`."""
        return self.possible_duplicates.get(plan.case_id, ())


@dataclass(frozen=True)
class ImportResult:
    """What an applied import did. `replanned`: the vault changed after the preview, so the
    plan was made again at apply time (and differed from the one shown)."""

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
    replanned: bool = False


def plan_for(conn: Connection, staged: StagedBundle) -> ImportPlan:
    """The import plan of `staged` against the vault as `conn` sees it. Reads only; raises
    ContentInvalid (a merged case that would not be valid)."""
    content = staged.content()
    return plan_import(load_local_state(conn, content), content)


@collector_paused  # many small objects, no cycles: services/gc_pause.py
def preview_import(session: Session, staged: StagedBundle) -> ImportPreview:
    """What applying `staged` would do, case by case. Writes nothing."""
    with session.vault.reading() as conn:
        content = staged.content()
        state = load_local_state(conn, content)
        plan = plan_import(state, content)
        # Kept for apply_import: valid as long as nothing changes the vault in between (every
        # change appends an audit entry, so the audit length tells).
        staged.previewed = {"audit_seq": audit_repo.highest_seq_issued(conn), "plan": plan}
        staged.erased_here |= set(plan.erased_here)
        notices = plan_notices(conn, staged)
        duplicates = find_duplicates_among(
            conn, [(p.case_id, p.new_fields) for p in plan.cases if p.is_new and not p.refused]
        )
        erased = set(plan.erased_here)
        fresh = [
            e
            for e in staged.evaluations
            if e.statement.evaluation.case_id not in erased
            and e.statement.evaluation.id not in state.evaluations
        ]
        trust = signer_trust_map(conn) if fresh else {}
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
        plan.cases,
        len(plan.timeline),
        len(fresh),
        len(staged.skipped_evaluations),
        len(plan.deletions),
        len(plan.attachments),
        plan.erased_here,
        notices,
        renamed_attachments=tuple(staged.renamed_attachments),
        refused_evaluations=tuple(staged.refused_evaluations),
        uncounted_evaluations=uncounted,
        refusals=plan.refusals,
        closures=plan.closures,
        plan=plan,
        possible_duplicates=duplicates,
    )
