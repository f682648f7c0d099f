"""Status transitions: the workflow rule, without a database."""

from __future__ import annotations

import pytest

from casevault.domain.case import CaseStatus
from casevault.domain.errors import TransitionNotAllowed
from casevault.domain.workflow import ALLOWED_TRANSITIONS, allowed_next, check_transition

S = CaseStatus


@pytest.mark.parametrize(
    ("current", "requested"),
    [
        (S.INTAKE, S.SCREENING),
        (S.SCREENING, S.IN_HIDING),
        (S.IN_TRANSIT, S.ARRIVED),
        (S.ARRIVED, S.ASYLUM),
        (S.ASYLUM, S.CLOSED),
        (S.CLOSED, S.INTAKE),
        (S.IN_TRANSIT, S.IN_HIDING),
    ],
)
def test_allowed(current: CaseStatus, requested: CaseStatus) -> None:
    check_transition(current, requested)


@pytest.mark.parametrize(
    ("current", "requested"),
    [
        (S.INTAKE, S.IN_TRANSIT),
        (S.INTAKE, S.ASYLUM),
        (S.SCREENING, S.ARRIVED),
        (S.CLOSED, S.ASYLUM),
        (S.ARRIVED, S.INTAKE),
    ],
)
def test_refused(current: CaseStatus, requested: CaseStatus) -> None:
    with pytest.raises(TransitionNotAllowed) as info:
        check_transition(current, requested)
    assert (info.value.current, info.value.requested) == (current.value, requested.value)


def test_every_status_has_a_way_out_and_same_status_is_a_no_op() -> None:
    assert set(ALLOWED_TRANSITIONS) == set(CaseStatus)
    for status in CaseStatus:
        check_transition(status, status)
        assert allowed_next(status)
        if status is not S.CLOSED:
            assert S.CLOSED in allowed_next(status)


def test_screening_cannot_be_skipped() -> None:
    """A man reaches hiding/transit support only through screening."""
    for target in (S.IN_HIDING, S.IN_TRANSIT, S.ARRIVED, S.ASYLUM):
        assert target not in allowed_next(S.INTAKE)
