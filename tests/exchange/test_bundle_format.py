"""Header layout and bounds, identifier rules, frame grammar and manifest shape."""

from __future__ import annotations

import io
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.exchange import bundle_format as bf
from casevault.exchange import errors
from casevault.exchange.manifest import decode_manifest
from casevault.exchange.records import (
    BLOB_DATA,
    END_OF_CONTENT,
    RECORD,
    ContentWriter,
    FrameReader,
    JsonRecord,
    frame,
    iterate_content,
)

STANZA = bytes(range(256)) * 4 + bytes(144)
NONCE = bytes(16)


def header(count: int = 2) -> bytes:
    return bf.encode_header_without_mac([STANZA] * count, NONCE) + bytes(32)


def test_header_round_trip() -> None:
    parsed = bf.read_header(io.BytesIO(header(3) + b"stream"))
    assert parsed.stanzas == (STANZA,) * 3
    assert parsed.stream_nonce == NONCE
    assert parsed.authenticated_bytes == header(3)[:-32]


@pytest.mark.parametrize(
    ("offset", "value", "error"),
    [
        (0, ord("X"), errors.NotABundle),
        (16, 2, errors.UnsupportedVersion),
        (18, 2, errors.UnsupportedSuite),
        (20, 0, errors.LimitExceeded),
        (20, 65, errors.LimitExceeded),
        (22, 0, errors.LimitExceeded),
    ],
)
def test_header_field_outside_its_range(offset: int, value: int, error: type[Exception]) -> None:
    data = bytearray(header())
    data[offset] = value
    with pytest.raises(error):
        bf.read_header(io.BytesIO(bytes(data)))


def test_every_header_prefix_is_refused() -> None:
    data = header(1)
    for cut in range(len(data)):
        with pytest.raises((errors.HeaderTruncated, errors.NotABundle)):
            bf.read_header(io.BytesIO(data[:cut]))


def test_writer_refuses_too_many_recipients() -> None:
    with pytest.raises(errors.LimitExceeded) as caught:
        bf.encode_header_without_mac([STANZA] * 65, NONCE)
    assert (caught.value.limit, caught.value.maximum) == ("recipients", 64)


@pytest.mark.parametrize("value", ["", " org", "a" * 65, "org a", "оrg", "a\n"])
def test_bad_identifiers(value: str) -> None:
    with pytest.raises(errors.InvalidIdentifier):
        bf.check_identifier("org_id", value)


def _content(*frames: bytes) -> list[object]:
    reader = FrameReader(iter([b"".join(frames)]))
    return list(iterate_content(reader))


def test_records_round_trip_through_frames() -> None:
    sink = io.BytesIO()
    writer = ContentWriter(sink)
    writer.add_record("case", {"name": "Чувиляев", "n": 1})
    writer.add_blob("blob-1", io.BytesIO(b"x" * 70000))
    digest = writer.end()
    reader = FrameReader(iter([sink.getvalue()]))
    items = list(iterate_content(reader))
    assert items[0] == JsonRecord("case", {"name": "Чувиляев", "n": 1})
    assert reader.content_hash() == digest
    assert reader.content_length == writer.length


@pytest.mark.parametrize(
    "frames",
    [
        [frame(0x7E, b"")],  # unknown tag
        [frame(BLOB_DATA, b"x")],  # blob data outside a blob
        [frame(RECORD, b"\x04case[1]")],  # not a JSON object
        [frame(RECORD, b'\x04case{"a":1,"a":2}')],  # duplicate key
        [frame(RECORD, b'\x04case{"a":NaN}')],  # not JSON
        [frame(RECORD, b"\x04Case{}")],  # kind not lower-case
        [frame(RECORD, b"\x09case{}")],  # kind length past the body
        [frame(RECORD, b"\x04case" + b"[" * 100000 + b"]" * 100000)],  # deep nesting
        [frame(0x02, b"\x01a"), frame(0x04, b""), frame(0x02, b"\x01a"), frame(0x04, b"")],
        [struct.pack(">BI", RECORD, 10) + b"short"],  # ends inside a frame
    ],
)
def test_malformed_frames(frames: list[bytes]) -> None:
    with pytest.raises(errors.FrameMalformed):
        _content(*frames, frame(END_OF_CONTENT, b""))


def test_oversized_frame_is_refused_before_reading_it() -> None:
    with pytest.raises(errors.LimitExceeded) as caught:
        _content(struct.pack(">BI", RECORD, 2**32 - 1))
    assert caught.value.limit == "record_length"


def test_writer_refuses_oversized_record() -> None:
    with pytest.raises(errors.LimitExceeded):
        ContentWriter(io.BytesIO()).add_record("case", {"x": "a" * bf.MAX_RECORD_JSON})


def test_writer_refuses_non_json() -> None:
    with pytest.raises(errors.RecordNotSerialisable):
        ContentWriter(io.BytesIO()).add_record("case", {"x": object()})


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_frames_raise_only_exchange_errors(data: bytes) -> None:
    reader = FrameReader(iter([data]))
    try:
        for item in iterate_content(reader):
            if not isinstance(item, JsonRecord):
                item.drain()
    except errors.ExchangeError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_manifest_bytes_raise_only_manifest_invalid(data: bytes) -> None:
    with pytest.raises(errors.ManifestInvalid):
        decode_manifest(data)
