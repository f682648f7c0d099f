"""The reader against golden vectors built from primitives (see bundle_vectors/generate.py)."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.exchange import errors
from casevault.exchange.records import Blob
from casevault.exchange.unseal import unseal_bundle

VECTORS = Path(__file__).parent.parent / "data" / "bundle_vectors"
CASES = json.loads((VECTORS / "vectors.json").read_text())


def _keys(name: str) -> tuple[str, PrivateKeys]:
    data = json.loads((VECTORS / "keys" / f"{name}.json").read_text())
    keys = PrivateKeys(
        ed25519_seed=bytes.fromhex(data["ed25519_seed"]),
        mldsa65_seed=bytes.fromhex(data["mldsa65_seed"]),
        x25519_seed=bytes.fromhex(data["x25519_seed"]),
        mlkem768_seed=bytes.fromhex(data["mlkem768_seed"]),
    )
    return data["org_id"], keys


def _edited(data: bytes, edit: dict[str, Any]) -> bytes:
    buffer = bytearray(data)
    if "truncate" in edit:
        del buffer[edit["truncate"] :]
    if "flip" in edit:
        buffer[edit["flip"]] ^= 0x01
    if "set" in edit:
        buffer[edit["set"][0]] = edit["set"][1]
    if "swap" in edit:
        first, second, length = edit["swap"]
        a, b = bytes(buffer[first : first + length]), bytes(buffer[second : second + length])
        buffer[first : first + length], buffer[second : second + length] = b, a
    if "append" in edit:
        buffer += bytes.fromhex(edit["append"])
    return bytes(buffer)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_vector(case: dict[str, Any]) -> None:
    data = _edited((VECTORS / case["file"]).read_bytes(), case.get("edit", {}))
    org_id, reader = _keys(case.get("reader", "vector-recipient"))
    sender_id, sender = _keys("vector-sender")
    known: dict[str, PublicKeys] = {sender_id: sender.public_keys()}
    if "senders" in case:
        known = {}
    if case["expect"] == "ok":
        bundle = unseal_bundle(io.BytesIO(data), reader, org_id, known.get)
        assert bundle.manifest.sender_org_id == sender_id
        assert list(bundle.items())  # the content reads back
        return
    expected = getattr(errors, case["expect"])
    with pytest.raises(expected):
        list(unseal_bundle(io.BytesIO(data), reader, org_id, known.get).items())


def test_valid_vector_content_matches_expected() -> None:
    expected = json.loads((VECTORS / "valid.expected.json").read_text())
    org_id, reader = _keys("vector-recipient")
    sender_id, sender = _keys("vector-sender")
    data = (VECTORS / "valid.bundle").read_bytes()
    bundle = unseal_bundle(io.BytesIO(data), reader, org_id, {sender_id: sender.public_keys()}.get)
    assert bundle.bundle_id == expected["bundle_id"]
    records = []
    blobs = {}
    for item in bundle.items():
        if isinstance(item, Blob):
            content = b"".join(item.chunks())
            blobs[item.blob_id] = {
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
        else:
            records.append({"kind": item.kind, "value": item.value})
    assert records == expected["records"]
    assert blobs == expected["blobs"]


def test_keys_in_vectors_match_their_fingerprints() -> None:
    # The generator computes fingerprints itself; they must equal PublicKeys.fingerprint().
    _, sender = _keys("vector-sender")
    data = (VECTORS / "small.bundle").read_bytes()
    org_id, reader = _keys("vector-recipient")
    bundle = unseal_bundle(
        io.BytesIO(data), reader, org_id, {"org-sender": sender.public_keys()}.get
    )
    assert bundle.manifest.sender_fingerprint == sender.public_keys().fingerprint()
    assert bundle.manifest.recipients[0].keys_fingerprint == reader.public_keys().fingerprint()
