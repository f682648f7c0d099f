"""The chronology of an asylum claim, built from typed timeline events, and what weakens it.

Since July 2023 the CNDA grants protection to men who fled mobilisation or deserted only when
they show they were actually called up, and it weighs the order of events: a departure before
any call-up, or a summons that only counted as delivered after he had left, weakens the claim.
This module orders the steps (call-up, exit ban, desertion or refusal, departure, each border
crossing, arrival, filing, interview, decision) and returns typed flags for every order that a
court could hold against him. The words are made at the edges (the dossier, the CLI).

Pure and deterministic: the same events in any order give the same chronology and the same
flags (entries are totally ordered by date, step, then content and id).
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from casevault.domain.case import TimelineEvent
from casevault.domain.timeline_kinds import (
    STEP_ORDER,
    CrossingDetails,
    EventKind,
    SummonsDetails,
)

# The call-up date recorded on the case itself (CaseFields.callup_date) sorts before a summons
# of the same day; it is shown, but it is not a proof by itself.
CASE_CALLUP = "case_callup"


@dataclass(frozen=True)
class ChronologyEntry:
    """One step: its date, kind, the event it came from (None: the case's call-up date)."""

    date: dt.date
    kind: EventKind | str  # an EventKind, or CASE_CALLUP
    text: str
    event_id: uuid.UUID | None = None
    summons: SummonsDetails | None = None
    crossing: CrossingDetails | None = None

    @property
    def delivered(self) -> dt.date | None:
        """For a summons: the date it counts as delivered."""
        return self.summons.delivered_on(self.date) if self.summons is not None else None

    def sort_key(self) -> tuple[dt.date, int, str, str, str]:
        """Date, then the usual order of steps, then content and id (a total order)."""
        rank = -1 if self.kind == CASE_CALLUP else STEP_ORDER[EventKind(self.kind)]
        delivered = self.delivered.isoformat() if self.delivered else ""
        return (self.date, rank, delivered + repr(self.crossing), self.text, str(self.event_id))


class FlagKind(StrEnum):
    """An order of events that would weaken the claim (in order of gravity)."""

    NO_SUMMONS = "no_summons"  # no summons recorded at all
    DEPARTURE_BEFORE_CALLUP = "departure_before_callup"
    SUMMONS_DELIVERED_AFTER_DEPARTURE = "summons_delivered_after_departure"
    NO_DEPARTURE = "no_departure"  # arrival or crossings, but no departure or crossing recorded
    ARRIVAL_BEFORE_DEPARTURE = "arrival_before_departure"
    CROSSING_BEFORE_DEPARTURE = "crossing_before_departure"
    CROSSINGS_DO_NOT_CHAIN = "crossings_do_not_chain"
    FILING_BEFORE_ARRIVAL = "filing_before_arrival"
    INTERVIEW_BEFORE_FILING = "interview_before_filing"
    DECISION_BEFORE_FILING = "decision_before_filing"


_FLAG_ORDER = {kind: rank for rank, kind in enumerate(FlagKind)}


@dataclass(frozen=True)
class ChronologyFlag:
    """One weakness: its kind and the dates it is about (earlier date first)."""

    kind: FlagKind
    dates: tuple[dt.date, ...] = ()

    def sort_key(self) -> tuple[int, tuple[dt.date, ...]]:
        """Gravity, then dates."""
        return (_FLAG_ORDER[self.kind], self.dates)


@dataclass(frozen=True)
class Chronology:
    """The ordered steps and the flags, both in a canonical order."""

    entries: tuple[ChronologyEntry, ...]
    flags: tuple[ChronologyFlag, ...]

    def of_kind(self, kind: EventKind) -> list[ChronologyEntry]:
        """The entries of one kind, in order."""
        return [entry for entry in self.entries if entry.kind == kind]


def _entry(event: TimelineEvent) -> ChronologyEntry | None:
    details = event.details()
    if details is None or details.kind is EventKind.NOTE:
        return None  # free kinds and notes are not steps of the claim
    return ChronologyEntry(
        date=event.date,
        kind=details.kind,
        text=event.text,
        event_id=event.id,
        summons=details if isinstance(details, SummonsDetails) else None,
        crossing=details if isinstance(details, CrossingDetails) else None,
    )


def build_chronology(
    events: Iterable[TimelineEvent], case_callup: dt.date | None = None
) -> Chronology:
    """Order the typed steps among `events` (plus the case's call-up date, if given) and flag
    every order that weakens the claim. Free kinds and notes are left out."""
    entries = [entry for entry in map(_entry, events) if entry is not None]
    if case_callup is not None:
        entries.append(ChronologyEntry(date=case_callup, kind=CASE_CALLUP, text=""))
    entries.sort(key=ChronologyEntry.sort_key)
    chronology = Chronology(tuple(entries), ())
    flags = sorted(set(_flags(chronology)), key=ChronologyFlag.sort_key)
    return Chronology(tuple(entries), tuple(flags))


def _first(chronology: Chronology, kind: EventKind) -> dt.date | None:
    found = chronology.of_kind(kind)
    return found[0].date if found else None


def _departure(chronology: Chronology) -> dt.date | None:
    """The day he left: the first departure, else the first border crossing."""
    return _first(chronology, EventKind.DEPARTURE) or _first(chronology, EventKind.CROSSING)


def _flags(chronology: Chronology) -> list[ChronologyFlag]:
    flags: list[ChronologyFlag] = []
    summonses = chronology.of_kind(EventKind.SUMMONS)
    callups = [e.date for e in chronology.entries if e.kind in (EventKind.SUMMONS, CASE_CALLUP)]
    departure = _departure(chronology)
    if not summonses:
        flags.append(ChronologyFlag(FlagKind.NO_SUMMONS))
    if departure is not None and callups and departure < min(callups):
        flags.append(ChronologyFlag(FlagKind.DEPARTURE_BEFORE_CALLUP, (departure, min(callups))))
    for summons in summonses:
        delivered = summons.delivered
        if departure is not None and delivered is not None and delivered > departure:
            flags.append(
                ChronologyFlag(FlagKind.SUMMONS_DELIVERED_AFTER_DEPARTURE, (departure, delivered))
            )
    arrival = _first(chronology, EventKind.ARRIVAL)
    if departure is None and arrival is not None:
        flags.append(ChronologyFlag(FlagKind.NO_DEPARTURE, (arrival,)))
    if departure is not None and arrival is not None and arrival < departure:
        flags.append(ChronologyFlag(FlagKind.ARRIVAL_BEFORE_DEPARTURE, (arrival, departure)))
    left = _first(chronology, EventKind.DEPARTURE)
    crossings = chronology.of_kind(EventKind.CROSSING)
    if left is not None and crossings and crossings[0].date < left:
        flags.append(ChronologyFlag(FlagKind.CROSSING_BEFORE_DEPARTURE, (crossings[0].date, left)))
    flags += _chain_breaks(crossings)
    flags += _pair(
        chronology, EventKind.ASYLUM_FILING, EventKind.ARRIVAL, FlagKind.FILING_BEFORE_ARRIVAL
    )
    flags += _pair(
        chronology, EventKind.INTERVIEW, EventKind.ASYLUM_FILING, FlagKind.INTERVIEW_BEFORE_FILING
    )
    flags += _pair(
        chronology, EventKind.DECISION, EventKind.ASYLUM_FILING, FlagKind.DECISION_BEFORE_FILING
    )
    return flags


def _chain_breaks(crossings: list[ChronologyEntry]) -> list[ChronologyFlag]:
    """Consecutive crossings where he enters one country and leaves from another."""
    breaks = []
    for before, after in itertools.pairwise(crossings):
        went_to = before.crossing.to_country if before.crossing else None
        came_from = after.crossing.from_country if after.crossing else None
        if went_to and came_from and went_to != came_from:
            breaks.append(
                ChronologyFlag(FlagKind.CROSSINGS_DO_NOT_CHAIN, (before.date, after.date))
            )
    return breaks


def _pair(
    chronology: Chronology, later: EventKind, earlier: EventKind, flag: FlagKind
) -> list[ChronologyFlag]:
    """Flag when the first `later` step comes before the first `earlier` one."""
    first_later, first_earlier = _first(chronology, later), _first(chronology, earlier)
    if first_later is not None and first_earlier is not None and first_later < first_earlier:
        return [ChronologyFlag(flag, (first_later, first_earlier))]
    return []
