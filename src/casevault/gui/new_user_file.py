"""Writing a file the person chose in the app (join request, enrolment bundle, sync bundle, key
announcement): the bytes go to `<name>.partial` (created for the user only, 0600), are synced,
and take the chosen name only when complete; on any failure the partial file is removed.

The same rules as cli/new_file.py. (The file dialog has already asked before replacing a file.)
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

Result = TypeVar("Result")
PARTIAL_SUFFIX = ".partial"


def write_new_file(path: Path, fill: Callable[[BinaryIO], Result]) -> Result:
    """Call `fill(sink)` and make `path` from what it wrote; returns what `fill` returns.

    Raises OSError if the file cannot be made, and whatever `fill` raises (nothing then
    appears under `path`)."""
    partial = path.with_name(path.name + PARTIAL_SUFFIX)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()  # left by a crash: ours to replace, never read
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as sink:
            result = fill(sink)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return result


def read_limited(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of a file the person chose (cards and requests are small)."""
    with open(path, "rb") as source:
        return source.read(limit)
