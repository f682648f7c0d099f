"""What a reader does with a record kind it does not know (forward compatibility).

docs/spec/bundle-format.md, section 10c. Before, every unknown kind refused the whole bundle,
so each new kind (the `ack` record of incremental exchange was the last) made bundles of a
newer writer unreadable by every older reader. From now on a new kind says in its name whether
an older reader may pass it over, as X.509 marks an extension critical: a kind that begins with
`must.` has to be understood (an older reader refuses the bundle, and its acknowledgement does
not move, so the writer sends it again after the upgrade); any other unknown kind is passed
over, not stored, and named in the import's audit entry. A writer therefore gives a plain name
only to information whose loss at an older reader is harmless (it is acknowledged like the rest
of the bundle and never re-sent), and never a blob.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import Enum

from casevault.exchange.errors import ContentInvalid

MUST_UNDERSTAND_PREFIX = "must."


class KindHandling(Enum):
    """What the importer does with one record."""

    READ = "read"  # a kind this version knows
    SKIP = "skip"  # unknown, and its writer lets older readers pass it over


def handling_of(kind: str, known: Collection[str]) -> KindHandling:
    """How to treat a record of `kind` (already checked against the frame's kind syntax).
    Raises ContentInvalid(kind, "kind") for an unknown kind that must be understood."""
    if kind in known:
        return KindHandling.READ
    if kind.startswith(MUST_UNDERSTAND_PREFIX):
        raise ContentInvalid(kind[:32], "kind")
    return KindHandling.SKIP
