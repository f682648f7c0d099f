"""Merging field versions from several vaults: a multi-value register per field.

Each field carries the set of its *live* versions. A version is (value, version vector, HLC
stamp). A vector maps node id -> how many edits of this field that node has made or seen.
Merging keeps exactly the versions that no other version dominates:

* if one version's vector dominates the other's, the older one is superseded (dropped);
* if neither dominates, the edits were concurrent: both stay, side by side, as a conflict for a
  person to resolve. Nothing is ever dropped silently.

The shown value of a field in conflict is the live version with the greatest HLC stamp, so every
vault shows the same value; the conflict stays flagged until someone resolves it, which writes a
version that dominates all of them. Merge is commutative, associative and idempotent, so vaults
that received the same bundles, in any order, duplicated or late, end in the same state.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from casevault.exchange.hlc import Timestamp

VersionVector = Mapping[str, int]


def dominates(a: VersionVector, b: VersionVector) -> bool:
    """True if `a` has seen everything `b` has (a >= b component-wise)."""
    return all(a.get(node, 0) >= count for node, count in b.items())


def merge_vectors(*vectors: VersionVector) -> dict[str, int]:
    """Component-wise maximum: what has seen all of them."""
    merged: dict[str, int] = {}
    for vector in vectors:
        for node, count in vector.items():
            merged[node] = max(merged.get(node, 0), count)
    return merged


@dataclass(frozen=True)
class FieldVersion:
    """One version of one field's value."""

    value: Any
    vector: tuple[tuple[str, int], ...]  # sorted (node, count) pairs: hashable, canonical
    stamp: Timestamp

    @property
    def vector_map(self) -> dict[str, int]:
        """The vector as a dict."""
        return dict(self.vector)

    def key(self) -> tuple[tuple[tuple[str, int], ...], str]:
        """Identity of a version: two nodes never produce the same vector and stamp."""
        return self.vector, self.stamp.encode()


def canonical_vector(vector: VersionVector) -> tuple[tuple[str, int], ...]:
    """Sorted pairs without zero entries."""
    return tuple(sorted((node, count) for node, count in vector.items() if count > 0))


def merge_versions(*groups: Iterable[FieldVersion]) -> tuple[FieldVersion, ...]:
    """The live versions after merging: the maximal ones, in a canonical order."""
    every = [version for group in groups for version in group]
    if len(every) == 1:
        return (every[0],)  # the usual field of a case new here: nothing to compare
    unique: dict[tuple[tuple[tuple[str, int], ...], str], FieldVersion] = {}
    for version in every:
        unique.setdefault(version.key(), version)
    candidates = list(unique.values())
    live = [
        v
        for v in candidates
        if not any(
            other is not v
            and dominates(other.vector_map, v.vector_map)
            and other.vector != v.vector
            for other in candidates
        )
    ]
    return tuple(sorted(live, key=lambda v: (v.stamp, v.vector)))


def shown_value(live: tuple[FieldVersion, ...]) -> Any:
    """The value every vault shows for the field: the newest live version's."""
    return max(live, key=lambda v: (v.stamp, v.vector)).value


def in_conflict(live: tuple[FieldVersion, ...]) -> bool:
    """True if concurrent edits are waiting for a person to choose."""
    return len(live) > 1


def next_version(
    live: tuple[FieldVersion, ...], value: Any, node: str, stamp: Timestamp
) -> FieldVersion:
    """A local edit (or a resolution): dominates every live version, counts one more for `node`."""
    vector = merge_vectors(*(v.vector_map for v in live))
    vector[node] = vector.get(node, 0) + 1
    return FieldVersion(value, canonical_vector(vector), stamp)
