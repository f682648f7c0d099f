"""Plain words for timeline kinds and chronology flags on the command line.

The words for the dossier itself are in gui/reports/asylum_dossier_text.py (they follow the
dossier's
language, not the UI's); these follow `--lang`.
"""

from __future__ import annotations

from casevault.cli.formatting import show_date
from casevault.cli.i18n import N_, _
from casevault.domain.case import TimelineEvent
from casevault.domain.chronology import CASE_CALLUP, ChronologyEntry, ChronologyFlag, FlagKind
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem
from casevault.domain.timeline_kinds import (
    AnyDetails,
    CrossingDetails,
    EventKind,
    SummonsChannel,
    SummonsDetails,
    make_details,
)

KIND_WORDS = {
    EventKind.SUMMONS: N_("Summons"),
    EventKind.EXIT_BAN: N_("Exit ban"),
    EventKind.DESERTION: N_("Desertion"),
    EventKind.REFUSAL: N_("Refusal to serve"),
    EventKind.DEPARTURE: N_("Departure"),
    EventKind.CROSSING: N_("Border crossing"),
    EventKind.ARRIVAL: N_("Arrival"),
    EventKind.ASYLUM_FILING: N_("Asylum application filed"),
    EventKind.INTERVIEW: N_("Interview"),
    EventKind.DECISION: N_("Decision"),
    EventKind.NOTE: N_("Note"),
    CASE_CALLUP: N_("Call-up date recorded on the case"),
}
CHANNEL_WORDS = {
    SummonsChannel.PAPER: N_("paper"),
    SummonsChannel.SMS: N_("SMS"),
    SummonsChannel.REGISTER: N_("Gosuslugi register"),
}
FLAG_WORDS = {
    FlagKind.NO_SUMMONS: N_(
        "No summons is recorded. Since July 2023 the CNDA asks for proof that he was actually "
        "called up: record every summons with its channel."
    ),
    FlagKind.DEPARTURE_BEFORE_CALLUP: N_(
        "He left ({0}) before the first proof of call-up ({1}): a court may find he was not "
        "fleeing mobilisation."
    ),
    FlagKind.SUMMONS_DELIVERED_AFTER_DEPARTURE: N_(
        "A summons counts as delivered only after he left (left {0}, delivered {1})."
    ),
    FlagKind.NO_DEPARTURE: N_("He arrived ({0}) but no departure or border crossing is recorded."),
    FlagKind.ARRIVAL_BEFORE_DEPARTURE: N_("The arrival ({0}) is dated before the departure ({1})."),
    FlagKind.CROSSING_BEFORE_DEPARTURE: N_(
        "A border crossing ({0}) is dated before the departure ({1})."
    ),
    FlagKind.CROSSINGS_DO_NOT_CHAIN: N_(
        "Two border crossings do not follow on ({0} and {1}): he leaves from a country he did "
        "not enter."
    ),
    FlagKind.FILING_BEFORE_ARRIVAL: N_(
        "The asylum application ({0}) is dated before the arrival ({1})."
    ),
    FlagKind.INTERVIEW_BEFORE_FILING: N_(
        "The interview ({0}) is dated before the asylum application ({1})."
    ),
    FlagKind.DECISION_BEFORE_FILING: N_(
        "The decision ({0}) is dated before the asylum application ({1})."
    ),
}


def _details_words(summons: SummonsDetails | None, crossing: CrossingDetails | None) -> str:
    if summons is not None:
        return _(CHANNEL_WORDS[summons.channel])
    if crossing is not None and (crossing.from_country or crossing.to_country):
        return f"{crossing.from_country or '?'} → {crossing.to_country or '?'}"
    return ""


def event_kind_words(event: TimelineEvent) -> str:
    """The kind of an event in words: "Summons (SMS, delivered 2025-03-08)"; a free kind as
    it is."""
    details = event.details()
    if details is None:
        return event.kind
    words = _(KIND_WORDS[details.kind])
    summons = details if isinstance(details, SummonsDetails) else None
    crossing = details if isinstance(details, CrossingDetails) else None
    extra = _details_words(summons, crossing)
    if summons is not None:
        extra = _("{channel}, counts as delivered {date}").format(
            channel=extra, date=show_date(summons.delivered_on(event.date))
        )
    return f"{words} ({extra})" if extra else words


def entry_words(entry: ChronologyEntry) -> str:
    """One chronology step in words, without its date."""
    words = _(KIND_WORDS[entry.kind])
    extra = _details_words(entry.summons, entry.crossing)
    if entry.delivered is not None:
        extra = _("{channel}, counts as delivered {date}").format(
            channel=extra, date=show_date(entry.delivered)
        )
    return f"{words} ({extra})" if extra else words


def flag_words(flag: ChronologyFlag) -> str:
    """The flag as a plain sentence with its dates."""
    return _(FLAG_WORDS[flag.kind]).format(*(show_date(day) for day in flag.dates))


def typed_kind(kind: str, **details: object) -> str | AnyDetails:
    """What `timeline add` stores: typed details for a typed kind, else the free word.

    Raises InvalidField when details are given for a kind that has none (e.g. `--channel` on a
    departure or on a free word), or are missing or wrong (a summons without `--channel`).
    """
    given = {name: value for name, value in details.items() if value is not None}
    if kind in {k.value for k in EventKind}:
        return make_details(kind, **given)
    if given:
        raise InvalidField(f"kind.{sorted(given)[0]}", Problem.NOT_A_DETAIL_OF_KIND)
    return kind
