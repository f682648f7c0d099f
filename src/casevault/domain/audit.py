"""Audit entries and their hash chain. Pure: computing and checking hashes, no storage.

hash_n = SHA-256(prev_hash_n || canonical JSON of entry n without its hash), with prev_hash of
the first entry = 64 zeros. Because `seq` is inside the hashed JSON, removing, altering or
reordering any entry breaks every later link. Spec: docs/spec/vault.md, "Audit chain".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """One audited change. `details` holds field names and ids, never personal data."""

    seq: int
    at: dt.datetime
    actor: str
    action: str
    record_type: str
    record_id: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    record_type: str,
    record_id: str,
    details_json: str,
) -> str:
    """The chain hash of one entry, from the exact strings stored in the database."""
    body = json.dumps(
        [seq, at, actor, action, record_type, record_id, details_json],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(bytes.fromhex(prev_hash) + body.encode("utf-8")).hexdigest()


def canonical_details(details: dict[str, Any]) -> str:
    """The stored text of an entry's details (deterministic JSON)."""
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class ChainBreak:
    """Where verification failed: the first bad seq and why ("hash", "link", "gap", "tail")."""

    seq: int
    problem: str


@dataclass(frozen=True)
class StoredEntry:
    """An audit row exactly as stored (strings), as verification needs it."""

    seq: int
    at: str
    actor: str
    action: str
    record_type: str
    record_id: str
    details_json: str
    prev_hash: str
    hash: str


def verify_chain(entries: Iterable[StoredEntry], highest_seq_issued: int) -> ChainBreak | None:
    """Check every link; None if intact.

    `highest_seq_issued` is the largest seq ever handed out (SQLite's AUTOINCREMENT counter), so
    entries removed from the end are caught as "tail", and a gap in the middle as "gap".
    """
    expected_prev = GENESIS_HASH
    expected_seq = 1
    for entry in entries:
        if entry.seq != expected_seq:
            return ChainBreak(expected_seq, "gap")
        if entry.prev_hash != expected_prev:
            return ChainBreak(entry.seq, "link")
        recomputed = entry_hash(
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.actor,
            entry.action,
            entry.record_type,
            entry.record_id,
            entry.details_json,
        )
        if recomputed != entry.hash:
            return ChainBreak(entry.seq, "hash")
        expected_prev = entry.hash
        expected_seq += 1
    if expected_seq - 1 != highest_seq_issued:
        return ChainBreak(expected_seq, "tail")
    return None
