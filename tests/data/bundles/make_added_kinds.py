"""Golden bundles for record kinds added to a bundle format version after its golden bundles
were written (tests/data/bundles/format-NN/added/<kind>/), e.g. `ack` (incremental exchange).

The first golden sequence cannot be extended: its sender's keys were thrown away and revoked.
So each added kind gets its own sender and recipient. The recipient vault is written by the
code of `BASE` (the last commit before the kind existed, checked out into a temporary git
worktree), so its schema is one every later version migrates from; the sender is today's code.
Every person and organisation is invented. Run from the repository root with today's code:
    PYTHONPATH=src python tests/data/bundles/make_added_kinds.py
An existing folder is kept (delete it first to remake it): the files are golden. Kinds so far:
`ack` (0019_incremental) and `examination_note` with provenance on the attachment record
(0022_evidence).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
# kind -> the last commit before it existed (writes the recipient vault)
BASES = {
    "ack": "75b1ab1c3b14b98f551f79652b1d3cec3a0820ce",  # before 0019_incremental
    "examination_note": "f2fe73957922ec47a8b32c3e87715fd1a2f83b05",  # before 0022_evidence
}
PASSPHRASE = "golden-bundle passphrase"  # published test data, synthetic vault


def _session(path: Path, name: str, create: bool):  # type: ignore[no-untyped-def]
    from casevault.services.vaults import KdfChoice, init_vault, open_vault

    if create:
        return init_vault(path, PASSPHRASE, name, kdf=KdfChoice(floor=True)).session
    return open_vault(path, PASSPHRASE)


def _add_and_verify(session, card: bytes) -> str:  # type: ignore[no-untyped-def]
    from casevault.domain.organisation import VerificationMethod
    from casevault.services import partners as partner_service

    details = partner_service.add_partner(session, card)
    partner_service.verify_partner(
        session, details.partner.id, VerificationMethod.SHORT_CODE, details.short_code
    )
    return str(details.partner.id)


def _note_bundle(out: Path, scratch: Path) -> None:
    """A case with a document (provenance, a derived copy) and a signed examination note."""
    import datetime as dt

    from casevault.domain.case import CaseFields, PersonName
    from casevault.domain.consent import ConsentMethod
    from casevault.services import attachments as attachment_service
    from casevault.services import cases as case_service
    from casevault.services import consent as consent_service
    from casevault.services import evaluations as evaluation_service
    from casevault.services import exports
    from casevault.services.examinations import examine_attachment

    recipient_id = (scratch / "recipient.id").read_text()
    with _session(scratch / "sender", "", False) as s:
        case = case_service.create_case(
            s, CaseFields(name_cyrillic=PersonName(surname="Комаров", given="Илья"))
        )
        photo = b"\x89PNG\r\n\x1a\n golden synthetic summons"
        original = attachment_service.add_attachment(
            s,
            case.id,
            io.BytesIO(photo),
            "summons.png",
            received_from="the man himself, by Signal",
            received_on=dt.date(2026, 10, 3),
        )
        attachment_service.derive_attachment(
            s, original.id, io.BytesIO(photo[:12]), "crop.png", "cropped to the stamp"
        )
        person = evaluation_service.add_evaluator(s, "Golden Evaluator", "document examiner")
        examine_attachment(
            s, original.id, person.id, "anomalies", "stamp over the signature", dt.date(2026, 11, 2)
        )
        consent_service.record_consent(
            s, str(case.id), partner_ref=recipient_id, method=ConsentMethod.MESSAGE, note="ok"
        )
        sink = io.BytesIO()
        exports.export_bundle(s, [recipient_id], sink, None)
    (out / "note.bundle").write_bytes(sink.getvalue())
    meta = {
        "passphrase": PASSPHRASE,
        "sender_org_id": (scratch / "sender.id").read_text(),
        "recipient_written_by": BASES["examination_note"],
        "bundles": [
            {"file": "note.bundle", "kinds": ["ack", "attachment", "case", "examination_note"]}
        ],
        "case": str(case.id),
        "attachment": str(original.id),
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")


def step(name: str, out: Path, scratch: Path, kind: str = "ack") -> None:
    """One step, run by the code on PYTHONPATH (the base's for the recipient, today's
    otherwise)."""
    from casevault.services import partners as partner_service

    if name == "bundle" and kind == "examination_note":
        _note_bundle(out, scratch)
    elif name == "recipient":
        with _session(out / "recipient", "Golden Ack Recipient", True) as r:
            (scratch / "recipient.card").write_bytes(partner_service.export_identity(r).card)
    elif name == "sender":
        with _session(scratch / "sender", "Golden Ack Sender", True) as s:
            recipient_id = _add_and_verify(s, (scratch / "recipient.card").read_bytes())
            (scratch / "recipient.id").write_text(recipient_id)
            (scratch / "sender.card").write_bytes(partner_service.export_identity(s).card)
    elif name == "trust":
        with _session(out / "recipient", "", False) as r:
            (scratch / "sender.id").write_text(
                _add_and_verify(r, (scratch / "sender.card").read_bytes())
            )
        (out / "recipient" / "vault.lock").unlink(missing_ok=True)
    elif name == "bundle":
        from casevault.domain.case import CaseFields, PersonName
        from casevault.domain.consent import ConsentMethod
        from casevault.services import cases as case_service
        from casevault.services import consent as consent_service
        from casevault.services import exports

        recipient_id = (scratch / "recipient.id").read_text()
        with _session(scratch / "sender", "", False) as s:
            case = case_service.create_case(
                s, CaseFields(name_cyrillic=PersonName(surname="Лебедев", given="Антон"))
            )
            consent_service.record_consent(
                s, str(case.id), partner_ref=recipient_id, method=ConsentMethod.MESSAGE, note="ok"
            )
            sink = io.BytesIO()
            exports.export_bundle(s, [recipient_id], sink, None)
        (out / "ack.bundle").write_bytes(sink.getvalue())
        meta = {
            "passphrase": PASSPHRASE,
            "sender_org_id": (scratch / "sender.id").read_text(),
            "recipient_written_by": BASES["ack"],
            "bundles": [{"file": "ack.bundle", "kinds": ["ack", "case"]}],
            "case": str(case.id),
        }
        (out / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")


def main() -> None:
    if len(sys.argv) == 5:
        step(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])
        return
    for kind, base in BASES.items():
        make(kind, base)


def make(kind: str, base: str) -> None:
    """Write format-01/added/<kind> unless it exists."""
    out = HERE / "format-01" / "added" / kind
    if out.exists():
        print(f"{out}: kept (remove it to remake it)")
        return
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="cv-added-") as scratch:
        checkout = Path(scratch) / "checkout"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(checkout), base],
            check=True,
        )
        try:
            for name, src in (
                ("recipient", checkout / "src"),
                ("sender", ROOT / "src"),
                ("trust", checkout / "src"),
                ("bundle", ROOT / "src"),
            ):
                env = {**os.environ, "PYTHONPATH": str(src)}
                subprocess.run(
                    [sys.executable, __file__, name, str(out), scratch, kind], check=True, env=env
                )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)],
                check=True,
            )
    print(f"{out}: written", file=sys.stderr)


if __name__ == "__main__":
    main()
