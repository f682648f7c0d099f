"""Make the golden bundles of tests/data/bundles/format-NN/: one sequence of real bundles from a
sender to a recipient, together carrying every record kind of that bundle format version.

Written by today's exporter; the recipient's vault (which holds the private keys the bundles are
sealed to) is kept beside them as test data, with its published test passphrase in meta.json,
so a test can open each file with today's reader and import the sequence. Every person and
organisation is invented. Run from the repository root with today's code:
    PYTHONPATH=src python tests/data/bundles/make_bundles.py
An existing format-NN folder is kept (delete it first to remake it): the files are golden.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.consent import ConsentMethod
from casevault.domain.organisation import VerificationMethod
from casevault.exchange.bundle_format import VERSION as FORMAT_VERSION
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import consent as consent_service
from casevault.services import evaluations as evaluation_service
from casevault.services import exports, key_events
from casevault.services import partners as partner_service
from casevault.services.erasure import erase_case
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, init_vault

HERE = Path(__file__).resolve().parent
PASSPHRASE = "golden-bundle passphrase"  # published test data, synthetic vault
ATTACHMENT = b"%PDF-1.4\n% synthetic attachment of a golden bundle\n" + bytes(range(256)) * 4


def _org_id(session: Session) -> str:
    with session.vault.reading() as conn:
        return str(conn.execute("SELECT id FROM own_organisation").fetchone()[0])


def _introduce(a: Session, b: Session) -> None:
    for first, second in ((a, b), (b, a)):
        details = partner_service.add_partner(first, partner_service.export_identity(second).card)
        partner_service.verify_partner(
            first, details.partner.id, VerificationMethod.SHORT_CODE, details.short_code
        )


def _case(session: Session, surname: str, latin: str, given: str) -> str:
    fields = CaseFields(
        name_cyrillic=PersonName(surname=surname, given=given),
        name_latin=PersonName(surname=latin, given="Ivan"),
        country="GE",
        notes="Синтетическое дело / synthetic case for golden bundles.",
    )
    return str(case_service.create_case(session, fields).id)


def _export(sender: Session, recipient_id: str, cases: list[str] | None) -> bytes:
    for case_id in cases or []:
        consent_service.record_consent(
            sender, case_id, partner_ref=recipient_id, method=ConsentMethod.MESSAGE, note="ok"
        )
    sink = io.BytesIO()
    exports.export_bundle(sender, [recipient_id], sink, None)
    return sink.getvalue()


def _announcement(sender: Session) -> bytes:
    sink = io.BytesIO()
    key_events.export_key_announcement(sender, None, sink)
    return sink.getvalue()


def make(out: Path, scratch: Path) -> dict[str, Any]:
    """Write the bundles and the recipient vault to `out`; return the expectations."""
    sender = init_vault(scratch / "sender", PASSPHRASE, "Golden Sender", kdf=KdfChoice(floor=True))
    recipient = init_vault(
        out / "recipient", PASSPHRASE, "Golden Recipient", kdf=KdfChoice(floor=True)
    )
    s, r = sender.session, recipient.session
    recipient_id = _org_id(r)
    _introduce(s, r)
    kept = _case(s, "Чувиляев", "Chuvilyaev", "Иван")
    erased = _case(s, "Ёжиков", "Yozhikov", "Пётр")
    deleted = _case(s, "Щукин", "Shchukin", "Олег")
    case_service.add_timeline_event(s, kept, dt.date(2026, 3, 1), "Встреча / meeting", "meeting")
    evaluator = evaluation_service.add_evaluator(s, "Анна К. / Anna K.", "caseworker")
    draft = evaluation_service.create_draft(
        s,
        kept,
        str(evaluator.id),
        {
            "date": "2026-03-02",
            "methods": ["interview"],
            "checklist": {"civilian_harm": {"state": "checked", "note": ""}},
            "verdict": "cleared",
            "confidence": "high",
        },
    )
    evaluation = evaluation_service.finalise_evaluation(s, draft.evaluation.id)
    attachment = attachment_service.add_attachment(s, kept, io.BytesIO(ATTACHMENT), "scan.pdf")
    first = _export(s, recipient_id, [kept, erased, deleted])
    case_service.delete_case(s, deleted)
    second = _export(s, recipient_id, None)  # the tombstone of the deleted case
    erase_case(s, erased, erased)
    third = _export(s, recipient_id, None)  # the erasure notice
    key_events.rotate_keys(s)
    fourth = _announcement(s)
    key_events.revoke_keys(s)
    fifth = _announcement(s)
    bundles = [
        ("01-cases.bundle", first, ["attachment", "case", "evaluation", "timeline"]),
        ("02-tombstone.bundle", second, ["tombstone"]),
        ("03-erasure-notice.bundle", third, ["erasure_notice"]),
        ("04-key-rotation.bundle", fourth, ["key_rotation"]),
        ("05-key-revocation.bundle", fifth, ["key_revocation"]),
    ]
    for name, data, _kinds in bundles:
        (out / name).write_bytes(data)
    meta = {
        "format_version": FORMAT_VERSION,
        "passphrase": PASSPHRASE,
        "sender_org_id": _org_id(s),
        "recipient_org_id": recipient_id,
        "bundles": [{"file": name, "kinds": kinds} for name, _data, kinds in bundles],
        "kept_case": kept,
        "erased_case": erased,
        "deleted_case": deleted,
        "evaluation": str(evaluation.evaluation.id),
        "attachment": {
            "id": str(attachment.id),
            "sha256": hashlib.sha256(ATTACHMENT).hexdigest(),
            "size": len(ATTACHMENT),
        },
    }
    s.close()
    r.close()
    (out / "recipient" / "vault.lock").unlink(missing_ok=True)
    return meta


def main() -> None:
    out = HERE / f"format-{FORMAT_VERSION:02d}"
    if out.exists():
        print(f"{out.name}: kept (remove it to remake it)")
        return
    out.mkdir()
    try:
        with tempfile.TemporaryDirectory(prefix="cv-bundles-") as scratch:
            meta = make(out, Path(scratch))
    except BaseException:
        shutil.rmtree(out)
        raise
    (out / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    print(f"{out.name}: written", file=sys.stderr)


if __name__ == "__main__":
    main()
