"""Unknown record kinds (exchange/record_kinds.py): known kinds are read, an unknown plain kind
is passed over, an unknown `must.` kind refuses the bundle."""

from __future__ import annotations

import pytest

from casevault.exchange.content import RECORD_KINDS
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.record_kinds import KindHandling, handling_of


@pytest.mark.parametrize("kind", sorted(RECORD_KINDS))
def test_every_kind_of_this_version_is_read(kind: str) -> None:
    assert handling_of(kind, RECORD_KINDS) is KindHandling.READ


@pytest.mark.parametrize("kind", ["case_hint", "statistics.v2", "mustard", "must"])
def test_an_unknown_plain_kind_is_passed_over(kind: str) -> None:
    assert handling_of(kind, RECORD_KINDS) is KindHandling.SKIP


def test_an_unknown_kind_that_must_be_understood_refuses() -> None:
    with pytest.raises(ContentInvalid) as refused:
        handling_of("must.case_v2", RECORD_KINDS)
    assert (refused.value.kind, refused.value.field) == ("must.case_v2", "kind")
