"""Exchange between real organisations: export, verified import, refusals that change nothing."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.exchange.errors import BundleNotForUs, BundleTampered, ExchangeError
from casevault.services import case_clearance, import_verify, import_write, imports
from casevault.services import cases as case_service
from casevault.services import partners as partner_service
from casevault.services.conflicts import list_conflicts, resolve_conflict
from casevault.services.errors import BundleReplayed, PartnerNotTrusted
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, logical_dump, make_org

CONTACT_CANARY = "Signal +99 7001 canary-contact"


@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Org, Org, Org]]:
    berlin, paris, yerevan = (make_org(tmp_path, n) for n in ("berlin", "paris", "yerevan"))
    introduce(berlin, paris)
    introduce(berlin, yerevan)
    introduce(paris, yerevan)
    yield berlin, paris, yerevan
    for org in (berlin, paris, yerevan):
        org.session.close()


def _case(org: Org, surname: str = "Смирнов") -> str:
    case = case_service.create_case(
        org.session,
        CaseFields(
            name_cyrillic=PersonName(surname=surname, given="Иван"),
            name_latin=PersonName(surname="Smirnov", given="Ivan"),
            contact_channel=CONTACT_CANARY,
            caseworker="Anna",
            notes="met in Almaty",
            country="KZ",
        ),
    )
    return str(case.id)


def test_round_trip_and_redaction(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    case_id = _case(berlin)
    bundle = export_bytes(berlin, paris)
    assert CONTACT_CANARY.encode() not in bundle
    staged = import_verify.verify_and_stage(paris.session, io.BytesIO(bundle))
    assert CONTACT_CANARY not in repr(staged)  # not even inside the encryption
    preview = imports.preview_import(paris.session, staged)
    assert [str(p.case_id) for p in preview.new_cases] == [case_id]
    assert "sender-trusted" in preview.checks_passed
    imports.apply_import(paris.session, staged)
    received = case_service.get_case(paris.session, case_id)
    assert received.fields.name_cyrillic.surname == "Смирнов"
    assert received.fields.contact_channel == ""
    assert received.fields.caseworker == ""
    assert received.origin_org == berlin.org_id
    assert [s.id for s in case_service.search_cases(paris.session, "Smirnov")] == [received.id]


def test_armoured_bundle_imports(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    _case(berlin)
    bundle = export_bytes(berlin, paris, armor=True)
    assert bundle.startswith(b"-----BEGIN")
    assert import_bytes(paris, bundle).new_cases == 1


def test_replay_is_refused_and_changes_nothing(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    _case(berlin)
    bundle = export_bytes(berlin, paris)
    import_bytes(paris, bundle)
    before = logical_dump(paris.session)
    with pytest.raises(BundleReplayed):
        import_bytes(paris, bundle)
    assert logical_dump(paris.session) == before


@pytest.mark.parametrize("where", [0.01, 0.3, 0.5, 0.8, 0.999])
def test_tampered_byte_anywhere_is_refused_and_changes_nothing(
    orgs: tuple[Org, Org, Org], where: float
) -> None:
    berlin, paris, _ = orgs
    _case(berlin)
    bundle = bytearray(export_bytes(berlin, paris))
    bundle[int(len(bundle) * where)] ^= 0x40
    before = logical_dump(paris.session)
    with pytest.raises(ExchangeError):
        import_bytes(paris, bytes(bundle))
    assert logical_dump(paris.session) == before


def test_truncated_bundle_is_refused(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    _case(berlin)
    bundle = export_bytes(berlin, paris)
    before = logical_dump(paris.session)
    for cut in (10, len(bundle) // 2, len(bundle) - 1):
        with pytest.raises(ExchangeError):
            import_bytes(paris, bundle[:cut])
    assert logical_dump(paris.session) == before


def test_bundle_for_someone_else_is_refused(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, yerevan = orgs
    _case(berlin)
    with pytest.raises(BundleNotForUs):
        import_bytes(yerevan, export_bytes(berlin, paris))


def test_unverified_and_revoked_senders_are_refused(
    tmp_path: Path, orgs: tuple[Org, Org, Org]
) -> None:
    berlin, paris, _ = orgs
    stranger = make_org(tmp_path, "stranger")
    try:
        introduce(stranger, paris, verify=False)
        # Paris may not even export to an unverified partner.
        with pytest.raises(PartnerNotTrusted):
            export_bytes(paris, stranger)
        partner_service.verify_partner(stranger.session, paris.org_id, *_code(stranger, paris))
        _case(stranger)
        before = logical_dump(paris.session)
        with pytest.raises(PartnerNotTrusted) as info:
            import_bytes(paris, export_bytes(stranger, paris))
        assert info.value.state == "unverified"
        assert logical_dump(paris.session) == before
    finally:
        stranger.session.close()
    _case(berlin)
    bundle = export_bytes(berlin, paris)
    partner_service.revoke_partner(paris.session, berlin.org_id)
    with pytest.raises(PartnerNotTrusted) as revoked:
        import_bytes(paris, bundle)
    assert revoked.value.state == "revoked"


def _code(org: Org, other: Org) -> tuple[object, str]:
    from casevault.domain.organisation import VerificationMethod

    details = partner_service.show_partner(org.session, other.org_id)
    return VerificationMethod.SHORT_CODE, details.short_code


def test_concurrent_edits_become_a_conflict_then_resolve_everywhere(
    orgs: tuple[Org, Org, Org],
) -> None:
    berlin, paris, _ = orgs
    case_id = _case(berlin)
    import_bytes(paris, export_bytes(berlin, paris))
    case_service.edit_case(berlin.session, case_id, {"city": "Almaty"})
    case_service.edit_case(paris.session, case_id, {"city": "Astana"})
    import_bytes(paris, export_bytes(berlin, paris))
    import_bytes(berlin, export_bytes(paris, berlin))
    for org in (berlin, paris):
        conflicts = list_conflicts(org.session)
        assert [(c.field, {o.value for o in c.options}) for c in conflicts] == [
            ("city", {"Almaty", "Astana"})
        ]
    shown = {case_service.get_case(o.session, case_id).fields.city for o in (berlin, paris)}
    assert len(shown) == 1  # both vaults show the same value meanwhile
    options = list_conflicts(paris.session)[0].options
    chosen = next(i for i, o in enumerate(options) if o.value == "Almaty")
    resolve_conflict(paris.session, case_id, "city", chosen)
    import_bytes(berlin, export_bytes(paris, berlin))
    for org in (berlin, paris):
        assert list_conflicts(org.session) == []
        assert case_service.get_case(org.session, case_id).fields.city == "Almaty"


def test_partner_deletion_travels_as_a_notice_not_a_deletion(orgs: tuple[Org, Org, Org]) -> None:
    """A partner deleting its copy (even of its own case) never deletes ours (docs/sync.md)."""
    from casevault.services.partner_closures import list_case_closures

    berlin, paris, _ = orgs
    case_id = _case(berlin)
    import_bytes(paris, export_bytes(berlin, paris))
    case_service.delete_case(berlin.session, case_id)
    case_service.edit_case(paris.session, case_id, {"notes": "late edit"})
    result = import_bytes(paris, export_bytes(berlin, paris))
    kept = case_service.get_case(paris.session, case_id)
    assert not kept.deleted
    assert kept.fields.notes == "late edit"
    assert (result.tombstones, result.closures) == (0, 1)
    assert [c.partner_name for c in list_case_closures(paris.session, case_id)] == ["berlin"]


def test_import_is_all_or_nothing(
    orgs: tuple[Org, Org, Org], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure in the middle of applying (here: the disk refusing the 2nd case's audit entry,
    after every case row was written) leaves nothing."""
    berlin, paris, _ = orgs
    for surname in ("Петров", "Сидоров", "Орлов"):
        _case(berlin, surname)
    staged = import_verify.verify_and_stage(paris.session, io.BytesIO(export_bytes(berlin, paris)))
    before = logical_dump(paris.session)
    calls = {"n": 0}
    real = import_write._audit_case

    def failing(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(import_write, "_audit_case", failing)
    with pytest.raises(OSError, match="disk full"):
        imports.apply_import(paris.session, staged)
    assert logical_dump(paris.session) == before


def test_tampering_flagged_as_tampering(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, _ = orgs
    _case(berlin)
    bundle = bytearray(export_bytes(berlin, paris))
    bundle[len(bundle) // 2] ^= 1
    with pytest.raises(BundleTampered):
        import_bytes(paris, bytes(bundle))


def _finalised_evaluation(org: Org, case_id: str, evaluator: str) -> None:
    from casevault.services import evaluations as ev

    person = ev.add_evaluator(org.session, evaluator, "interviewer")
    draft = ev.create_draft(
        org.session,
        case_id,
        person.id,
        {
            "date": "2026-10-01",
            "methods": ["interview"],
            "checklist": {"civilian_harm": {"state": "checked", "note": "none found"}},
            "verdict": "cleared",
            "confidence": "high",
        },
    )
    ev.finalise_evaluation(org.session, draft.evaluation.id)


def test_evaluations_travel_signed_and_count_across_organisations(
    orgs: tuple[Org, Org, Org],
) -> None:
    from casevault.services import evaluations as ev

    berlin, paris, yerevan = orgs
    case_id = _case(berlin)
    _finalised_evaluation(berlin, case_id, "Evaluator A")
    import_bytes(paris, export_bytes(berlin, paris))
    assert not case_clearance.explain_clearance(paris.session, case_id).explanation.cleared
    _finalised_evaluation(paris, case_id, "Evaluator B")
    assert case_clearance.explain_clearance(paris.session, case_id).explanation.cleared
    # Paris forwards both evaluations to Yerevan, which knows both signers: both verify there.
    import_bytes(yerevan, export_bytes(paris, yerevan))
    report = case_clearance.explain_clearance(yerevan.session, case_id)
    assert report.explanation.cleared
    assert len(report.explanation.clearing_organisations) == 2
    assert ev.verify_evaluations(yerevan.session).intact
    # Evaluations never conflict: re-sending changes nothing.
    before = logical_dump(yerevan.session)
    import_bytes(yerevan, export_bytes(berlin, yerevan))
    after = logical_dump(yerevan.session)
    assert after["evaluations"] == before["evaluations"]


def test_export_without_consent_is_refused_and_override_is_audited(
    orgs: tuple[Org, Org, Org],
) -> None:
    from casevault.services import export_preview, exports
    from casevault.services.audit_log import list_audit_entries
    from casevault.services.errors import ConsentMissing

    berlin, paris, _ = orgs
    case_id = _case(berlin)
    preview = export_preview.preview_export(berlin.session, [paris.org_id])
    assert preview.cases[0].consent == ((paris.org_id, "none"),)
    assert preview.cases[0].consent_missing
    sink = io.BytesIO()
    with pytest.raises(ConsentMissing) as info:
        exports.export_bundle(berlin.session, [paris.org_id], sink)
    assert info.value.case_ids == (case_id,)
    assert sink.getvalue() == b""  # nothing written
    exports.export_bundle(
        berlin.session, [paris.org_id], sink, override_reason="Lawyer needs it for a hearing today"
    )
    assert sink.getvalue()
    actions = [e.action for e in list_audit_entries(berlin.session, limit=5)]
    assert "consent.override" in actions
    assert import_bytes(paris, sink.getvalue()).new_cases == 1


def test_arbitrary_bytes_are_refused_cleanly(orgs: tuple[Org, Org, Org]) -> None:
    """Whatever a stranger hands us, the importer raises one of its own errors, never a crash."""
    from hypothesis import HealthCheck, assume, given, settings
    from hypothesis import strategies as st

    from casevault.services.errors import ServiceError

    berlin, paris, _ = orgs
    _case(berlin)
    genuine = export_bytes(berlin, paris)
    before = logical_dump(paris.session)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.one_of(
            st.binary(max_size=4096),
            st.tuples(st.integers(0, len(genuine) - 1), st.binary(min_size=1, max_size=8)).map(
                lambda edit: genuine[: edit[0]] + edit[1] + genuine[edit[0] + len(edit[1]) :]
            ),
        )
    )
    def check(untrusted: bytes) -> None:
        assume(untrusted != genuine)  # an "edit" that changed nothing is the genuine bundle
        with pytest.raises((ExchangeError, ServiceError)):
            import_verify.verify_and_stage(paris.session, io.BytesIO(untrusted))

    check()
    assert logical_dump(paris.session) == before


def test_apply_after_a_change_since_the_preview_loses_nothing(orgs: tuple[Org, Org, Org]) -> None:
    """The preview's plans are reused only if the vault did not change in between."""
    berlin, paris, _ = orgs
    case_id = _case(berlin)
    import_bytes(paris, export_bytes(berlin, paris))
    case_service.edit_case(berlin.session, case_id, {"city": "Almaty"})
    staged = import_verify.verify_and_stage(paris.session, io.BytesIO(export_bytes(berlin, paris)))
    preview = imports.preview_import(paris.session, staged)
    assert [c.field for c in preview.changed_cases[0].changes] == ["city"]
    case_service.edit_case(paris.session, case_id, {"city": "Astana"})  # after the preview
    result = imports.apply_import(paris.session, staged)
    assert result.conflicts == 1  # the local edit is kept side by side, not overwritten
    assert {o.value for o in list_conflicts(paris.session)[0].options} == {"Almaty", "Astana"}


def test_apply_right_after_the_preview_uses_its_plans(
    orgs: tuple[Org, Org, Org], monkeypatch: pytest.MonkeyPatch
) -> None:
    berlin, paris, _ = orgs
    for surname in ("Петров", "Сидоров"):
        _case(berlin, surname)
    staged = import_verify.verify_and_stage(paris.session, io.BytesIO(export_bytes(berlin, paris)))
    preview = imports.preview_import(paris.session, staged)
    assert preview.plan is not None
    assert len(preview.plan.cases) == 2

    def no_second_plan(*_args: object) -> None:
        raise AssertionError("planned again although the vault did not change")

    monkeypatch.setattr(imports, "plan_for", no_second_plan)
    result = imports.apply_import(paris.session, staged)
    assert (result.new_cases, result.replanned) == (2, False)
    assert len(case_service.list_cases(paris.session)) == 2
