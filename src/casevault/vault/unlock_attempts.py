"""The failed-unlock counter and the "destroy after N failures" setting, in a tiny file.

Both must be readable before the vault is unlocked (that is when they matter), so they cannot
live in the encrypted database. The file holds two small integers and the SHA-256 of the key file
that was last unlocked successfully, nothing about any case:
`{"failed": 2, "destroy_after": 5, "keyslots_digest": "9f86..."}`. A failure counts only while
the key file is that same file (services/unlock_guard.py), so a planted key file cannot turn the
owner's correct passphrase into "failures" that destroy the vault.

It is not secret and not authenticated: whoever can edit it can also simply copy the vault
folder, so it defends only against someone guessing at the unlock screen, never against a copy.
A missing or malformed file reads as "no failures, option off, no key file known": a damaged
file must never destroy a vault by itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from casevault.crypto.digests import content_digest
from casevault.vault.atomic import write_atomically
from casevault.vault.layout import keyslots_path, unlock_attempts_path

MAX_FILE_BYTES = 4096  # two integers and a digest; anything longer is not ours and is ignored
MAX_COUNT = 1_000_000
MAX_KEYSLOTS_BYTES = 64 * 1024  # as vault/keyslots.py: a longer key file is refused anyway
_DIGEST = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class UnlockAttempts:
    """Failed unlocks since the last success, the limit (None: the option is off), and the
    digest of the key file last unlocked successfully (None: not known yet)."""

    failed: int = 0
    destroy_after: int | None = None
    keyslots_digest: str | None = None


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
    # ValueError: not JSON, or an integer past Python's 4300-digit limit; RecursionError:
    # nesting deeper than the parser's stack (both found by fuzz/, pinned in tests/fuzzing/).
    except (UnicodeDecodeError, ValueError, RecursionError):
        return UnlockAttempts()
    if not isinstance(untrusted, dict):
        return UnlockAttempts()
    failed = _bounded_int(untrusted.get("failed")) or 0
    limit = _bounded_int(untrusted.get("destroy_after"))
    digest = untrusted.get("keyslots_digest")
    known = digest if isinstance(digest, str) and _DIGEST.match(digest) else None
    return UnlockAttempts(failed, limit if limit else None, known)


def write_unlock_attempts(vault_dir: Path, attempts: UnlockAttempts) -> None:
    """Replace the file atomically. Raises StorageFailed."""
    document: dict[str, object] = {
        "failed": attempts.failed,
        "destroy_after": attempts.destroy_after,
    }
    if attempts.keyslots_digest is not None:
        document["keyslots_digest"] = attempts.keyslots_digest
    data = json.dumps(document, sort_keys=True).encode() + b"\n"
    write_atomically(unlock_attempts_path(vault_dir), data)


def record_failed_unlock(vault_dir: Path) -> UnlockAttempts:
    """Add one failure and return the new state. Raises StorageFailed."""
    current = read_unlock_attempts(vault_dir)
    updated = UnlockAttempts(
        min(current.failed + 1, MAX_COUNT), current.destroy_after, current.keyslots_digest
    )
    write_unlock_attempts(vault_dir, updated)
    return updated


def reset_failed_unlocks(vault_dir: Path) -> None:
    """Back to zero after a successful unlock (no write when already zero)."""
    current = read_unlock_attempts(vault_dir)
    if current.failed:
        write_unlock_attempts(
            vault_dir, UnlockAttempts(0, current.destroy_after, current.keyslots_digest)
        )


def keyslots_digest(vault_dir: Path) -> str | None:
    """SHA-256 of the key file as it is on disk now (None if it cannot be read)."""
    try:
        with keyslots_path(vault_dir).open("rb") as handle:
            return content_digest(handle.read(MAX_KEYSLOTS_BYTES + 1))
    except OSError:
        return None


def remember_unlocked_keyslots(vault_dir: Path) -> None:
    """Record the key file now on disk as the one last unlocked successfully, with no failures
    (called after every unlock and every change of secret). Raises StorageFailed."""
    current = read_unlock_attempts(vault_dir)
    updated = UnlockAttempts(0, current.destroy_after, keyslots_digest(vault_dir))
    if updated != current:
        write_unlock_attempts(vault_dir, updated)


def is_last_unlocked_keyslots(vault_dir: Path) -> bool:
    """Whether the key file on disk is the one last unlocked successfully. True when no digest
    was ever recorded (a vault from before this rule), so the old behaviour is kept there."""
    remembered = read_unlock_attempts(vault_dir).keyslots_digest
    return remembered is None or remembered == keyslots_digest(vault_dir)
