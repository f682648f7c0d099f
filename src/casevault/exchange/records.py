"""The plaintext inside a bundle's stream: typed, length-prefixed frames.

Implements docs/spec/bundle-format.md, section "Payload frames". Each frame is
`tag (1 byte) || length (4 bytes, big-endian) || body`, and the payload is

    ( RECORD | BLOB_BEGIN BLOB_DATA* BLOB_END )*  END_OF_CONTENT  MANIFEST  SIGNATURE

with nothing after SIGNATURE. The content hash (SHA-256, signed in the manifest) covers
every frame byte from the first frame through END_OF_CONTENT. Every length is checked
against its bound before the body is read, so memory stays bounded whatever the input:
one JSON record (1 MiB) or one blob chunk (64 KiB) at a time.

This module turns parsed frames into items: `iterate_content` yields `JsonRecord` and `Blob`.
The frames themselves are exchange/frames.py's (`ContentWriter`, `FrameReader`, the tags); the
JSON profile is exchange/json_profile.py's. Their public names are re-exported here, where
callers have always imported them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from casevault.exchange.bundle_format import (
    MAX_BLOB_ID_LENGTH,
    MAX_BLOB_SIZE,
    MAX_ITEMS,
    MAX_KIND_LENGTH,
    MAX_RECORD_JSON,
    check_blob_id,
    check_kind,
)
from casevault.exchange.errors import FrameMalformed, InvalidIdentifier, LimitExceeded
from casevault.exchange.frames import (
    BLOB_BEGIN,
    BLOB_DATA,
    BLOB_END,
    END_OF_CONTENT,
    MANIFEST,
    RECORD,
    SIGNATURE,
    SIGNATURE_LENGTH,
    ContentWriter,
    FrameReader,
    Readable,
    Writable,
    frame,
)
from casevault.exchange.json_profile import (
    MAX_JSON_DEPTH,
    MAX_SAFE_INTEGER,
    check_json_profile,
    decode_json,
    encode_json,
    parse_json_object,
)

__all__ = [
    "BLOB_BEGIN",
    "BLOB_DATA",
    "BLOB_END",
    "END_OF_CONTENT",
    "MANIFEST",
    "MAX_JSON_DEPTH",
    "MAX_SAFE_INTEGER",
    "RECORD",
    "SIGNATURE",
    "SIGNATURE_LENGTH",
    "Blob",
    "ContentWriter",
    "FrameReader",
    "JsonRecord",
    "Readable",
    "Writable",
    "check_json_profile",
    "decode_json",
    "encode_json",
    "frame",
    "iterate_content",
    "parse_json_object",
]


@dataclass(frozen=True)
class JsonRecord:
    """One JSON record: `kind` (e.g. "case", "evaluation", "tombstone") and its object."""

    kind: str
    value: dict[str, Any]


def _split_prefixed(untrusted_body: bytes, max_length: int, what: str) -> tuple[str, bytes]:
    if not untrusted_body:
        raise FrameMalformed(what)
    length = untrusted_body[0]
    if not 1 <= length <= max_length or len(untrusted_body) < 1 + length:
        raise FrameMalformed(what)
    try:
        text = untrusted_body[1 : 1 + length].decode("ascii")
    except UnicodeDecodeError as exc:
        raise FrameMalformed(what) from exc
    return text, untrusted_body[1 + length :]


@dataclass
class Blob:
    """An attachment in the content, streamed: iterate `chunks()` (each 1..64 KiB) once.

    Chunks not consumed before the next item is requested are skipped (still checked).
    """

    blob_id: str
    _reader: FrameReader = field(repr=False)
    size: int = 0
    finished: bool = False

    def chunks(self) -> Iterator[bytes]:
        """The blob's bytes, in order. Raises FrameMalformed, LimitExceeded."""
        while not self.finished:
            tag, body = self._reader.next_frame()
            if tag == BLOB_END:
                self.finished = True
                return
            if tag != BLOB_DATA or not body:
                raise FrameMalformed("blob_data")
            self.size += len(body)
            if self.size > MAX_BLOB_SIZE:
                raise LimitExceeded("blob_size", self.size, MAX_BLOB_SIZE)
            yield body

    def drain(self) -> None:
        """Skip (and check) what is left of this blob."""
        for _ in self.chunks():
            pass


def iterate_content(reader: FrameReader) -> Iterator[JsonRecord | Blob]:
    """Items up to END_OF_CONTENT; stops after it. Raises FrameMalformed, LimitExceeded."""
    items = 0
    blob_ids: set[str] = set()
    while True:
        tag, body = reader.next_frame()
        if tag == END_OF_CONTENT:
            return
        items += 1
        if items > MAX_ITEMS:
            raise LimitExceeded("items", items, MAX_ITEMS)
        if tag == RECORD:
            kind, json_bytes = _split_prefixed(body, MAX_KIND_LENGTH, "kind")
            try:
                check_kind(kind)
            except InvalidIdentifier as exc:
                raise FrameMalformed("kind") from exc
            if len(json_bytes) > MAX_RECORD_JSON:  # the frame bound allows a 32-byte kind
                raise LimitExceeded("record_length", len(json_bytes), MAX_RECORD_JSON)
            yield JsonRecord(kind, decode_json(json_bytes, "record"))
        elif tag == BLOB_BEGIN:
            blob_id, rest = _split_prefixed(body, MAX_BLOB_ID_LENGTH, "blob_id")
            try:
                check_blob_id(blob_id)
            except InvalidIdentifier as exc:
                raise FrameMalformed("blob_id") from exc
            if rest or blob_id in blob_ids:
                raise FrameMalformed("blob_id")
            blob_ids.add(blob_id)
            blob = Blob(blob_id, reader)
            yield blob
            blob.drain()
        else:
            raise FrameMalformed("order")
