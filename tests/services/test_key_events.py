"""Key rotation and revocation travel as signed records and change what partners trust."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields
from casevault.domain.organisation import VerificationMethod
from casevault.exchange.errors import SenderKeyMismatch
from casevault.services import cases as case_service
from casevault.services import key_events
from casevault.services import partners as partner_service
from casevault.services.errors import NoPendingAnnouncement, PartnerNotTrusted
from tests.support.orgs import export_bytes, import_bytes, introduce, make_org


def _announcement(org: object) -> bytes:
    sink = io.BytesIO()
    key_events.export_key_announcement(org.session, None, sink)  # type: ignore[attr-defined]
    return sink.getvalue()


def test_rotation_is_accepted_through_the_old_keys(tmp_path: Path) -> None:
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    with pytest.raises(NoPendingAnnouncement):
        _announcement(berlin)
    case_service.create_case(berlin.session, CaseFields(notes="one"))
    event = key_events.rotate_keys(berlin.session)
    assert event.old_fingerprint != event.new_fingerprint
    # Signed with the new keys, not yet announced: Paris refuses it.
    with pytest.raises(SenderKeyMismatch):
        import_bytes(paris, export_bytes(berlin, paris))
    import_bytes(paris, _announcement(berlin))
    details = partner_service.show_partner(paris.session, berlin.org_id)
    assert details.fingerprint_text == event.new_fingerprint
    # A key change, not trust: Paris compares the new short code to confirm it.
    assert not details.partner.trusted
    assert details.partner.keys_changed_at is not None
    partner_service.verify_partner(
        paris.session, berlin.org_id, VerificationMethod.SHORT_CODE, details.short_code
    )
    assert import_bytes(paris, export_bytes(berlin, paris)).new_cases == 1
    berlin.session.close()
    paris.session.close()


def test_bundles_to_our_old_keys_still_open(tmp_path: Path) -> None:
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    case_service.create_case(paris.session, CaseFields(notes="from paris"))
    key_events.rotate_keys(berlin.session)
    # Paris has not heard of the rotation and seals to Berlin's old keys.
    assert import_bytes(berlin, export_bytes(paris, berlin)).new_cases == 1
    berlin.session.close()
    paris.session.close()


def test_revocation_stops_trust_until_a_new_card_is_verified(tmp_path: Path) -> None:
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    key_events.revoke_keys(berlin.session)
    import_bytes(paris, _announcement(berlin))
    assert not partner_service.show_partner(paris.session, berlin.org_id).partner.trusted
    case_service.create_case(berlin.session, CaseFields(notes="after"))
    with pytest.raises((PartnerNotTrusted, SenderKeyMismatch)):
        import_bytes(paris, export_bytes(berlin, paris))
    new_card = partner_service.export_identity(berlin.session).card
    details = partner_service.add_partner(paris.session, new_card)
    assert not details.partner.verified
    partner_service.verify_partner(
        paris.session, berlin.org_id, VerificationMethod.SHORT_CODE, details.short_code
    )
    assert import_bytes(paris, export_bytes(berlin, paris)).new_cases == 1
    berlin.session.close()
    paris.session.close()


def test_evaluations_signed_before_a_confirmed_rotation_still_verify(tmp_path: Path) -> None:
    """`evaluation verify` checks a signature against the key that made it, current or earlier
    in the signer's chain: a legitimate rotation must not make every older evaluation look
    forged (it did: only the partner's current keys were tried)."""
    from casevault.services.evaluation_verify import verify_evaluations
    from tests.support.screening import new_case, signed_evaluation

    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    case_id = new_case(berlin)
    signed_evaluation(berlin, case_id, "Anna K.")
    import_bytes(paris, export_bytes(berlin, paris))
    assert verify_evaluations(paris.session).intact
    key_events.rotate_keys(berlin.session)
    import_bytes(paris, _announcement(berlin))
    details = partner_service.show_partner(paris.session, berlin.org_id)
    partner_service.verify_partner(
        paris.session, berlin.org_id, VerificationMethod.SHORT_CODE, details.short_code
    )
    report = verify_evaluations(paris.session)
    assert report.checked == 1
    assert report.intact, report.problems
    assert not report.not_counted  # signed by a key of a verified partner's chain
    berlin.session.close()
    paris.session.close()
