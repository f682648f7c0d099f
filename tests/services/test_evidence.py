"""Evidence with provenance: when and from whom a document was received, derived copies linked
to their originals, original bytes that never change, and all of it across an exchange."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import uuid
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields
from casevault.domain.errors import InvalidField
from casevault.services import attachments as svc
from casevault.services import cases as case_service
from casevault.services import erasure, evaluations
from casevault.services.evidence import evidence_for_case, evidence_item
from casevault.services.examinations import examine_attachment
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.connection import IntegrityError
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, make_org
from tests.support.screening import new_case

SUMMONS = b"\x89PNG\r\n\x1a\n" + b"synthetic summons photo " * 5000
RECEIVED_ON = dt.date(2026, 10, 3)


def _digest_of_stored_bytes(session: Session, attachment_id: uuid.UUID) -> str:
    """Re-hash the blob as it is stored now (not the recorded digest)."""
    return hashlib.sha256(svc.read_attachment(session, attachment_id)[1]).hexdigest()


def _case(session: Session) -> str:
    return str(case_service.create_case(session, CaseFields(notes="x")).id)


def test_provenance_is_recorded_and_distinct_from_when_added(session: Session) -> None:
    stored = svc.add_attachment(
        session,
        _case(session),
        io.BytesIO(SUMMONS),
        "summons.png",
        received_from="  the man himself, by Signal ",
        received_on=RECEIVED_ON,
    )
    again = svc.get_attachment(session, stored.id)
    assert again.received_from == "the man himself, by Signal"
    assert again.received_on == RECEIVED_ON
    assert again.created_at.date() != RECEIVED_ON  # added today, received in October
    assert again.media_type == "image/png"
    assert again.size == len(SUMMONS)
    assert again.sha256 == hashlib.sha256(SUMMONS).hexdigest()
    assert again.provenance_recorded
    plain = svc.add_attachment(session, stored.case_id, io.BytesIO(b"x"), "x.txt")
    assert not plain.provenance_recorded


def test_provenance_is_bounded_and_plain_text(session: Session) -> None:
    case_id = _case(session)
    with pytest.raises(InvalidField) as too_long:
        svc.add_attachment(session, case_id, io.BytesIO(b"x"), "x", received_from="a" * 201)
    assert too_long.value.field == "received_from"
    with pytest.raises(InvalidField):
        svc.add_attachment(session, case_id, io.BytesIO(b"x"), "x", received_from="a\u202eb")
    with pytest.raises(InvalidField):
        svc.add_attachment(session, case_id, io.BytesIO(b"x"), "x", received_on=dt.date(1800, 1, 1))
    assert svc.list_attachments(session, case_id) == []


def test_a_derived_copy_links_to_its_original_which_stays_unchanged(session: Session) -> None:
    original = svc.add_attachment(
        session, _case(session), io.BytesIO(SUMMONS), "summons.png", received_from="his mother"
    )
    crop = svc.derive_attachment(
        session, str(original.id)[:8], io.BytesIO(SUMMONS[:5000]), "crop.png", "cropped to stamp"
    )
    assert crop.derived_from == original.id
    assert crop.derived_how == "cropped to stamp"
    assert crop.case_id == original.case_id
    assert crop.id != original.id
    assert _digest_of_stored_bytes(session, original.id) == original.sha256
    items = {i.attachment.id: i for i in evidence_for_case(session, original.case_id)}
    assert items[original.id].derived_copies == (crop.id,)
    assert items[crop.id].original_held is True
    assert items[original.id].original_held is None
    with pytest.raises(InvalidField):
        svc.derive_attachment(session, original.id, io.BytesIO(b"x"), "x.png", "   ")


def test_the_database_refuses_to_change_stored_bytes_or_digest(session: Session) -> None:
    stored = svc.add_attachment(session, _case(session), io.BytesIO(SUMMONS), "summons.png")
    with pytest.raises(IntegrityError, match="immutable"), session.vault.transaction() as conn:
        conn.execute(
            "UPDATE attachment_chunks SET data = x'00' WHERE attachment_id = ?", (str(stored.id),)
        )
    with pytest.raises(IntegrityError, match="immutable"), session.vault.transaction() as conn:
        conn.execute("UPDATE attachments SET sha256 = ? WHERE id = ?", ("a" * 64, str(stored.id)))
    assert _digest_of_stored_bytes(session, stored.id) == stored.sha256


def test_deleting_an_original_removes_its_derived_copies(session: Session) -> None:
    original = svc.add_attachment(session, _case(session), io.BytesIO(SUMMONS), "summons.png")
    crop = svc.derive_attachment(session, original.id, io.BytesIO(b"c"), "c.png", "crop")
    redacted = svc.derive_attachment(session, crop.id, io.BytesIO(b"r"), "r.png", "redacted")
    other = svc.add_attachment(session, original.case_id, io.BytesIO(b"o"), "o.txt")
    assert {a.id for a in svc.derived_copies(session, original.id)} == {crop.id, redacted.id}
    svc.delete_attachment(session, original.id)
    assert [a.id for a in svc.list_attachments(session, original.case_id)] == [other.id]


def test_erasure_removes_originals_and_derived_copies(session: Session) -> None:
    case_id = _case(session)
    original = svc.add_attachment(session, case_id, io.BytesIO(SUMMONS), "summons.png")
    svc.derive_attachment(session, original.id, io.BytesIO(b"c"), "c.png", "crop")
    person = evaluations.add_evaluator(session, "Evaluator A", "")
    examine_attachment(session, original.id, person.id, "anomalies", "stamp over the signature")
    erasure.erase_case(session, case_id, case_id)
    with session.vault.reading() as conn:
        for table in ("attachments", "attachment_chunks", "examination_notes"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        changes = conn.execute(  # the case's tombstone stays, by design (0019_incremental)
            "SELECT count(*) FROM record_changes WHERE case_id = ? AND kind <> 'tombstone'",
            (case_id,),
        )
        assert changes.fetchone()[0] == 0


@pytest.fixture
def berlin_paris(tmp_path: Path) -> tuple[Org, Org]:
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    return berlin, paris


def test_provenance_and_derivation_travel_and_bytes_stay_identical(
    berlin_paris: tuple[Org, Org],
) -> None:
    berlin, paris = berlin_paris
    case_id = new_case(berlin)
    photo = os.urandom(3 * 64 * 1024 + 5)
    original = svc.add_attachment(
        berlin.session,
        case_id,
        io.BytesIO(photo),
        "gosuslugi.png",
        received_from="his brother, by e-mail",
        received_on=RECEIVED_ON,
    )
    redacted = svc.derive_attachment(
        berlin.session, original.id, io.BytesIO(photo[:100]), "r.png", "phone number hidden"
    )
    old_style = svc.add_attachment(berlin.session, case_id, io.BytesIO(b"plain"), "p.txt")
    import_bytes(paris, export_bytes(berlin, paris))
    at_paris = {i.attachment.id: i for i in evidence_for_case(paris.session, case_id)}
    got = at_paris[original.id].attachment
    assert (got.received_from, got.received_on) == ("his brother, by e-mail", RECEIVED_ON)
    assert got.sha256 == original.sha256
    assert _digest_of_stored_bytes(paris.session, original.id) == hashlib.sha256(photo).hexdigest()
    copy = at_paris[redacted.id].attachment
    assert (copy.derived_from, copy.derived_how) == (original.id, "phone number hidden")
    assert at_paris[redacted.id].original_held is True
    assert not at_paris[old_style.id].attachment.provenance_recorded
    # And back: the sender's own bytes are unchanged by the whole round trip.
    import_bytes(berlin, export_bytes(paris, berlin))
    assert _digest_of_stored_bytes(berlin.session, original.id) == original.sha256


def test_a_derived_copy_sent_without_its_original_still_names_it(
    berlin_paris: tuple[Org, Org],
) -> None:
    berlin, paris = berlin_paris
    case_id = new_case(berlin)
    original = svc.add_attachment(berlin.session, case_id, io.BytesIO(SUMMONS), "s.png")
    redacted = svc.derive_attachment(
        berlin.session, original.id, io.BytesIO(b"r"), "r.png", "faces hidden"
    )
    with berlin.session.vault.transaction() as conn:  # as if the original were never sent
        conn.execute("DELETE FROM attachments WHERE id = ?", (str(original.id),))
    import_bytes(paris, export_bytes(berlin, paris))
    item = evidence_item(paris.session, redacted.id)
    assert item.attachment.derived_from == original.id
    assert item.original_held is False


def test_an_old_vaults_attachments_read_as_provenance_not_recorded(tmp_path: Path) -> None:
    saved = Path(__file__).resolve().parents[1] / "data" / "vaults" / "schema-19"
    meta = json.loads((saved / "meta.json").read_text(encoding="utf-8"))
    shutil.copytree(saved / "vault", tmp_path / "old")
    with open_vault(tmp_path / "old", meta["passphrase"]) as old:
        (attachment,) = meta["attachments"]
        item = evidence_item(old, attachment["id"])
        assert not item.attachment.provenance_recorded
        assert item.attachment.received_from is None
        assert (item.attachment.derived_from, item.original_held, item.notes) == (None, None, ())
        assert _digest_of_stored_bytes(old, item.attachment.id) == attachment["sha256"]
        # The migrated vault records provenance for what arrives from now on.
        added = svc.add_attachment(
            old, item.attachment.case_id, io.BytesIO(b"x"), "x", received_on=RECEIVED_ON
        )
        assert svc.get_attachment(old, added.id).received_on == RECEIVED_ON
