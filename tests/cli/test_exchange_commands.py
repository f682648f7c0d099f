"""Two organisations exchange a bundle through the real CLI: dry run, export, preview, import."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE

CANARY = "canary-contact-5521"


def _pair(tmp_path: Path) -> tuple[Cli, Cli, str, str]:
    berlin = Cli(tmp_path / "berlin", PASSPHRASE)
    paris = Cli(tmp_path / "paris", PASSPHRASE)
    for cli, name in ((berlin, "Berlin"), (paris, "Paris")):
        assert cli("init", "--org-name", name, "--kdf-floor").code == 0
    berlin_card = berlin("identity", "export", "--text").out.strip()
    paris_card = paris("identity", "export", "--text").out.strip()
    added = paris("partner", "add", "-", stdin=berlin_card)
    code = re.search(r"(\d{5}(?: \d{5}){9})", added.out)
    assert code is not None
    assert berlin("partner", "add", "-", stdin=paris_card).code == 0
    berlin_id = json.loads(paris("partner", "list", "--json").out)[0]["id"]
    paris_id = json.loads(berlin("partner", "list", "--json").out)[0]["id"]
    assert paris("partner", "verify", berlin_id, "--code", code.group(1)).code == 0
    assert berlin("partner", "verify", paris_id, "--code", code.group(1)).code == 0
    return berlin, paris, berlin_id, paris_id


def test_export_dry_run_export_preview_import(tmp_path: Path) -> None:
    berlin, paris, _, paris_id = _pair(tmp_path)
    case_id = (
        berlin(
            "case",
            "add",
            "--surname",
            "Чувиляев",
            "--latin-surname",
            "Chuviliaev",
            "--contact",
            CANARY,
            "--notes",
            "crossed at Upper Lars",
        )
        .out.strip()
        .splitlines()[0]
    )
    dry = berlin("export", "--to", paris_id, "--dry-run")
    assert dry.code == 0, dry.err
    assert "contact_channel" in dry.out  # named as staying home
    assert "NO CONSENT" in dry.out
    assert CANARY not in dry.out
    bundle = tmp_path / "out.cvb"
    refused = berlin("export", "--to", paris_id, "-o", str(bundle))
    assert refused.code != 0
    assert "consent" in refused.err.lower()
    assert not bundle.exists()
    consent = berlin("consent", "add", case_id, "--partner", paris_id, "--method", "message")
    assert consent.code == 0, consent.err
    exported = berlin("export", "--to", paris_id, "-o", str(bundle), "--armor")
    assert exported.code == 0, exported.err
    assert bundle.read_bytes().startswith(b"-----BEGIN")
    assert not (tmp_path / "out.cvb.partial").exists()
    preview = paris("import", str(bundle), "--preview-only", "--json")
    assert preview.code == 0, preview.err
    assert json.loads(preview.out)["cases"][0]["case_id"] == case_id
    assert paris("case", "list", "--json").out.strip() == "[]"  # preview changed nothing
    applied = paris("import", str(bundle), "--yes")
    assert applied.code == 0, applied.err
    found = json.loads(paris("case", "search", "Tchouviliaev", "--json").out)
    assert [row["id"] for row in found] == [case_id]
    shown = json.loads(paris("case", "show", case_id, "--json").out)
    assert shown["case"]["fields"]["contact_channel"] == ""
    again = paris("import", str(bundle), "--yes")
    assert again.code == 7
    assert "already imported" in again.err
    # No plaintext anywhere: not in the bundle, not in either side's temp or home folders.
    for root in (berlin.tmp, berlin.home, paris.tmp, paris.home, berlin.vault, paris.vault):
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert b"Upper Lars" not in data, path
                assert "Чувиляев".encode() not in data, path
    assert b"Upper Lars" not in bundle.read_bytes()


def test_garbage_and_conflicts(tmp_path: Path) -> None:
    berlin, paris, _berlin_id, paris_id = _pair(tmp_path)
    garbage = tmp_path / "garbage.cvb"
    garbage.write_bytes(b"hello, this is not a bundle")
    refused = paris("import", str(garbage), "--yes")
    assert refused.code == 7
    assert "not a CaseVault bundle" in refused.err
    assert "Traceback" not in refused.err
    assert paris("conflict", "list").out.strip() == "No conflicts."
    profiles = json.loads(paris("profile", "list", "--json").out)
    assert {"standard", "full", "minimal"} <= {p["name"] for p in profiles}
    standard = next(p for p in profiles if p["name"] == "standard")
    assert "contact_channel" in standard["withheld"]
    assert berlin("profile", "assign", paris_id, "minimal").code == 0


def test_key_rotation_through_the_cli(tmp_path: Path) -> None:
    berlin, paris, berlin_id, _paris_id = _pair(tmp_path)
    before = json.loads(paris("partner", "show", berlin_id, "--json").out)["fingerprint"]
    nothing = berlin("identity", "announce", "-o", str(tmp_path / "none.cvb"))
    assert nothing.code == 7
    assert "no key change" in nothing.err
    assert berlin("identity", "rotate", "--yes").code == 0
    announcement = tmp_path / "announce.cvb"
    assert berlin("identity", "announce", "-o", str(announcement)).code == 0
    assert paris("import", str(announcement), "--yes").code == 0
    after = json.loads(paris("partner", "show", berlin_id, "--json").out)
    assert after["fingerprint"] != before
    # A key change, not trust, until the new short code is compared.
    assert after["trusted"] is False
    assert [k["current"] for k in after["key_history"]] == [False, True]
    listed = paris("partner", "list")
    assert "keys changed on" in listed.out
    assert "compare the new short code to confirm" in listed.out
    shown = paris("partner", "show", berlin_id[:8])
    assert "Key history" in shown.out
    assert "rotation signed by" in shown.out
    refused = paris("export", "--to", berlin_id, "-o", str(tmp_path / "to-berlin.cvb"))
    assert refused.code == 6
    assert "keys changed on" in refused.err
    assert "Traceback" not in refused.err
    assert not (tmp_path / "to-berlin.cvb").exists()
    confirmed = paris("partner", "verify", berlin_id, "--code", after["short_code"])
    assert confirmed.code == 0, confirmed.err
    assert json.loads(paris("partner", "show", berlin_id, "--json").out)["trusted"] is True


def test_owner_revokes_an_earlier_key_through_the_cli(tmp_path: Path) -> None:
    berlin, paris, berlin_id, _paris_id = _pair(tmp_path)
    first = json.loads(paris("partner", "show", berlin_id, "--json").out)["fingerprint"]
    assert berlin("identity", "rotate", "--yes").code == 0
    unknown = berlin("identity", "revoke", "--confirm", "REVOKE", "--earlier-key", "0000 0000")
    assert unknown.code == 8
    assert "earlier keys has the fingerprint" in unknown.err
    revoked = berlin(
        "identity", "revoke", "--confirm", "REVOKE", "--earlier-key", first.replace(" ", "")[:12]
    )
    assert revoked.code == 0, revoked.err
    assert first in revoked.out
    announcement = tmp_path / "revoke.cvb"
    assert berlin("identity", "announce", "-o", str(announcement)).code == 0
    # Paris never heard of the rotation: the earlier key is its current one, revoked now.
    assert paris("import", str(announcement), "--yes").code == 0
    shown = json.loads(paris("partner", "show", berlin_id, "--json").out)
    assert shown["partner"]["revoked_at"] is not None
    assert shown["key_history"][0]["revoked_at"] is not None


def test_export_after_an_acknowledgement_sends_only_what_changed(tmp_path: Path) -> None:
    berlin, paris, berlin_id, paris_id = _pair(tmp_path)
    ids = []
    for surname in ("Орлов", "Петров", "Сидоров"):
        added = berlin("case", "add", "--surname", surname)
        ids.append(added.out.strip().splitlines()[0])
        consent = berlin("consent", "add", ids[-1], "--partner", paris_id, "--method", "message")
        assert consent.code == 0, consent.err
    first = tmp_path / "first.cvb"
    assert berlin("export", "--to", paris_id, "-o", str(first)).code == 0
    assert paris("import", str(first), "--yes").code == 0
    back = tmp_path / "back.cvb"  # every bundle carries the sender's acknowledgement
    reason = ("--override-reason", "his file goes back to the organisation that sent it")
    written = paris("export", "--to", berlin_id, "-o", str(back), *reason)
    assert written.code == 0, written.err
    assert berlin("import", str(back), "--yes").code == 0
    assert berlin("case", "edit", ids[1], "--notes", "moved to Tbilisi").code == 0
    dry = berlin("export", "--to", paris_id, "--dry-run")
    assert dry.code == 0, dry.err
    assert "1 cases changed, of them 0 new. 2 unchanged cases are not sent again" in dry.out
    assert "Петров" in dry.out
    assert "Орлов" not in dry.out
    full = berlin("export", "--to", paris_id, "--dry-run", "--all")
    assert "Орлов" in full.out
    assert "Everything is sent" in full.out
    second = tmp_path / "second.cvb"
    exported = berlin("export", "--to", paris_id, "-o", str(second))
    assert exported.code == 0, exported.err
    assert ": 1 cases," in exported.out
    assert paris("import", str(second), "--yes").code == 0
    shown = json.loads(paris("case", "show", ids[1], "--json").out)
    assert shown["case"]["fields"]["notes"] == "moved to Tbilisi"
