"""A real, migrated vault database for the repository contracts (no services involved)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.services import cases as case_service
from casevault.services.session import Session


@pytest.fixture
def conn(session: Session) -> Iterator[Any]:
    """One open write transaction on a fresh vault (committed when the test returns)."""
    with session.vault.transaction() as connection:
        yield connection


@pytest.fixture
def case_id(session: Session) -> str:
    """A live case, committed; list it before `conn` in a test's arguments."""
    fields = CaseFields(name_latin=PersonName(surname="Repotest", given="Ivan"))
    return str(case_service.create_case(session, fields).id)


def new_id() -> str:
    return str(uuid.uuid4())
