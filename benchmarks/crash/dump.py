"""A vault's logical content, to compare "exactly the state before or after" an operation."""

from __future__ import annotations

from typing import Any

from casevault.services.session import Session

Dump = dict[str, list[str]]

# ML-DSA-65 signatures are hedged (randomised): two complete runs of one finalisation store
# different bytes. They are compared as present/absent only; verify_evaluations checks both
# signatures for real after every kill. (Ed25519 is deterministic and compared as is.)
RANDOMISED_COLUMNS = {"evaluations": frozenset({"sig_mldsa65"})}


def logical_dump(session: Session) -> Dump:
    """Every row of every table (not the full-text index internals, which are derived), sorted,
    with RANDOMISED_COLUMNS reduced to whether they are set.

    Otherwise the same definition as tests/support/orgs.py::logical_dump (benchmarks do not
    import the test tree)."""
    dump: Dump = {}
    with session.vault.reading() as conn:
        tables = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'case_fts%' ORDER BY name"
            )
        ]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [column[0] for column in cursor.description]
            masked = RANDOMISED_COLUMNS.get(table, frozenset())
            rows: list[Any] = cursor.fetchall()
            dump[table] = sorted(
                repr(tuple(_masked(v) if n in masked else v for n, v in zip(names, r, strict=True)))
                for r in rows
            )
    return dump


def _masked(value: object) -> str:
    return "<unset>" if value is None else "<set>"


def difference(found: Dump, expected: Dump, limit: int = 3) -> dict[str, dict[str, list[str]]]:
    """Per table, rows only in `found` ("extra") and only in `expected` ("missing"), a few each."""
    report: dict[str, dict[str, list[str]]] = {}
    for table in sorted(set(found) | set(expected)):
        have, want = set(found.get(table, [])), set(expected.get(table, []))
        if have != want:
            report[table] = {
                "extra": sorted(have - want)[:limit],
                "missing": sorted(want - have)[:limit],
            }
    return report
