"""Stamping local edits with versions, so that bundles can be merged without losing anything.

Every change to a case field made on this node becomes a new field version that dominates the
versions this node has seen (exchange/merge.py), stamped by the node's hybrid logical clock.
Called by services/cases.py inside the same transaction as the edit itself.
"""

from __future__ import annotations

import datetime as dt

from casevault.domain.case import Case
from casevault.exchange.field_versions import version_from_json, version_to_json
from casevault.exchange.hlc import Timestamp, observe, tick
from casevault.exchange.merge import FieldVersion, next_version
from casevault.vault.connection import Connection
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import sync_state

__all__ = [
    "live_versions",
    "next_stamp",
    "node_id",
    "observe_stamp",
    "stamp_local_changes",
    "version_from_json",
    "version_to_json",
]


def node_id(conn: Connection) -> str:
    """This vault's node id (one per installed vault)."""
    value = org_repo.get_meta(conn, "node_id")
    if value is None:  # pragma: no cover - every vault gets one at creation
        raise RuntimeError("vault has no node id")
    return value


def _millis(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def next_stamp(conn: Connection, now: dt.datetime) -> Timestamp:
    """A fresh timestamp from this node's clock (persisted in the same transaction)."""
    last_text = sync_state.get_clock(conn)
    last = Timestamp.decode(last_text) if last_text else None
    stamp = tick(last, _millis(now), node_id(conn))
    sync_state.put_clock(conn, stamp.encode())
    return stamp


def observe_stamp(conn: Connection, remote: Timestamp, now: dt.datetime) -> None:
    """Fold a received timestamp into this node's clock (raises ClockError on wild drift)."""
    last_text = sync_state.get_clock(conn)
    last = Timestamp.decode(last_text) if last_text else None
    sync_state.put_clock(conn, observe(last, remote, _millis(now), node_id(conn)).encode())


def live_versions(conn: Connection, case_id: str) -> dict[str, tuple[FieldVersion, ...]]:
    """field -> its live versions, for one case."""
    stored = sync_state.get_field_versions(conn, case_id)
    return {
        field: tuple(version_from_json(v) for v in versions) for field, versions in stored.items()
    }


def stamp_local_changes(conn: Connection, case: Case, fields: list[str], now: dt.datetime) -> None:
    """Record a local edit of `fields` of `case` (all of them on creation) as new versions."""
    if not fields:
        return
    stamp = next_stamp(conn, now)
    node = node_id(conn)
    stored = sync_state.get_field_versions(conn, str(case.id))
    values = case.fields.model_dump(mode="json")
    for field in fields:
        live = tuple(version_from_json(v) for v in stored.get(field, ()))  # only what changes
        stored[field] = [version_to_json(next_version(live, values[field], node, stamp))]
    sync_state.put_case_versions(conn, str(case.id), stored)
