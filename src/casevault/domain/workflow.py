"""Which status may follow which. The one place this rule lives."""

from __future__ import annotations

from casevault.domain.case import CaseStatus
from casevault.domain.errors import TransitionNotAllowed

S = CaseStatus

# Forward along the route, one step back where real cases do go back (a man in transit can be
# sent back into hiding), and every open case can be closed; a closed case can only be reopened
# at intake, so that it is looked at again from the start.
ALLOWED_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.INTAKE: frozenset({S.SCREENING, S.CLOSED}),
    S.SCREENING: frozenset({S.INTAKE, S.IN_HIDING, S.CLOSED}),
    S.IN_HIDING: frozenset({S.SCREENING, S.IN_TRANSIT, S.CLOSED}),
    S.IN_TRANSIT: frozenset({S.IN_HIDING, S.ARRIVED, S.CLOSED}),
    S.ARRIVED: frozenset({S.ASYLUM, S.CLOSED}),
    S.ASYLUM: frozenset({S.ARRIVED, S.CLOSED}),
    S.CLOSED: frozenset({S.INTAKE}),
}


def allowed_next(current: CaseStatus) -> frozenset[CaseStatus]:
    """Statuses a case in `current` may move to."""
    return ALLOWED_TRANSITIONS[current]


def check_transition(current: CaseStatus, requested: CaseStatus) -> None:
    """Raise TransitionNotAllowed unless `requested` may follow `current`.

    Keeping the same status is always allowed (a no-op).
    """
    if requested != current and requested not in ALLOWED_TRANSITIONS[current]:
        raise TransitionNotAllowed(current.value, requested.value)
