"""Count copies of secrets in a live process's memory (Linux: /proc/<pid>/maps + mem).

Reads every readable mapping of the process and counts each byte pattern. Another process's
memory can be read only with ptrace rights: the same user and a dumpable target, or
CAP_SYS_PTRACE (root). CaseVault makes itself non-dumpable (process_hygiene.py), so for a
non-root test `MemoryUnreadable` is raised and the caller skips.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

_MAPPING = re.compile(rb"^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \S+\s*(.*)$")
_CHUNK = 16 * 1024 * 1024


class MemoryUnreadable(Exception):
    """The kernel refused to let us read the process's memory."""


def secret_forms(text: str) -> list[bytes]:
    """How a str may sit in memory: UTF-8 (SQLite, C), UTF-16 (Qt; Python for BMP text) and
    UTF-32 (Python for text beyond the BMP), and Latin-1 (Python for ASCII/Latin-1 text)."""
    forms = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-32-le")]
    with contextlib.suppress(UnicodeEncodeError):
        forms.append(text.encode("latin-1"))
    return list(dict.fromkeys(forms))


def key_forms(key: bytes) -> list[bytes]:
    """The raw database key and its hex forms (as put into `PRAGMA key`)."""
    hexed = key.hex()
    return [key, *secret_forms(hexed), *secret_forms(hexed.upper())]


def _regions(pid: int) -> Iterable[tuple[int, int]]:
    for line in Path(f"/proc/{pid}/maps").read_bytes().splitlines():
        match = _MAPPING.match(line)
        if match is None or not match.group(3).startswith(b"r"):
            continue
        if match.group(4) in (b"[vvar]", b"[vsyscall]", b"[vvar_vclock]"):
            continue
        yield int(match.group(1), 16), int(match.group(2), 16)


def count_in_memory(pid: int, patterns: Mapping[str, Iterable[bytes]]) -> dict[str, int]:
    """name -> total occurrences of any of its byte forms in `pid`'s readable memory.

    Chunks overlap by the longest pattern, so a copy spanning a chunk edge is counted once."""
    forms = {name: [form for form in group if form] for name, group in patterns.items()}
    longest = max((len(form) for group in forms.values() for form in group), default=1)
    counts = dict.fromkeys(forms, 0)
    try:
        mem = open(f"/proc/{pid}/mem", "rb", buffering=0)  # noqa: SIM115 - closed below
    except PermissionError as exc:
        raise MemoryUnreadable(str(pid)) from exc
    with mem:
        for start, end in _regions(pid):
            tail = b""
            position = start
            while position < end:
                size = min(_CHUNK, end - position)
                try:
                    mem.seek(position)
                    chunk = mem.read(size)
                except OSError as exc:
                    if isinstance(exc, PermissionError):
                        raise MemoryUnreadable(str(pid)) from exc
                    break
                if not chunk:
                    break
                data = tail + chunk
                for name, group in forms.items():
                    for form in group:
                        # count only matches that end in the new chunk (no double count)
                        counts[name] += data.count(form) - tail.count(form)
                tail = data[-(longest - 1) :] if longest > 1 else b""
                position += len(chunk)
    return counts
