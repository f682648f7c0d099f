"""Who may change what by import: the rights of a bundle's sender over one case. Pure, no I/O.

A verified signature says *who* sent a record, not that the sender may change what it names.
The rules (docs/sync.md, "What a partner may change"):

* our own organisation's other laptops (enrolled nodes) keep full rights over everything;
* a partner has full rights over a case that came from it (our stored origin is the sender);
* over a case we sent it, a partner may change only the fields that left to it (the union over
  every export to it); over a case it neither sent nor received, nothing;
* a record we do not hold yet may not claim our organisation as its origin (our records reach
  us from our own laptops, never from a partner); a claim of a third organisation is not
  believed either: the record is kept as coming from the sender, whose signature covers it.

services/admission.py feeds these functions with what the vault holds.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from casevault.domain.case import EDITABLE_FIELDS


class Standing(enum.StrEnum):
    """Why the sender may (or may not) change a case."""

    OWN_NODE = "own_node"  # another laptop of our organisation
    ORIGIN = "origin"  # the case came from the sender
    SHARED = "shared"  # we sent the case to the sender
    NONE = "none"  # neither: the sender has no business with this case


class RefusalReason(enum.StrEnum):
    """Why one incoming record (or part of one) was not applied as sent."""

    CASE_NOT_SHARED = "case_not_shared"  # the case was never sent to the sender nor came from it
    FIELD_NOT_SHARED = "field_not_shared"  # the field was withheld from the sender
    CLAIMS_OUR_ORIGIN = "claims_our_origin"  # a new record claims our organisation made it
    OTHER_ORIGIN = "other_origin"  # claims a third organisation: kept as the sender's own


class RecordKind(enum.StrEnum):
    """The kinds of record a refusal can be about."""

    CASE = "case"
    TIMELINE = "timeline"
    ATTACHMENT = "attachment"
    TOMBSTONE = "tombstone"


@dataclass(frozen=True)
class CaseRights:
    """What the sender of a bundle may change of one case."""

    standing: Standing
    fields: frozenset[str]

    @property
    def shared(self) -> bool:
        """True if the sender may add to this case at all (timeline, attachments, notices)."""
        return self.standing is not Standing.NONE


NO_RIGHTS = CaseRights(Standing.NONE, frozenset())


def rights_over_case(
    sender_org: str,
    own_org: str,
    stored_origin: str,
    shared_fields: frozenset[str] | None,
) -> CaseRights:
    """The sender's rights over a case we hold.

    `stored_origin` is the case's origin as we hold it; `shared_fields` what left to the sender
    (None: the case was never sent to it). Never raises."""
    if sender_org == own_org:
        return CaseRights(Standing.OWN_NODE, EDITABLE_FIELDS)
    if stored_origin == sender_org:
        return CaseRights(Standing.ORIGIN, EDITABLE_FIELDS)
    if shared_fields is None:
        return NO_RIGHTS
    return CaseRights(Standing.SHARED, shared_fields & EDITABLE_FIELDS)


@dataclass(frozen=True)
class OriginDecision:
    """What becomes of the origin a new record claims."""

    origin: str | None  # the origin to store; None: the record is refused
    refusal: RefusalReason | None  # set when the claim was not taken as sent


def admit_origin(sender_org: str, own_org: str, untrusted_origin: str) -> OriginDecision:
    """Decide the origin of a record we do not hold yet. Never raises.

    Our own laptops may bring records of any origin (they forward what partners sent). A partner
    may only bring its own: a claim of our organisation refuses the record; a claim of a third
    organisation is replaced by the sender, who is the one answerable for it."""
    if sender_org == own_org or untrusted_origin == sender_org:
        return OriginDecision(untrusted_origin, None)
    if untrusted_origin == own_org:
        return OriginDecision(None, RefusalReason.CLAIMS_OUR_ORIGIN)
    return OriginDecision(sender_org, RefusalReason.OTHER_ORIGIN)


def split_fields(
    rights: CaseRights, untrusted_fields: Iterable[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """(fields admitted, fields refused) of an incoming case record, under `rights`."""
    incoming = frozenset(untrusted_fields)
    return incoming & rights.fields, incoming - rights.fields
