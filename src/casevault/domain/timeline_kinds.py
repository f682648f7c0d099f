"""Typed timeline events: the steps of the asylum path, with their structured details.

A timeline event's `kind` has always been a short free string ("note", "call", ...), stored in
the vault and carried in bundles as it is. The asylum steps keep that one string and write their
details into it in a small canonical form, so that nothing changes for old vaults or for old
partners (docs/spec/content-records.md, "timeline"):

    summons;channel=register;delivered=2025-03-17
    crossing;from=RU;to=GE
    departure

The first part names the kind; `key=value` pairs follow in a fixed order, absent values are left
out. A partner running an older CaseVault stores and shows the string as it is (an unknown kind
is shown verbatim there); this version parses it back into a validated model (`parse_kind`).
A string that is not exactly the canonical form of a valid model (an old free kind such as
"call", or a detail a newer version added) is a *free* kind: shown as it is and treated like a
note, never refused, so that a newer partner's events cannot break an import here.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from casevault.domain.bounds import CountryCode, SaneDate
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem, invalid_field_from

# A summons placed in the Gosuslugi register counts as delivered seven days after it was placed
# (federal law 127-FZ as amended in April 2023), unless an earlier date is known.
REGISTER_DELIVERY_DELAY = dt.timedelta(days=7)


class EventKind(StrEnum):
    """The typed kinds, in the order the steps usually happen (used to break date ties)."""

    SUMMONS = "summons"
    EXIT_BAN = "exit_ban"
    DESERTION = "desertion"
    REFUSAL = "refusal"
    DEPARTURE = "departure"
    CROSSING = "crossing"
    ARRIVAL = "arrival"
    ASYLUM_FILING = "asylum_filing"
    INTERVIEW = "interview"
    DECISION = "decision"
    NOTE = "note"


STEP_ORDER: dict[EventKind, int] = {kind: rank for rank, kind in enumerate(EventKind)}


class SummonsChannel(StrEnum):
    """How a summons reached the man."""

    PAPER = "paper"
    SMS = "sms"
    REGISTER = "register"  # the Gosuslugi / unified register of summonses


class SummonsDetails(BaseModel):
    """A summons: its channel and, when known, the date it counts as delivered."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal[EventKind.SUMMONS] = EventKind.SUMMONS
    channel: SummonsChannel
    delivered: SaneDate | None = None

    def delivered_on(self, event_date: dt.date) -> dt.date:
        """The date the summons counts as delivered.

        A known date wins. Otherwise a register summons counts as delivered 7 days after it was
        placed (`event_date`); a paper or SMS summons on the day it was handed or sent.
        """
        if self.delivered is not None:
            return self.delivered
        if self.channel is SummonsChannel.REGISTER:
            return event_date + REGISTER_DELIVERY_DELAY
        return event_date


class CrossingDetails(BaseModel):
    """A border crossing: from and to which country (ISO 3166-1 alpha-2), when known."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal[EventKind.CROSSING] = EventKind.CROSSING
    from_country: CountryCode | None = None
    to_country: CountryCode | None = None


_PLAIN_KINDS = Literal[
    EventKind.EXIT_BAN,
    EventKind.DESERTION,
    EventKind.REFUSAL,
    EventKind.DEPARTURE,
    EventKind.ARRIVAL,
    EventKind.ASYLUM_FILING,
    EventKind.INTERVIEW,
    EventKind.DECISION,
    EventKind.NOTE,
]


class PlainDetails(BaseModel):
    """A typed step with no details beyond its date and text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: _PLAIN_KINDS


AnyDetails: TypeAlias = SummonsDetails | CrossingDetails | PlainDetails


class _Holder(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    details: Annotated[AnyDetails, Field(discriminator="kind")]


# Wire key -> model attribute, in the canonical order of the encoded form.
_KEYS: dict[EventKind, tuple[tuple[str, str], ...]] = {
    EventKind.SUMMONS: (("channel", "channel"), ("delivered", "delivered")),
    EventKind.CROSSING: (("from", "from_country"), ("to", "to_country")),
}


def make_details(kind: str, **values: object) -> AnyDetails:
    """A validated details model for `kind`; raises InvalidField naming the bad detail.

    `values` are the model's attributes (channel, delivered, from_country, to_country); None
    values are left out.
    """
    data = {"kind": kind, **{k: v for k, v in values.items() if v is not None}}
    try:
        return _Holder.model_validate({"details": data}).details
    except ValidationError as exc:
        first = exc.errors()[0]
        # loc is ("details", <kind tag>, <attribute>) or ("details",) for an unknown kind.
        attribute = str(first["loc"][-1]) if len(first["loc"]) > 2 else ""
        found = invalid_field_from(exc, "kind")
        raise InvalidField(
            f"kind.{attribute}" if attribute else "kind",
            found.problem,
            limit=found.limit,
            choices=found.choices,
        ) from exc


_KIND_NAMES = frozenset(kind.value for kind in EventKind)


def encode_kind(details: AnyDetails) -> str:
    """The canonical string stored and sent for `details` (at most ~50 characters)."""
    parts = [details.kind.value]
    for wire_key, attribute in _KEYS.get(details.kind, ()):
        value = getattr(details, attribute)
        if value is not None:
            parts.append(f"{wire_key}={value.isoformat() if isinstance(value, dt.date) else value}")
    return ";".join(parts)


def parse_kind(text: str) -> AnyDetails | None:
    """The typed details a kind string stands for, or None for a free kind.

    Never raises: anything that is not exactly the canonical encoding of a valid model (old
    free kinds, unknown details from a newer version, malformed text from a partner) is None.
    """
    head, *pairs = text.split(";")
    if head not in _KIND_NAMES:
        return None
    kind = EventKind(head)
    known = dict(_KEYS.get(kind, ()))
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key not in known or known[key] in values:
            return None
        values[known[key]] = value
    try:
        details = _Holder.model_validate({"details": {"kind": kind.value, **values}}).details
    except ValidationError:
        return None
    return details if encode_kind(details) == text else None


def is_reserved(text: str) -> bool:
    """True if `text` starts with a typed kind's name (then it must parse to be written here)."""
    return text.split(";", 1)[0] in _KIND_NAMES - {EventKind.NOTE.value}


def check_local_kind(text: str) -> str:
    """`text` if it may be written by this vault: a free kind, or a canonical typed kind.

    Raises InvalidField("kind", ...) for a typed kind with missing or bad details (e.g. a
    summons without its channel), so that a typing slip does not silently become a note.
    """
    if is_reserved(text) and parse_kind(text) is None:
        raise InvalidField("kind", Problem.DETAILS_MISSING)
    return text
