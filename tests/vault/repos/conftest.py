"""A real, migrated vault database for the repository contracts (no services involved).

One vault is created for the whole run (Argon2 at the floor still costs about half a second
per vault); each test gets one open write transaction on it that is rolled back afterwards, so
tests see a fresh vault and leave nothing behind."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest

from casevault.domain.case import Case, CaseFields, PersonName
from casevault.services.vaults import InitResult, init_vault
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import organisation as org_repo
from tests.conftest import FLOOR_KDF, PASSPHRASE

CREATED = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InitResult]:
    """One fresh vault for every repository test of the run; tests never commit to it."""
    vault_dir: Path = tmp_path_factory.mktemp("repos") / "vault"
    result = init_vault(vault_dir, PASSPHRASE, "Test Organisation", kdf=FLOOR_KDF)
    yield result
    result.session.close()


class _RollBack(Exception):
    """Raised into the transaction when a test ends, so that nothing it wrote is kept."""


@pytest.fixture
def conn(shared_vault: InitResult) -> Iterator[Any]:
    """One open write transaction on the shared vault, rolled back when the test ends."""
    with suppress(_RollBack), shared_vault.session.vault.transaction() as connection:
        yield connection
        raise _RollBack


def make_case(conn: Any, surname: str = "Repotest", **fields: Any) -> Case:
    """Store a live case of our organisation inside `conn` (repository level, no audit)."""
    case = Case(
        id=uuid.uuid4(),
        origin_org=org_repo.get_own_organisation(conn).id,
        created_at=CREATED,
        updated_at=CREATED,
        fields=CaseFields(name_latin=PersonName(surname=surname, given="Ivan"), **fields),
    )
    case_repo.insert_case(conn, case)
    return case


@pytest.fixture
def case_id(conn: Any) -> str:
    """A live case inside the test's transaction."""
    return str(make_case(conn).id)


def new_id() -> str:
    return str(uuid.uuid4())
