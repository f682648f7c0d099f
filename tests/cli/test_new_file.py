"""Files the user names: never over an existing one, never half-written, readable by the user."""

from __future__ import annotations

import stat
from pathlib import Path

import click
import pytest

from casevault.cli.new_file import new_file


def test_written_whole_and_private(tmp_path: Path) -> None:
    target = tmp_path / "out.cvb"
    with new_file(target) as sink:
        sink.write(b"ciphertext")
        assert not target.exists()  # only the finished file takes the name
    assert target.read_bytes() == b"ciphertext"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not (tmp_path / "out.cvb.partial").exists()


def _write_then_fail(target: Path) -> None:
    with new_file(target) as sink:
        sink.write(b"half")
        raise RuntimeError("disk full")


def test_failure_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="disk full"):
        _write_then_fail(tmp_path / "out.cvb")
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_refused_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_bytes(b"old")
    with pytest.raises(click.UsageError, match="exists"), new_file(target):
        pass
    with pytest.raises(click.UsageError, match="--force"), new_file(target, force=False):
        pass
    assert target.read_bytes() == b"old"
    with new_file(target, force=True) as sink:
        sink.write(b"new")
    assert target.read_bytes() == b"new"
