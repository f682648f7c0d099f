"""The one resolver of typed ids: the same rules for every kind of record, on a real vault."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from casevault.crypto.keys import PrivateKeys
from casevault.domain.case import Case, CaseFields
from casevault.domain.organisation import Partner
from casevault.services import cases as case_service
from casevault.services.errors import (
    AmbiguousCaseId,
    AmbiguousPartnerId,
    AttachmentNotFound,
    CaseNotFound,
    EvaluationNotFound,
    PartnerNotFound,
)
from casevault.services.session import Session
from casevault.services.short_ids import IdKind, resolve_id, resolve_uuid
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo

AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _case_with_id(session: Session, case_id: str) -> uuid.UUID:
    """A case with a chosen id (ids are random in real use), stored at repository level."""
    with session.vault.transaction() as conn:
        case = Case(
            id=uuid.UUID(case_id),
            origin_org=org_repo.get_own_organisation(conn).id,
            created_at=AT,
            updated_at=AT,
            fields=CaseFields(notes="x"),
        )
        case_repo.insert_case(conn, case)
    return case.id


def _partner(session: Session, partner_id: str) -> None:
    keys = PrivateKeys.generate().public_keys()
    partner = Partner(
        id=partner_id,
        name=partner_id,
        fingerprint=keys.fingerprint().hex().upper(),
        added_at=AT,
    )
    with session.vault.transaction() as conn:
        partner_repo.insert_partner(conn, partner, keys, b"card")


def test_a_case_is_found_by_full_id_by_prefix_in_any_case_and_with_spaces(session: Session) -> None:
    case = case_service.create_case(session, {"notes": "x"})
    with session.vault.reading() as conn:
        assert resolve_uuid(conn, IdKind.CASE, case.id) == case.id
        assert resolve_uuid(conn, IdKind.CASE, str(case.id)) == case.id
        assert resolve_uuid(conn, IdKind.CASE, f"  {str(case.id)[:6].upper()} ") == case.id


@pytest.mark.parametrize("typed", ["", "   ", "abc", "%", "____", "zzzz", "' OR 1=1 --"])
def test_what_names_no_case_is_not_found(session: Session, typed: str) -> None:
    case_service.create_case(session, {"notes": "x"})
    with session.vault.reading() as conn, pytest.raises(CaseNotFound):
        resolve_id(conn, IdKind.CASE, typed)


def test_a_prefix_shorter_than_four_characters_is_refused_even_if_one_case_matches(
    session: Session,
) -> None:
    case = case_service.create_case(session, {"notes": "x"})
    with session.vault.reading() as conn, pytest.raises(CaseNotFound):
        resolve_id(conn, IdKind.CASE, str(case.id)[:3])


def test_a_prefix_two_cases_share_is_ambiguous(session: Session) -> None:
    first = _case_with_id(session, "abcd1234-0000-4000-8000-000000000001")
    _case_with_id(session, "abcd1299-0000-4000-8000-000000000002")
    with session.vault.reading() as conn:
        with pytest.raises(AmbiguousCaseId):
            resolve_id(conn, IdKind.CASE, "abcd12")
        assert resolve_uuid(conn, IdKind.CASE, "ABCD123") == first
        with pytest.raises(CaseNotFound):
            resolve_id(conn, IdKind.CASE, "abc")  # too short, though two cases start with it


def test_a_partner_id_is_matched_as_typed_and_an_exact_id_wins_over_a_longer_one(
    session: Session,
) -> None:
    for partner_id in ("org-b", "org-bb", "org-aa", "org-ab"):
        _partner(session, partner_id)
    with session.vault.reading() as conn:
        assert resolve_id(conn, IdKind.PARTNER, "org-b") == "org-b"
        assert resolve_id(conn, IdKind.PARTNER, " org-bb ") == "org-bb"
        assert resolve_id(conn, IdKind.PARTNER, "org-aa") == "org-aa"
        with pytest.raises(AmbiguousPartnerId):
            resolve_id(conn, IdKind.PARTNER, "org-a")
        with pytest.raises(PartnerNotFound):
            resolve_id(conn, IdKind.PARTNER, "ORG-B")
        with pytest.raises(PartnerNotFound):
            resolve_id(conn, IdKind.PARTNER, "org")


def test_each_kind_raises_its_own_not_found_error(session: Session) -> None:
    with session.vault.reading() as conn:
        with pytest.raises(EvaluationNotFound):
            resolve_id(conn, IdKind.EVALUATION, "abcd")
        with pytest.raises(AttachmentNotFound):
            resolve_id(conn, IdKind.ATTACHMENT, "abcd")
