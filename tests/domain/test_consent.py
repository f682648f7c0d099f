"""domain/consent.py: the statement model's rules and the consent_for decision rule."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.domain.consent import (
    MAX_OVERRIDE_REASON,
    ConsentAction,
    ConsentMethod,
    ConsentRecord,
    ConsentStatus,
    consent_for,
    validate_consent_record,
    validate_override_reason,
)
from casevault.domain.errors import InvalidField
from casevault.domain.organisation import PartnerKind

CASE = uuid.UUID("00000000-0000-4000-8000-000000000001")
OTHER_CASE = uuid.UUID("00000000-0000-4000-8000-000000000002")
T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
BERLIN = "berlin-transit"
PARIS = "paris-lawyer"


def _record(
    day: int,
    action: ConsentAction = ConsentAction.GRANT,
    partner_id: str | None = BERLIN,
    kind: PartnerKind | None = None,
    case_id: uuid.UUID = CASE,
    **extra: Any,
) -> ConsentRecord:
    at = T0 + dt.timedelta(days=day)
    return validate_consent_record(
        {
            "id": uuid.uuid4(),
            "case_id": case_id,
            "action": action,
            "partner_id": partner_id,
            "partner_kind": kind,
            "method": ConsentMethod.MESSAGE,
            "given_at": at,
            "recorded_at": at,
            "recorded_by": "caseworker",
            **extra,
        }
    )


def _decide(
    records: list[ConsentRecord],
    day: int = 100,
    partner: str = BERLIN,
    kind: PartnerKind | None = PartnerKind.TRANSIT_NGO,
) -> ConsentStatus:
    at = T0 + dt.timedelta(days=day)
    return consent_for(records, partner, kind, at, case_id=CASE).status


def test_no_statement_means_none() -> None:
    decision = consent_for([], BERLIN, PartnerKind.TRANSIT_NGO, T0, case_id=CASE)
    assert decision.status is ConsentStatus.NONE
    assert decision.record is None
    assert not decision.allowed


def test_grant_by_partner_and_by_kind() -> None:
    grant = _record(1)
    decision = consent_for(
        [grant], BERLIN, PartnerKind.TRANSIT_NGO, T0 + dt.timedelta(2), case_id=CASE
    )
    assert decision.allowed
    assert decision.record == grant
    assert _decide([grant], partner=PARIS, kind=PartnerKind.LAWYER) is ConsentStatus.NONE
    lawyers = _record(1, partner_id=None, kind=PartnerKind.LAWYER)
    assert _decide([lawyers], partner=PARIS, kind=PartnerKind.LAWYER) is ConsentStatus.GRANTED
    assert _decide([lawyers], partner=PARIS, kind=None) is ConsentStatus.NONE


def test_latest_statement_decides_and_history_is_kept() -> None:
    grant = _record(1)
    withdrawal = _record(5, ConsentAction.WITHDRAW)
    regrant = _record(9)
    records = [regrant, withdrawal, grant]  # order given does not matter
    assert _decide(records, day=3) is ConsentStatus.GRANTED
    assert _decide(records, day=6) is ConsentStatus.WITHDRAWN
    assert _decide(records, day=10) is ConsentStatus.GRANTED
    assert _decide(records, day=0) is ConsentStatus.NONE  # before anything was said
    assert (
        consent_for(records, BERLIN, None, T0 + dt.timedelta(6), case_id=CASE).record == withdrawal
    )


def test_a_kind_withdrawal_covers_a_partner_grant() -> None:
    records = [_record(1), _record(2, ConsentAction.WITHDRAW, None, PartnerKind.TRANSIT_NGO)]
    assert _decide(records) is ConsentStatus.WITHDRAWN
    # A partner of another kind is not concerned by that withdrawal.
    assert _decide(records, kind=PartnerKind.LAWYER) is ConsentStatus.GRANTED


def test_withdrawal_wins_a_tie() -> None:
    records = [_record(3), _record(3, ConsentAction.WITHDRAW, None, PartnerKind.TRANSIT_NGO)]
    assert _decide(records) is ConsentStatus.WITHDRAWN


def test_records_of_another_case_are_ignored() -> None:
    assert _decide([_record(1, case_id=OTHER_CASE)]) is ConsentStatus.NONE


@given(st.lists(st.tuples(st.integers(0, 20), st.booleans()), max_size=8), st.integers(0, 25))
def test_decision_follows_the_latest_covering_event(
    events: list[tuple[int, bool]], day: int
) -> None:
    records = [
        _record(d, ConsentAction.GRANT if grant else ConsentAction.WITHDRAW) for d, grant in events
    ]
    past = [(d, grant) for d, grant in events if d <= day]
    status = _decide(records, day=day)
    if not past:
        assert status is ConsentStatus.NONE
    else:
        last_day = max(d for d, _ in past)
        grants_only = all(grant for d, grant in past if d == last_day)
        assert status is (ConsentStatus.GRANTED if grants_only else ConsentStatus.WITHDRAWN)


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"partner_id": None}, "scope"),
        ({"partner_kind": PartnerKind.LAWYER}, "scope"),
        ({"method": ConsentMethod.ORAL_WITNESSED}, "witness"),
        ({"witness": "Anna"}, "witness"),
        ({"attachment_id": uuid.uuid4()}, "attachment_id"),
        ({"method": ConsentMethod.OTHER}, "note"),
        ({"note": "x" * 2001}, "note"),
        ({"recorded_at": T0}, "given_at"),
        ({"given_at": dt.datetime(2024, 1, 2), "recorded_at": dt.datetime(2024, 1, 2)}, "given_at"),
        ({"partner_id": "bad id with spaces"}, "partner_id"),
    ],
)
def test_invalid_statements_name_the_field(extra: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidField) as caught:
        _record(1, **extra)
    assert caught.value.field == field


def test_valid_methods() -> None:
    oral = _record(1, method=ConsentMethod.ORAL_WITNESSED, witness="Anna K.")
    assert oral.witness == "Anna K."
    form = _record(1, method=ConsentMethod.SIGNED_FORM, attachment_id=uuid.uuid4())
    assert form.attachment_id is not None
    other = _record(1, method=ConsentMethod.OTHER, note="by letter")
    assert other.note == "by letter"
    with pytest.raises(ValueError, match="frozen"):
        other.note = "changed"  # type: ignore[misc]  # proving the model refuses it


def test_override_reason_bounds(uncommon_text: list[str]) -> None:
    assert validate_override_reason("  court deadline\nfor the hearing ") == (
        "court deadline\nfor the hearing"
    )
    for text in uncommon_text:
        assert validate_override_reason(text) == text.strip()
    for bad in ("", "   \n", "x" * (MAX_OVERRIDE_REASON + 1), "hidden \u202e text"):
        with pytest.raises(InvalidField) as caught:
            validate_override_reason(bad)
        assert caught.value.field == "override_reason"
