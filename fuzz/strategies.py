"""Hypothesis strategies that build VALID inputs with real keys, then break their structure.

Not only random bytes: lengths and counts at and past their bounds, frames dropped, duplicated
and reordered, streams cut at chunk boundaries, wrong versions, deep and huge JSON, duplicate
keys, NaN/Infinity, non-UTF-8 and unusual Unicode, and correctly *signed* hostile manifests and
records (what a dishonest partner's program can send).
"""

from __future__ import annotations

import json
import struct
from typing import Any

from hypothesis import strategies as st

from casevault.crypto.aead_stream import CHUNK_SIZE
from casevault.exchange.armor import armor
from casevault.exchange.bundle_format import MAX_MANIFEST, MAX_RECORD_JSON
from casevault.exchange.content import RECORD_KINDS
from casevault.exchange.manifest import encode_manifest
from casevault.exchange.records import (
    BLOB_BEGIN,
    BLOB_DATA,
    BLOB_END,
    END_OF_CONTENT,
    MANIFEST,
    RECORD,
    SIGNATURE,
    frame,
)
from fuzz import targets

_EDGE_TEXT = [
    "",
    "\x00",
    "\u202e",  # right-to-left override
    "\u200b",  # zero-width space
    "e\u0301",
    "👨‍👩‍👧",
    "Ё" * 300,
    "../../etc/passwd",
    "a" * 5000,
]
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([2**63, -(2**63) - 1, 10**30, 0, -1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(_EDGE_TEXT),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def hostile_json_text(draw: st.DrawFn) -> bytes:
    """JSON-ish bytes a strict reader must refuse or accept without crashing."""
    choice = draw(st.integers(0, 6))
    if choice == 0:
        depth = draw(st.sampled_from([50, 999, 1001, 5000, 100_000]))
        return b"[" * depth + b"]" * depth
    if choice == 1:
        return b'{"a":1,"a":2}'
    if choice == 2:
        return draw(st.sampled_from([b'{"a":NaN}', b'{"a":Infinity}', b'{"a":-Infinity}']))
    if choice == 3:
        return b'{"a":' + b"9" * draw(st.sampled_from([4300, 4301, 20_000])) + b"}"
    if choice == 4:
        return b'{"a":"' + draw(st.binary(min_size=1, max_size=8)) + b'\xff\xfe"}'
    if choice == 5:
        return b'{"a":"\\ud800"}'  # a lone surrogate
    return json.dumps(draw(json_values), allow_nan=True).encode("utf-8", "surrogatepass")


@st.composite
def mutated_document(draw: st.DrawFn, genuine: dict[str, Any]) -> bytes:
    """`genuine` (a JSON object) with one field dropped, replaced, added or duplicated."""
    doc = dict(genuine)
    keys = sorted(doc)
    action = draw(st.integers(0, 5))
    key = draw(st.sampled_from(keys)) if keys else "x"
    if action == 0 and keys:
        del doc[key]
    elif action == 1:
        doc[key] = draw(json_values)
    elif action == 2:
        doc[draw(st.text(max_size=10))] = draw(json_values)
    elif action == 3 and isinstance(doc.get(key), dict):
        inner = dict(doc[key])
        if inner:
            inner[draw(st.sampled_from(sorted(inner)))] = draw(json_values)
        doc[key] = inner
    elif action == 4:
        text = json.dumps(doc, sort_keys=True)
        return (text[:-1] + f',"{key}":{json.dumps(draw(json_values))}}}').encode()
    elif action == 5:
        return draw(hostile_json_text())
    return json.dumps(doc, sort_keys=True, allow_nan=True).encode("utf-8", "surrogatepass")


def _model_fields(kind: str) -> list[str]:
    return sorted(RECORD_KINDS[kind].model_fields)


@st.composite
def record_values(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    """A record of `kind` with every field of its model, each a hostile JSON value."""
    fields = _model_fields(kind)
    keep = draw(st.lists(st.sampled_from(fields), unique=True)) if fields else []
    return {name: draw(json_values) for name in keep}


@st.composite
def content_frames(draw: st.DrawFn) -> tuple[bytes, int, int]:
    """Well-formed content frames (records and blobs): bytes, record count, blob count."""
    out = b""
    records = blobs = 0
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            kind = draw(st.sampled_from(sorted(RECORD_KINDS)))
            body = json.dumps(draw(record_values(kind)), allow_nan=True, default=str)
            out += frame(RECORD, bytes([len(kind)]) + kind.encode() + body.encode())
            records += 1
        else:
            blob_id = draw(st.sampled_from(["attachment/1", "a", "x" * 128]))
            out += frame(BLOB_BEGIN, bytes([len(blob_id)]) + blob_id.encode())
            for piece in draw(st.lists(st.binary(min_size=1, max_size=64), max_size=3)):
                out += frame(BLOB_DATA, piece)
            out += frame(BLOB_END, b"")
            blobs += 1
    return out, records, blobs


def _raw_frame(tag: int, declared: int, body: bytes) -> bytes:
    return struct.pack(">BI", tag, declared) + body


@st.composite
def hostile_frame(draw: st.DrawFn) -> bytes:
    """One frame with a wrong tag, a lying length, a bad kind or blob id, or hostile JSON."""
    tag = draw(st.sampled_from([RECORD, BLOB_BEGIN, BLOB_DATA, BLOB_END, END_OF_CONTENT, 0, 0xFF]))
    body = draw(
        st.one_of(
            st.binary(max_size=64),
            hostile_json_text().map(lambda j: b"\x04case" + j),
            st.sampled_from([b"\x00", b"\x21" + b"a" * 33, b"\x04CASE{}", b"\x01/", b"\x05a b/c"]),
        )
    )
    declared = draw(
        st.one_of(
            st.just(len(body)),
            st.sampled_from(
                [0, 1, 2**32 - 1, MAX_RECORD_JSON + 34, MAX_MANIFEST + 1, CHUNK_SIZE + 1]
            ),
            st.integers(0, 2**32 - 1),
        )
    )
    return _raw_frame(tag, declared, body)


@st.composite
def payloads(draw: st.DrawFn) -> bytes:
    """A payload plaintext: genuine, or with hostile frames, a hostile signed manifest, frames
    reordered, duplicated or dropped, or cut short."""
    content, records, blobs = draw(content_frames())
    if draw(st.booleans()):
        content += draw(hostile_frame())
    content += frame(END_OF_CONTENT, b"")
    manifest = targets.manifest_for(content, records, blobs)
    manifest_doc = json.loads(encode_manifest(manifest))
    manifest_bytes = (
        draw(mutated_document(manifest_doc)) if draw(st.booleans()) else encode_manifest(manifest)
    )
    trailer = targets.signed_trailer(manifest_bytes)
    payload = content + trailer
    action = draw(st.integers(0, 5))
    if action == 1:  # cut anywhere
        payload = payload[: draw(st.integers(0, max(len(payload) - 1, 0)))]
    elif action == 2:  # a second trailer, or frames after the signature
        payload += draw(st.sampled_from([trailer, frame(RECORD, b"\x04case{}"), b"\x00"]))
    elif action == 3:  # the trailer before the content
        payload = trailer + content
    elif action == 4:  # a wrong signature frame length
        payload = content + frame(MANIFEST, manifest_bytes) + frame(SIGNATURE, b"\x00" * 64)
    return payload


@st.composite
def bundle_files(draw: st.DrawFn, armoured: bool = False) -> bytes:
    """A genuine bundle file with its outer structure broken: header fields, cuts at and around
    chunk boundaries, flipped bytes, appended data, or the same in armour."""
    content, records, blobs = draw(content_frames())
    padding = draw(st.sampled_from([0, CHUNK_SIZE - 40, CHUNK_SIZE]))
    if padding:
        content += (
            frame(BLOB_BEGIN, b"\x01b") + frame(BLOB_DATA, b"\x00" * padding) + frame(BLOB_END, b"")
        )
        blobs += 1
    bundle = targets.seal_payload(targets.genuine_payload(content, records, blobs))
    header_length = 23 + 1168 + 16 + 32
    action = 5 if armoured else draw(st.integers(0, 6))
    if action == 1:  # a header field at and past its bounds
        offset, fmt, value = draw(
            st.sampled_from(
                [
                    (16, ">B", 2),
                    (16, ">B", 0),
                    (17, ">H", 2),
                    (19, ">H", 0),
                    (19, ">H", 65),
                    (19, ">H", 2),
                    (21, ">H", 1167),
                    (21, ">H", 0xFFFF),
                ]
            )
        )
        packed = struct.pack(fmt, value)
        bundle = bundle[:offset] + packed + bundle[offset + len(packed) :]
    elif action == 2:  # cut at or next to a chunk boundary, or in the header
        boundaries = [header_length + i * (CHUNK_SIZE + 16) for i in range(3)]
        cut = draw(st.sampled_from(boundaries)) + draw(st.integers(-17, 17))
        bundle = bundle[: max(cut, 0)]
    elif action == 3:  # one flipped byte
        index = draw(st.integers(0, len(bundle) - 1))
        bundle = bundle[:index] + bytes([bundle[index] ^ 0x01]) + bundle[index + 1 :]
    elif action == 4:  # bytes appended
        bundle += draw(st.binary(min_size=1, max_size=40))
    elif action == 5:  # armoured, then maybe damaged line by line
        text = armor(bundle)
        lines = text.split(b"\n")
        if draw(st.booleans()) and len(lines) > 2:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = draw(st.sampled_from([b"", b"====", lines[i] * 2, b"\xff", b"A" * 200]))
        bundle = b"\n".join(lines)
    elif action == 6:
        return draw(st.binary(max_size=200))
    return bundle


@st.composite
def card_bytes(draw: st.DrawFn) -> bytes:
    """A genuine identity card with one field broken, in binary or text form."""
    genuine = targets.sample_card()
    body = draw(mutated_document(json.loads(genuine))) if draw(st.booleans()) else genuine
    if draw(st.booleans()):
        from casevault.exchange.identity_card import card_to_text

        text = card_to_text(body).encode()
        if draw(st.booleans()):
            text = text[: draw(st.integers(0, len(text)))]
        return text
    return body


@st.composite
def keyslot_bytes(draw: st.DrawFn) -> bytes:
    """A genuine keyslot file with a field (or a slot's field) broken."""
    genuine = json.loads(targets.sample_keyslot_file())
    if draw(st.booleans()) and isinstance(genuine.get("slots"), list) and genuine["slots"]:
        slot = draw(mutated_document(genuine["slots"][0]))
        try:
            genuine["slots"] = [json.loads(slot)]
        except ValueError:
            return slot
        return json.dumps(genuine).encode()
    return draw(mutated_document(genuine))


@st.composite
def enrolment_bytes(draw: st.DrawFn) -> bytes:
    """An enrolment record, its fields hostile."""
    from casevault.exchange.content import EnrolmentRecord

    fields = sorted(EnrolmentRecord.model_fields)
    doc = {name: draw(json_values) for name in draw(st.lists(st.sampled_from(fields), unique=True))}
    return draw(mutated_document(doc)) if draw(st.booleans()) else json.dumps(doc).encode()


@st.composite
def record_bytes(draw: st.DrawFn) -> bytes:
    """For the content_record target: a kind selector byte, then hostile record JSON."""
    kinds = sorted(RECORD_KINDS)
    index = draw(st.integers(0, len(kinds) - 1))
    doc = draw(record_values(kinds[index]))
    raw = draw(mutated_document(doc)) if draw(st.booleans()) else json.dumps(doc).encode()
    return bytes([index]) + raw


STRATEGIES: dict[str, st.SearchStrategy[bytes]] = {
    "bundle_file": st.one_of(bundle_files(), st.binary(max_size=300)),
    "bundle_payload": payloads(),
    "armour": st.one_of(bundle_files(armoured=True), st.binary(max_size=300)),
    "identity_card": st.one_of(card_bytes(), st.binary(max_size=200)),
    "join_request": card_bytes(),
    "enrolment_record": st.one_of(enrolment_bytes(), hostile_json_text()),
    "content_record": st.one_of(record_bytes(), st.binary(max_size=200)),
    "keyslot_file": st.one_of(keyslot_bytes(), hostile_json_text(), st.binary(max_size=200)),
}
"""Per target: structured hostile inputs (and some plain random bytes)."""
