"""Make one saved vault with the CaseVault code that is first on the import path.

Run by tests/data/vaults/make_all.py with PYTHONPATH pointing at a checkout of an older commit,
so the vault is written by the code of that schema version. It must therefore run on every
version since the first: it only uses services that existed then, and uses a feature (partners,
evaluations, consent, attachments, erasure ...) only if that version has it.

Usage: python make_vault.py OUT_DIR COMMIT
Writes OUT_DIR/vault/ (the vault folder) and OUT_DIR/meta.json (what a test must find in it).
Every person and organisation in it is invented; the passphrase is published test data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import io
import json
import sys
from pathlib import Path
from typing import Any

PASSPHRASE = "saved-vault passphrase"
ORGANISATION = "Saved Vault Test Organisation"
SEED = 1612
CASES = 4
ATTACHMENT = b"%PDF-1.4\n% synthetic attachment of a saved test vault\n" + bytes(range(256))


def _has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def _user_version(session: Any) -> int:
    with session.vault.reading() as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _add_cases(session: Any, meta: dict[str, Any]) -> list[Any]:
    from casevault.services import cases as case_service
    from casevault.synthetic.generator import generate_cases

    made = []
    for number, synthetic in enumerate(generate_cases(CASES, SEED)):
        case = case_service.create_case(session, synthetic.fields)
        events = [
            *synthetic.timeline,
            (dt.date(2026, 2, 1 + number), "meeting", f"Встреча в Тбилиси / meeting {number}"),
        ]
        for date, kind, text in events:
            case_service.add_timeline_event(session, case.id, date, text, kind)
        made.append(case)
        name = case.fields.name_cyrillic
        latin = case.fields.name_latin
        meta["cases"].append(
            {
                "id": str(case.id),
                "surname": name.surname,
                "given": name.given,
                "surname_latin": latin.surname if latin else None,
                "unit": case.fields.unit,
                "notes": case.fields.notes,
                "timeline": len(events),
                "deleted": False,
            }
        )
    # One case in the bin (tombstoned, restorable): deletion has existed since the first version.
    case_service.delete_case(session, made[-1].id)
    meta["cases"][-1]["deleted"] = True
    return made


def _add_evaluations(session: Any, case_id: str, meta: dict[str, Any]) -> None:
    from casevault.services import evaluations as evaluation_service

    evaluators = [
        evaluation_service.add_evaluator(session, "Анна К. / Anna K.", "caseworker"),
        evaluation_service.add_evaluator(session, "Oleg T.", "lawyer"),
    ]
    for number, evaluator in enumerate(evaluators):
        draft = evaluation_service.create_draft(
            session,
            case_id,
            str(evaluator.id),
            {
                "date": f"2026-03-0{number + 1}",
                "methods": ["interview", "documents"],
                "checklist": {
                    "civilian_harm": {"state": "checked", "note": "Нет признаков / no sign."},
                    "unit_record": {"state": "checked", "note": ""},
                },
                "verdict": "cleared",
                "confidence": "high",
            },
        )
        draft_id = getattr(draft, "evaluation", draft).id
        final = evaluation_service.finalise_evaluation(session, draft_id)
        meta["evaluations"].append({"id": str(final.evaluation.id), "case_id": case_id})


def _add_partner(session: Any, meta: dict[str, Any]) -> str:
    from casevault.crypto.keys import PrivateKeys
    from casevault.domain.organisation import VerificationMethod
    from casevault.exchange.identity_card import build_card
    from casevault.services import partners as partner_service

    card = build_card(
        "saved-vault-partner",
        "Берлин Транзит e.V. (synthetic)",
        "transit_ngo",
        "DE",
        PrivateKeys.generate(),
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    details = partner_service.add_partner(session, card)
    partner_service.verify_partner(
        session, details.partner.id, VerificationMethod.SHORT_CODE, details.short_code
    )
    meta["partners"].append({"id": str(details.partner.id), "name": details.partner.name})
    return str(details.partner.id)


def _add_consent(session: Any, case_id: str, partner_id: str, meta: dict[str, Any]) -> None:
    from casevault.domain.consent import ConsentMethod
    from casevault.services import consent as consent_service

    consent_service.record_consent(
        session,
        case_id,
        partner_ref=partner_id,
        method=ConsentMethod.SIGNED_FORM,
        note="Подписал согласие / signed the consent form.",
    )
    meta["consents"].append({"case_id": case_id, "partner_id": partner_id})


def _add_attachment(session: Any, case_id: str, meta: dict[str, Any]) -> None:
    from casevault.services import attachments as attachment_service

    stored = attachment_service.add_attachment(
        session, case_id, io.BytesIO(ATTACHMENT), "повестка-scan.pdf"
    )
    meta["attachments"].append(
        {
            "id": str(stored.id),
            "case_id": case_id,
            "sha256": hashlib.sha256(ATTACHMENT).hexdigest(),
            "size": len(ATTACHMENT),
        }
    )


def _erase(session: Any, case_id: str, meta: dict[str, Any]) -> None:
    from casevault.services import erasure as erasure_service

    erasure_service.erase_case(session, case_id, case_id)
    meta["erased"].append(case_id)
    for case in meta["cases"]:
        if case["id"] == case_id:
            meta["cases"].remove(case)
            break


def make(out: Path, commit: str) -> dict[str, Any]:
    """Create OUT/vault and return the expectations that go to meta.json."""
    from casevault.services.vaults import KdfChoice, init_vault

    result = init_vault(out / "vault", PASSPHRASE, ORGANISATION, kdf=KdfChoice(floor=True))
    session = result.session
    meta: dict[str, Any] = {
        "commit": commit,
        "passphrase": PASSPHRASE,
        "recovery_code": result.recovery_code,
        "organisation": ORGANISATION,
        "cases": [],
        "evaluations": [],
        "partners": [],
        "consents": [],
        "attachments": [],
        "erased": [],
        "features": [],
    }
    try:
        cases = _add_cases(session, meta)
        first, second = str(cases[0].id), str(cases[1].id)
        if _has("casevault.services.evaluations"):
            _add_evaluations(session, first, meta)
            meta["features"].append("evaluations")
        partner_id = None
        if _has("casevault.services.partners") and _has("casevault.exchange.identity_card"):
            partner_id = _add_partner(session, meta)
            meta["features"].append("partners")
        if partner_id is not None and _has("casevault.services.consent"):
            _add_consent(session, first, partner_id, meta)
            meta["features"].append("consent")
        if _has("casevault.services.attachments"):
            _add_attachment(session, first, meta)
            meta["features"].append("attachments")
        if _has("casevault.services.erasure"):
            _erase(session, second, meta)
            meta["features"].append("erasure")
        meta["schema_version"] = _user_version(session)
        with session.vault.reading() as conn:
            meta["vault_id"] = conn.execute(
                "SELECT value FROM vault_meta WHERE key = 'vault_id'"
            ).fetchone()[0]
            meta["audit_entries"] = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        session.vault.compact() if hasattr(session.vault, "compact") else session.vault.vacuum()
    finally:
        session.close()
    return meta


def main() -> None:
    out, commit = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=False)
    meta = make(out, commit)
    (out / "meta.json").write_text(
        json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"schema {meta['schema_version']}: {out}")


if __name__ == "__main__":
    main()
