"""services/user_files.py: the one careful writer of files the user picks."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from casevault.services.user_files import PARTIAL_SUFFIX, user_file, write_user_file


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(PARTIAL_SUFFIX))


def test_written_for_the_user_only_and_complete(tmp_path: Path) -> None:
    target = tmp_path / "copy.json"
    write_user_file(target, b"his whole file")
    assert target.read_bytes() == b"his whole file"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


def test_replacing_a_readable_file_leaves_it_user_only(tmp_path: Path) -> None:
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_user_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_partial_file_is_user_only_while_written(tmp_path: Path) -> None:
    target = tmp_path / "big.bin"
    with user_file(target) as sink:
        sink.write(b"first part")
        (partial,) = _leftovers(tmp_path)
        assert stat.S_IMODE((tmp_path / partial).stat().st_mode) == 0o600
        assert not target.exists()  # the name is taken only when complete
    assert target.read_bytes() == b"first part"


def test_failure_half_way_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "copy.bin"
    target.write_bytes(b"the earlier copy")

    def interrupted() -> None:
        with user_file(target) as sink:
            sink.write(b"half")
            raise RuntimeError("the source failed")

    with pytest.raises(RuntimeError, match="the source failed"):
        interrupted()
    assert target.read_bytes() == b"the earlier copy"  # untouched
    assert _leftovers(tmp_path) == []


def test_unwritable_place_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_user_file(tmp_path / "missing-folder" / "copy.bin", b"x")
    assert list(tmp_path.iterdir()) == []
