"""Decrypt every page of a SQLCipher 4 database file (and its WAL) in memory, for tests that must
show that no page (live, free or slack space) still holds a canary.

SQLCipher 4 defaults, as the vault uses them (vault/connection.py): 4096-byte pages, each
ending in a 16-byte IV and a 64-byte HMAC (80 reserved bytes); AES-256-CBC with the raw key
as the page key; page 1 starts with the 16-byte salt, not encrypted. Written from the public
SQLCipher design notes, not from its code. Only tests use it; plaintext never leaves memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVED = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, number: int) -> bytes:
    start = SALT if number == 1 else 0
    iv = page[PAGE_SIZE - RESERVED : PAGE_SIZE - RESERVED + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE_SIZE - RESERVED]) + decryptor.finalize()


def iter_plain_pages(key: bytes, database: Path) -> Iterator[bytes]:
    """Every page of the main file and every frame of its -wal file, decrypted."""
    data = database.read_bytes()
    for index in range(len(data) // PAGE_SIZE):
        yield _decrypt_page(key, data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE], index + 1)
    wal = database.with_name(database.name + "-wal")
    if wal.is_file():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = WAL_FRAME_HEADER + PAGE_SIZE
        for offset in range(0, len(frames) - step + 1, step):
            number = int.from_bytes(frames[offset : offset + 4], "big")
            page = frames[offset + WAL_FRAME_HEADER : offset + step]
            yield _decrypt_page(key, page, number)
