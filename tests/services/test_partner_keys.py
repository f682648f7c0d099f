"""Rotation cannot outrun revocation: a thief who copied an organisation's keys and rotated them
cannot keep the owner from revoking, a rotation waits for a new short code, and the order in
which bundles arrive does not matter. Real vaults, real keys, real bundles."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields
from casevault.domain.organisation import VerificationMethod
from casevault.exchange.errors import ContentInvalid, SenderKeyMismatch
from casevault.exchange.key_events import build_revocation
from casevault.services import cases as case_service
from casevault.services import exports, key_events
from casevault.services import partners as partner_service
from casevault.services.errors import PartnerKeysChanged, PartnerNotTrusted
from tests.support.key_theft import STOLEN_AT, Thief, copy_keys, sealed
from tests.support.orgs import (
    Org,
    export_bytes,
    grant_consent,
    import_bytes,
    introduce,
    logical_dump,
    make_org,
)


def _announcement(org: Org, *to: Org) -> bytes:
    sink = io.BytesIO()
    key_events.export_key_announcement(org.session, [o.org_id for o in to] or None, sink)
    return sink.getvalue()


def _thief_rotation(thief: Thief, victim: Org, to: Org) -> bytes:
    """What the thief sends: a rotation to its own keys, in a bundle signed by the copy."""
    return sealed(thief.stolen, victim.org_id, [to], [("key_rotation", thief.rotation_record())])


def _fp(keys_owner: Thief, which: str) -> str:
    keys = keys_owner.stolen if which == "stolen" else keys_owner.own
    return keys.public_keys().fingerprint().hex()


@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Org, Org]]:
    """The victim (an organisation whose keys are copied) and its verified partner."""
    victim, partner = make_org(tmp_path, "victim"), make_org(tmp_path, "partner")
    introduce(victim, partner)
    yield victim, partner
    victim.session.close()
    partner.session.close()


def test_thief_rotation_cannot_outrun_the_owners_revocation(orgs: tuple[Org, Org]) -> None:
    victim, partner = orgs
    thief = copy_keys(victim)
    import_bytes(partner, _thief_rotation(thief, victim, partner))
    changed = partner_service.show_partner(partner.session, victim.org_id).partner
    assert changed.keys_changed_at is not None
    assert not changed.verified
    assert not changed.trusted
    # The owner still holds the copied keys as current: a plain revocation.
    key_events.revoke_keys(victim.session)
    import_bytes(partner, _announcement(victim, partner))
    revoked = partner_service.show_partner(partner.session, victim.org_id).partner
    assert revoked.revoked_at is not None
    assert not revoked.trusted
    keys = partner_service.key_history(partner.session, victim.org_id)
    history = {k.fingerprint: k for k in keys}
    stolen, thiefs = _fp(thief, "stolen"), _fp(thief, "own")
    assert set(history) == {stolen, thiefs}
    assert history[stolen].predecessor is None
    assert history[stolen].verified_at is not None
    assert history[stolen].replaced_at is not None
    assert history[thiefs].predecessor == stolen
    assert history[thiefs].current
    assert history[thiefs].verified_at is None
    for key in history.values():
        assert key.revoked_at is not None
        assert key.revoked_via == stolen
    # Nothing more from the thief's keys, nothing to them.
    planted = sealed(thief.own, victim.org_id, [partner], [])
    with pytest.raises(PartnerNotTrusted) as refused:
        import_bytes(partner, planted)
    assert refused.value.state == "revoked"
    grant_consent(partner, victim)
    case_service.create_case(partner.session, CaseFields(notes="for the victim"))
    before = logical_dump(partner.session)
    with pytest.raises(PartnerNotTrusted):
        exports.export_bundle(partner.session, [victim.org_id], io.BytesIO())
    assert logical_dump(partner.session) == before


def test_owner_who_rotated_revokes_the_copied_earlier_key(orgs: tuple[Org, Org]) -> None:
    victim, partner = orgs
    thief = copy_keys(victim)
    import_bytes(partner, _thief_rotation(thief, victim, partner))
    # The owner rotates too; the partner already follows the thief's rotation and refuses it.
    key_events.rotate_keys(victim.session)
    before = logical_dump(partner.session)
    with pytest.raises(SenderKeyMismatch):
        import_bytes(partner, _announcement(victim, partner))
    assert logical_dump(partner.session) == before
    # So the owner revokes the earlier key, signed with that key.
    event = key_events.revoke_keys(victim.session, earlier_key=_fp(thief, "stolen")[:12])
    assert event.old_fingerprint == thief.stolen.public_keys().fingerprint_text()
    import_bytes(partner, _announcement(victim, partner))
    assert partner_service.show_partner(partner.session, victim.org_id).partner.revoked_at
    revoked = {k.fingerprint for k in partner_service.key_history(partner.session, victim.org_id)}
    assert revoked == {_fp(thief, "stolen"), _fp(thief, "own")}


def test_rotation_is_a_key_change_until_the_new_code_is_compared(orgs: tuple[Org, Org]) -> None:
    victim, partner = orgs
    case_service.create_case(victim.session, CaseFields(notes="after the change"))
    key_events.rotate_keys(victim.session)
    import_bytes(partner, _announcement(victim, partner))
    details = partner_service.show_partner(partner.session, victim.org_id)
    assert details.partner.keys_changed_at is not None
    assert not details.partner.trusted
    # Export to it is refused, plainly, and writes nothing.
    grant_consent(partner, victim)
    case_service.create_case(partner.session, CaseFields(notes="from the partner"))
    before = logical_dump(partner.session)
    sink = io.BytesIO()
    with pytest.raises(PartnerKeysChanged) as refused:
        exports.export_bundle(partner.session, [victim.org_id], sink)
    assert refused.value.changed_at == details.partner.keys_changed_at
    assert sink.getvalue() == b""
    # Cases from it are refused until confirmed.
    with pytest.raises(PartnerKeysChanged):
        import_bytes(partner, export_bytes(victim, partner))
    assert logical_dump(partner.session) == before
    # The old code no longer confirms anything; the new one does.
    partner_service.verify_partner(
        partner.session, victim.org_id, VerificationMethod.SHORT_CODE, details.short_code
    )
    confirmed = partner_service.show_partner(partner.session, victim.org_id).partner
    assert confirmed.trusted
    assert confirmed.keys_changed_at is None
    assert import_bytes(partner, export_bytes(victim, partner)).new_cases == 1
    history = partner_service.key_history(partner.session, victim.org_id)
    assert [k.current for k in history] == [False, True]
    assert all(k.verified_at is not None for k in history)


def test_revocation_arriving_before_the_rotation_it_revokes(orgs: tuple[Org, Org]) -> None:
    victim, partner = orgs
    thief = copy_keys(victim)
    rotation = _thief_rotation(thief, victim, partner)
    key_events.revoke_keys(victim.session)
    import_bytes(partner, _announcement(victim, partner))
    before = logical_dump(partner.session)
    with pytest.raises(PartnerNotTrusted) as refused:
        import_bytes(partner, rotation)
    assert refused.value.state == "revoked"
    assert logical_dump(partner.session) == before
    details = partner_service.show_partner(partner.session, victim.org_id)
    assert details.partner.revoked_at is not None
    assert details.fingerprint_text == thief.stolen.public_keys().fingerprint_text()


def test_old_rotation_replayed_after_revocation_does_not_unrevoke(orgs: tuple[Org, Org]) -> None:
    victim, partner = orgs
    thief = copy_keys(victim)
    import_bytes(partner, _thief_rotation(thief, victim, partner))
    key_events.revoke_keys(victim.session)
    import_bytes(partner, _announcement(victim, partner))
    # The owner's new card, compared in person: trusted again, under new keys.
    details = partner_service.add_partner(
        partner.session, partner_service.export_identity(victim.session).card
    )
    partner_service.verify_partner(
        partner.session, victim.org_id, VerificationMethod.SHORT_CODE, details.short_code
    )
    before = logical_dump(partner.session)
    # The same rotation again, in a new bundle signed by the copied keys.
    with pytest.raises(SenderKeyMismatch):
        import_bytes(partner, _thief_rotation(thief, victim, partner))
    # A bundle signed by the thief's revoked keys, naming the new keys as the successor.
    again = Thief(victim.org_id, thief.own, thief.own)
    with pytest.raises((SenderKeyMismatch, ContentInvalid)):
        import_bytes(partner, sealed(thief.own, victim.org_id, [partner], [
            ("key_rotation", again.rotation_record())
        ]))  # fmt: skip
    assert logical_dump(partner.session) == before
    now = partner_service.show_partner(partner.session, victim.org_id)
    assert now.partner.trusted
    assert now.fingerprint_text == details.fingerprint_text


def test_earlier_key_may_carry_revocations_only(orgs: tuple[Org, Org]) -> None:
    victim, partner = orgs
    thief = copy_keys(victim)
    import_bytes(partner, _thief_rotation(thief, victim, partner))
    case_service.create_case(victim.session, CaseFields(notes="signed by the old key"))
    # The victim still signs with the copied keys: for the partner, an earlier key now.
    cases = export_bytes(victim, partner)
    before = logical_dump(partner.session)
    with pytest.raises(SenderKeyMismatch):
        import_bytes(partner, cases)
    record = build_revocation(victim.org_id, thief.stolen, STOLEN_AT)
    mixed = sealed(thief.stolen, victim.org_id, [partner], [
        ("key_revocation", record), ("key_rotation", thief.rotation_record())
    ])  # fmt: skip
    with pytest.raises(SenderKeyMismatch):
        import_bytes(partner, mixed)
    assert logical_dump(partner.session) == before


def test_revocation_naming_a_key_never_held_is_refused(orgs: tuple[Org, Org]) -> None:
    victim, partner = orgs
    stranger = copy_keys(victim)
    before = logical_dump(partner.session)
    unknown = build_revocation(victim.org_id, stranger.own, STOLEN_AT)
    with pytest.raises(ContentInvalid):
        import_bytes(partner, sealed(stranger.stolen, victim.org_id, [partner], [
            ("key_revocation", unknown)
        ]))  # fmt: skip
    assert logical_dump(partner.session) == before
    assert partner_service.show_partner(partner.session, victim.org_id).partner.trusted


def test_a_new_card_cannot_bring_back_a_revoked_key(orgs: tuple[Org, Org]) -> None:
    """After the owner's revocation, the thief offers a "new card" with his own (revoked) keys,
    under the victim's id or a fresh one: refused, and the partner's vault is unchanged."""
    from casevault.exchange.identity_card import build_card
    from casevault.services.errors import CardKeysRevoked

    victim, partner = orgs
    thief = copy_keys(victim)
    import_bytes(partner, _thief_rotation(thief, victim, partner))
    key_events.revoke_keys(victim.session)
    import_bytes(partner, _announcement(victim, partner))
    before = logical_dump(partner.session)
    for org_id in (victim.org_id, "org-fresh-start"):
        card = build_card(org_id, "Berlin help", "transit_ngo", "DE", thief.own, STOLEN_AT)
        with pytest.raises(CardKeysRevoked):
            partner_service.add_partner(partner.session, card)
    assert logical_dump(partner.session) == before
    # The owner's genuinely new keys are welcome, to be verified afresh.
    details = partner_service.add_partner(
        partner.session, partner_service.export_identity(victim.session).card
    )
    assert not details.partner.verified
