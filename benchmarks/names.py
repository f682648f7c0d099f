"""Name search (transliterated, fuzzy) p95 against the plain FTS5 query on the same vault.

Runs on the vault `storage.build` filled. Queries are drawn from stored names and respelled the
ways people type them: Cyrillic, passport Latin, other romanisations (German w/sch, French
ou/tch, -off), one-letter typos, and "surname given" pairs. The baseline is the same text given
to the plain full-text query (`search_cases`, FTS5 prefix match) in the same run, so the ratio is
the price of transliteration and fuzziness. Measured through the public `search_names` service;
benchmarks/name_search.py stays the standalone tool of the name-search work.
"""

from __future__ import annotations

import random
import time

from benchmarks.report import Report, Row, ms, p95
from benchmarks.storage import Built
from casevault.services.name_search import search_names
from casevault.synthetic.transliterate import to_latin
from casevault.vault.repos import case_search

QUERIES = 300
_RESPELL = (("kh", "ch"), ("v", "w"), ("sh", "sch"), ("ch", "tch"), ("u", "ou"), ("ia", "ja"))


def queries(names: list[tuple[str, str]], count: int, rng: random.Random) -> list[str]:
    """`count` queries in five kinds, drawn from (surname, given) pairs in Cyrillic."""
    found: list[str] = []
    for _ in range(count):
        surname, given = rng.choice(names)
        latin = to_latin(surname)
        kind = rng.randrange(5)
        if kind == 0:
            found.append(surname)
        elif kind == 1:
            found.append(latin)
        elif kind == 2:
            for old, new in rng.sample(_RESPELL, 2):
                latin = latin.replace(old, new)
            found.append(latin + ("ff" if latin.endswith("ov") else ""))
        elif kind == 3 and len(latin) > 4:
            i = rng.randrange(1, len(latin) - 1)
            found.append(latin[:i] + rng.choice("aeiknrst") + latin[i + 1 :])
        else:
            found.append(f"{latin} {to_latin(given)}")
    return found


def run(report: Report, built: Built) -> None:
    """p95 of search_names and of the plain FTS5 query over the same queries, same vault."""
    names = [(d.fields.name_cyrillic.surname, d.fields.name_cyrillic.given) for d in built.data]
    mix = queries(names, QUERIES, random.Random(11))
    session = built.session
    fuzzy: list[float] = []
    plain: list[float] = []
    hits = 0
    for query in mix:
        start = time.perf_counter()
        hits += bool(search_names(session, query, limit=50))
        fuzzy.append(time.perf_counter() - start)
        start = time.perf_counter()
        with session.vault.reading() as conn:
            case_search.search_cases(conn, query, 50)
        plain.append(time.perf_counter() - start)
    ratio = p95(fuzzy) / p95(plain)
    report.add(
        Row(
            f"name search p95 at {built.count:,} ({hits}/{len(mix)} queries found a case)",
            ms(p95(fuzzy)),
            f"FTS5 {ms(p95(plain))}",
            ratio,
            "≤ 20 ms and ≤ 5x",
            p95(fuzzy) <= 0.020 and ratio <= 5.0,
        )
    )
    built.costs["name search p95"] = p95(fuzzy)
