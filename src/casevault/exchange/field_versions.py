"""The JSON form of a field version (exchange/merge.py), as stored in the vault and sent.

Pure: no I/O. services/versioning.py re-exports these for the vault side; the import plan
(exchange/import_content.py) decodes every incoming version once with `version_from_json`.
"""

from __future__ import annotations

from typing import Any

from casevault.exchange.hlc import Timestamp
from casevault.exchange.merge import FieldVersion, canonical_vector


def version_to_json(version: FieldVersion) -> dict[str, Any]:
    """The stored and transmitted form of a version."""
    return {
        "value": version.value,
        "vector": [list(pair) for pair in version.vector],
        "stamp": version.stamp.encode(),
    }


def version_from_json(untrusted: dict[str, Any]) -> FieldVersion:
    """Inverse of version_to_json; raises ValueError/TypeError/KeyError on malformed input
    (ClockError, a ValueError, for a malformed stamp)."""
    vector_pairs = untrusted["vector"]
    if not isinstance(vector_pairs, list) or len(vector_pairs) > 1000:
        raise ValueError("vector")
    vector: dict[str, int] = {}
    for pair in vector_pairs:
        node, count = pair
        if not isinstance(node, str) or not isinstance(count, int) or isinstance(count, bool):
            raise ValueError("vector entry")
        if not 0 < len(node) <= 64 or not 0 < count < 2**53:
            raise ValueError("vector entry")
        vector[node] = count
    stamp = Timestamp.decode(untrusted["stamp"])
    return FieldVersion(untrusted["value"], canonical_vector(vector), stamp)
