"""Storage benchmarks: the encrypted vault against the same schema and code on plain SQLite.

Both sides run the same repository functions (vault/repos) with the same pragmas and write the
same rows (case, name index, FTS, field versions, audit entry), so the ratio is the cost of
SQLCipher plus the services layer, not of a different schema or of more rows.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from benchmarks.report import Report, Row, ms, p95
from casevault.crypto.kdf import calibrate, derive_key
from casevault.domain.case import EDITABLE_FIELDS, Case, new_case_id
from casevault.services import cases as case_service
from casevault.services.session import Session, utc_now
from casevault.services.vaults import KdfChoice, init_vault
from casevault.services.versioning import stamp_local_changes
from casevault.synthetic.generator import SyntheticCase, generate_cases
from casevault.vault.connection import open_database
from casevault.vault.keyslots import read_keyslot_file
from casevault.vault.layout import database_path, keyslots_path
from casevault.vault.migrate import migrate
from casevault.vault.repos import audit as audit_repo
from casevault.vault.repos import case_search
from casevault.vault.repos import cases as case_repo

PASSPHRASE = "benchmark passphrase"
QUERIES = 200
BLOCK = 100


def _plain_database(path: Path) -> sqlcipher3.Connection:
    # sqlcipher3 without a key is plain, unencrypted SQLite of the very same version and build,
    # so the ratio isolates encryption (the system sqlite3 may be too old for contentless FTS5).
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    for pragma in (
        "secure_delete = ON",
        "temp_store = MEMORY",
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
    ):
        conn.execute(f"PRAGMA {pragma}")
    migrate(conn)
    # The field versions the service stamps need a node id, as in every vault.
    conn.execute("INSERT INTO vault_meta (key, value) VALUES ('node_id', 'node-bench')")
    return conn


def _insert_plain(conn: sqlcipher3.Connection, item: SyntheticCase) -> None:
    """The rows `create_case` writes (case, name index, FTS, field versions, audit), one commit."""
    now = utc_now()
    case = Case(
        id=new_case_id(), origin_org="bench", created_at=now, updated_at=now, fields=item.fields
    )
    conn.execute("BEGIN IMMEDIATE")
    case_repo.insert_case(conn, case)
    stamp_local_changes(conn, case, sorted(EDITABLE_FIELDS), now)
    audit_repo.append_entry(
        conn,
        at=now,
        actor="bench",
        action="case.create",
        record_type="case",
        record_id=str(case.id),
        details={},
    )
    conn.execute("COMMIT")


def _timed(call: Callable[[str], object], queries: list[str]) -> list[float]:
    samples = []
    for query in queries:
        start = time.perf_counter()
        call(query)
        samples.append(time.perf_counter() - start)
    return samples


@dataclass
class Built:
    """One size's vault and its plain-SQLite twin, shared by every benchmark of that size.

    `costs` collects one figure per metric (seconds) for the growth curve across sizes.
    """

    count: int
    workdir: Path
    session: Session
    plain: sqlcipher3.Connection
    data: list[SyntheticCase]
    costs: dict[str, float] = field(default_factory=dict)

    def close(self) -> None:
        """Close the vault and the plain database."""
        self.session.close()
        self.plain.close()


def build(report: Report, count: int, workdir: Path) -> Built:
    """Insert `count` cases into a vault (services) and into plain SQLite (same repos); time both.

    Each side commits once per case, as a caseworker typing cases in does, and writes the same
    rows. The two sides alternate in blocks of BLOCK cases, so a change in the load of a shared
    machine falls on both alike.
    """
    data = list(generate_cases(count, seed=11, notes_chars=1000))
    plain = _plain_database(workdir / "plain.db")
    result = init_vault(workdir / "vault", PASSPHRASE, "Bench", kdf=KdfChoice(floor=True))
    session = result.session
    plain_insert = vault_insert = 0.0
    for first in range(0, count, BLOCK):
        block = data[first : first + BLOCK]
        start = time.perf_counter()
        for item in block:
            _insert_plain(plain, item)
        middle = time.perf_counter()
        for item in block:
            case_service.create_case(session, item.fields)
        plain_insert += middle - start
        vault_insert += time.perf_counter() - middle
    report.add(
        Row(
            f"insert {count:,} cases (vault vs plain SQLite)",
            f"{vault_insert:.1f} s",
            f"{plain_insert:.1f} s",
            vault_insert / plain_insert,
            "≤ 2.0x",
            vault_insert / plain_insert <= 2.0,
        )
    )
    built = Built(count, workdir, session, plain, data)
    built.costs["insert (per run)"] = vault_insert
    return built


def run(report: Report, built: Built) -> None:
    """Full-text search, first page of the case list, unlock without the KDF."""
    count, session, plain = built.count, built.session, built.plain
    rng = random.Random(5)
    words = [
        item.fields.name_cyrillic.surname for item in rng.sample(built.data, min(QUERIES, count))
    ]
    fts = _timed(lambda q: case_service.search_cases(session, q, 50), words)
    plain_fts = _timed(lambda q: case_search.search_cases(plain, q, 50), words)
    report.add(
        Row(
            f"full-text search p95 at {count:,}",
            ms(p95(fts)),
            ms(p95(plain_fts)),
            p95(fts) / p95(plain_fts),
            "≤ 20 ms",
            p95(fts) <= 0.020,
        )
    )
    built.costs["full-text search p95"] = p95(fts)

    pages = _timed(lambda _q: case_service.list_cases(session, limit=50), words[:50])
    plain_pages = _timed(
        lambda _q: case_repo.list_cases(plain, case_repo.CaseFilter(), "name", 50, 0), words[:50]
    )
    report.add(
        Row(
            f"case list first page p95 at {count:,}",
            ms(p95(pages)),
            ms(p95(plain_pages)),
            p95(pages) / p95(plain_pages),
            "≤ 50 ms",
            p95(pages) <= 0.050,
        )
    )
    built.costs["case list first page p95"] = p95(pages)

    # Everything unlock does after Argon2id: parse the key file, AEAD-unwrap, open SQLCipher
    # (its first read checks the key), migrate, check the vault id.
    vault_dir = built.workdir / "vault"
    key = read_keyslot_file(keyslots_path(vault_dir)).unwrap("passphrase", PASSPHRASE)

    def open_without_kdf(_q: str) -> None:
        read_keyslot_file(keyslots_path(vault_dir))
        conn = open_database(database_path(vault_dir), key)
        migrate(conn)
        conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        conn.close()

    rest = statistics.median(_timed(open_without_kdf, [""] * 5))
    report.add(
        Row(f"unlock at {count:,}, without the KDF", ms(rest), "", None, "≤ 100 ms", rest <= 0.100)
    )
    built.costs["unlock without the KDF"] = rest


def run_kdf(report: Report) -> None:
    """Calibrate Argon2id as `init` does and time one derivation with the result."""
    params = calibrate()
    start = time.perf_counter()
    derive_key(b"passphrase", b"s" * 16, params)
    elapsed = time.perf_counter() - start
    report.add(
        Row(
            f"unlock KDF as calibrated ({params.memory_kib // 1024} MiB, "
            f"{params.iterations} passes)",
            f"{elapsed:.2f} s",
            "",
            None,
            "≈ 1 s",
            0.5 <= elapsed <= 2.0,
        )
    )


def fresh_workdir() -> Path:
    """A private scratch folder for one size (benchmarks write only synthetic data)."""
    return Path(tempfile.mkdtemp(prefix="casevault-bench-"))
