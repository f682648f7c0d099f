"""The failed-unlock counter and the "destroy after N failures" setting, in a tiny file.

Both must be readable before the vault is unlocked (that is when they matter), so they cannot
live in the encrypted database. The file holds two small integers and nothing about any case:
`{"failed": 2, "destroy_after": 5}`. It is not secret and not authenticated: whoever can edit
it can also simply copy the vault folder, so it defends only against someone guessing at the
unlock screen, never against a copy. A missing or malformed file reads as "no failures, option
off": a damaged file must never destroy a vault by itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from casevault.vault.atomic import write_atomically
from casevault.vault.layout import unlock_attempts_path

MAX_FILE_BYTES = 4096  # two integers; anything longer is not ours and is ignored
MAX_COUNT = 1_000_000


@dataclass(frozen=True)
class UnlockAttempts:
    """Failed unlocks since the last success, and the limit (None: the option is off)."""

    failed: int = 0
    destroy_after: int | None = None


def _bounded_int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_COUNT:
        return value
    return None


def read_unlock_attempts(vault_dir: Path) -> UnlockAttempts:
    """The stored state; defaults when the file is missing, too long or malformed."""
    path = unlock_attempts_path(vault_dir)
    try:
        with path.open("rb") as handle:
            untrusted_bytes = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return UnlockAttempts()
    if len(untrusted_bytes) > MAX_FILE_BYTES:
        return UnlockAttempts()
    try:
        untrusted = json.loads(untrusted_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return UnlockAttempts()
    if not isinstance(untrusted, dict):
        return UnlockAttempts()
    failed = _bounded_int(untrusted.get("failed")) or 0
    limit = _bounded_int(untrusted.get("destroy_after"))
    return UnlockAttempts(failed, limit if limit else None)


def write_unlock_attempts(vault_dir: Path, attempts: UnlockAttempts) -> None:
    """Replace the file atomically. Raises StorageFailed."""
    document = {"failed": attempts.failed, "destroy_after": attempts.destroy_after}
    data = json.dumps(document, sort_keys=True).encode() + b"\n"
    write_atomically(unlock_attempts_path(vault_dir), data)


def record_failed_unlock(vault_dir: Path) -> UnlockAttempts:
    """Add one failure and return the new state. Raises StorageFailed."""
    current = read_unlock_attempts(vault_dir)
    updated = UnlockAttempts(min(current.failed + 1, MAX_COUNT), current.destroy_after)
    write_unlock_attempts(vault_dir, updated)
    return updated


def reset_failed_unlocks(vault_dir: Path) -> None:
    """Back to zero after a successful unlock (no write when already zero)."""
    current = read_unlock_attempts(vault_dir)
    if current.failed:
        write_unlock_attempts(vault_dir, UnlockAttempts(0, current.destroy_after))
