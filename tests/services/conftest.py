"""Shared fixtures of the service tests. Modules that need another set of organisations (three,
or a module-wide pair) define their own `orgs`, which takes precedence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.orgs import Org, introduce, make_org


@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Org, Org]]:
    """Berlin and Paris, each with a real vault and keys, verified to each other."""
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    yield berlin, paris
    berlin.session.close()
    paris.session.close()
