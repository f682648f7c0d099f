"""The admission rules on their own: who may change which fields of a case, and whose origin
claims are believed (exchange/admission.py)."""

from __future__ import annotations

from casevault.domain.case import EDITABLE_FIELDS
from casevault.exchange.admission import (
    NO_RIGHTS,
    RefusalReason,
    Standing,
    admit_origin,
    rights_over_case,
    split_fields,
)

US, PARTNER, THIRD = "org-us", "org-partner", "org-third"
STANDARD = frozenset({"name_cyrillic", "city", "status", "notes"})


def test_own_laptops_have_full_rights_over_every_case() -> None:
    for origin, shared in ((US, None), (THIRD, None), (PARTNER, frozenset({"city"}))):
        rights = rights_over_case(US, US, origin, shared)
        assert (rights.standing, rights.fields) == (Standing.OWN_NODE, EDITABLE_FIELDS)


def test_partner_has_full_rights_over_its_own_case() -> None:
    rights = rights_over_case(PARTNER, US, PARTNER, None)
    assert (rights.standing, rights.fields) == (Standing.ORIGIN, EDITABLE_FIELDS)


def test_partner_may_change_only_fields_sent_to_it() -> None:
    rights = rights_over_case(PARTNER, US, US, STANDARD | {"not_a_field"})
    assert (rights.standing, rights.fields) == (Standing.SHARED, STANDARD)
    admitted, refused = split_fields(rights, ["city", "contact_channel", "notes"])
    assert (admitted, refused) == ({"city", "notes"}, {"contact_channel"})


def test_partner_has_no_rights_over_a_case_never_sent_to_it() -> None:
    for origin in (US, THIRD):
        rights = rights_over_case(PARTNER, US, origin, None)
        assert rights == NO_RIGHTS
        assert not rights.shared
        assert split_fields(rights, ["city"]) == (frozenset(), frozenset({"city"}))


def test_origin_claims() -> None:
    assert admit_origin(PARTNER, US, PARTNER) == admit_origin(PARTNER, US, PARTNER)
    assert admit_origin(PARTNER, US, PARTNER).origin == PARTNER
    assert admit_origin(PARTNER, US, PARTNER).refusal is None
    ours = admit_origin(PARTNER, US, US)
    assert (ours.origin, ours.refusal) == (None, RefusalReason.CLAIMS_OUR_ORIGIN)
    third = admit_origin(PARTNER, US, THIRD)
    assert (third.origin, third.refusal) == (PARTNER, RefusalReason.OTHER_ORIGIN)
    # Our own laptops forward whatever they hold, with its origin.
    for origin in (US, PARTNER, THIRD):
        assert (admit_origin(US, US, origin).origin, admit_origin(US, US, origin).refusal) == (
            origin,
            None,
        )
