"""Writing a file the person chose in the app (join request, enrolment bundle, sync bundle, key
announcement) through the one careful writer, services/user_files.py: a 0600 partial file,
synced, given the chosen name only when complete, removed on any failure. (The file dialog has
already asked before replacing a file.) Reading a small file the person chose, bounded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from casevault.services.user_files import user_file

Result = TypeVar("Result")


def write_new_file(path: Path, fill: Callable[[BinaryIO], Result]) -> Result:
    """Call `fill(sink)` and make `path` from what it wrote; returns what `fill` returns.

    Raises OSError if the file cannot be made, and whatever `fill` raises (nothing then
    appears under `path`)."""
    with user_file(path) as sink:
        return fill(sink)


def read_limited(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of a file the person chose (cards and requests are small)."""
    with open(path, "rb") as source:
        return source.read(limit)
