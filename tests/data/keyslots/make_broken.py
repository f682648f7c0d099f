"""Write the golden broken key files of tests/data/keyslots/ and expected.json.

Each is the sound key file of the saved vault tests/data/vaults/schema-15 with one thing wrong,
like KeePassXC's BrokenHeaderHash.kdbx: the refusal each must get is in expected.json. Made with
the standard library only (not with CaseVault's writer), so a change of the reader cannot quietly
change the files it is tested against. Run from anywhere: python tests/data/keyslots/make_broken.py
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOUND = HERE.parent / "vaults" / "schema-15" / "vault" / "keyslots.json"


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _sealed(body: dict[str, Any]) -> bytes:
    """The body with a correct checksum, as CaseVault lays the file out."""
    document = {**body, "checksum": hashlib.sha256(_canonical(body)).hexdigest()}
    return json.dumps(document, indent=2, sort_keys=True).encode() + b"\n"


def _body() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(SOUND.read_text(encoding="utf-8"))
    del body["checksum"]
    return copy.deepcopy(body)


def _variants() -> dict[str, tuple[bytes, dict[str, str]]]:
    corrupt = "KeyslotFileCorrupt"
    out: dict[str, tuple[bytes, dict[str, str]]] = {}

    out["not-json.json"] = (
        b"\x89PNG\r\n\x1a\n not a key file",
        {"error": corrupt, "reason": "not-json"},
    )
    out["truncated.json"] = (SOUND.read_bytes()[:200], {"error": corrupt, "reason": "not-json"})

    other = _body()
    other["format"] = "keepassxc-kdbx"
    out["wrong-format.json"] = (_sealed(other), {"error": corrupt, "reason": "wrong-format"})

    future = _body()
    future["version"] = 2
    out["unsupported-version.json"] = (
        _sealed(future),
        {"error": corrupt, "reason": "unsupported-version"},
    )

    # One character of a wrapped key changed on disk; the checksum no longer matches.
    damaged = json.loads(SOUND.read_text(encoding="utf-8"))
    wrapped = damaged["slots"][0]["wrapped_key"]
    damaged["slots"][0]["wrapped_key"] = ("B" if wrapped[0] != "B" else "C") + wrapped[1:]
    out["checksum.json"] = (
        json.dumps(damaged, indent=2, sort_keys=True).encode() + b"\n",
        {"error": corrupt, "reason": "checksum"},
    )

    no_slots = _body()
    no_slots["slots"] = []
    out["schema-no-slots.json"] = (_sealed(no_slots), {"error": corrupt, "reason": "schema"})

    bad_kind = _body()
    bad_kind["slots"][0]["kind"] = "fingerprint"
    out["schema-slot-kind.json"] = (_sealed(bad_kind), {"error": corrupt, "reason": "schema"})

    bad_salt = _body()
    bad_salt["slots"][0]["kdf"]["salt"] = "not*base64"
    out["schema-salt.json"] = (_sealed(bad_salt), {"error": corrupt, "reason": "schema"})

    huge = _body()
    huge["padding"] = "A" * (64 * 1024)
    out["schema-too-large.json"] = (_sealed(huge), {"error": corrupt, "reason": "schema"})

    weak = _body()
    weak["slots"][0]["kdf"]["memory_kib"] = 1024
    out["weak-parameters.json"] = (_sealed(weak), {"error": corrupt, "reason": "weak-parameters"})

    # A planted file: 4 GiB per guess would make the right passphrase take minutes and then fail.
    planted = _body()
    planted["slots"][0]["kdf"]["memory_kib"] = 4 * 1024 * 1024
    out["excessive-parameters.json"] = (
        _sealed(planted),
        {"error": corrupt, "reason": "excessive-parameters"},
    )

    # Well formed, checksum right, but a slot header changed: the slot's seal breaks, so the
    # right passphrase is refused as wrong (it opens nothing) and no weaker KDF is ever run.
    raised = _body()
    for slot in raised["slots"]:
        slot["kdf"]["iterations"] += 1
    out["slot-header-changed.json"] = (_sealed(raised), {"error": "WrongSecret"})

    moved = _body()
    moved["vault_id"] = "00000000-0000-4000-8000-000000000000"
    out["other-vault-id.json"] = (_sealed(moved), {"error": "WrongSecret"})
    return out


def main() -> None:
    expected: dict[str, dict[str, str]] = {}
    for name, (data, refusal) in sorted(_variants().items()):
        (HERE / name).write_bytes(data)
        expected[name] = refusal
    (HERE / "expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
