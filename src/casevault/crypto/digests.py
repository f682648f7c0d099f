"""Content digests of local files (SHA-256), e.g. to recognise the key file last unlocked."""

from __future__ import annotations

import hashlib


def content_digest(data: bytes) -> str:
    """SHA-256 of `data` as 64 lower-case hex digits."""
    return hashlib.sha256(data).hexdigest()
