"""Redaction: the contact channel and caseworker never leave under the standard profile."""

from __future__ import annotations

import pytest

from casevault.domain.case import EDITABLE_FIELDS, CaseFields
from casevault.exchange.redaction import (
    BUILTIN_PROFILES,
    DEFAULT_PROFILE,
    FULL,
    MINIMAL,
    RedactionProfile,
    UnknownProfileField,
)

CANARY = "Signal +99 canary 4411"


def _case() -> dict:
    return CaseFields(contact_channel=CANARY, caseworker="Anna", notes="n").model_dump(mode="json")


def test_standard_profile_withholds_contact_and_caseworker() -> None:
    redacted = BUILTIN_PROFILES[DEFAULT_PROFILE].apply(_case())
    assert "contact_channel" not in redacted
    assert "caseworker" not in redacted
    assert CANARY not in repr(redacted)
    assert redacted["notes"] == "n"


def test_full_and_minimal() -> None:
    assert set(FULL.apply(_case())) == EDITABLE_FIELDS
    assert "notes" not in MINIMAL.apply(_case())
    assert MINIMAL.withheld() >= {"notes", "contact_channel", "city"}


def test_profiles_name_only_real_fields() -> None:
    with pytest.raises(UnknownProfileField):
        RedactionProfile("bad", frozenset({"notes", "password"}))
