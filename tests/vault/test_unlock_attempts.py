"""vault/unlock_attempts.py: the counter file survives, and a damaged file is harmless."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.vault.layout import unlock_attempts_path
from casevault.vault.unlock_attempts import (
    UnlockAttempts,
    read_unlock_attempts,
    record_failed_unlock,
    reset_failed_unlocks,
    write_unlock_attempts,
)


def test_missing_file_means_no_failures_and_option_off(tmp_path: Path) -> None:
    assert read_unlock_attempts(tmp_path) == UnlockAttempts(0, None)


def test_failures_count_up_and_reset_keeps_the_setting(tmp_path: Path) -> None:
    write_unlock_attempts(tmp_path, UnlockAttempts(0, 5))
    record_failed_unlock(tmp_path)
    assert record_failed_unlock(tmp_path) == UnlockAttempts(2, 5)
    assert read_unlock_attempts(tmp_path) == UnlockAttempts(2, 5)  # as after a restart
    reset_failed_unlocks(tmp_path)
    assert read_unlock_attempts(tmp_path) == UnlockAttempts(0, 5)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[1, 2]",
        b'{"failed": "3", "destroy_after": true}',
        b'{"failed": -4, "destroy_after": -1}',
        b'{"failed": 1, "destroy_after": 0}',
        b"\xff\xfe",
        b'{"failed": 1}' + b" " * 5000,
    ],
)
def test_a_damaged_file_never_turns_the_option_on(tmp_path: Path, content: bytes) -> None:
    unlock_attempts_path(tmp_path).write_bytes(content)
    assert read_unlock_attempts(tmp_path).destroy_after is None
