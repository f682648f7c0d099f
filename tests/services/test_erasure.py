"""Erasure on a real vault: after erase_case, the man's canary is nowhere — not in any file, not
in the decrypted database (every table's text), not in any decrypted page (free space
included) — while the audit chain, the other cases and the signed evaluations of others stay
intact."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlcipher3

from casevault.domain.case import CaseFields
from casevault.domain.consent import ConsentMethod
from casevault.domain.organisation import PartnerKind
from casevault.services import cases as case_service
from casevault.services import consent as consent_service
from casevault.services import evaluations as eval_service
from casevault.services import partners as partner_service
from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.erasure import erase_case
from casevault.services.errors import CaseNotFound, ErasureNotConfirmed
from casevault.services.session import Session
from casevault.services.vaults import init_vault, open_vault
from casevault.vault.errors import RecordImmutable
from casevault.vault.keyslots import read_keyslot_file
from casevault.vault.layout import database_path, keyslots_path
from casevault.vault.repos import evaluations as eval_repo
from casevault.vault.repos import sync_state
from tests.conftest import FLOOR_KDF, PASSPHRASE
from tests.sqlcipher_pages import iter_plain_pages

LATIN = "Qzxerasecanary5"
CYRILLIC = "Жщфлюбыш"  # no letter that loses a diacritic in the search index


def _needles() -> list[bytes]:
    needles = []
    for canary in (LATIN, CYRILLIC):
        for form in {canary, canary.lower(), canary.upper(), canary.casefold()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                needles.append(form.encode(encoding))
    return needles


def _hits(data: bytes) -> list[bytes]:
    return [needle for needle in _needles() if needle in data]


def _canary(label: str) -> str:
    return f"{label} {LATIN} {CYRILLIC}"


@dataclass
class Fixture:
    """A vault with the man (canary everywhere), a bystander case, and a partner."""

    session: Session
    vault_dir: Path
    man: uuid.UUID
    bystander: uuid.UUID
    partner_id: str


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Session]:
    result = init_vault(tmp_path / "other", PASSPHRASE, "Berlin Transit", kdf=FLOOR_KDF)
    yield result.session
    result.session.close()


def _evaluation(case_id: uuid.UUID, text: str) -> dict[str, object]:
    return {
        "date": "2024-05-01",
        "methods": ["interview"],
        "checklist": {"civilian_harm": {"state": "checked", "note": text}},
        "verdict": "cleared",
        "confidence": "high",
        "notes": text,
    }


def _populate(session: Session, vault_dir: Path, other: Session) -> Fixture:
    card = partner_service.export_identity(other, PartnerKind.TRANSIT_NGO, "DE")
    partner = partner_service.add_partner(session, card.card).partner
    c, lat = CYRILLIC, LATIN
    fields = CaseFields.model_validate(
        {
            "name_cyrillic": {"surname": c, "given": c, "patronymic": c},
            "name_latin": {"surname": lat, "given": lat, "patronymic": lat},
            "aliases": [f"{lat} alias", c],
            "place_of_birth": _canary("born"),
            "unit": _canary("unit"),
            "rank": _canary("rank"),
            "callup_proof": _canary("proof"),
            "city": _canary("city"),
            "contact_channel": _canary("Signal"),
            "caseworker": _canary("worker"),
            "tags": [lat, c],
            "notes": _canary("notes"),
            "country": "KZ",
        }
    )
    man = case_service.create_case(session, fields).id
    bystander = case_service.create_case(
        session, CaseFields.model_validate({"name_latin": {"surname": "Bystander"}})
    ).id
    case_service.edit_case(session, man, {"notes": _canary("edited notes"), "status": "screening"})
    for day in (1, 2):
        case_service.add_timeline_event(session, man, dt.date(2024, 3, day), _canary("event"))
    a = eval_service.add_evaluator(session, "Evaluator A")
    b = eval_service.add_evaluator(session, "Evaluator B")
    for evaluator in (a, b):
        draft = eval_service.create_draft(
            session, man, evaluator.id, _evaluation(man, _canary("e"))
        )
        first = eval_service.finalise_evaluation(session, draft.evaluation.id)
    correction = eval_service.supersede_evaluation(
        session, first.evaluation.id, {"notes": _canary("corrected")}
    )
    eval_service.finalise_evaluation(session, correction.evaluation.id)
    eval_service.create_draft(session, man, a.id, _evaluation(man, _canary("draft")))
    kept = eval_service.create_draft(session, bystander, a.id, _evaluation(bystander, "fine"))
    eval_service.finalise_evaluation(session, kept.evaluation.id)
    consent_service.record_consent(
        session,
        man,
        partner_ref=partner.id,
        method=ConsentMethod.ORAL_WITNESSED,
        witness=_canary("witness"),
        note=_canary("consent note"),
    )
    consent_service.withdraw_consent(
        session, man, kind=PartnerKind.TRANSIT_NGO, method=ConsentMethod.MESSAGE, note=_canary("no")
    )
    consent_service.check_export_consent(
        session, [str(man), str(bystander)], partner.id, override_reason=_canary("court deadline")
    )
    with session.vault.transaction() as conn:
        sync_state.put_field_versions(
            conn, str(man), "notes", [{"value": _canary("v1"), "vector": [], "stamp": "x"}]
        )
        sync_state.record_delivery(conn, str(man), partner.id, "bundle-1", session.clock())
    return Fixture(session, vault_dir, man, bystander, partner.id)


def _raw_key(vault_dir: Path) -> bytes:
    return read_keyslot_file(keyslots_path(vault_dir)).unwrap("passphrase", PASSPHRASE)


def _decrypted_dump(vault_dir: Path) -> str:
    """The schema and every table's rows, read with the stock library and the raw key alone."""
    conn = sqlcipher3.connect(str(database_path(vault_dir)))
    try:
        conn.execute(f"PRAGMA key = \"x'{_raw_key(vault_dir).hex()}'\"")
        # sqlcipher3 has no iterdump(): the schema, then every row of every table (FTS shadow
        # tables included), values and blobs alike.
        schema = conn.execute("SELECT name, sql FROM sqlite_master").fetchall()
        dump = "\n".join(f"{name}: {sql}" for name, sql in schema)
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                dump += "\n" + repr(row)
                dump += "".join(
                    value.decode("utf-8", "replace") for value in row if isinstance(value, bytes)
                )
        return dump
    finally:
        conn.close()


def _page_hits(vault_dir: Path) -> list[bytes]:
    key = _raw_key(vault_dir)
    return [hit for page in iter_plain_pages(key, database_path(vault_dir)) for hit in _hits(page)]


def _file_hits(vault_dir: Path) -> list[str]:
    return [
        f"{path.name}: {hit!r}"
        for path in vault_dir.rglob("*")
        if path.is_file()
        for hit in _hits(path.read_bytes())
    ]


@pytest.fixture
def populated(session: Session, vault_dir: Path, other: Session) -> Fixture:
    return _populate(session, vault_dir, other)


def test_erasure_leaves_no_trace_of_him_anywhere(populated: Fixture) -> None:
    fx = populated
    fx.session.close()
    # Positive control: the scans do find him before erasure (so they can fail).
    assert CYRILLIC in _decrypted_dump(fx.vault_dir)
    assert _page_hits(fx.vault_dir)
    assert not _file_hits(fx.vault_dir)  # encrypted at rest, as always

    session = open_vault(fx.vault_dir, PASSPHRASE)
    result = erase_case(session, str(fx.man)[:8], str(fx.man).upper())
    assert [p.partner_id for p in result.partners_to_notify] == [fx.partner_id]
    assert result.partners_to_notify[0].partner_name == "Berlin Transit"
    assert result.evaluations == 4
    assert result.timeline_events == 2
    assert result.consents == 2
    assert result.overrides_blanked == 1
    with pytest.raises(CaseNotFound):
        case_service.get_case(session, fx.man)
    assert [s.id for s in case_service.search_cases(session, "Bystander")] == [fx.bystander]
    assert case_service.search_cases(session, LATIN) == []
    count, chain_break = verify_audit_chain(session)
    assert chain_break is None
    assert count > 10
    assert eval_service.verify_evaluations(session).intact
    assert eval_service.verify_evaluations(session).checked == 1  # the bystander's
    erase_entries = [
        e for e in list_audit_entries(session, str(fx.man)) if e.action == "case.erase"
    ]
    assert erase_entries[0].details["partners_with_copies"] == [fx.partner_id]
    session.close()

    dump = _decrypted_dump(fx.vault_dir)
    assert LATIN.lower() not in dump.lower()
    assert CYRILLIC.lower() not in dump.lower()
    assert "Bystander" in dump  # the scan sees live data
    assert str(fx.man) in dump  # the tombstone and the audit entries keep his id, nothing else
    assert not _page_hits(fx.vault_dir)
    assert not _file_hits(fx.vault_dir)


def test_tombstones_block_his_return_and_the_route_is_closed(populated: Fixture) -> None:
    fx = populated
    erase_case(fx.session, fx.man, str(fx.man))
    with fx.session.vault.reading() as conn:
        tombstones = conn.execute("SELECT record_type, record_id FROM tombstones").fetchall()
        marker = conn.execute("SELECT count(*) FROM erasure_in_progress").fetchone()[0]
        override = conn.execute("SELECT reason, reason_erased_at FROM consent_overrides").fetchone()
        links = conn.execute("SELECT case_id FROM consent_override_cases").fetchall()
    assert ("case", str(fx.man)) in tombstones
    assert sum(1 for kind, _ in tombstones if kind == "evaluation") == 4
    assert sum(1 for kind, _ in tombstones if kind == "timeline_event") == 2
    assert marker == 0  # the narrow route is closed again after commit
    assert override[0] is None
    assert override[1] is not None
    assert links == [(str(fx.bystander),)]
    # Outside erasure, the bystander's signed evaluation is still protected by the database.
    kept = eval_service.list_evaluations(fx.session, fx.bystander)[0]
    with fx.session.vault.transaction() as conn, pytest.raises(RecordImmutable):
        eval_repo.delete_draft(conn, kept.evaluation.id)


def test_erasure_needs_the_full_id(populated: Fixture) -> None:
    fx = populated
    with pytest.raises(ErasureNotConfirmed):
        erase_case(fx.session, fx.man, str(fx.man)[:8])
    with pytest.raises(ErasureNotConfirmed):
        erase_case(fx.session, fx.man, str(fx.bystander))
    assert case_service.get_case(fx.session, fx.man).id == fx.man
