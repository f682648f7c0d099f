"""Names after one typing slip: recall per slip kind and alphabet, and false duplicate flags,
for this code and for an older commit (the baseline), on the same generated data in one run.

Data (generated here, never a list of real names): surnames built from Russian syllables and
surname suffixes (-ов, -ев, -ин, -ский, -енко, ...), given names and patronymics from the
synthetic word lists, dates of birth at random. Each man is stored with his Cyrillic name and
its passport Latin form (or a French romanisation for a third of them, as a partner's file).

Queries: a stored surname, in Cyrillic or in its stored Latin form, with exactly one slip of
one kind: neighbouring key (ЙЦУКЕН or QWERTY), two neighbouring letters swapped, an unstressed
vowel confused, a letter dropped, a letter doubled, an OCR slip, a look-alike letter of the
other alphabet, the whole word typed in the other keyboard layout; and the surname without
slip as a control. The man's rank in `search_names` (page of 50) gives recall@1, recall@5
and the mean reciprocal rank (0 when he is not on the page).

False duplicate flags: the duplicate rule (`domain.names.duplicate_reasons`) on pairs of
distinct generated men: random pairs (the second in Latin half the time), and pairs whose
surnames are one slip apart (the men search now finds; the rule must not call them the same).

Usage:
    PYTHONPATH=src python -m benchmarks.name_slips [--men N] [--per-kind Q] [--baseline REV]
REV defaults to the merge base of HEAD and main; its src/ is extracted with `git archive` into
a temporary folder and this same file runs there in a child process. Only synthetic data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from io import BytesIO
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parent.parent

_ONSETS = (*"бвгджзклмнпрстфхцчшщ", "бр", "гр", "др", "кр", "пр", "тр", "ст", "сл", "зв")
_VOWELS = ("а", "о", "е", "и") * 3 + ("у", "у", "я", "ы", "ю")  # weighted as in Russian text
_CODAS = ("", "", "", "л", "н", "р", "к", "с", "т", "ш", "м", "й")
_SUFFIXES = ("ов", "ев", "ин", "ын", "ский", "цкий", "енко", "ук", "як", "ых", "ёв", "ович")

_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
_FRENCH = _LATIN | {"ж": "j", "у": "ou", "ш": "ch", "ч": "tch", "х": "kh", "щ": "chtch",
                    "ю": "iou", "я": "ia", "й": "ï", "ё": "io", "ц": "ts"}  # fmt: skip

# Keyboard rows (facts about the standard layouts; the product has its own copy).
_JCUKEN = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
_QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_LAYOUT = dict(
    zip("qwertyuiop[]asdfghjkl;'zxcvbnm,.`", "йцукенгшщзхъфывапролджэячсмитьбюё", strict=True)
)
_VOWEL_SLIPS = {"о": "а", "а": "о", "е": "и", "и": "е", "я": "е", "ё": "е",
                "o": "a", "a": "o", "e": "i", "i": "e"}  # fmt: skip
_OCR_CYRILLIC = (("ш", "щ"), ("щ", "ш"), ("и", "й"), ("й", "и"), ("н", "и"), ("п", "н"),
                 ("т", "ш"), ("в", "б"), ("ы", "ьі"))  # fmt: skip
_OCR_LATIN = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("l", "i"),
              ("n", "u"), ("h", "b"))  # fmt: skip
_LOOK = dict(zip("аоесрхук", "aoecpxyk", strict=True))
_LOOK_BACK = {lat: cyr for cyr, lat in _LOOK.items()}

KINDS = ("none", "neighbour", "swap", "vowel", "drop", "double", "ocr", "look-alike", "layout")


def romanise(word: str, table: dict[str, str]) -> str:
    """`word` in Latin letters by `table`, capitalised as the original."""
    out = "".join(table.get(ch, ch) for ch in word.lower())
    return out[:1].upper() + out[1:]


# Russian spelling rules: after ж ш ч щ no ы я ю (жи, ша, чу); after к г х no ы; after ц no я ю.
_SPELLING = {"ж": "ыияаюу", "ш": "ыияаюу", "ч": "ыияаюу", "щ": "ыияаюу", "к": "ыи", "г": "ыи",
             "х": "ыи", "ц": "яаюу"}  # fmt: skip


def _syllable(rng: random.Random) -> str:
    onset, vowel = rng.choice(_ONSETS), rng.choice(_VOWELS)
    rule = _SPELLING.get(onset[-1], "")
    if vowel in rule[::2]:
        vowel = rule[rule.index(vowel) + 1]
    return onset + vowel + rng.choice(_CODAS)


def surname(rng: random.Random) -> str:
    """One generated Russian-looking surname: 1-3 syllables and a surname suffix."""
    stem = "".join(_syllable(rng) for _ in range(rng.choice((1, 2, 2, 3))))
    return (stem + rng.choice(_SUFFIXES)).capitalize()


def men(count: int, seed: int) -> list[dict[str, object]]:
    """`count` distinct generated men (distinct surnames), deterministic for a seed."""
    from casevault.synthetic.wordlists import GIVEN_NAMES, PATRONYMIC_BASES

    rng = random.Random(seed)
    seen: set[str] = set()
    found: list[dict[str, object]] = []
    while len(found) < count:
        name = surname(rng)
        if name in seen:
            continue
        seen.add(name)
        table = _FRENCH if rng.random() < 1 / 3 else _LATIN
        given = rng.choice(GIVEN_NAMES)
        born = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(13_000))
        found.append(
            {
                "surname": name,
                "given": given,
                "patronymic": rng.choice(PATRONYMIC_BASES),
                "latin": romanise(name, table),
                "latin_given": romanise(given, table),
                "born": born.isoformat() if rng.random() < 0.9 else None,
            }
        )
    return found


def _neighbours(ch: str, rows: tuple[str, ...]) -> list[str]:
    for r, row in enumerate(rows):
        i = row.find(ch)
        if i < 0:
            continue
        near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
        for other in (r - 1, r + 1):
            if 0 <= other < len(rows):
                near += [rows[other][j] for j in (i - 1, i, i + 1) if 0 <= j < len(rows[other])]
        return [n for n in near if n.isalpha()]
    return []


def slip(word: str, kind: str, rng: random.Random) -> str | None:
    """`word` with one slip of `kind` at a random place, or None when the kind cannot apply."""
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
    low = word.lower()
    places = list(range(1, len(low)))  # people rarely slip on the capital they start with
    rng.shuffle(places)
    if kind == "none":
        return word
    if kind == "layout":
        back = {cyr: lat for lat, cyr in _LAYOUT.items()}
        return (
            "".join(back.get(ch, ch) for ch in low)
            if cyrillic
            else "".join(_LAYOUT.get(ch, ch) for ch in low)
        )
    for i in places:
        ch = low[i]
        out: str | None = None
        if kind == "neighbour":
            options = _neighbours(ch, _JCUKEN if cyrillic else _QWERTY)
            out = low[:i] + rng.choice(options) + low[i + 1 :] if options else None
        elif kind == "swap" and i + 1 < len(low) and low[i] != low[i + 1]:
            out = low[:i] + low[i + 1] + low[i] + low[i + 2 :]
        elif kind == "vowel" and ch in _VOWEL_SLIPS:
            out = low[:i] + _VOWEL_SLIPS[ch] + low[i + 1 :]
        elif kind == "drop":
            out = low[:i] + low[i + 1 :]
        elif kind == "double":
            out = low[: i + 1] + ch + low[i + 1 :]
        elif kind == "ocr":
            for old, new in _OCR_CYRILLIC if cyrillic else _OCR_LATIN:
                if low.startswith(old, i):
                    out = low[:i] + new + low[i + len(old) :]
                    break
        elif kind == "look-alike":
            table = _LOOK if cyrillic else _LOOK_BACK
            out = low[:i] + table[ch] + low[i + 1 :] if ch in table else None
        if out is not None and out != low:
            return out[:1].upper() + out[1:]
    return None


def _build(path: Path, people: list[dict[str, object]]) -> object:
    from casevault.domain.case import Case, CaseFields, PersonName, new_case_id
    from casevault.services.vaults import KdfChoice, init_vault
    from casevault.vault.repos import cases as case_repo
    from casevault.vault.repos import organisation as org_repo

    session = init_vault(path, "benchmark passphrase", "Bench", kdf=KdfChoice(floor=True)).session
    now = session.clock()
    with session.vault.transaction() as conn:
        org = org_repo.get_own_organisation(conn).id
        cases = [
            Case(
                id=new_case_id(), origin_org=org, created_at=now, updated_at=now,
                fields=CaseFields(
                    name_cyrillic=PersonName(surname=str(man["surname"]), given=str(man["given"])),
                    name_latin=PersonName(surname=str(man["latin"]), given=str(man["latin_given"])),
                ),
            )
            for man in people
        ]  # fmt: skip
        case_repo.insert_new_cases(conn, cases)
    return session, [case.id for case in cases]


def _recall(people: list[dict[str, object]], per_kind: int, seed: int) -> dict[str, list[float]]:
    """Reciprocal rank (0 = not on the page) per 'kind/alphabet', plus timings."""
    from casevault.services.name_search import search_names

    ranks: dict[str, list[float]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as folder:
        session, ids = _build(Path(folder) / "vault", people)
        rng = random.Random(seed)
        try:
            for kind in KINDS:
                for alphabet in ("cyrillic", "latin"):
                    done = 0
                    while done < per_kind:
                        index = rng.randrange(len(people))
                        word = str(people[index]["surname" if alphabet == "cyrillic" else "latin"])
                        query = slip(word, kind, rng)
                        if query is None:
                            continue
                        done += 1
                        start = time.perf_counter()
                        hits = search_names(session, query, limit=50)  # type: ignore[arg-type]
                        ranks["time"].append(time.perf_counter() - start)
                        found = [hit.summary.id for hit in hits]
                        rank = found.index(ids[index]) + 1 if ids[index] in found else 0
                        ranks[f"{kind}/{alphabet}"].append(1 / rank if rank else 0.0)
        finally:
            session.close()  # type: ignore[attr-defined]
    return ranks


def _fields(man: dict[str, object], latin_only: bool, dates: bool) -> object:
    from casevault.domain.case import CaseFields, PersonName

    born = dt.date.fromisoformat(str(man["born"])) if dates and man["born"] else None
    latin = PersonName(surname=str(man["latin"]), given=str(man["latin_given"]))
    if latin_only:
        return CaseFields(name_latin=latin, date_of_birth=born)
    cyrillic = PersonName(
        surname=str(man["surname"]), given=str(man["given"]), patronymic=str(man["patronymic"])
    )
    return CaseFields(name_cyrillic=cyrillic, name_latin=latin, date_of_birth=born)


def _false_flags(people: list[dict[str, object]], pairs: int, seed: int) -> dict[str, int]:
    """Distinct men flagged as possible duplicates: random pairs, and one-slip surname pairs."""
    from casevault.domain.names import duplicate_reasons

    rng = random.Random(seed)
    flags = {"random": 0, "random, no dates": 0, "one slip apart, same given name": 0}
    for _ in range(pairs):
        a, b = rng.sample(people, 2)
        latin = rng.random() < 0.5
        flags["random"] += bool(duplicate_reasons(_fields(a, False, True), _fields(b, latin, True)))  # type: ignore[arg-type]
        flags["random, no dates"] += bool(
            duplicate_reasons(_fields(a, False, False), _fields(b, latin, False))  # type: ignore[arg-type]
        )
    done = 0
    while done < pairs // 10:
        a = rng.choice(people)
        kind = rng.choice(KINDS[1:-1])
        other = slip(str(a["surname"]), kind, rng)
        if other is None or other.lower() == str(a["surname"]).lower():
            continue
        done += 1
        b = dict(a, surname=other, latin=romanise(other, _LATIN), patronymic="", born=None)
        flags["one slip apart, same given name"] += bool(
            duplicate_reasons(_fields(a, False, False), _fields(b, False, False))  # type: ignore[arg-type]
        )
    flags["pairs"] = pairs
    flags["slip pairs"] = pairs // 10
    return flags


def measure(men_count: int, per_kind: int, pairs: int) -> dict[str, object]:
    """Every figure of this file for the code on sys.path."""
    people = men(men_count, seed=2026)
    ranks = _recall(people, per_kind, seed=15)
    times = sorted(ranks.pop("time"))
    return {
        "ranks": ranks,
        "p95_ms": 1000 * times[int(0.95 * (len(times) - 1))],
        "flags": _false_flags(people, pairs, seed=2027),
    }


def _baseline(rev: str, men_count: int, per_kind: int, pairs: int) -> dict[str, object]:
    """The same measurement with the src/ and migrations/ of commit `rev`, in a child process."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "src", "migrations"],
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(folder) / "src"), str(ROOT)]))
        out = Path(folder) / "figures.json"
        subprocess.run(
            [sys.executable, "-m", "benchmarks.name_slips", "--measure", str(out),
             "--men", str(men_count), "--per-kind", str(per_kind), "--pairs", str(pairs)],
            check=True, env=env, cwd=folder,
        )  # fmt: skip
        return dict(json.loads(out.read_text("utf-8")))


def _summary(ranks: list[float]) -> tuple[float, float, float]:
    top1 = sum(r == 1.0 for r in ranks) / len(ranks)
    top5 = sum(r >= 0.2 for r in ranks) / len(ranks)
    return top1, top5, sum(ranks) / len(ranks)


def report(old: dict[str, object], new: dict[str, object]) -> str:
    """A markdown table: per slip kind and alphabet, old and new recall@1, recall@5, MRR."""
    lines = [
        "| slip | alphabet | recall@1 old | new | recall@5 old | new | MRR old | new |",
        "|---|---|---|---|---|---|---|---|",
    ]
    old_ranks = cast(dict[str, list[float]], old["ranks"])
    new_ranks = cast(dict[str, list[float]], new["ranks"])
    for key in new_ranks:
        kind, alphabet = key.split("/")
        o, n = _summary(old_ranks[key]), _summary(new_ranks[key])
        lines.append(
            f"| {kind} | {alphabet} | {o[0]:.2f} | **{n[0]:.2f}** | {o[1]:.2f} | **{n[1]:.2f}**"
            f" | {o[2]:.2f} | **{n[2]:.2f}** |"
        )
    slipped_old = [r for k, v in old_ranks.items() if not k.startswith("none") for r in v]
    slipped_new = [r for k, v in new_ranks.items() if not k.startswith("none") for r in v]
    o, n = _summary(slipped_old), _summary(slipped_new)
    lines.append(
        f"| every slip | both | {o[0]:.2f} | **{n[0]:.2f}** | {o[1]:.2f} | **{n[1]:.2f}**"
        f" | {o[2]:.2f} | **{n[2]:.2f}** |"
    )
    lines.append("")
    lines.append(
        f"search p95 over these queries: old {old['p95_ms']:.2f} ms, new {new['p95_ms']:.2f} ms"
    )
    lines.append(f"false duplicate flags: old {old['flags']}, new {new['flags']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--men", type=int, default=5_000)
    parser.add_argument("--per-kind", type=int, default=100)
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--baseline", default=None, help="commit of the old method")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        figures = measure(args.men, args.per_kind, args.pairs)
        args.measure.write_text(json.dumps(figures), "utf-8")
        return
    rev = args.baseline or subprocess.run(
        ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    old = _baseline(rev, args.men, args.per_kind, args.pairs)
    new = measure(args.men, args.per_kind, args.pairs)
    print(f"{args.men:,} generated men, {args.per_kind} queries per slip kind and alphabet,"
          f" baseline {rev[:10]}")  # fmt: skip
    print(report(old, new))


if __name__ == "__main__":
    main(sys.argv[1:])
