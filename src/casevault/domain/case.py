"""The Case: one man on file. Fields, their bounds, and the editable/derived split."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from casevault.domain.bounds import (
    CountryCode,
    LanguageCode,
    LongText,
    Name,
    SaneDate,
    ShortList,
    ShortText,
    Tag,
    TimelineText,
)
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem, invalid_field_from, refuse
from casevault.domain.timeline_kinds import AnyDetails, parse_kind


class ServiceType(StrEnum):
    """How the man came to serve; lawyers need this for the asylum file."""

    MOBILISED = "mobilised"
    CONTRACT = "contract"
    CONSCRIPT = "conscript"
    UNKNOWN = "unknown"


class CaseStatus(StrEnum):
    """Where the case stands.

    'Cleared' is deliberately not a status: it is derived from screening (domain/clearance).
    """

    INTAKE = "intake"
    SCREENING = "screening"
    IN_HIDING = "in_hiding"
    IN_TRANSIT = "in_transit"
    ARRIVED = "arrived"
    ASYLUM = "asylum"
    CLOSED = "closed"


class Risk(StrEnum):
    """How exposed the man is right now."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class PersonName(BaseModel):
    """A name in one script. All parts optional: documents often show only some of them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    surname: Name = ""
    given: Name = ""
    patronymic: Name = ""

    def display(self) -> str:
        """The name as one line, surname first (the order used on Russian documents)."""
        return " ".join(part for part in (self.surname, self.given, self.patronymic) if part)


class CaseFields(BaseModel):
    """Everything a caseworker edits on a case. Every field is bounded (see bounds.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name_cyrillic: PersonName = PersonName()
    name_latin: PersonName = PersonName()
    aliases: list[Name] = ShortList
    date_of_birth: SaneDate | None = None
    place_of_birth: ShortText = ""
    service_type: ServiceType = ServiceType.UNKNOWN
    unit: ShortText = ""
    rank: ShortText = ""
    callup_date: SaneDate | None = None
    callup_proof: ShortText = ""
    country: CountryCode | None = None
    city: ShortText = ""
    status: CaseStatus = CaseStatus.INTAKE
    risk: Risk = Risk.MEDIUM
    contact_channel: ShortText = ""
    languages: list[LanguageCode] = ShortList
    caseworker: ShortText = ""
    tags: list[Tag] = ShortList
    notes: LongText = ""

    @field_validator("date_of_birth")
    @classmethod
    def _born_in_the_past(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and value > dt.date.today():
            raise refuse(Problem.DATE_IN_FUTURE, "date of birth is in the future")
        return value

    @field_validator("tags", "languages", "aliases")
    @classmethod
    def _no_duplicates(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))

    def display_name(self) -> str:
        """The best single-line name for lists: Cyrillic if known, else Latin, else an alias."""
        return (
            self.name_cyrillic.display()
            or self.name_latin.display()
            or (self.aliases[0] if self.aliases else "")
        )


EDITABLE_FIELDS: frozenset[str] = frozenset(CaseFields.model_fields)
# Fields that never leave the organisation unless a redaction profile says so explicitly.
SENSITIVE_FIELDS: frozenset[str] = frozenset({"contact_channel", "caseworker"})


class Case(BaseModel):
    """A stored case: the editable fields plus identity and bookkeeping."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    origin_org: str = Field(max_length=64)
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted: bool = False
    fields: CaseFields


class TimelineEvent(BaseModel):
    """Something that happened in a case: a call, a crossing, a document received."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    case_id: uuid.UUID
    date: SaneDate
    # A free word ("note", "call") or a typed asylum step in its canonical form
    # ("summons;channel=sms"): domain/timeline_kinds.py. Kept one string for old vaults and peers.
    kind: ShortText = "note"
    text: TimelineText
    created_at: dt.datetime

    def details(self) -> AnyDetails | None:
        """The typed step this event records, or None for a free kind (treated as a note)."""
        return parse_kind(self.kind)


def new_case_id() -> uuid.UUID:
    """A global, random case id (UUID4), unique across organisations without coordination."""
    return uuid.uuid4()


def validate_fields(data: dict[str, Any]) -> CaseFields:
    """Build CaseFields from untrusted input; raise InvalidField naming the first bad field."""
    try:
        return CaseFields.model_validate(data)
    except ValidationError as exc:
        raise invalid_field_from(exc, "case") from exc


def apply_changes(current: CaseFields, changes: dict[str, Any]) -> CaseFields:
    """Return new fields with `changes` applied and validated; unknown field names are refused."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise InvalidField(sorted(unknown)[0], Problem.UNKNOWN_FIELD)
    merged = current.model_dump(mode="json")
    for name, value in changes.items():
        # A name is edited part by part: {"name_latin": {"given": "Ivan"}} keeps the surname.
        if isinstance(value, dict) and isinstance(merged.get(name), dict):
            merged[name] = {**merged[name], **value}
        else:
            merged[name] = value
    return validate_fields(merged)


def changed_fields(old: CaseFields, new: CaseFields) -> list[str]:
    """Names of the fields whose values differ, in declaration order."""
    return [name for name in CaseFields.model_fields if getattr(old, name) != getattr(new, name)]


_LIST_FIELDS = ("aliases", "languages", "tags")


def fill_from(kept: CaseFields, absorbed: CaseFields) -> dict[str, Any]:
    """Changes that give `kept` what only `absorbed` knows (used when merging two cases).

    Empty fields of `kept` take the absorbed value; lists are united; nothing `kept` already
    holds is overwritten. Name parts are filled one by one.
    """
    defaults = CaseFields().model_dump(mode="json")
    mine = kept.model_dump(mode="json")
    theirs = absorbed.model_dump(mode="json")
    changes: dict[str, Any] = {}
    for name in CaseFields.model_fields:
        if name in _LIST_FIELDS:
            union = list(dict.fromkeys([*mine[name], *theirs[name]]))
            if union != mine[name]:
                changes[name] = union
        elif isinstance(mine[name], dict):
            parts = {k: v for k, v in theirs[name].items() if v and not mine[name].get(k)}
            if parts:
                changes[name] = parts
        elif mine[name] == defaults[name] and theirs[name] != defaults[name]:
            changes[name] = theirs[name]
    return changes
