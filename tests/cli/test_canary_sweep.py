"""The canary sweep over the CLI: every workflow, a unique canary in every field and attachment,
then every file under both vault folders, HOME, TMPDIR and /dev/shm is scanned (UTF-8 and
UTF-16): zero hits, except the user's own explicit plaintext exports, listed below and checked
to hold the canaries (so the scan is seen to work)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import CliRun
from tests.cli.test_exchange_commands import _pair

pytestmark = pytest.mark.slow
SHARED_MEMORY = Path("/dev/shm")  # noqa: S108 - only read (scanned), never written
DURESS = "purple elephants march slowly"
CASE_FIELDS = (
    "surname", "given", "patronymic", "latin-surname", "latin-given", "latin-patronymic",
    "alias", "birthplace", "unit", "rank", "callup-proof", "city", "contact", "caseworker",
    "tag", "notes",
)  # fmt: skip


def canary(tag: str) -> str:
    """A token found nowhere else; `tag` says which field it went into."""
    return f"qzx{tag.replace('-', '')}k7"


CYRILLIC = "Жщфканарейка"  # in the Cyrillic name fields too (UTF-8 and UTF-16 differ from Latin)


def _needles(tokens: list[str]) -> dict[bytes, str]:
    found: dict[bytes, str] = {}
    for token in tokens:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            for form in {token, token.lower(), token.upper()}:
                found[form.encode(encoding)] = token
    return found


def _hits(roots: list[Path], tokens: list[str]) -> dict[Path, set[str]]:
    needles = _needles(tokens)
    hits: dict[Path, set[str]] = {}
    for root in roots:
        for path in root.rglob("*"):
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                data = path.read_bytes()
            except OSError:
                continue  # another user's file in /dev/shm
            found = {token for needle, token in needles.items() if needle in data}
            if found:
                hits[path] = found
    return hits


def scan_roots(tmp_path: Path) -> list[Path]:
    """tmp_path (the test's vaults, HOME and TMPDIR) and the shared-memory folder."""
    return [tmp_path] + [SHARED_MEMORY] * SHARED_MEMORY.is_dir()


def _ok(run: CliRun) -> str:
    assert run.code == 0, run.err
    return run.out.strip()


def test_every_cli_workflow_leaves_no_canary(tmp_path: Path) -> None:
    berlin, paris, berlin_id, paris_id = _pair(tmp_path)
    tokens = [canary(field) for field in CASE_FIELDS] + [CYRILLIC]
    args: list[str] = []
    for field in CASE_FIELDS:
        value = canary(field)
        if field in ("surname", "given", "patronymic"):
            value = f"{CYRILLIC}{value}"
        args += [f"--{field}", value]
    case_id = _ok(berlin("case", "add", *args, "--dob", "1990-05-05", "--country", "KZ"))
    case_id = case_id.splitlines()[0]
    # Edit, search, timeline.
    extra = [
        canary(t) for t in ("edit", "event", "scan", "evaluator", "evalnote", "check", "consent")
    ]
    tokens += extra
    _ok(berlin("case", "edit", case_id, "--notes", f"edited {canary('edit')}"))
    _ok(berlin("case", "search", canary("unit")))
    _ok(berlin("case", "search", CYRILLIC, "--json"))
    _ok(berlin("timeline", "add", case_id, f"event {canary('event')}", "--date", "2026-01-02"))
    # Attachments: add, list, copy out (an explicit plaintext export, allowed).
    scan = tmp_path / "outside" / "scan.txt"
    scan.parent.mkdir()
    scan.write_text(f"scanned page {canary('scan')}")
    attachment_id = _ok(berlin("attachment", "add", case_id, str(scan))).split()[0]
    _ok(berlin("attachment", "list", case_id, "--json"))
    copy_out = tmp_path / "chosen" / "copy.txt"
    copy_out.parent.mkdir()
    _ok(berlin("attachment", "export", attachment_id, "-o", str(copy_out), "--yes"))
    scan.unlink()  # the original was the user's own file
    # Evaluations: evaluator, draft, sign, list, verify, clearance.
    evaluator = _ok(berlin("evaluator", "add", f"Anna {canary('evaluator')}"))
    evaluation = _ok(
        berlin(
            "evaluation", "add", case_id, "--evaluator", evaluator, "--method", "interview",
            "--verdict", "cleared", "--confidence", "high", "--notes", canary("evalnote"),
            "--check", "civilian_harm=checked", "--check-note", f"civilian_harm={canary('check')}",
        )
    )  # fmt: skip
    _ok(berlin("evaluation", "finalise", evaluation, "--yes"))
    _ok(berlin("evaluation", "list", "--json"))
    _ok(berlin("evaluation", "verify"))
    _ok(berlin("case", "clearance", case_id))
    # The man's own copy (subject access): an explicit plaintext export, allowed.
    access = tmp_path / "chosen" / "access.md"
    _ok(berlin("case", "access", case_id, "-o", str(access)))
    # Exchange: consent, export (ciphertext), import at the partner, conflicts.
    _ok(
        berlin(
            "consent", "add", case_id, "--partner", paris_id, "--method", "other",
            "--note", canary("consent"),
        )
    )  # fmt: skip
    bundle = tmp_path / "bundle.cvb"
    _ok(berlin("export", "--to", paris_id, "-o", str(bundle)))
    _ok(paris("import", str(bundle), "--preview-only", "--json"))
    _ok(paris("import", str(bundle), "--yes"))
    _ok(paris("case", "show", case_id, "--json"))
    _ok(paris("conflict", "list"))
    # A conflict: both organisations edit the city at once, bundles cross, one value is kept.
    conflict_tokens = [canary(t) for t in ("cityberlin", "cityparis", "consentparis")]
    tokens += conflict_tokens
    _ok(berlin("case", "edit", case_id, "--city", canary("cityberlin")))
    _ok(paris("case", "edit", case_id, "--city", canary("cityparis")))
    crossing = tmp_path / "crossing.cvb"
    _ok(berlin("export", "--to", paris_id, "-o", str(crossing)))
    _ok(paris("import", str(crossing), "--yes"))
    listed = json.loads(_ok(paris("conflict", "list", "--json")))
    assert [(c["field"], {o["value"] for o in c["options"]}) for c in listed] == [
        ("city", {canary("cityberlin"), canary("cityparis")})
    ]
    assert canary("cityparis") in _ok(paris("conflict", "list"))
    pick = 1 + [o["value"] for o in listed[0]["options"]].index(canary("cityberlin"))
    _ok(paris("conflict", "resolve", case_id, "city", "--pick", str(pick)))
    assert json.loads(_ok(paris("conflict", "list", "--json"))) == []
    _ok(
        paris(
            "consent", "add", case_id, "--partner", berlin_id, "--method", "other",
            "--note", canary("consentparis"),
        )
    )  # fmt: skip
    reply = tmp_path / "reply.cvb"
    _ok(paris("export", "--to", berlin_id, "-o", str(reply)))
    _ok(berlin("import", str(reply), "--yes"))
    assert json.loads(_ok(berlin("conflict", "list", "--json"))) == []
    shown = json.loads(_ok(berlin("case", "show", case_id, "--json")))
    assert canary("cityberlin") in json.dumps(shown)
    assert canary("cityparis") not in json.dumps(shown)
    _ok(berlin("audit", "log", "--json"))
    # Duress: set (asked twice), then unlock with it (the real keys go, the decoy opens).
    _ok(berlin("duress", "set", stdin=f"{DURESS}\n{DURESS}\n"))
    decoy = _ok(berlin("case", "list", "--json", env={"CASEVAULT_PASSPHRASE": DURESS}))
    assert json.loads(decoy)
    # Panic at the partner.
    _ok(paris("panic", "--confirm", "DESTROY"))

    # tmp_path holds both vaults, both HOMEs (with XDG config, cache and data) and both TMPDIRs.
    hits = _hits(scan_roots(tmp_path), tokens)
    allowed = {copy_out, access}  # the user's own explicit exports, where the user chose
    assert {path for path in hits if path not in allowed} == set(), hits
    for sealed in (bundle, crossing, reply):  # ciphertext: no canary, in any encoding
        assert sealed.is_file()
        assert sealed not in hits, hits[sealed]
    assert canary("scan") in hits[copy_out]
    assert canary("unit") in hits[access]
    assert berlin.home.is_relative_to(tmp_path)
    assert berlin.tmp.is_relative_to(tmp_path)
