"""Name search speed: p95 of services.name_search against plain FTS5, same vault, same run.

Builds a vault of N synthetic cases (default 10,000; 100,000 works, slowly), then runs a mix of
queries drawn from the stored names: Cyrillic, passport Latin, other romanisations (German w/sch,
French ou/tch, -off), one-letter typos and "surname given" pairs. Reports p50/p95 in ms for the
name search and for the plain FTS5 prefix query over the same text, and their ratio. Target:
name search p95 <= 20 ms at 100,000 cases.

Usage: PYTHONPATH=src python -m benchmarks.name_search [cases] [queries] [--vault FOLDER]
Only synthetic data. The vault lives in a temporary folder removed at the end, unless --vault
names a folder: the vault is then built there once and reused by later runs with the same
number of cases (the queries are drawn from the same deterministic synthetic names).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from benchmarks.names import queries as make_queries
from casevault.domain.case import Case, new_case_id
from casevault.services.name_search import search_names
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, init_vault, open_vault
from casevault.synthetic.generator import generate_cases
from casevault.vault.repos import case_search
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import organisation as org_repo

_PASSPHRASE = "benchmark passphrase"


def _fill(session: Session, count: int) -> list[tuple[str, str]]:
    names: list[tuple[str, str]] = []
    now = session.clock()
    with session.vault.transaction() as conn:
        org = org_repo.get_own_organisation(conn)
        for synthetic in generate_cases(count, seed=7, notes_chars=200):
            fields = synthetic.fields
            case = Case(
                id=new_case_id(), origin_org=org.id, created_at=now, updated_at=now, fields=fields
            )
            case_repo.insert_case(conn, case)
            names.append((fields.name_cyrillic.surname, fields.name_cyrillic.given))
    return names


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def _synthetic_names(count: int) -> list[tuple[str, str]]:
    """The names _fill stores, regenerated without a vault (the generator is deterministic)."""
    return [
        (case.fields.name_cyrillic.surname, case.fields.name_cyrillic.given)
        for case in generate_cases(count, seed=7, notes_chars=200)
    ]


def _session(folder: Path, cases: int) -> tuple[Session, list[tuple[str, str]]]:
    """A vault of `cases` synthetic cases in `folder`: reused when already built there."""
    path = folder / f"vault-{cases}"
    if path.exists():
        start = time.perf_counter()
        session = open_vault(path, _PASSPHRASE)
        print(f"reused {path} (opened in {time.perf_counter() - start:.1f} s)")
        return session, _synthetic_names(cases)
    folder.mkdir(parents=True, exist_ok=True)
    session = init_vault(path, _PASSPHRASE, "Bench", kdf=KdfChoice(floor=True)).session
    start = time.perf_counter()
    names = _fill(session, cases)
    print(f"built {cases} cases in {time.perf_counter() - start:.1f} s")
    return session, names


def main(cases: int = 10_000, query_count: int = 300, vault_folder: Path | None = None) -> None:
    with ExitStack() as stack:
        folder = vault_folder or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        session, names = _session(folder, cases)
        try:
            queries = make_queries(names, query_count, random.Random(11))
            names_ms: list[float] = []
            fts_ms: list[float] = []
            found = 0
            for query in queries:
                t0 = time.perf_counter()
                hits = search_names(session, query, limit=50)
                names_ms.append((time.perf_counter() - t0) * 1000)
                found += bool(hits)
                t0 = time.perf_counter()
                with session.vault.reading() as conn:
                    case_search.search_cases(conn, query, 50)
                fts_ms.append((time.perf_counter() - t0) * 1000)
        finally:
            session.close()
    p95_names, p95_fts = _p(names_ms, 95), _p(fts_ms, 95)
    print(f"queries: {len(queries)}, with at least one hit: {found}")
    print(f"name search  p50 {_p(names_ms, 50):7.2f} ms  p95 {p95_names:7.2f} ms")
    print(f"plain FTS5   p50 {_p(fts_ms, 50):7.2f} ms  p95 {p95_fts:7.2f} ms")
    print(f"ratio p95 name search / FTS5: {p95_names / p95_fts:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=int, nargs="?", default=10_000)
    parser.add_argument("queries", type=int, nargs="?", default=300)
    parser.add_argument("--vault", type=Path, help="folder in which to build or reuse the vault")
    args = parser.parse_args()
    main(args.cases, args.queries, args.vault)
