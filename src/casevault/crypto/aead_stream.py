"""Chunked AEAD stream (age's STREAM): large content encrypted and checked 64 KiB at a time.

Construction (docs/spec/bundle-format.md, section "Payload stream"), the one of age v1:

* payload key = HKDF-SHA256(ikm=file key, salt=16-byte stream nonce, info=label), 32 bytes;
* the plaintext is cut into chunks of exactly 64 KiB, the last one 0..64 KiB (empty only when
  the whole plaintext is empty);
* chunk i is ChaCha20-Poly1305(payload key, nonce = i as 11-byte big-endian || last flag,
  no associated data), so each ciphertext chunk is its plaintext plus a 16-byte tag.

What this guarantees: a reordered, swapped, duplicated or altered chunk fails its tag (its
position is in the nonce); a stream cut at a chunk boundary lacks the last-flag chunk; bytes
after the last chunk are noticed. Each failure is its own `StreamError` subclass.

Memory: the encryptor holds one chunk, the decryptor two (one of look-ahead), whatever the
total size. The decryptor yields each chunk as soon as it authenticates: a caller must treat
what it has seen as provisional until the iteration ends without raising (the bundle reader
does so by reading the stream twice; see casevault.exchange.unseal).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casevault.crypto.errors import (
    StreamCorrupt,
    StreamEmptyFinalChunk,
    StreamTrailingData,
    StreamTruncated,
)
from casevault.crypto.randomness import random_bytes

CHUNK_SIZE = 64 * 1024
TAG_LENGTH = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_LENGTH
STREAM_NONCE_LENGTH = 16
FILE_KEY_LENGTH = 32
COUNTER_LENGTH = 11
MAX_CHUNKS = 2 ** (8 * COUNTER_LENGTH)  # the counter never wraps: refused long before
DEFAULT_LABEL = b"casevault/stream/v1 payload"


class ByteSink(Protocol):
    """Where ciphertext goes: any binary file-like object with `write`."""

    def write(self, data: bytes, /) -> object: ...


class ByteSource(Protocol):
    """Where ciphertext comes from: any binary file-like object with `read`."""

    def read(self, size: int = -1, /) -> bytes: ...


def new_file_key() -> bytes:
    """A fresh random 32-byte file key."""
    return random_bytes(FILE_KEY_LENGTH)


def new_stream_nonce() -> bytes:
    """A fresh random 16-byte stream nonce (the HKDF salt: one payload key per file)."""
    return random_bytes(STREAM_NONCE_LENGTH)


def derive_payload_key(file_key: bytes, stream_nonce: bytes, label: bytes = DEFAULT_LABEL) -> bytes:
    """HKDF-SHA256(ikm=file_key, salt=stream_nonce, info=label) -> 32 bytes.

    Raises ValueError on a wrong key or nonce length (a programming error, not bad input:
    both lengths are fixed by the container format before this is called).
    """
    if len(file_key) != FILE_KEY_LENGTH or len(stream_nonce) != STREAM_NONCE_LENGTH:
        raise ValueError("file key must be 32 bytes and stream nonce 16 bytes")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=stream_nonce, info=label)
    return hkdf.derive(file_key)


def chunk_nonce(index: int, last: bool) -> bytes:
    """The 12-byte ChaCha20-Poly1305 nonce of chunk `index`: counter (11 bytes BE) || flag."""
    if not 0 <= index < MAX_CHUNKS:
        raise ValueError("chunk counter out of range")
    return index.to_bytes(COUNTER_LENGTH, "big") + (b"\x01" if last else b"\x00")


class StreamEncryptor:
    """Encrypt incrementally: `write()` any number of times, then `close()` exactly once.

    A full chunk is written out only once more data arrives after it, so that the last chunk
    can carry the last flag. Forgetting `close()` leaves a stream every reader refuses as
    truncated, which is the safe failure.
    """

    def __init__(
        self, file_key: bytes, stream_nonce: bytes, sink: ByteSink, label: bytes = DEFAULT_LABEL
    ) -> None:
        self._aead = ChaCha20Poly1305(derive_payload_key(file_key, stream_nonce, label))
        self._sink = sink
        self._buffer = bytearray()
        self._index = 0
        self._closed = False
        self.plaintext_length = 0

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Add plaintext. Raises ValueError after close()."""
        if self._closed:
            raise ValueError("stream already closed")
        view = memoryview(data).cast("B")
        self.plaintext_length += len(view)
        while view:
            room = CHUNK_SIZE - len(self._buffer)
            if room == 0:
                self._emit(last=False)  # a full chunk with more data after it
                continue
            self._buffer += view[:room]
            view = view[room:]

    def close(self) -> None:
        """Write the last chunk (possibly empty, if nothing was written at all)."""
        if self._closed:
            raise ValueError("stream already closed")
        self._emit(last=True)
        self._closed = True

    def _emit(self, last: bool) -> None:
        nonce = chunk_nonce(self._index, last)
        self._sink.write(self._aead.encrypt(nonce, bytes(self._buffer), None))
        self._index += 1
        self._buffer.clear()


def _read_up_to(source: ByteSource, size: int) -> bytes:
    """Read `size` bytes, fewer only at end of input (file objects may return short reads)."""
    parts: list[bytes] = []
    missing = size
    while missing > 0:
        part = source.read(missing)
        if not part:
            break
        parts.append(part)
        missing -= len(part)
    return b"".join(parts)


class StreamDecryptor:
    """Decrypt incrementally from a file-like source: iterate `chunks()` once.

    Raises (from the iteration): StreamTruncated, StreamCorrupt, StreamTrailingData,
    StreamEmptyFinalChunk. Plaintext already yielded is authentic but the stream is known
    to be complete only when the iteration ends without raising.
    """

    def __init__(
        self,
        file_key: bytes,
        stream_nonce: bytes,
        source: ByteSource,
        label: bytes = DEFAULT_LABEL,
    ) -> None:
        self._aead = ChaCha20Poly1305(derive_payload_key(file_key, stream_nonce, label))
        self._source = source

    def _open(self, index: int, ciphertext: bytes, last: bool) -> bytes | None:
        if index >= MAX_CHUNKS:
            raise StreamCorrupt(index)
        try:
            return self._aead.decrypt(chunk_nonce(index, last), ciphertext, None)
        except InvalidTag:
            return None

    def chunks(self) -> Iterator[bytes]:
        """Yield the plaintext chunks in order; see the class docstring for what it raises."""
        index = 0
        pending = _read_up_to(self._source, ENCRYPTED_CHUNK_SIZE)
        while True:
            if len(pending) < ENCRYPTED_CHUNK_SIZE:
                yield self._open_short_last(index, pending)
                return
            following = _read_up_to(self._source, ENCRYPTED_CHUNK_SIZE)
            if not following:
                yield self._open_full_last(index, pending)
                return
            plaintext = self._open(index, pending, last=False)
            if plaintext is None:
                if self._open(index, pending, last=True) is not None:
                    raise StreamTrailingData()
                raise StreamCorrupt(index)
            yield plaintext
            pending = following
            index += 1

    def _open_short_last(self, index: int, ciphertext: bytes) -> bytes:
        # Shorter than a full chunk: it can only be the last one.
        if len(ciphertext) < TAG_LENGTH:
            raise StreamTruncated(index)
        plaintext = self._open(index, ciphertext, last=True)
        if plaintext is None:
            raise StreamCorrupt(index)
        if not plaintext and index > 0:
            raise StreamEmptyFinalChunk()
        return plaintext

    def _open_full_last(self, index: int, ciphertext: bytes) -> bytes:
        # A full chunk followed by end of input: it must carry the last flag.
        plaintext = self._open(index, ciphertext, last=True)
        if plaintext is not None:
            return plaintext
        if self._open(index, ciphertext, last=False) is not None:
            raise StreamTruncated(index + 1)  # cut exactly at a chunk boundary
        raise StreamCorrupt(index)


def encrypt_stream(
    file_key: bytes,
    stream_nonce: bytes,
    source: ByteSource,
    sink: ByteSink,
    label: bytes = DEFAULT_LABEL,
) -> int:
    """Encrypt all of `source` into `sink` in bounded memory; return the plaintext length."""
    encryptor = StreamEncryptor(file_key, stream_nonce, sink, label)
    while block := source.read(CHUNK_SIZE):
        encryptor.write(block)
    encryptor.close()
    return encryptor.plaintext_length
