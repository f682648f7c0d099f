"""Full-text search speed: the service `search_cases` against plain FTS5, same vault, same run.

Builds a vault of N synthetic cases (default 100,000) through the vault layer's bulk path
(`insert_new_cases`, then the timeline events and their index text in one transaction), so
100,000 cases take minutes, not hours. Then runs queries drawn from the data: surnames, words
of the notes, words of the timeline, towns and two-word phrases, and reports p50/p95 (ms) of:

* the service `services.cases.search_cases` (name search first, then full text), and
* plain FTS5: the textbook query `SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY
  bm25(...) LIMIT 50` on the same table and the same query text.

Usage: PYTHONPATH=src python -m benchmarks.fulltext [cases] [queries] [--vault FOLDER]
Only synthetic data. The vault lives in a temporary folder removed at the end, unless --vault
names a folder: it is then built there once and reused by later runs with the same size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from benchmarks.report import Report, Row, ms, p95
from casevault.domain.case import Case, TimelineEvent, new_case_id
from casevault.services import cases as case_service
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, init_vault, open_vault
from casevault.synthetic.generator import SyntheticCase, generate_cases
from casevault.synthetic.wordlists import NOTE_SENTENCES, TIMELINE_TEXTS, TOWNS
from casevault.vault.connection import Connection
from casevault.vault.repos import case_search
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import timeline as timeline_repo

PASSPHRASE = "benchmark passphrase"
BATCH = 5_000
_WORD = re.compile(r"\w{4,}")


def _fill(session: Session, data: list[SyntheticCase]) -> None:
    """Insert every case, its timeline events and their full-text entries, in batches."""
    now = session.clock()
    with session.vault.transaction() as conn:
        org = org_repo.get_own_organisation(conn).id
    for first in range(0, len(data), BATCH):
        block = data[first : first + BATCH]
        cases = [
            Case(id=new_case_id(), origin_org=org, created_at=now, updated_at=now, fields=d.fields)
            for d in block
        ]
        # Events are generated in date order: their text joined as `reindex_timeline` does.
        timelines = ["\n".join(text for _, _, text in item.timeline) for item in block]
        with session.vault.transaction() as conn:
            case_repo.insert_new_cases(conn, cases, timelines)
            for case, item in zip(cases, block, strict=True):
                for date, kind, text in item.timeline:
                    event = TimelineEvent(
                        id=uuid.uuid4(), case_id=case.id, date=date, kind=kind, text=text,
                        created_at=now,
                    )  # fmt: skip
                    timeline_repo.insert_event(conn, event)


def _session(folder: Path, count: int) -> tuple[Session, list[SyntheticCase]]:
    data = list(generate_cases(count, seed=11, notes_chars=1000))
    path = folder / f"fulltext-{count}"
    if path.exists():
        return open_vault(path, PASSPHRASE), data
    folder.mkdir(parents=True, exist_ok=True)
    session = init_vault(path, PASSPHRASE, "Bench", kdf=KdfChoice(floor=True)).session
    start = time.perf_counter()
    _fill(session, data)
    print(f"built {count:,} cases in {time.perf_counter() - start:.1f} s")
    return session, data


def queries(data: list[SyntheticCase], count: int, rng: random.Random) -> list[str]:
    """`count` queries in five kinds: surname, note word, timeline word, town, two note words."""
    note_words = sorted({w for s in NOTE_SENTENCES for w in _WORD.findall(s.format(town=""))})
    timeline_words = sorted({w for s in TIMELINE_TEXTS for w in _WORD.findall(s)})
    found: list[str] = []
    for index in range(count):
        kind = index % 5
        if kind == 0:
            found.append(rng.choice(data).fields.name_cyrillic.surname)
        elif kind == 1:
            found.append(rng.choice(note_words))
        elif kind == 2:
            found.append(rng.choice(timeline_words))
        elif kind == 3:
            found.append(rng.choice(TOWNS))
        else:
            found.append(" ".join(rng.sample(note_words, 2)))
    return found


def plain_fts(conn: Connection, text: str, limit: int = 50) -> list[int]:
    """The textbook FTS5 query: every match scored by bm25, sorted, the first `limit` kept."""
    query = case_search.fts_query(text)
    if query is None:
        return []
    rows = conn.execute(
        "SELECT rowid FROM case_fts WHERE case_fts MATCH ?"
        " ORDER BY bm25(case_fts, 10.0, 1.0, 1.0) LIMIT ?",
        (query, limit),
    ).fetchall()
    return [int(row[0]) for row in rows]


def previous_query(conn: Connection, text: str, limit: int = 50) -> int:
    """The repository query before migration 0020: every match joined to its case row and
    scored, then sorted (kept here to show where the time went)."""
    query = case_search.fts_query(text)
    if query is None:
        return 0
    rows = conn.execute(
        "SELECT id, display_name, status FROM case_fts JOIN cases ON cases.rowid = case_fts.rowid"
        " WHERE case_fts MATCH ? AND cases.deleted = 0"
        " ORDER BY bm25(case_fts, 10.0, 1.0, 1.0) LIMIT ?",
        (query, limit),
    ).fetchall()
    return len(rows)


def _timed(call: Callable[[str], object], query: str) -> tuple[float, float]:
    """(wall time, CPU time of this thread) of one query, in seconds. CPU time as well: on a
    machine shared with other work, the wall time of a query that takes a few milliseconds
    alone is often several times that."""
    start, start_cpu = time.perf_counter(), time.thread_time()
    call(query)
    return time.perf_counter() - start, time.thread_time() - start_cpu


def measure(
    session: Session, data: list[SyntheticCase], count: int, previous: int = 0
) -> tuple[float, float, float | None]:
    """(p95 of the service, p95 of plain FTS5, p95 of the previous query over the first
    `previous` texts or None) over the query mix, in seconds of wall time (the CPU time p95 is
    printed); the queries run one after the other for each text, so a load change on the
    shared machine falls on all of them alike."""
    mix = queries(data, count, random.Random(5))
    runs: dict[str, list[tuple[float, float]]] = {"service": [], "plain FTS5": [], "previous": []}
    for index, query in enumerate(mix):
        runs["service"].append(_timed(lambda q: case_service.search_cases(session, q, 50), query))
        with session.vault.reading() as conn:
            runs["plain FTS5"].append(_timed(lambda q: plain_fts(conn, q), query))
            if index < previous:
                runs["previous"].append(_timed(lambda q: previous_query(conn, q), query))
    for name, samples in runs.items():
        if samples:
            wall, cpu = [s[0] for s in samples], [s[1] for s in samples]
            print(
                f"{name:10} p50 {statistics.median(wall) * 1000:8.2f} ms,"
                f" CPU p95 {p95(cpu) * 1000:8.2f} ms"
            )
    service, plain, before = ([s[0] for s in runs[name]] for name in runs)
    return p95(service), p95(plain), p95(before) if before else None


def run(report: Report, session: Session, data: list[SyntheticCase]) -> None:
    """Add the full-text row of this vault's size to `report`."""
    service, plain, _ = measure(session, data, 200)
    report.add(
        Row(
            f"full-text search (notes, timeline, names) p95 at {len(data):,}",
            ms(service),
            f"FTS5 {ms(plain)}",
            service / plain,
            "≤ 20 ms",
            service <= 0.020,
        )
    )


def main(count: int, query_count: int, vault_folder: Path | None, previous: int) -> None:
    with ExitStack() as stack:
        folder = vault_folder or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        session, data = _session(folder, count)
        try:
            service, plain, before = measure(session, data, query_count, previous)
            print(f"queries: {query_count} at {count:,} cases ({dt.date.today().isoformat()})")
            print(f"service search_cases      p95 {service * 1000:8.2f} ms")
            print(f"plain FTS5 (bm25, all)    p95 {plain * 1000:8.2f} ms")
            if before is not None:
                print(f"previous repository query p95 {before * 1000:8.2f} ms")
            print(f"ratio service / plain FTS5: {service / plain:.2f}")
        finally:
            session.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("cases", type=int, nargs="?", default=100_000)
    parser.add_argument("queries", type=int, nargs="?", default=200)
    parser.add_argument("--vault", type=Path, help="folder in which to build or reuse the vault")
    parser.add_argument(
        "--previous", type=int, default=20, help="texts also run with the pre-0020 query"
    )
    args = parser.parse_args()
    main(args.cases, args.queries, args.vault, args.previous)
