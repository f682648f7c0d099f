"""Import, between verify and apply: what a bundle's sender may change here, record by record.

The rules live in exchange/admission.py (pure); this module reads what the vault holds (the
case's stored origin, which fields left to the sender, which records exist) and turns each
incoming record into a decision. `preview_import` and `apply_import` (services/imports.py) both
call these functions, so what the preview lists as refused is exactly what apply leaves out.
Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from casevault.domain.case import Case
from casevault.exchange.admission import (
    CaseRights,
    RecordKind,
    RefusalReason,
    admit_origin,
    rights_over_case,
    split_fields,
)
from casevault.exchange.content import (
    AttachmentRecord,
    CaseRecord,
    TimelineRecord,
    TombstoneRecord,
)
from casevault.exchange.merge import FieldVersion, merge_versions
from casevault.services.import_verify import StagedBundle
from casevault.vault import blobs
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partner_rights
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos import timeline as timeline_repo


@dataclass(frozen=True)
class BundleSender:
    """Who signed the bundle, and who we are."""

    org_id: str
    own_org_id: str

    @property
    def is_own_node(self) -> bool:
        """True for another laptop of our own organisation."""
        return self.org_id == self.own_org_id


def bundle_sender(conn: Connection, staged: StagedBundle) -> BundleSender:
    """The sender of a verified bundle, against our own organisation."""
    return BundleSender(staged.sender_org_id, org_repo.get_own_organisation(conn).id)


@dataclass(frozen=True)
class Refusal:
    """One incoming record (or some of its fields) not applied as sent, and why.

    `display_name` is the case's name as we hold it ("" for a case we do not hold: the sender's
    words are not shown as if they were ours). `count` groups records of one kind about one case
    refused for one reason; `claimed_origin` is the organisation id the record claimed, and
    `claimed_origin_name` our name for it (the start of its id if we do not know it)."""

    kind: RecordKind
    case_id: uuid.UUID
    display_name: str
    reason: RefusalReason
    fields: tuple[str, ...] = ()
    claimed_origin: str = ""
    claimed_origin_name: str = ""
    count: int = 1


def _org_name(conn: Connection, org_id: str) -> str:
    own = org_repo.get_own_organisation(conn)
    if org_id == own.id:
        return own.name
    try:
        return partner_repo.get_partner(conn, org_id).name
    except RecordNotFound:
        return org_id[:8]


def case_rights(conn: Connection, sender: BundleSender, case: Case) -> CaseRights:
    """The sender's rights over a case we hold."""
    shared = partner_rights.shared_fields(conn, str(case.id), sender.org_id)
    return rights_over_case(sender.org_id, sender.own_org_id, case.origin_org, shared)


@dataclass(frozen=True)
class CaseGate:
    """What of one incoming case record may be merged."""

    fields: frozenset[str]  # the fields whose versions are merged
    origin: str  # the origin a new case is stored with (an existing case keeps its own)
    refused: bool  # True: nothing of the record is applied
    refusals: tuple[Refusal, ...]


def _would_change(
    local: Mapping[str, tuple[FieldVersion, ...]],
    incoming: Mapping[str, tuple[FieldVersion, ...]],
    names: Iterable[str],
) -> tuple[str, ...]:
    return tuple(
        sorted(
            n for n in names if merge_versions(local.get(n, ()), incoming[n]) != local.get(n, ())
        )
    )


def gate_case(
    conn: Connection,
    sender: BundleSender,
    case_id: uuid.UUID,
    existing: Case | None,
    untrusted_origin: str,
    incoming: Mapping[str, tuple[FieldVersion, ...]],
    local: Mapping[str, tuple[FieldVersion, ...]],
) -> CaseGate:
    """Decide one case record. Refusals are listed only where the record would change something:
    a partner sending back, unchanged, what we gave it is not refused, just a no-op."""
    if existing is None:
        decision = admit_origin(sender.org_id, sender.own_org_id, untrusted_origin)
        if decision.origin is None:
            return CaseGate(frozenset(), "", True, ())  # caller fills in the refusal
        refusals: tuple[Refusal, ...] = ()
        if decision.refusal is not None:
            refusals = (
                Refusal(
                    RecordKind.CASE,
                    case_id,
                    "",
                    decision.refusal,
                    ("origin_org",),
                    untrusted_origin,
                    _org_name(conn, untrusted_origin),
                ),
            )
        return CaseGate(frozenset(incoming), decision.origin, False, refusals)
    rights = case_rights(conn, sender, existing)
    name = existing.fields.display_name()
    admitted, withheld = split_fields(rights, incoming)
    if not rights.shared:
        changed = _would_change(local, incoming, incoming)
        refusal = Refusal(
            RecordKind.CASE, existing.id, name, RefusalReason.CASE_NOT_SHARED, changed
        )
        return CaseGate(frozenset(), existing.origin_org, True, (refusal,) if changed else ())
    changed = _would_change(local, incoming, withheld)
    refusals = (
        (Refusal(RecordKind.CASE, existing.id, name, RefusalReason.FIELD_NOT_SHARED, changed),)
        if changed
        else ()
    )
    return CaseGate(admitted, existing.origin_org, False, refusals)


def new_case_refusal(conn: Connection, case_id: uuid.UUID, untrusted_origin: str) -> Refusal:
    """The refusal of a new case that claims our organisation as its origin."""
    return Refusal(
        RecordKind.CASE,
        case_id,
        "",
        RefusalReason.CLAIMS_OUR_ORIGIN,
        ("origin_org",),
        untrusted_origin,
        _org_name(conn, untrusted_origin),
    )


def _holds_case(conn: Connection, case_id: uuid.UUID) -> bool:
    try:
        case_repo.get_case(conn, case_id)
    except RecordNotFound:
        return False
    return True


def new_case_origins(
    conn: Connection, sender: BundleSender, records: Iterable[CaseRecord]
) -> dict[uuid.UUID, str]:
    """The cases a bundle will create, each with the origin it is admitted with (the same
    decision gate_case makes), so its timeline and attachments can be judged before any case
    is written."""
    origins: dict[uuid.UUID, str] = {}
    for record in records:
        if record.id in origins or _holds_case(conn, record.id):
            continue
        decision = admit_origin(sender.org_id, sender.own_org_id, record.origin_org)
        if decision.origin is not None:
            origins[record.id] = decision.origin
    return origins


@dataclass(frozen=True)
class ClosingNotice:
    """A partner deleted its copy of a case we hold: shown, stored as a notice, never applied."""

    case_id: uuid.UUID
    display_name: str
    closed_at: dt.datetime


@dataclass
class RecordGate:
    """Decisions about a bundle's timeline events, attachments and tombstones."""

    timeline_origins: dict[uuid.UUID, str] = field(default_factory=dict)  # admitted -> origin
    attachment_origins: dict[uuid.UUID, str] = field(default_factory=dict)
    deletions: list[TombstoneRecord] = field(default_factory=list)  # from our own laptops
    closures: list[ClosingNotice] = field(default_factory=list)  # a partner closed its copy
    refusals: list[Refusal] = field(default_factory=list)

    def refuse(self, refusal: Refusal) -> None:
        """Add a refusal, grouped with an earlier one of the same kind, case and reason."""
        for i, held in enumerate(self.refusals):
            if (held.kind, held.case_id, held.reason) == (
                refusal.kind,
                refusal.case_id,
                refusal.reason,
            ):
                self.refusals[i] = Refusal(
                    held.kind,
                    held.case_id,
                    held.display_name,
                    held.reason,
                    held.fields,
                    held.claimed_origin,
                    held.claimed_origin_name,
                    held.count + 1,
                )
                return
        self.refusals.append(refusal)


@dataclass(frozen=True)
class _Target:
    rights: CaseRights
    display_name: str


def _target(
    conn: Connection,
    sender: BundleSender,
    case_id: uuid.UUID,
    new_cases: Mapping[uuid.UUID, str],
    cache: dict[uuid.UUID, _Target | None],
) -> _Target | None:
    """The case a record is about, with the sender's rights; None if we hold no such case."""
    if case_id in cache:
        return cache[case_id]
    found: _Target | None
    try:
        case = case_repo.get_case(conn, case_id)
        found = _Target(case_rights(conn, sender, case), case.fields.display_name())
    except RecordNotFound:
        origin = new_cases.get(case_id)
        if origin is None:
            found = None
        else:  # created by this very bundle, with the origin its case record was admitted with
            found = _Target(rights_over_case(sender.org_id, sender.own_org_id, origin, None), "")
    cache[case_id] = found
    return found


def _gate_addition(
    conn: Connection,
    gate: RecordGate,
    kind: RecordKind,
    sender: BundleSender,
    target: _Target | None,
    case_id: uuid.UUID,
    untrusted_origin: str,
) -> str | None:
    """The origin to store a new timeline event or attachment with; None if it is refused."""
    if target is None:
        return None  # about a case we do not hold: it was not sent here (nothing to list)
    if not target.rights.shared:
        gate.refuse(Refusal(kind, case_id, target.display_name, RefusalReason.CASE_NOT_SHARED))
        return None
    decision = admit_origin(sender.org_id, sender.own_org_id, untrusted_origin)
    if decision.refusal is not None:
        name = _org_name(conn, untrusted_origin)
        gate.refuse(
            Refusal(
                kind, case_id, target.display_name, decision.refusal, (), untrusted_origin, name
            )
        )
    return decision.origin


def gate_records(
    conn: Connection,
    sender: BundleSender,
    staged: StagedBundle,
    new_cases: Mapping[uuid.UUID, str],
) -> RecordGate:
    """Decide every timeline event, attachment and tombstone of a bundle.

    `new_cases` maps the ids of cases this bundle creates to the origin they are admitted with.
    Records that already exist here are skipped without a decision (they change nothing)."""
    gate = RecordGate()
    cache: dict[uuid.UUID, _Target | None] = {}
    events: Iterable[TimelineRecord] = staged.timeline
    for event in events:
        if event.id in gate.timeline_origins or timeline_repo.event_exists(conn, event.id):
            continue
        target = _target(conn, sender, event.case_id, new_cases, cache)
        origin = _gate_addition(
            conn, gate, RecordKind.TIMELINE, sender, target, event.case_id, event.origin_org
        )
        if origin is not None:
            gate.timeline_origins[event.id] = origin
    attachments: Iterable[AttachmentRecord] = staged.attachments
    for attachment in attachments:
        if attachment.id in gate.attachment_origins or blobs.attachment_exists(conn, attachment.id):
            continue
        target = _target(conn, sender, attachment.case_id, new_cases, cache)
        origin = _gate_addition(
            conn,
            gate,
            RecordKind.ATTACHMENT,
            sender,
            target,
            attachment.case_id,
            attachment.origin_org,
        )
        if origin is not None:
            gate.attachment_origins[attachment.id] = origin
    for tomb in staged.tombstones:
        _gate_tombstone(conn, gate, sender, tomb, cache)
    return gate


def _gate_tombstone(
    conn: Connection,
    gate: RecordGate,
    sender: BundleSender,
    tomb: TombstoneRecord,
    cache: dict[uuid.UUID, _Target | None],
) -> None:
    """Our own laptops delete; a partner's deletion of a case it had becomes a notice."""
    if sender.is_own_node:
        gate.deletions.append(tomb)
        return
    target = _target(conn, sender, tomb.record_id, {}, cache)
    if target is None:
        return  # a case we do not hold: the partner's own business
    if not target.rights.shared:
        gate.refuse(
            Refusal(
                RecordKind.TOMBSTONE,
                tomb.record_id,
                target.display_name,
                RefusalReason.CASE_NOT_SHARED,
            )
        )
        return
    if not partner_rights.closure_exists(conn, str(tomb.record_id), sender.org_id):
        gate.closures.append(ClosingNotice(tomb.record_id, target.display_name, tomb.deleted_at))
