"""Inbox files are written by others: links, FIFOs and files still changing are never read, and
files are moved aside only into real folders we made (never through a link the sender put)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casevault.services.inbox_files import digest_settled, move_aside, open_settled


def _look(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def test_a_regular_file_unchanged_since_the_look_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.cvb"
    path.write_bytes(b"bundle bytes")
    handle = open_settled(path, _look(path))
    assert handle is not None
    with handle:
        digest = digest_settled(handle, _look(path))
        assert digest is not None
        assert len(digest) == 64
        assert handle.read() == b"bundle bytes"  # rewound for the verifier


def test_a_file_that_changed_since_the_look_is_left(tmp_path: Path) -> None:
    path = tmp_path / "a.cvb"
    path.write_bytes(b"first part")
    seen = _look(path)
    with path.open("ab") as grow:
        grow.write(b" and more")
    assert open_settled(path, seen) is None


def test_a_file_that_grows_while_being_hashed_is_left(tmp_path: Path) -> None:
    path = tmp_path / "a.cvb"
    path.write_bytes(b"first part")
    seen = _look(path)
    handle = open_settled(path, seen)
    assert handle is not None
    with handle, path.open("ab") as grow:
        grow.write(b" and more")
        grow.flush()
        assert digest_settled(handle, seen) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX links and FIFOs")
def test_links_and_fifos_are_never_opened(tmp_path: Path) -> None:
    target = tmp_path / "secret.txt"
    target.write_bytes(b"a file of this laptop")
    link = tmp_path / "link.cvb"
    link.symlink_to(target)
    assert open_settled(link, _look(target)) is None
    fifo = tmp_path / "fifo.cvb"
    os.mkfifo(fifo)
    assert open_settled(fifo, (0, fifo.stat().st_mtime_ns)) is None  # and it did not block


def test_moved_aside_under_a_free_name(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for _ in range(2):
        (inbox / "x.cvb").write_bytes(b"same name twice")
        moved = move_aside(inbox, "x.cvb", inbox, "processed")
        assert moved is not None
    assert sorted(p.name for p in (inbox / "processed").iterdir()) == ["x-2.cvb", "x.cvb"]
    assert (inbox / "processed").stat().st_mode & 0o077 == 0


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="POSIX links")
def test_never_moved_through_a_link_the_sender_put_in_the_inbox(tmp_path: Path) -> None:
    # Syncthing carries links: a sender could make `refused` point at an autostart folder and
    # send a file named `evil.desktop` that fails the checks.
    elsewhere = tmp_path / "autostart"
    elsewhere.mkdir()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "refused").symlink_to(elsewhere, target_is_directory=True)
    (inbox / "evil.desktop").write_bytes(b"[Desktop Entry]\nExec=harm\n")
    assert move_aside(inbox, "evil.desktop", inbox, "refused") is None
    assert list(elsewhere.iterdir()) == []
    assert (inbox / "evil.desktop").is_file()  # left where it was (and registered: never read)
    (inbox / "waiting").write_bytes(b"a file, not a folder")
    assert move_aside(inbox, "evil.desktop", inbox, "waiting") is None
