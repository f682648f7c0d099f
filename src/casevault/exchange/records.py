"""The plaintext inside a bundle's stream: typed, length-prefixed frames.

Implements docs/spec/bundle-format.md, section "Payload frames". Each frame is
`tag (1 byte) || length (4 bytes, big-endian) || body`, and the payload is

    ( RECORD | BLOB_BEGIN BLOB_DATA* BLOB_END )*  END_OF_CONTENT  MANIFEST  SIGNATURE

with nothing after SIGNATURE. The content hash (SHA-256, signed in the manifest) covers
every frame byte from the first frame through END_OF_CONTENT. Every length is checked
against its bound before the body is read, so memory stays bounded whatever the input:
one JSON record (1 MiB) or one blob chunk (64 KiB) at a time.

`ContentWriter` produces frames into any sink; `FrameReader` parses them from decrypted
chunks and `iterate_content` turns them into `JsonRecord` and `Blob` items.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
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
from casevault.exchange.errors import (
    FrameMalformed,
    InvalidIdentifier,
    LimitExceeded,
    RecordNotSerialisable,
)

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


@dataclass(frozen=True)
class JsonRecord:
    """One JSON record: `kind` (e.g. "case", "evaluation", "tombstone") and its object."""

    kind: str
    value: dict[str, Any]


def encode_json(value: object) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8, no NaN. Raises TypeError/ValueError."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


# The JSON profile (docs/spec/json.md): what a reader accepts beyond RFC 8259 itself.
MAX_JSON_DEPTH = 32  # nested arrays and objects; a case record needs 6
MAX_SAFE_INTEGER = 2**53 - 1  # exact in every JSON implementation (RFC 7493, I-JSON)
# Cheap searches of the text that say when the slower walk over every value is needed: a long
# digit run (a large integer, or only digits inside a string), a possible fraction, an escape
# in the surrogate range. Ordinary records match none of them. Digits are mapped to "D" and
# searched with `in` (C speed; a regex like [0-9]{16,} costs fifty times more).
_DIGITS_AS_D = bytes.maketrans(b"0123456789E", b"DDDDDDDDDDe")
_SIXTEEN_DIGITS = b"D" * 16
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constant(name: str) -> None:
    raise ValueError(name)  # NaN, Infinity: not JSON


def _no_fraction(text: str) -> None:
    raise ValueError("number with a fraction or an exponent")  # no record needs one


def _check_depth(container: dict[str, Any] | list[Any], depth: int) -> None:
    # Visits containers only: a few microseconds for a case record.
    if depth > MAX_JSON_DEPTH:
        raise ValueError("nested too deeply")
    for item in container.values() if type(container) is dict else container:
        if type(item) is dict or type(item) is list:
            _check_depth(item, depth + 1)


def _check_values(value: object) -> None:
    """Integers within +-MAX_SAFE_INTEGER, no fractions, no lone surrogate in any string."""
    if isinstance(value, dict):
        for key, item in value.items():
            _check_string(key)
            _check_values(item)
    elif isinstance(value, list):
        for item in value:
            _check_values(item)
    elif isinstance(value, str):
        _check_string(value)
    elif isinstance(value, float):
        raise ValueError("number with a fraction")
    elif isinstance(value, int) and not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        raise ValueError("integer too large")  # (True and False are within the range)


def _check_string(text: str) -> None:
    # A valid pair of escapes was joined into one code point by the parser: what is left in
    # the surrogate range was a lone escape, which no UTF-8 text can carry.
    if any("\ud800" <= char <= "\udfff" for char in text):
        raise ValueError("lone surrogate")


def check_json_profile(value: dict[str, Any], text: bytes, *, written: bool = False) -> None:
    """Raise ValueError unless `value` (whose JSON text is `text`) is within the profile's
    depth, integer and surrogate rules (docs/spec/json.md), and, when `written` (a value our
    own writer encoded, where Python floats could hide), has no fractions. A reader needs no
    fraction check here: its parser already refuses them."""
    _check_depth(value, 1)
    shape = text.translate(_DIGITS_AS_D)
    if (
        _SIXTEEN_DIGITS in shape
        or (b"\\u" in text and _ESCAPED_SURROGATE.search(text) is not None)
        or (written and (b"D." in shape or b"De" in shape))
    ):
        _check_values(value)


def parse_json_object(untrusted: bytes) -> dict[str, Any]:
    """A JSON object under the profile of docs/spec/json.md, for every signed JSON document we
    read (records, manifests, identity cards, node certificates, key statements).

    UTF-8 without BOM; no duplicate keys; no NaN or Infinity; numbers are integers within
    +-(2**53 - 1) (no fraction, no exponent); no lone surrogate escapes; at most
    MAX_JSON_DEPTH nested arrays and objects; the top level is an object. Raises ValueError
    (UnicodeDecodeError included) for anything else, and never RecursionError."""
    try:
        value = json.loads(
            untrusted.decode("utf-8"),  # a BOM stays U+FEFF, which json refuses
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_no_fraction,
        )
        if not isinstance(value, dict):
            raise ValueError("not an object")
        check_json_profile(value, untrusted)
    except RecursionError as exc:  # nested deeper than the parser's stack
        raise ValueError("nested too deeply") from exc
    return value


def decode_json(untrusted: bytes, error_field: str) -> dict[str, Any]:
    """A JSON object under the profile of docs/spec/json.md (`parse_json_object`), else
    FrameMalformed(error_field)."""
    try:
        return parse_json_object(untrusted)
    except ValueError as exc:
        raise FrameMalformed(error_field) from exc


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
