"""Real storage failures for tests: a small tmpfs (a full disk), a read-only or removable bind
mount (a locked or pulled USB stick), and a damaged page of the database file at rest.

Mounting needs root (CI runs as root in a container); `mount_or_skip` skips with the reason
when the kernel refuses, never pretends.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from casevault.vault.keyslots import read_keyslot_file
from casevault.vault.layout import database_path, keyslots_path

PAGE_SIZE = 4096  # SQLCipher 4 default (tests/sqlcipher_pages.py)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=False)


def mount_or_skip(*args: str) -> None:
    """`mount <args>`, or skip the test saying why the kernel refused."""
    if os.geteuid() != 0:
        pytest.skip("mounting a test file system needs root")
    result = _run("mount", *args)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a test file system here: {result.stderr.strip()}")


def unmount(target: Path, *, lazy: bool = False) -> None:
    """Unmount `target` (lazily: gone from the path at once, like a pulled stick)."""
    result = _run("umount", *(["-l"] if lazy else []), str(target))
    assert result.returncode == 0, result.stderr


@contextlib.contextmanager
def small_disk(target: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of `size_kib` KiB mounted at `target` (made if needed) for the block."""
    target.mkdir(parents=True, exist_ok=True)
    mount_or_skip("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(target))
    try:
        yield target
    finally:
        _run("umount", "-l", str(target))


def fill(disk: Path) -> Path:
    """Write one file until the disk refuses (ENOSPC); returns it (delete it to free space)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)
    return filler


def bind(source: Path, target: Path, *, read_only: bool = False) -> None:
    """Show `source` at `target` (read-only if asked): the vault seen through a USB stick."""
    target.mkdir(parents=True, exist_ok=True)
    mount_or_skip("--bind", str(source), str(target))
    if read_only:
        result = _run("mount", "-o", "remount,bind,ro", str(target))
        if result.returncode != 0:
            _run("umount", str(target))
            pytest.skip(f"cannot make a read-only bind mount: {result.stderr.strip()}")


def raw_key(vault_dir: Path, passphrase: str) -> bytes:
    """The database key, as an attacker or a repair tool holding the passphrase has it."""
    return read_keyslot_file(keyslots_path(vault_dir)).unwrap("passphrase", passphrase)


def root_page(vault_dir: Path, passphrase: str, table: str) -> int:
    """The page number of `table`'s b-tree root, read with the stock library and the raw key."""
    conn = sqlcipher3.connect(str(database_path(vault_dir)))
    try:
        conn.execute(f"PRAGMA key = \"x'{raw_key(vault_dir, passphrase).hex()}'\"")
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    finally:
        conn.close()
    assert row is not None, table
    return int(row[0])


def damage_page(vault_dir: Path, page: int) -> None:
    """Flip 8 bytes inside the encrypted body of `page` of the (closed) database file: what a
    failing sector or a stray write does. Its HMAC no longer matches."""
    path = database_path(vault_dir)
    data = bytearray(path.read_bytes())
    offset = (page - 1) * PAGE_SIZE + 100
    assert offset + 8 <= len(data), "the page is beyond the end of the file"
    data[offset : offset + 8] = bytes(b ^ 0xFF for b in data[offset : offset + 8])
    path.write_bytes(bytes(data))
