"""STREAM: round trips at chunk edges, and every way of breaking a stream gives its own error."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.crypto import aead_stream as s
from casevault.crypto.errors import (
    StreamCorrupt,
    StreamEmptyFinalChunk,
    StreamError,
    StreamTrailingData,
    StreamTruncated,
)

KEY = bytes(range(32))
NONCE = bytes(range(16))
FULL = s.ENCRYPTED_CHUNK_SIZE


def encrypt(data: bytes, key: bytes = KEY) -> bytes:
    sink = io.BytesIO()
    s.encrypt_stream(key, NONCE, io.BytesIO(data), sink)
    return sink.getvalue()


def decrypt(data: bytes, key: bytes = KEY) -> bytes:
    return b"".join(s.StreamDecryptor(key, NONCE, io.BytesIO(data)).chunks())


def pattern(length: int) -> bytes:
    return bytes(i % 251 for i in range(length))


@pytest.mark.parametrize(
    "length", [0, 1, s.CHUNK_SIZE - 1, s.CHUNK_SIZE, s.CHUNK_SIZE + 1, 2 * s.CHUNK_SIZE]
)
def test_round_trip_at_chunk_edges(length: int) -> None:
    data = pattern(length)
    ciphertext = encrypt(data)
    chunks = max(1, -(-length // s.CHUNK_SIZE))
    assert len(ciphertext) == length + chunks * s.TAG_LENGTH
    assert decrypt(ciphertext) == data


@settings(max_examples=25, deadline=None)
@given(
    length=st.integers(0, 3 * s.CHUNK_SIZE + 7),
    cuts=st.lists(st.integers(0, 3 * s.CHUNK_SIZE + 7), max_size=6),
)
def test_round_trip_any_length_any_write_sizes(length: int, cuts: list[int]) -> None:
    data = pattern(length)
    sink = io.BytesIO()
    encryptor = s.StreamEncryptor(KEY, NONCE, sink)
    previous = 0
    for cut in [*sorted(c for c in cuts if c <= length), length]:
        encryptor.write(data[previous:cut])
        previous = cut
    encryptor.close()
    assert sink.getvalue() == encrypt(data)  # the encoding does not depend on write sizes
    assert decrypt(sink.getvalue()) == data


def test_nonce_layout_is_counter_then_last_flag() -> None:
    assert s.chunk_nonce(0, last=False) == bytes(12)
    assert s.chunk_nonce(258, last=True) == bytes(9) + b"\x01\x02\x01"


def test_truncated_at_chunk_boundary() -> None:
    ciphertext = encrypt(pattern(2 * s.CHUNK_SIZE + 10))
    with pytest.raises(StreamTruncated) as caught:
        decrypt(ciphertext[: 2 * FULL])
    assert caught.value.chunks_read == 2


def test_truncated_to_nothing_or_inside_a_tag() -> None:
    with pytest.raises(StreamTruncated):
        decrypt(b"")
    with pytest.raises(StreamTruncated):
        decrypt(encrypt(pattern(FULL))[: FULL + 5])


def test_truncated_inside_a_chunk() -> None:
    ciphertext = encrypt(pattern(2 * s.CHUNK_SIZE + 10))
    with pytest.raises(StreamCorrupt) as caught:
        decrypt(ciphertext[: FULL + 1000])
    assert caught.value.index == 1


def test_bit_flip_names_the_chunk() -> None:
    ciphertext = bytearray(encrypt(pattern(3 * s.CHUNK_SIZE)))
    ciphertext[FULL + 3] ^= 0x80
    with pytest.raises(StreamCorrupt) as caught:
        decrypt(bytes(ciphertext))
    assert caught.value.index == 1


def test_swapped_chunks() -> None:
    ciphertext = encrypt(pattern(3 * s.CHUNK_SIZE + 1))
    swapped = ciphertext[FULL : 2 * FULL] + ciphertext[:FULL] + ciphertext[2 * FULL :]
    with pytest.raises(StreamCorrupt) as caught:
        decrypt(swapped)
    assert caught.value.index == 0


def test_last_chunk_dropped_when_length_is_a_multiple_of_the_chunk() -> None:
    ciphertext = encrypt(pattern(2 * s.CHUNK_SIZE))
    with pytest.raises(StreamTruncated):
        decrypt(ciphertext[:FULL])


def test_trailing_data_after_a_full_last_chunk() -> None:
    ciphertext = encrypt(pattern(s.CHUNK_SIZE))
    with pytest.raises(StreamTrailingData):
        decrypt(ciphertext + b"\x00")


def test_trailing_data_after_a_short_last_chunk_fails_its_tag() -> None:
    with pytest.raises(StreamCorrupt):
        decrypt(encrypt(b"abc") + b"\x00")


def test_two_streams_glued_together() -> None:
    one = encrypt(pattern(s.CHUNK_SIZE))
    with pytest.raises(StreamError):
        decrypt(one + one)


def test_empty_final_chunk_after_data_is_refused() -> None:
    # Built by hand: a full non-last chunk, then an empty chunk with the last flag.
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    aead = ChaCha20Poly1305(s.derive_payload_key(KEY, NONCE))
    crafted = aead.encrypt(s.chunk_nonce(0, False), pattern(s.CHUNK_SIZE), None) + aead.encrypt(
        s.chunk_nonce(1, True), b"", None
    )
    with pytest.raises(StreamEmptyFinalChunk):
        decrypt(crafted)


def test_wrong_key_and_wrong_label() -> None:
    ciphertext = encrypt(b"secret")
    with pytest.raises(StreamCorrupt):
        decrypt(ciphertext, key=bytes(32))
    with pytest.raises(StreamCorrupt):
        b"".join(s.StreamDecryptor(KEY, NONCE, io.BytesIO(ciphertext), b"other").chunks())


def test_encryptor_refuses_use_after_close() -> None:
    encryptor = s.StreamEncryptor(KEY, NONCE, io.BytesIO())
    encryptor.close()
    with pytest.raises(ValueError, match="closed"):
        encryptor.write(b"x")
