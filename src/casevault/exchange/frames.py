"""Frames of a bundle's plaintext stream: `tag (1 byte) || length (4 bytes, big-endian) || body`.

Implements docs/spec/bundle-format.md, section "Payload frames": the tags and their length
bounds, `ContentWriter` (writes content frames into any sink, hashing them) and `FrameReader`
(parses frames from decrypted chunks, checking every length against its bound before the body
is gathered, and hashing the content frames). What the frames carry is exchange/records.py's.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

from casevault.exchange.bundle_format import (
    MAX_BLOB_CHUNK,
    MAX_BLOB_ID_LENGTH,
    MAX_BLOB_SIZE,
    MAX_CONTENT_LENGTH,
    MAX_ITEMS,
    MAX_KIND_LENGTH,
    MAX_MANIFEST,
    MAX_RECORD_JSON,
    check_blob_id,
    check_kind,
)
from casevault.exchange.errors import FrameMalformed, LimitExceeded, RecordNotSerialisable
from casevault.exchange.json_profile import check_json_profile, encode_json

RECORD = 0x01
BLOB_BEGIN = 0x02
BLOB_DATA = 0x03
BLOB_END = 0x04
END_OF_CONTENT = 0x05
MANIFEST = 0x10
SIGNATURE = 0x11
SIGNATURE_LENGTH = 64 + 3309  # Ed25519 || ML-DSA-65

_FRAME = struct.Struct(">BI")
_MAX_BODY = {
    RECORD: 1 + MAX_KIND_LENGTH + MAX_RECORD_JSON,
    BLOB_BEGIN: 1 + MAX_BLOB_ID_LENGTH,
    BLOB_DATA: MAX_BLOB_CHUNK,
    BLOB_END: 0,
    END_OF_CONTENT: 0,
    MANIFEST: MAX_MANIFEST,
    SIGNATURE: SIGNATURE_LENGTH,
}
_LIMIT_NAMES = {RECORD: "record_length", BLOB_BEGIN: "blob_id_length", MANIFEST: "manifest"}
# Frames whose body has one exact length: any other length is malformed, not "too large".
_EXACT_BODY = {BLOB_END: "blob_end", END_OF_CONTENT: "end_of_content", SIGNATURE: "signature"}


class Writable(Protocol):
    """Where frames go (in a bundle: the stream encryptor)."""

    def write(self, data: bytes, /) -> object: ...


class Readable(Protocol):
    """A binary file-like object we read a blob from."""

    def read(self, size: int = -1, /) -> bytes: ...


def frame(tag: int, body: bytes) -> bytes:
    """One frame's bytes."""
    return _FRAME.pack(tag, len(body)) + body


class ContentWriter:
    """Writes content frames to `sink` and keeps the SHA-256 and length of what it wrote."""

    def __init__(self, sink: Writable) -> None:
        self._sink = sink
        self._hash = hashlib.sha256()
        self.length = 0
        self.records = 0
        self.blobs = 0
        self.ended = False

    def _put(self, tag: int, body: bytes) -> None:
        data = frame(tag, body)
        self.length += len(data)
        if self.length > MAX_CONTENT_LENGTH:
            raise LimitExceeded("content_length", self.length, MAX_CONTENT_LENGTH)
        self._hash.update(data)
        self._sink.write(data)

    def _count_item(self) -> None:
        if self.records + self.blobs >= MAX_ITEMS:
            raise LimitExceeded("items", self.records + self.blobs + 1, MAX_ITEMS)

    def add_record(self, kind: str, value: Mapping[str, Any]) -> None:
        """Append a JSON record. Raises InvalidIdentifier, RecordNotSerialisable, LimitExceeded."""
        check_kind(kind)
        self._count_item()
        if not isinstance(value, Mapping):
            raise RecordNotSerialisable(kind)
        try:
            plain = dict(value)
            body = encode_json(plain)
            check_json_profile(plain, body, written=True)  # what a reader refuses
        except (TypeError, ValueError) as exc:
            raise RecordNotSerialisable(kind) from exc
        if len(body) > MAX_RECORD_JSON:
            raise LimitExceeded("record_length", len(body), MAX_RECORD_JSON)
        kind_bytes = kind.encode("ascii")
        self._put(RECORD, bytes([len(kind_bytes)]) + kind_bytes + body)
        self.records += 1

    def add_blob(self, blob_id: str, source: Readable) -> int:
        """Append a blob read from `source` in 64 KiB pieces; return its size."""
        check_blob_id(blob_id)
        self._count_item()
        id_bytes = blob_id.encode("ascii")
        self._put(BLOB_BEGIN, bytes([len(id_bytes)]) + id_bytes)
        size = 0
        while piece := source.read(MAX_BLOB_CHUNK):
            size += len(piece)
            if size > MAX_BLOB_SIZE:
                raise LimitExceeded("blob_size", size, MAX_BLOB_SIZE)
            self._put(BLOB_DATA, piece)
        self._put(BLOB_END, b"")
        self.blobs += 1
        return size

    def end(self) -> bytes:
        """Write END_OF_CONTENT and return the content hash."""
        self._put(END_OF_CONTENT, b"")
        self.ended = True
        return self._hash.digest()


class FrameReader:
    """Parses frames from an iterator of plaintext chunks, hashing content frames.

    Raises FrameMalformed (unknown tag, data ends inside a frame) and LimitExceeded (a
    length over its bound, checked before the body is gathered).
    """

    def __init__(self, plaintext_chunks: Iterator[bytes]) -> None:
        self._chunks = plaintext_chunks
        self._buffer = bytearray()
        self._hash = hashlib.sha256()
        self.hashing = True
        self.content_length = 0

    def _fill(self, size: int) -> bool:
        while len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                return False
            self._buffer += chunk
        return True

    def _take(self, size: int) -> bytes:
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def at_end(self) -> bool:
        """True when no byte is left (this also drives the stream to its authenticated end)."""
        return not self._fill(1)

    def next_frame(self) -> tuple[int, bytes]:
        """The next (tag, body)."""
        if not self._fill(_FRAME.size):
            raise FrameMalformed("frame_header")
        raw_header = self._take(_FRAME.size)
        untrusted_tag, untrusted_length = _FRAME.unpack(raw_header)
        maximum = _MAX_BODY.get(untrusted_tag)
        if maximum is None:
            raise FrameMalformed("tag")
        exact = _EXACT_BODY.get(untrusted_tag)
        if exact is not None and untrusted_length != maximum:
            raise FrameMalformed(exact)
        if untrusted_length > maximum:
            name = _LIMIT_NAMES.get(untrusted_tag, "frame_length")
            raise LimitExceeded(name, untrusted_length, maximum)
        if not self._fill(untrusted_length):
            raise FrameMalformed("frame_body")
        body = self._take(untrusted_length)
        if self.hashing:
            self.content_length += len(raw_header) + len(body)
            if self.content_length > MAX_CONTENT_LENGTH:
                raise LimitExceeded("content_length", self.content_length, MAX_CONTENT_LENGTH)
            self._hash.update(raw_header)
            self._hash.update(body)
            if untrusted_tag == END_OF_CONTENT:
                self.hashing = False
        return untrusted_tag, body

    def content_hash(self) -> bytes:
        """SHA-256 of the content frames (meaningful once END_OF_CONTENT was read)."""
        return self._hash.digest()
