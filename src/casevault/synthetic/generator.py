"""Generate synthetic cases (as CaseFields) and timeline events, deterministically from a seed."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from casevault.domain.case import CaseFields, CaseStatus, PersonName, Risk, ServiceType
from casevault.synthetic import wordlists as words
from casevault.synthetic.transliterate import to_latin

TODAY = dt.date(2026, 11, 1)  # fixed, so the same seed gives the same data on any day


# Most men these organisations help were mobilised; contract soldiers and conscripts are fewer.
_SERVICE_WEIGHTS = [ServiceType.MOBILISED] * 3 + [ServiceType.CONTRACT, ServiceType.CONSCRIPT]


@dataclass(frozen=True)
class SyntheticCase:
    """One generated case and its timeline entries (date, kind, text)."""

    fields: CaseFields
    timeline: tuple[tuple[dt.date, str, str], ...]


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _notes(rng: random.Random, town: str, target_chars: int) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < target_chars:
        parts.append(rng.choice(words.NOTE_SENTENCES).format(town=town))
    return " ".join(parts)


def make_case(rng: random.Random, notes_chars: int = 300) -> SyntheticCase:
    """One invented man's case."""
    surname = rng.choice(words.SURNAMES)
    given = rng.choice(words.GIVEN_NAMES)
    patronymic = rng.choice(words.PATRONYMIC_BASES)
    town = rng.choice(words.TOWNS)
    country = rng.choice(words.COUNTRIES)
    born = _date_between(rng, dt.date(1968, 1, 1), dt.date(2005, 12, 31))
    callup = _date_between(rng, dt.date(2022, 9, 21), dt.date(2026, 6, 30))
    status = rng.choice(list(CaseStatus))
    fields = CaseFields(
        name_cyrillic=PersonName(surname=surname, given=given, patronymic=patronymic),
        name_latin=PersonName(surname=to_latin(surname), given=to_latin(given)),
        aliases=[f"{to_latin(given)[0]}. {to_latin(surname)}"] if rng.random() < 0.2 else [],
        date_of_birth=born if rng.random() < 0.9 else None,
        place_of_birth=town,
        service_type=rng.choice(_SERVICE_WEIGHTS),
        unit=f"в/ч {rng.randint(10000, 99999)}, {rng.choice(words.UNIT_KINDS)}",
        rank=rng.choice(words.RANKS),
        callup_date=callup,
        callup_proof=rng.choice(["", "повестка (фото)", "военный билет", "приказ о призыве"]),
        country=country,
        city=rng.choice(words.CITIES[country]),
        status=status,
        risk=rng.choice(list(Risk)),
        contact_channel=f"Signal +99{rng.randint(10_000_000, 99_999_999)}",
        languages=["ru"] + (["en"] if rng.random() < 0.3 else []),
        caseworker=rng.choice(words.CASEWORKERS),
        tags=rng.sample(words.TAGS, rng.randint(0, 3)),
        notes=_notes(rng, town, notes_chars),
    )
    events = tuple(
        sorted(
            (
                _date_between(rng, callup, TODAY),
                rng.choice(["call", "meeting", "document", "travel", "note"]),
                rng.choice(words.TIMELINE_TEXTS),
            )
            for _ in range(rng.randint(0, 3))
        )
    )
    return SyntheticCase(fields, events)


def generate_cases(count: int, seed: int, notes_chars: int = 300) -> Iterator[SyntheticCase]:
    """`count` cases, the same ones for the same seed."""
    rng = random.Random(seed)
    for _ in range(count):
        yield make_case(rng, notes_chars)
