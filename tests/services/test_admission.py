"""A partner may change only what it was given: real organisations, real keys, real bundles.

The hostile bundles are genuine (the dishonest partner signs them with its own verified keys,
tests/support/hostile.py); only their content oversteps. Each refusal is listed in the preview,
the rest of the bundle applies, and what was refused leaves the vault exactly as it was.
"""

from __future__ import annotations

import io
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.exchange.admission import RecordKind, RefusalReason
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import import_verify, imports
from casevault.services import profiles as profile_service
from casevault.services.admission import Refusal
from casevault.services.conflicts import list_conflicts
from casevault.services.partner_closures import list_case_closures
from tests.support.hostile import (
    attachment_records,
    case_record,
    dominating_fields,
    forged_bundle,
    timeline_record,
    tombstone_record,
)
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, logical_dump, make_org

# What any applied bundle changes even when every record in it is refused.
BOOKKEEPING = {"applied_bundles", "audit_log", "vault_meta"}


@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Org, Org, Org]]:
    berlin, paris, yerevan = (make_org(tmp_path, n) for n in ("berlin", "paris", "yerevan"))
    introduce(berlin, paris)
    introduce(berlin, yerevan)
    introduce(paris, yerevan)
    yield berlin, paris, yerevan
    for org in (berlin, paris, yerevan):
        org.session.close()


def _case(org: Org, surname: str, **extra: Any) -> str:
    fields = CaseFields(
        name_cyrillic=PersonName(surname=surname, given="Иван"),
        contact_channel="Signal +99 7001",
        notes="met in Almaty",
        city="Almaty",
        **extra,
    )
    return str(case_service.create_case(org.session, fields).id)


def _data(org: Org) -> dict[str, Any]:
    """The vault's content, without the bookkeeping every import writes."""
    return {k: v for k, v in logical_dump(org.session).items() if k not in BOOKKEEPING}


def _preview(receiver: Org, bundle: bytes) -> tuple[import_verify.StagedBundle, Any]:
    staged = import_verify.verify_and_stage(receiver.session, io.BytesIO(bundle))
    return staged, imports.preview_import(receiver.session, staged)


def _reasons(refusals: tuple[Refusal, ...]) -> set[tuple[RecordKind, str, RefusalReason]]:
    return {(r.kind, str(r.case_id), r.reason) for r in refusals}


def test_partner_cannot_rewrite_a_case_never_sent_to_it(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    ours = _case(berlin, "Орлов")
    forged = dominating_fields(
        berlin,
        ours,
        {
            "name_cyrillic": {"surname": "Подменный", "given": "", "patronymic": ""},
            "status": "closed",
            "notes": "rewritten by a partner",
        },
    )
    bundle = forged_bundle(paris, berlin, [case_record(ours, berlin.org_id, forged)])
    before = _data(berlin)
    staged, preview = _preview(berlin, bundle)
    assert preview.changed_cases == ()
    [refusal] = preview.refusals
    assert (refusal.kind, refusal.case_id, refusal.reason) == (
        RecordKind.CASE,
        uuid.UUID(ours),
        RefusalReason.CASE_NOT_SHARED,
    )
    assert refusal.display_name == "Орлов Иван"  # our name for it, not the sender's
    assert refusal.fields == ("name_cyrillic", "notes", "status")
    result = imports.apply_import(berlin.session, staged)
    assert (result.changed_cases, result.refused) == (0, 1)
    assert _data(berlin) == before
    kept = case_service.get_case(berlin.session, ours)
    assert (kept.fields.name_cyrillic.surname, kept.fields.notes) == ("Орлов", "met in Almaty")


def test_partner_may_change_only_the_fields_it_received(orgs: tuple[Org, Org, Org]) -> None:
    """Sent with the standard profile: the contact channel was withheld, so it stays ours."""
    berlin, paris, _ = orgs
    ours = _case(berlin, "Петров")
    import_bytes(paris, export_bytes(berlin, paris))
    forged = dominating_fields(
        berlin, ours, {"contact_channel": "attacker's number", "city": "Astana"}
    )
    bundle = forged_bundle(paris, berlin, [case_record(ours, berlin.org_id, forged)])
    staged, preview = _preview(berlin, bundle)
    assert [c.field for c in preview.changed_cases[0].changes] == ["city"]
    assert _reasons(preview.refusals) == {(RecordKind.CASE, ours, RefusalReason.FIELD_NOT_SHARED)}
    assert preview.refusals[0].fields == ("contact_channel",)
    imports.apply_import(berlin.session, staged)
    kept = case_service.get_case(berlin.session, ours)
    assert kept.fields.contact_channel == "Signal +99 7001"
    assert kept.fields.city == "Astana"
    assert list_conflicts(berlin.session) == []


def test_an_honest_partner_edit_of_a_withheld_field_is_dropped_too(
    orgs: tuple[Org, Org, Org],
) -> None:
    """Through the ordinary services: Paris sends Berlin everything (full profile), but Berlin
    only ever gave Paris the standard profile, so Paris's contact channel is not taken."""
    berlin, paris, _ = orgs
    ours = _case(berlin, "Сидоров")
    import_bytes(paris, export_bytes(berlin, paris))
    profile_service.assign_profile(paris.session, berlin.org_id, "full")
    case_service.edit_case(paris.session, ours, {"contact_channel": "paris says", "rank": "sgt"})
    result = import_bytes(berlin, export_bytes(paris, berlin))
    kept = case_service.get_case(berlin.session, ours)
    assert kept.fields.contact_channel == "Signal +99 7001"
    assert kept.fields.rank == "sgt"
    assert (result.conflicts, result.refused) == (0, 1)


def test_partner_cannot_add_timeline_or_attachments_to_a_case_it_never_had(
    orgs: tuple[Org, Org, Org],
) -> None:
    berlin, paris, _ = orgs
    ours = _case(berlin, "Орлов")
    attachment, blob = attachment_records(ours, paris.org_id, b"%PDF-1.4 planted")
    records = [timeline_record(ours, paris.org_id, "planted event"), attachment]
    bundle = forged_bundle(paris, berlin, records, blob)
    before = _data(berlin)
    staged, preview = _preview(berlin, bundle)
    assert (preview.new_timeline_events, preview.attachments) == (0, 0)
    assert _reasons(preview.refusals) == {
        (RecordKind.TIMELINE, ours, RefusalReason.CASE_NOT_SHARED),
        (RecordKind.ATTACHMENT, ours, RefusalReason.CASE_NOT_SHARED),
    }
    result = imports.apply_import(berlin.session, staged)
    assert (result.timeline_events, result.attachments) == (0, 0)
    assert _data(berlin) == before
    assert case_service.list_timeline(berlin.session, uuid.UUID(ours)) == []
    assert attachment_service.list_attachments(berlin.session, ours) == []


def test_additions_to_a_shared_case_must_come_from_the_sender(orgs: tuple[Org, Org, Org]) -> None:
    """On a case Paris received, it may add its own events; one that claims to be ours is refused,
    and one that claims a third organisation is kept as Paris's."""
    berlin, paris, yerevan = orgs
    ours = _case(berlin, "Петров")
    import_bytes(paris, export_bytes(berlin, paris))
    records = [
        timeline_record(ours, paris.org_id, "paris met him"),
        timeline_record(ours, berlin.org_id, "pretends to be ours"),
        timeline_record(ours, yerevan.org_id, "pretends to be yerevan's"),
    ]
    staged, preview = _preview(berlin, forged_bundle(paris, berlin, records))
    assert preview.new_timeline_events == 2
    assert _reasons(preview.refusals) == {
        (RecordKind.TIMELINE, ours, RefusalReason.CLAIMS_OUR_ORIGIN),
        (RecordKind.TIMELINE, ours, RefusalReason.OTHER_ORIGIN),
    }
    imports.apply_import(berlin.session, staged)
    texts = {e.text for e in case_service.list_timeline(berlin.session, uuid.UUID(ours))}
    assert texts == {"paris met him", "pretends to be yerevan's"}
    with berlin.session.vault.reading() as conn:
        origins = {
            row[0] for row in conn.execute("SELECT origin_org FROM timeline_events").fetchall()
        }
    assert origins == {paris.org_id}


def test_partner_tombstone_becomes_a_notice(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    sent = _case(berlin, "Петров")
    never_sent = _case(berlin, "Орлов")
    import_bytes(paris, export_bytes(berlin, paris, cases=[sent]))
    bundle = forged_bundle(paris, berlin, [tombstone_record(sent), tombstone_record(never_sent)])
    staged, preview = _preview(berlin, bundle)
    assert [(str(c.case_id), c.display_name) for c in preview.closures] == [(sent, "Петров Иван")]
    assert preview.tombstones == 0
    assert _reasons(preview.refusals) == {
        (RecordKind.TOMBSTONE, never_sent, RefusalReason.CASE_NOT_SHARED)
    }
    result = imports.apply_import(berlin.session, staged)
    assert (result.tombstones, result.closures) == (0, 1)
    for case_id in (sent, never_sent):
        assert not case_service.get_case(berlin.session, case_id).deleted
    with berlin.session.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM tombstones").fetchone()[0] == 0
    [closure] = list_case_closures(berlin.session, sent)
    assert closure.partner_name == "paris"
    assert list_case_closures(berlin.session, never_sent) == []


def test_new_case_claiming_our_organisation_is_refused(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    planted = str(uuid.uuid4())
    fields = {
        "name_cyrillic": [
            {
                "value": {"surname": "Подкидыш", "given": "", "patronymic": ""},
                "vector": [["paris-node", 1]],
                "stamp": f"{int(time.time() * 1000):016x}-0000-paris-node",
            }
        ]
    }
    before = _data(berlin)
    staged, preview = _preview(
        berlin, forged_bundle(paris, berlin, [case_record(planted, berlin.org_id, fields)])
    )
    assert preview.new_cases == ()
    assert _reasons(preview.refusals) == {
        (RecordKind.CASE, planted, RefusalReason.CLAIMS_OUR_ORIGIN)
    }
    assert preview.refusals[0].display_name == ""  # the sender's name for it is not shown
    assert imports.apply_import(berlin.session, staged).new_cases == 0
    assert _data(berlin) == before


def test_new_case_claiming_a_third_organisation_is_kept_as_the_senders(
    orgs: tuple[Org, Org, Org],
) -> None:
    berlin, paris, yerevan = orgs
    theirs = _case(yerevan, "Иванов")
    import_bytes(paris, export_bytes(yerevan, paris))
    # Paris forwards Yerevan's case: the claim "Yerevan made it" is Paris's word only.
    staged, preview = _preview(berlin, export_bytes(paris, berlin))
    assert [str(p.case_id) for p in preview.new_cases] == [theirs]
    assert _reasons(preview.refusals) == {(RecordKind.CASE, theirs, RefusalReason.OTHER_ORIGIN)}
    assert preview.refusals[0].claimed_origin == yerevan.org_id
    imports.apply_import(berlin.session, staged)
    assert case_service.get_case(berlin.session, theirs).origin_org == paris.org_id
    # Yerevan itself never sent it to us, so now it has no say over this copy.
    case_service.edit_case(yerevan.session, theirs, {"notes": "yerevan's later edit"})
    result = import_bytes(berlin, export_bytes(yerevan, berlin))
    assert result.refused == 1
    assert case_service.get_case(berlin.session, theirs).fields.notes == "met in Almaty"


def test_existing_case_origin_never_changes_by_import(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    ours = _case(berlin, "Петров")
    import_bytes(paris, export_bytes(berlin, paris))
    forged = dominating_fields(berlin, ours, {"city": "Lyon"})
    import_bytes(berlin, forged_bundle(paris, berlin, [case_record(ours, paris.org_id, forged)]))
    kept = case_service.get_case(berlin.session, ours)
    assert (kept.origin_org, kept.fields.city) == (berlin.org_id, "Lyon")


def test_partner_keeps_full_rights_over_its_own_case(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    theirs = _case(paris, "Кузнецов")
    import_bytes(berlin, export_bytes(paris, berlin))
    profile_service.assign_profile(paris.session, berlin.org_id, "full")
    case_service.edit_case(paris.session, theirs, {"contact_channel": "new number"})
    result = import_bytes(berlin, export_bytes(paris, berlin))
    assert result.refused == 0
    assert case_service.get_case(berlin.session, theirs).fields.contact_channel == "new number"


def test_preview_and_apply_decide_the_same_after_a_change_in_between(
    orgs: tuple[Org, Org, Org],
) -> None:
    """If the vault changed since the preview, apply decides again, before writing any case."""
    berlin, paris, _ = orgs
    ours = _case(berlin, "Петров")
    import_bytes(paris, export_bytes(berlin, paris))
    forged = dominating_fields(berlin, ours, {"contact_channel": "x", "city": "Astana"})
    staged, preview = _preview(
        berlin, forged_bundle(paris, berlin, [case_record(ours, berlin.org_id, forged)])
    )
    case_service.edit_case(berlin.session, ours, {"notes": "edited meanwhile"})
    result = imports.apply_import(berlin.session, staged)
    assert result.refused == len(preview.refusals) == 1
    kept = case_service.get_case(berlin.session, ours)
    assert (kept.fields.contact_channel, kept.fields.city) == ("Signal +99 7001", "Astana")


def test_own_laptops_keep_full_rights(tmp_path: Path) -> None:
    """Our organisation's other laptops may edit any field and delete (regression guard)."""
    from tests.services.test_nodes import _enrol, _sync

    office = make_org(tmp_path, "office")
    laptop = make_org(tmp_path, "laptop")
    try:
        kept = _case(office, "Орлов")
        gone = _case(office, "Петров")
        _enrol(office, laptop)
        import_bytes(laptop, _sync(office))
        case_service.edit_case(laptop.session, kept, {"contact_channel": "new", "status": "closed"})
        case_service.delete_case(laptop.session, gone)
        result = import_bytes(office, _sync(laptop))
        assert (result.refused, result.tombstones) == (0, 1)
        edited = case_service.get_case(office.session, kept)
        assert (edited.fields.contact_channel, edited.fields.status.value) == ("new", "closed")
        assert case_service.get_case(office.session, gone).deleted
    finally:
        office.session.close()
        laptop.session.close()
