"""What the import plan needs to know of the receiving vault: a typed snapshot, no database.

services/import_state.py fills a `LocalState` in one read, limited to the records a bundle
touches (its case ids, timeline and attachment ids, evaluation and evaluator ids); the plan
(exchange/import_plan.py) reads nothing else. Tests build one by hand. Frozen: the plan
never changes it, it works on its own copies.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from casevault.domain.case import CaseFields
from casevault.exchange.merge import FieldVersion


@dataclass(frozen=True)
class BundleSender:
    """Who signed the bundle, and who we are."""

    org_id: str
    own_org_id: str

    @property
    def is_own_node(self) -> bool:
        """True for another laptop of our own organisation."""
        return self.org_id == self.own_org_id


@dataclass(frozen=True)
class HeldCase:
    """A case the vault holds, as far as the import rules look at it.

    `shared_fields` is what left to the bundle's sender (None: the case was never sent to
    it); `closed_by_sender` when that sender told us it closed its copy (None: it did not)."""

    origin_org: str
    fields: CaseFields
    deleted: bool
    versions: Mapping[str, tuple[FieldVersion, ...]]
    shared_fields: frozenset[str] | None = None
    closed_by_sender: dt.datetime | None = None


@dataclass(frozen=True)
class LocalState:
    """The part of the vault an import is judged against.

    Each collection holds only ids the bundle names; an id absent from it is not held here."""

    sender: BundleSender
    cases: Mapping[uuid.UUID, HeldCase] = field(default_factory=dict)
    tombstones: Mapping[uuid.UUID, dt.datetime] = field(default_factory=dict)  # case deletions
    erased: frozenset[uuid.UUID] = frozenset()  # cases erased here (erasure is final)
    timeline_events: frozenset[uuid.UUID] = frozenset()
    attachments: frozenset[uuid.UUID] = frozenset()
    evaluations: Mapping[uuid.UUID, str] = field(default_factory=dict)  # id -> organisation
    corrected: frozenset[tuple[uuid.UUID, str]] = frozenset()  # (superseded id, organisation)
    evaluators: Mapping[uuid.UUID, str] = field(default_factory=dict)  # id -> organisation
    revoked_signers: frozenset[str] = frozenset()  # organisations whose keys we revoked
    org_names: Mapping[str, str] = field(default_factory=dict)  # our words for organisations

    def org_name(self, org_id: str) -> str:
        """Our name for an organisation (the start of its id if we do not know it)."""
        return self.org_names.get(org_id, org_id[:8])
