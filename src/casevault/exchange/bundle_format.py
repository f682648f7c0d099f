"""The outer binary header of a bundle, and every bound of the format, in one place.

Implements docs/spec/bundle-format.md, sections "Header" and "Bounds". This module only
reads and writes bytes and checks sizes: no key is touched here (seal.py and unseal.py
call crypto/ for that). Layout (all integers big-endian):

    magic         16   b"CASEVAULT-BUNDLE"
    version        1   1
    suite          2   1  (HPKE X-Wing/HKDF-SHA256/ChaCha20-Poly1305, STREAM, Ed25519+ML-DSA-65)
    stanza_count   2   1..MAX_RECIPIENTS
    stanza_length  2   STANZA_LENGTH (1168)
    stanzas        stanza_count x stanza_length
    stream_nonce  16
    header_mac    32   HMAC over every byte above

The encrypted payload stream follows the MAC directly.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from typing import Protocol

from casevault.crypto.aead_stream import STREAM_NONCE_LENGTH
from casevault.crypto.header_mac import MAC_LENGTH
from casevault.crypto.hpke_wrap import STANZA_LENGTH
from casevault.exchange.errors import (
    HeaderTruncated,
    InvalidIdentifier,
    LimitExceeded,
    NotABundle,
    UnsupportedSuite,
    UnsupportedVersion,
)

MAGIC = b"CASEVAULT-BUNDLE"
VERSION = 1
SUITE = 1
_FIXED = struct.Struct(">16sBHHH")  # magic, version, suite, stanza_count, stanza_length

# Labels: each names format, version and suite, so no key or MAC is valid in another role.
HPKE_INFO = b"casevault/bundle/v1 suite-1 file-key"
HEADER_MAC_LABEL = b"casevault/bundle/v1 suite-1 header-mac"
PAYLOAD_LABEL = b"casevault/bundle/v1 suite-1 payload"
SIGNATURE_CONTEXT = b"casevault/bundle-manifest/v1"

# Bounds (docs/spec/bundle-format.md, "Bounds"). A reader refuses anything outside them
# before allocating for it; the writer refuses to produce it.
MAX_RECIPIENTS = 64
MAX_RECORD_JSON = 1024 * 1024  # one case with its timeline fits many times over
MAX_BLOB_CHUNK = 64 * 1024
MAX_BLOB_SIZE = 4 * 1024**3  # a scanned document or a video of a call-up paper
MAX_ITEMS = 1_000_000  # records + blobs: ten times the largest vault we plan for
MAX_CONTENT_LENGTH = 64 * 1024**3
MAX_MANIFEST = 256 * 1024  # 64 recipients take about 10 KiB; the rest is headroom
MAX_ID_LENGTH = 64
MAX_KIND_LENGTH = 32
MAX_BLOB_ID_LENGTH = 128

# Identifiers: printable ASCII without spaces, so they can go in a file name or a log line.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
_KIND = re.compile(r"[a-z][a-z0-9_.-]{0,31}")
_BLOB_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}")


def check_identifier(field: str, value: str) -> str:
    """Return `value` if it is a valid bundle, organisation or node id; else InvalidIdentifier."""
    if not isinstance(value, str) or _ID.fullmatch(value) is None:
        raise InvalidIdentifier(field)
    return value


def check_kind(value: str) -> str:
    """Return `value` if it is a valid record kind (lower-case ASCII, 1..32)."""
    if not isinstance(value, str) or _KIND.fullmatch(value) is None:
        raise InvalidIdentifier("kind")
    return value


def check_blob_id(value: str) -> str:
    """Return `value` if it is a valid blob id (ASCII, 1..128); else InvalidIdentifier."""
    if not isinstance(value, str) or _BLOB_ID.fullmatch(value) is None:
        raise InvalidIdentifier("blob_id")
    return value


class Readable(Protocol):
    """A binary file-like object we read from."""

    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class BundleHeader:
    """A parsed header. `authenticated_bytes` is what the MAC covers (all bytes before it)."""

    stanzas: tuple[bytes, ...]
    stream_nonce: bytes
    untrusted_mac: bytes
    authenticated_bytes: bytes


def encode_header_without_mac(stanzas: list[bytes], stream_nonce: bytes) -> bytes:
    """The header bytes the MAC covers. Raises LimitExceeded for a bad recipient count."""
    if not 1 <= len(stanzas) <= MAX_RECIPIENTS:
        raise LimitExceeded("recipients", len(stanzas), MAX_RECIPIENTS)
    if any(len(s) != STANZA_LENGTH for s in stanzas) or len(stream_nonce) != STREAM_NONCE_LENGTH:
        raise ValueError("stanza or nonce of the wrong length")
    fixed = _FIXED.pack(MAGIC, VERSION, SUITE, len(stanzas), STANZA_LENGTH)
    return fixed + b"".join(stanzas) + stream_nonce


def _read_exact(source: Readable, size: int) -> bytes:
    parts: list[bytes] = []
    missing = size
    while missing > 0:
        part = source.read(missing)
        if not part:
            raise HeaderTruncated()
        parts.append(part)
        missing -= len(part)
    return b"".join(parts)


def read_header(untrusted_source: Readable) -> BundleHeader:
    """Read and bounds-check the header, leaving `untrusted_source` at the first stream byte.

    Checks structure only; the MAC is checked by the caller once it has the file key.
    Raises NotABundle, UnsupportedVersion, UnsupportedSuite, LimitExceeded, HeaderTruncated.
    """
    try:
        start = _read_exact(untrusted_source, len(MAGIC))
    except HeaderTruncated as exc:
        raise NotABundle() from exc  # shorter than the magic: nothing says it is a bundle
    if start != MAGIC:
        raise NotABundle()
    fixed = start + _read_exact(untrusted_source, _FIXED.size - len(start))
    _, version, suite, count, stanza_length = _FIXED.unpack(fixed)
    if version != VERSION:
        raise UnsupportedVersion(version)
    if suite != SUITE:
        raise UnsupportedSuite(suite)
    if not 1 <= count <= MAX_RECIPIENTS:
        raise LimitExceeded("recipients", count, MAX_RECIPIENTS)
    if stanza_length != STANZA_LENGTH:
        raise LimitExceeded("stanza_length", stanza_length, STANZA_LENGTH)
    body = _read_exact(untrusted_source, count * STANZA_LENGTH + STREAM_NONCE_LENGTH)
    mac = _read_exact(untrusted_source, MAC_LENGTH)
    stanzas = tuple(body[i * STANZA_LENGTH : (i + 1) * STANZA_LENGTH] for i in range(count))
    return BundleHeader(
        stanzas=stanzas,
        stream_nonce=body[count * STANZA_LENGTH :],
        untrusted_mac=mac,
        authenticated_bytes=fixed + body,
    )
