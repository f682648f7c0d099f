"""Incremental bundles (services/incremental.py): only what the peer has not acknowledged goes,
lost bundles are covered again, `full` sends everything, a restored peer gets what it lost."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from casevault.domain.case import CaseFields, PersonName
from casevault.services import cases as case_service
from casevault.services import export_preview, exports, import_verify
from casevault.services.profiles import assign_profile
from casevault.services.vaults import open_vault
from tests.support.orgs import (
    PASSPHRASE,
    Org,
    export_bytes,
    grant_consent,
    import_bytes,
    introduce,
    make_org,
)


def _cases(org: Org, count: int, prefix: str = "Орлов") -> list[str]:
    return [
        str(
            case_service.create_case(
                org.session,
                CaseFields(name_cyrillic=PersonName(surname=f"{prefix}{i}"), city="Kyiv"),
            ).id
        )
        for i in range(count)
    ]


def _export(sender: Org, recipient: Org, *, full: bool = False) -> tuple[bytes, int]:
    grant_consent(sender, recipient)
    sink = io.BytesIO()
    result = exports.export_bundle(sender.session, [recipient.org_id], sink, full=full)
    return sink.getvalue(), result.cases


def _pair(tmp_path: Path) -> tuple[Org, Org]:
    office = make_org(tmp_path, "office")
    partner = make_org(tmp_path, "partner")
    introduce(office, partner)
    return office, partner


def _acknowledged(office: Org, partner: Org) -> None:
    """The partner's next bundle carries its acknowledgement back to the office."""
    bundle, _ = _export(partner, office)
    import_bytes(office, bundle)


def test_after_an_acknowledgement_only_changes_go_and_the_preview_says_so(tmp_path: Path) -> None:
    office, partner = _pair(tmp_path)
    ids = _cases(office, 6)
    bundle, sent = _export(office, partner)
    assert sent == 6
    assert import_bytes(partner, bundle).new_cases == 6
    _acknowledged(office, partner)
    case_service.edit_case(office.session, ids[2], {"city": "Berlin"})
    (new,) = _cases(office, 1, "Петров")
    grant_consent(office, partner)
    preview = export_preview.preview_export(office.session, [partner.org_id])
    assert preview.since_last is not None
    assert (preview.since_last.changed, preview.since_last.new) == (2, 1)
    assert preview.since_last.unchanged == 5
    assert {str(c.case_id) for c in preview.cases} == {ids[2], new}
    bundle, sent = _export(office, partner)
    assert sent == 2
    result = import_bytes(partner, bundle)
    assert (result.new_cases, result.changed_cases) == (1, 1)
    assert case_service.get_case(partner.session, ids[2]).fields.city == "Berlin"
    # Nothing new: an incremental bundle carries no case (only the acknowledgement).
    _acknowledged(office, partner)
    assert _export(office, partner)[1] == 0
    assert (
        export_preview.preview_export(office.session, [partner.org_id], full=True).since_last
        is None
    )
    assert _export(office, partner, full=True)[1] == 7
    for org in (office, partner):
        org.session.close()


def test_a_lost_bundle_is_covered_by_the_next_one(tmp_path: Path) -> None:
    office, partner = _pair(tmp_path)
    ids = _cases(office, 4)
    import_bytes(partner, _export(office, partner)[0])
    _acknowledged(office, partner)
    case_service.edit_case(office.session, ids[0], {"city": "Riga"})
    _lost, sent = _export(office, partner)
    assert sent == 1
    case_service.edit_case(office.session, ids[1], {"city": "Tbilisi"})
    bundle, sent = _export(office, partner)
    assert sent == 2  # selection starts at the acknowledgement, not at what was sent last
    import_bytes(partner, bundle)
    assert case_service.get_case(partner.session, ids[0]).fields.city == "Riga"
    assert case_service.get_case(partner.session, ids[1]).fields.city == "Tbilisi"
    for org in (office, partner):
        org.session.close()


def test_a_field_newly_in_the_profile_goes_for_every_case(tmp_path: Path) -> None:
    office, partner = _pair(tmp_path)
    ids = _cases(office, 3)
    case_service.edit_case(office.session, ids[0], {"contact_channel": "signal"})
    import_bytes(partner, _export(office, partner)[0])  # standard profile: no contact channel
    _acknowledged(office, partner)
    assert _export(office, partner)[1] == 0
    assign_profile(office.session, partner.org_id, "full")
    bundle, sent = _export(office, partner)
    assert sent == 3
    import_bytes(partner, bundle)
    assert case_service.get_case(partner.session, ids[0]).fields.contact_channel == "signal"
    for org in (office, partner):
        org.session.close()


def test_a_consent_recorded_for_an_old_case_makes_it_go_again(tmp_path: Path) -> None:
    office, partner = _pair(tmp_path)
    ids = _cases(office, 3)
    import_bytes(partner, _export(office, partner)[0])
    _acknowledged(office, partner)
    from casevault.domain.consent import ConsentMethod
    from casevault.services import consent as consent_service

    consent_service.record_consent(
        office.session, ids[1], partner_ref=partner.org_id, method=ConsentMethod.MESSAGE
    )
    preview = export_preview.preview_export(office.session, [partner.org_id])
    assert [str(c.case_id) for c in preview.cases] == [ids[1]]
    for org in (office, partner):
        org.session.close()


def test_a_partner_acknowledges_only_what_came_from_its_addressee(tmp_path: Path) -> None:
    office, partner = _pair(tmp_path)
    third = make_org(tmp_path, "third")
    introduce(third, partner)
    _cases(office, 1)
    _cases(third, 1, "Сидоров")
    import_bytes(partner, _export(office, partner)[0])
    import_bytes(partner, _export(third, partner)[0])
    bundle, _ = _export(partner, office)
    staged = import_verify.verify_and_stage(office.session, io.BytesIO(bundle))
    assert staged.ack is not None
    assert [e.org for e in staged.ack.applied] == [office.org_id]  # nothing about `third`
    for org in (office, partner, third):
        org.session.close()


def test_a_peer_restored_from_an_old_backup_gets_again_what_it_lost(tmp_path: Path) -> None:
    office, partner = _pair(tmp_path)
    ids = _cases(office, 3)
    import_bytes(partner, _export(office, partner)[0])
    _acknowledged(office, partner)
    partner.session.close()
    backup = tmp_path / "partner-backup"
    shutil.copytree(tmp_path / "partner", backup)
    partner.session = open_vault(tmp_path / "partner", PASSPHRASE)
    case_service.edit_case(office.session, ids[0], {"city": "Vilnius"})
    import_bytes(partner, _export(office, partner)[0])
    _acknowledged(office, partner)  # acknowledges the Vilnius edit
    assert _export(office, partner)[1] == 0
    # The partner's laptop is lost; it restores the old backup, which lacks the edit.
    partner.session.close()
    shutil.rmtree(tmp_path / "partner")
    shutil.copytree(backup, tmp_path / "partner")
    partner.session = open_vault(tmp_path / "partner", PASSPHRASE)
    assert case_service.get_case(partner.session, ids[0]).fields.city == "Kyiv"
    _acknowledged(office, partner)  # its new bundle carries its older acknowledgement
    bundle, sent = _export(office, partner)
    assert sent == 1
    import_bytes(partner, bundle)
    assert case_service.get_case(partner.session, ids[0]).fields.city == "Vilnius"
    for org in (office, partner):
        org.session.close()


def test_a_delayed_older_bundle_does_not_raise_the_acknowledgement(tmp_path: Path) -> None:
    office, partner = _pair(tmp_path)
    ids = _cases(office, 2)
    import_bytes(partner, _export(office, partner)[0])
    old_from_partner, _ = _export(partner, office)  # carries the ack of the first bundle
    case_service.edit_case(office.session, ids[0], {"city": "Warsaw"})
    import_bytes(partner, _export(office, partner)[0])
    newer_from_partner, _ = _export(partner, office)  # acknowledges the Warsaw edit
    import_bytes(office, newer_from_partner)
    assert _export(office, partner)[1] == 0
    import_bytes(office, old_from_partner)  # reordered: arrives last, says less: we send more
    assert _export(office, partner)[1] == 1
    for org in (office, partner):
        org.session.close()


def test_a_hand_picked_bundle_moves_no_acknowledgement(tmp_path: Path) -> None:
    office, partner = _pair(tmp_path)
    ids = _cases(office, 3)
    import_bytes(partner, export_bytes(office, partner, cases=[ids[0]]))
    _acknowledged(office, partner)
    assert _export(office, partner)[1] == 3
    for org in (office, partner):
        org.session.close()
