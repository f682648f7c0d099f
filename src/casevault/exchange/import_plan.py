"""`plan_import(local_state, content)`: what importing a verified bundle does. Pure, no I/O.

The plan is made in the order the vault is written (docs/sync.md, "Import pipeline"):

1. records about cases erased here are dropped (erasure is final) and listed;
2. timeline events, attachments and tombstones are judged against the vault *before* any case
   is written (exchange/admission.py: who may add to which case, which origin a new record
   keeps), with the cases this bundle creates counted at the origin they are admitted with;
3. each case record is merged (exchange/merge.py) within the sender's rights; a case id that
   repeats in a bundle is merged against what its first occurrence produced;
4. evaluations, in finalised order, against what is held plus what this plan stores
   (exchange/plan_records.py), then deletions from our own laptops.

The same `local_state` and `content` always give the same plan: the preview shows it, apply
writes it, and apply re-plans from the already-verified content when the vault changed in
between. Raises ContentInvalid when a merged case would not be a valid case.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from casevault.domain.case import CaseFields, validate_fields
from casevault.domain.errors import InvalidField
from casevault.exchange.admission import (
    RecordKind,
    RefusalReason,
    admit_origin,
    rights_over_case,
    split_fields,
)
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.import_content import FieldVersions, ImportContent, IncomingCase
from casevault.exchange.local_state import HeldCase, LocalState
from casevault.exchange.merge import FieldVersion, in_conflict, merge_versions, shown_value
from casevault.exchange.plan_records import (
    gate_records,
    plan_deletions,
    plan_evaluations,
    without_erased,
)
from casevault.exchange.plan_types import CasePlan, FieldChange, ImportPlan, Refusal

_EMPTY_FIELDS = CaseFields()


def _would_change(
    local: FieldVersions, incoming: FieldVersions, names: frozenset[str] | Mapping[str, Any]
) -> tuple[str, ...]:
    return tuple(
        sorted(
            n for n in names if merge_versions(local.get(n, ()), incoming[n]) != local.get(n, ())
        )
    )


def _refused(
    incoming: IncomingCase, held: HeldCase | None, refusals: tuple[Refusal, ...]
) -> CasePlan:
    """A plan that applies nothing: the sender may not change this case."""
    fields = held.fields if held is not None else _EMPTY_FIELDS
    return CasePlan(
        incoming.id,
        fields.display_name() if held is not None else "",
        held is None,
        False,
        (),
        {},
        fields,
        held.origin_org if held is not None else "",
        True,
        refusals,
    )


def _new_case(state: LocalState, incoming: IncomingCase) -> tuple[str | None, tuple[Refusal, ...]]:
    """The origin a case we do not hold is stored with (None: refused), and any refusal."""
    sender = state.sender
    claimed = incoming.record.origin_org
    decision = admit_origin(sender.org_id, sender.own_org_id, claimed)
    if decision.refusal is None:
        return decision.origin, ()
    refusal = Refusal(
        RecordKind.CASE,
        incoming.id,
        "",
        decision.refusal,
        ("origin_org",),
        claimed,
        state.org_name(claimed),
    )
    return decision.origin, (refusal,)


def _admitted_fields(
    state: LocalState, incoming: IncomingCase, held: HeldCase
) -> tuple[frozenset[str] | None, tuple[Refusal, ...]]:
    """The fields of a held case the sender may change (None: the whole record is refused)."""
    sender = state.sender
    rights = rights_over_case(sender.org_id, sender.own_org_id, held.origin_org, held.shared_fields)
    name = held.fields.display_name()
    admitted, withheld = split_fields(rights, incoming.versions)
    if not rights.shared:
        changed = _would_change(held.versions, incoming.versions, incoming.versions)
        refusal = Refusal(
            RecordKind.CASE, incoming.id, name, RefusalReason.CASE_NOT_SHARED, changed
        )
        return None, (refusal,) if changed else ()
    changed = _would_change(held.versions, incoming.versions, withheld)
    refusals = (
        (Refusal(RecordKind.CASE, incoming.id, name, RefusalReason.FIELD_NOT_SHARED, changed),)
        if changed
        else ()
    )
    return admitted, refusals


def plan_case(state: LocalState, held: HeldCase | None, incoming: IncomingCase) -> CasePlan:
    """Merge one incoming case with `held` (our copy, None if we hold none), keeping only what
    the sender may change here. Refusals are listed only where the record would change
    something: a partner sending back, unchanged, what we gave it is a no-op. Raises
    ContentInvalid if the merged fields are not a valid case."""
    if held is None:
        origin, refusals = _new_case(state, incoming)
        if origin is None:
            return _refused(incoming, None, refusals)
        admitted: frozenset[str] = frozenset(incoming.versions)
        local: FieldVersions = {}
        base = _EMPTY_FIELDS.model_dump(mode="json")
    else:
        maybe, refusals = _admitted_fields(state, incoming, held)
        if maybe is None:
            return _refused(incoming, held, refusals)
        admitted, origin, local = maybe, held.origin_org, held.versions
        base = held.fields.model_dump(mode="json")
    merged_values = dict(base)
    merged: dict[str, tuple[FieldVersion, ...]] = {}
    changes: list[FieldChange] = []
    for name, versions in incoming.versions.items():
        if name not in admitted:
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
        new_fields = validate_fields(merged_values) if merged or held is None else held.fields
    except InvalidField as exc:
        raise ContentInvalid("case", exc.field) from exc
    return CasePlan(
        incoming.id,
        new_fields.display_name(),
        held is None,
        incoming.id in state.tombstones,
        tuple(changes),
        merged,
        new_fields,
        origin,
        False,
        refusals,
        incoming.record.created_at,
    )


def _after(plan: CasePlan, held: HeldCase | None) -> HeldCase:
    """Our copy of a case once `plan` is written."""
    versions = dict(held.versions) if held is not None else {}
    versions.update(plan.merged)
    if held is None:
        return HeldCase(plan.origin_org, plan.new_fields, plan.deleted_here, versions)
    return HeldCase(
        held.origin_org,
        plan.new_fields,
        held.deleted,
        versions,
        held.shared_fields,
        held.closed_by_sender,
    )


def plan_import(state: LocalState, content: ImportContent) -> ImportPlan:
    """What applying `content` to a vault in `state` does. Pure; raises ContentInvalid."""
    content, erased_here = without_erased(state, content)
    gate = gate_records(state, content)
    cases: dict[uuid.UUID, HeldCase] = dict(state.cases)
    plans: list[CasePlan] = []
    for incoming in content.cases:
        held = cases.get(incoming.id)
        plan = plan_case(state, held, incoming)
        plans.append(plan)
        if plan.writes:
            cases[incoming.id] = _after(plan, held)
    timeline = tuple(e for e in gate.timeline if e.record.case_id in cases)
    evaluations, skipped = plan_evaluations(state, content, frozenset(cases))
    attachments = tuple(a for a in gate.attachments if a.record.case_id in cases)
    return ImportPlan(
        bundle_id=content.bundle_id,
        sender_org_id=content.sender_org_id,
        cases=tuple(plans),
        timeline=timeline,
        attachments=attachments,
        evaluations=evaluations,
        examination_notes=tuple(n for n in gate.notes if n.case_id in cases),
        skipped_evaluations=skipped,
        deletions=plan_deletions(state, content, cases) if state.sender.is_own_node else (),
        closures=tuple(gate.closures),
        record_refusals=tuple(gate.refusals),
        erased_here=erased_here,
        latest_stamp=content.latest_stamp(),
    )
