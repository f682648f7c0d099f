"""Redaction profiles: which case fields leave the organisation, per partner.

A profile is a named set of field names. Anything not in it is removed before a case is put in a
bundle, and so is never encrypted to the partner at all. The built-in `standard` profile leaves
out the contact channel and the caseworker (domain.case.SENSITIVE_FIELDS); `full` is for the
organisation's own laptops; `minimal` is for partners that only need to know who a man is and
where his case stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casevault.domain.case import EDITABLE_FIELDS, SENSITIVE_FIELDS

MAX_PROFILE_NAME = 40


class UnknownProfileField(ValueError):
    """A profile names a field that cases do not have."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


@dataclass(frozen=True)
class RedactionProfile:
    """A named set of fields that may leave."""

    name: str
    fields: frozenset[str]
    builtin: bool = False

    def __post_init__(self) -> None:
        unknown = self.fields - EDITABLE_FIELDS
        if unknown:
            raise UnknownProfileField(sorted(unknown)[0])

    def withheld(self) -> frozenset[str]:
        """Fields that stay home under this profile."""
        return EDITABLE_FIELDS - self.fields

    def apply(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A copy of a case's field dict with withheld fields removed (not blanked: absent)."""
        return {name: value for name, value in fields.items() if name in self.fields}


STANDARD = RedactionProfile("standard", EDITABLE_FIELDS - SENSITIVE_FIELDS, builtin=True)
FULL = RedactionProfile("full", EDITABLE_FIELDS, builtin=True)
MINIMAL = RedactionProfile(
    "minimal",
    frozenset(
        {
            "name_cyrillic",
            "name_latin",
            "aliases",
            "date_of_birth",
            "service_type",
            "status",
            "callup_date",
        }
    ),
    builtin=True,
)
BUILTIN_PROFILES = {p.name: p for p in (STANDARD, FULL, MINIMAL)}
DEFAULT_PROFILE = STANDARD.name
