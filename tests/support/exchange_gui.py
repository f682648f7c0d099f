"""Two organisations with real vaults, introduced to each other, for the exchange screens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.services import cases as case_service
from tests.support.orgs import Org, introduce, make_org

CONTACT_CANARY = "Signal +99 7001 canary-contact"


def add_case(org: Org, surname: str = "Смирнов", latin: str = "Smirnov") -> str:
    """A case with a contact channel (which the standard profile keeps home)."""
    case = case_service.create_case(
        org.session,
        CaseFields(
            name_cyrillic=PersonName(surname=surname, given="Иван"),
            name_latin=PersonName(surname=latin, given="Ivan"),
            contact_channel=CONTACT_CANARY,
            city="Almaty",
            country="KZ",
        ),
    )
    return str(case.id)


@pytest.fixture
def two_orgs(tmp_path: Path) -> Iterator[tuple[Org, Org]]:
    """Berlin and Paris, cards exchanged and verified both ways."""
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    yield berlin, paris
    berlin.session.close()
    paris.session.close()


@pytest.fixture
def strangers(tmp_path: Path) -> Iterator[tuple[Org, Org]]:
    """Berlin and Paris, not introduced yet."""
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    yield berlin, paris
    berlin.session.close()
    paris.session.close()
