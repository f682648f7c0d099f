"""The reader written from docs/spec/ alone agrees with the index on every bundle vector.

tests/spec/independent_reader.py imports nothing of casevault; this test gives it the vectors
and checks the outcome the index states (docs/spec/test-vectors.md): the expected records and
blobs, or the named error with its details. A disagreement means the spec and the code differ.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.exchange.test_bundle_vectors import CASES, VECTORS, vector_bytes
from tests.spec.independent_reader import OrgKeys, Refused, Seeds, read_bundle


def _seeds(name: str) -> tuple[str, Seeds]:
    data = json.loads((VECTORS / "keys" / f"{name}.json").read_text())
    seeds = Seeds(
        *(bytes.fromhex(data[f"{k}_seed"]) for k in ("ed25519", "mldsa65", "x25519", "mlkem768"))
    )
    return data["org_id"], seeds


def _read(case: dict[str, Any]) -> dict[str, Any]:
    org_id, seeds = _seeds(case["reader"])
    senders: dict[str, OrgKeys] = {}
    for name in case["senders"]:
        sender_id, sender = _seeds(name)
        senders[sender_id] = sender.public()
    return read_bundle(vector_bytes(case), seeds, org_id, senders)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_independent_reader_agrees_with_the_index(case: dict[str, Any]) -> None:
    if case["expect"] == "ok":
        assert _read(case) == json.loads((VECTORS / case["expected"]).read_text())
        return
    with pytest.raises(Refused) as caught:
        _read(case)
    assert caught.value.name == case["expect"]
    for attribute, value in case.get("detail", {}).items():
        assert caught.value.detail[attribute] == value, attribute
