"""How often two DIFFERENT synthetic men are flagged as possible duplicates (target: <= 1%).

Draws pairs of synthetic cases (casevault.synthetic, fixed seed) whose Cyrillic surname+given
name differ, shows the second man in Latin script half of the time (as a partner's vault would),
and applies the duplicate rule of casevault.domain.names. Prints three figures:

* flagged: the real rule (names in any spelling + date of birth equal or missing);
* flagged, no dates: the same pairs with both dates of birth removed (names alone decide);
* same surname pairs: only pairs sharing a surname, without dates (the hardest case).

Usage: PYTHONPATH=src python benchmarks/name_precision.py [pairs] [seed]
"""

from __future__ import annotations

import random
import sys

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.names import duplicate_reasons
from casevault.synthetic.generator import make_case


def _in_latin(fields: CaseFields) -> CaseFields:
    return fields.model_copy(update={"name_cyrillic": PersonName()})


def _key(fields: CaseFields) -> tuple[str, str]:
    return fields.name_cyrillic.surname, fields.name_cyrillic.given


def main(pairs: int = 10_000, seed: int = 2026) -> None:
    rng = random.Random(seed)
    flagged = flagged_no_dates = 0
    same_surname = same_surname_flagged = 0
    done = 0
    while done < pairs:
        a, b = make_case(rng, notes_chars=0).fields, make_case(rng, notes_chars=0).fields
        if _key(a) == _key(b):
            continue  # the same name: not a pair of *different* names
        if rng.random() < 0.5:
            b = _in_latin(b)
        done += 1
        flagged += bool(duplicate_reasons(a, b))
        a_nd = a.model_copy(update={"date_of_birth": None})
        b_nd = b.model_copy(update={"date_of_birth": None})
        flagged_no_dates += bool(duplicate_reasons(a_nd, b_nd))
    rng = random.Random(seed + 1)
    while same_surname < pairs // 10:
        a, b = make_case(rng, notes_chars=0).fields, make_case(rng, notes_chars=0).fields
        b = b.model_copy(
            update={
                "name_cyrillic": b.name_cyrillic.model_copy(
                    update={"surname": a.name_cyrillic.surname}
                ),
                "name_latin": a.name_latin.model_copy(update={"given": b.name_latin.given}),
            }
        )
        if _key(a) == _key(b):
            continue
        same_surname += 1
        same_surname_flagged += bool(
            duplicate_reasons(
                a.model_copy(update={"date_of_birth": None}),
                b.model_copy(update={"date_of_birth": None}),
            )
        )
    print(f"pairs of different names: {pairs} (seed {seed}; half shown in Latin script)")
    print(f"flagged as possible duplicates: {flagged} = {100 * flagged / pairs:.2f}%")
    print(
        f"flagged, dates of birth removed: {flagged_no_dates}"
        f" = {100 * flagged_no_dates / pairs:.2f}%"
    )
    print(
        f"same surname, other given name or patronymic, no dates: {same_surname_flagged}"
        f"/{same_surname} = {100 * same_surname_flagged / same_surname:.2f}%"
    )


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
