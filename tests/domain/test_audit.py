"""The audit hash chain detects removal, alteration, reordering and truncation."""

from __future__ import annotations

import dataclasses

from casevault.domain.audit import GENESIS_HASH, StoredEntry, entry_hash, verify_chain


def _chain(n: int) -> list[StoredEntry]:
    entries, prev = [], GENESIS_HASH
    for seq in range(1, n + 1):
        fields = (
            seq,
            f"2026-01-0{seq}T00:00:00+00:00",
            "anna",
            "case.edit",
            "case",
            f"id{seq}",
            "{}",
        )
        digest = entry_hash(prev, *fields)
        entries.append(StoredEntry(*fields, prev_hash=prev, hash=digest))
        prev = digest
    return entries


def test_intact_chain() -> None:
    assert verify_chain(_chain(5), 5) is None
    assert verify_chain([], 0) is None


def test_altered_entry() -> None:
    chain = _chain(5)
    chain[2] = dataclasses.replace(chain[2], action="case.delete")
    problem = verify_chain(chain, 5)
    assert problem is not None
    assert (problem.seq, problem.problem) == (3, "hash")


def test_removed_entry() -> None:
    chain = _chain(5)
    del chain[1]
    problem = verify_chain(chain, 5)
    assert problem is not None
    assert problem.problem == "gap"


def test_reordered_entries() -> None:
    chain = _chain(5)
    chain[1], chain[2] = chain[2], chain[1]
    assert verify_chain(chain, 5) is not None


def test_removed_tail() -> None:
    problem = verify_chain(_chain(5)[:3], 5)
    assert problem is not None
    assert problem.problem == "tail"
