"""Hybrid logical clocks: timestamps that never run backwards, even when wall clocks disagree.

A timestamp is (wall milliseconds, counter, node id). `tick` stamps a local event; `observe`
folds in a timestamp received from another node so that every later local stamp is greater.
Used to order concurrent versions deterministically (the same winner on every vault) and to show
people when an edit was made. Causality itself is tracked by version vectors (merge.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import total_ordering

MAX_COUNTER = 0xFFFF
MAX_NODE_ID = 64
# A remote clock this far ahead of ours is refused: it would drag every later stamp into the
# future (a forged or broken bundle could otherwise pin our clock at year 9999).
MAX_DRIFT_MS = 24 * 60 * 60 * 1000


class ClockError(ValueError):
    """A timestamp that cannot be used (malformed, or too far in the future)."""


@total_ordering
@dataclass(frozen=True)
class Timestamp:
    """One HLC timestamp. Ordered by (wall_ms, counter, node)."""

    wall_ms: int
    counter: int
    node: str

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Timestamp):
            return NotImplemented
        return (self.wall_ms, self.counter, self.node) < (other.wall_ms, other.counter, other.node)

    def encode(self) -> str:
        """Fixed-width text that sorts like the timestamp: `0000018c2b3a4f00-0001-<node>`."""
        return f"{self.wall_ms:016x}-{self.counter:04x}-{self.node}"

    @classmethod
    def decode(cls, untrusted: str) -> Timestamp:
        """Parse `encode` output; raise ClockError on anything else."""
        parts = untrusted.split("-", 2)
        if len(parts) != 3 or len(parts[0]) != 16 or len(parts[1]) != 4:
            raise ClockError("malformed timestamp")
        try:
            wall, counter = int(parts[0], 16), int(parts[1], 16)
        except ValueError as exc:
            raise ClockError("malformed timestamp") from exc
        if not parts[2] or len(parts[2]) > MAX_NODE_ID:
            raise ClockError("malformed node id")
        return cls(wall, counter, parts[2])


def tick(last: Timestamp | None, now_ms: int, node: str) -> Timestamp:
    """A new local timestamp greater than `last` (if any) and not behind the wall clock."""
    if last is None or now_ms > last.wall_ms:
        return Timestamp(now_ms, 0, node)
    if last.counter >= MAX_COUNTER:
        return Timestamp(last.wall_ms + 1, 0, node)
    return Timestamp(last.wall_ms, last.counter + 1, node)


def observe(last: Timestamp | None, remote: Timestamp, now_ms: int, node: str) -> Timestamp:
    """Our clock after receiving `remote`: greater than both. Raises ClockError on wild drift."""
    if remote.wall_ms > now_ms + MAX_DRIFT_MS:
        raise ClockError("timestamp too far in the future")
    base = max(last, remote) if last is not None else remote
    return tick(base, now_ms, node)
