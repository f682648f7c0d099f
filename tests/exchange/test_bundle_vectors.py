"""The reader against the golden vectors built from primitives (bundle_vectors/generate.py).

Every entry of the index (vectors.json, documented in docs/spec/test-vectors.md) is read with the
reader it names and the senders it names; the outcome must be exactly the one it states: the
records and blobs of its expected file, or that exact error type with those attribute values.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.exchange import errors
from casevault.exchange.records import Blob
from casevault.exchange.unseal import unseal_bundle

VECTORS = Path(__file__).parent.parent / "data" / "bundle_vectors"
CASES = json.loads((VECTORS / "vectors.json").read_text())


def vector_keys(name: str) -> tuple[str, PrivateKeys]:
    """The organisation id and private keys of one vector key file (keys/<name>.json)."""
    data = json.loads((VECTORS / "keys" / f"{name}.json").read_text())
    keys = PrivateKeys(
        ed25519_seed=bytes.fromhex(data["ed25519_seed"]),
        mldsa65_seed=bytes.fromhex(data["mldsa65_seed"]),
        x25519_seed=bytes.fromhex(data["x25519_seed"]),
        mlkem768_seed=bytes.fromhex(data["mlkem768_seed"]),
    )
    return data["org_id"], keys


def vector_bytes(case: dict[str, Any]) -> bytes:
    """The file of an index entry with its edit applied (docs/spec/test-vectors.md)."""
    buffer = bytearray((VECTORS / case["file"]).read_bytes())
    edit = case.get("edit", {})
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


def _read(case: dict[str, Any]) -> dict[str, Any]:
    org_id, reader = vector_keys(case["reader"])
    known: dict[str, PublicKeys] = {}
    for name in case["senders"]:
        sender_id, sender = vector_keys(name)
        known[sender_id] = sender.public_keys()
    bundle = unseal_bundle(io.BytesIO(vector_bytes(case)), reader, org_id, known.get)
    records: list[dict[str, Any]] = []
    blobs: dict[str, dict[str, Any]] = {}
    for item in bundle.items():
        if isinstance(item, Blob):
            content = b"".join(item.chunks())
            blobs[item.blob_id] = {
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
        else:
            records.append({"kind": item.kind, "value": item.value})
    return {
        "bundle_id": bundle.bundle_id,
        "sender_org_id": bundle.manifest.sender_org_id,
        "records": records,
        "blobs": blobs,
    }


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_vector(case: dict[str, Any]) -> None:
    if case["expect"] == "ok":
        expected = json.loads((VECTORS / case["expected"]).read_text())
        assert _read(case) == expected
        return
    with pytest.raises(errors.ExchangeError) as caught:
        _read(case)
    assert type(caught.value).__name__ == case["expect"]
    for attribute, value in case.get("detail", {}).items():
        assert getattr(caught.value, attribute) == value, attribute


def test_index_covers_what_the_spec_promises() -> None:
    # docs/spec/test-vectors.md lists these situations; each must stay in the index.
    names = {c["name"] for c in CASES}
    promised = {
        "multi_recipient_second",
        "exact_chunks",
        "trailing_data_after_short_last_chunk",
        "empty_last_chunk",
        "signature_short",
        "non_empty_end_of_content",
        "non_empty_blob_end",
        "blob_id_length_mismatch",
        "manifest_not_canonical",
        "ed25519_signature_altered",
        "armor_crlf",
        "armor_no_final_newline",
        "armor_trailing_space",
        "shorter_than_magic",
        "header_only",
        "final_read_shorter_than_tag",
        "node_signed",
        "node_certified_by_another_key",
        "node_certificate_for_another_node",
        "node_certificate_signature_altered",
        "node_signed_by_organisation_key",
    }
    assert promised <= names
    assert all(
        set(c) <= {"name", "file", "reader", "senders", "edit", "expect", "detail", "expected"}
        for c in CASES
    )


def test_generator_rewrites_identical_files(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("vector_generator", VECTORS / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generator  # its dataclasses look their module up by name
    try:
        spec.loader.exec_module(generator)
        generator.main(tmp_path)
    finally:
        del sys.modules[spec.name]
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(
        p.relative_to(VECTORS)
        for p in VECTORS.rglob("*")
        if p.is_file() and p.name != "generate.py" and "__pycache__" not in p.parts
    )
    assert written == committed
    for name in written:
        assert (tmp_path / name).read_bytes() == (VECTORS / name).read_bytes(), name


def test_keys_in_vectors_match_their_fingerprints() -> None:
    # The generator computes fingerprints itself; they must equal PublicKeys.fingerprint().
    small = next(c for c in CASES if c["name"] == "small")
    org_id, reader = vector_keys("vector-recipient")
    sender_id, sender = vector_keys("vector-sender")
    bundle = unseal_bundle(
        io.BytesIO(vector_bytes(small)), reader, org_id, {sender_id: sender.public_keys()}.get
    )
    assert bundle.manifest.sender_fingerprint == sender.public_keys().fingerprint()
    assert bundle.manifest.recipients[0].keys_fingerprint == reader.public_keys().fingerprint()
