"""A second laptop joins the organisation and syncs, through the real CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE


def test_join_enrol_accept_sync(tmp_path: Path) -> None:
    office = Cli(tmp_path / "office", PASSPHRASE)
    laptop = Cli(tmp_path / "laptop", PASSPHRASE)
    assert office("init", "--org-name", "Exile Aid", "--kdf-floor").code == 0
    assert laptop("init", "--org-name", "temporary", "--kdf-floor").code == 0
    case_id = office("case", "add", "--surname", "Кузнецов", "--contact", "secret").out.split()[0]
    request = tmp_path / "join.card"
    requested = laptop("node", "request", "-o", str(request))
    assert requested.code == 0
    assert "in person" in requested.out
    laptop_code = re.search(r"(\d{5}(?: \d{5}){4})", requested.out)
    assert laptop_code is not None
    enrolment = tmp_path / "enrol.cvb"
    # The code is asked for when not given, and typed before anything is sealed.
    enrolled = office("node", "enrol", str(request), "-o", str(enrolment), stdin=laptop_code[1])
    assert enrolled.code == 0, enrolled.err
    assert "in person" in enrolled.err
    code = re.search(r"(\d{5}(?: \d{5}){9})", enrolled.out)
    assert code is not None
    card = tmp_path / "org.card"
    assert office("identity", "export", "-o", str(card)).code == 0
    wrong = laptop("node", "accept", str(enrolment), "--org-card", str(card), "--code", "1111")
    assert wrong.code == 6
    accepted = laptop(
        "node", "accept", str(enrolment), "--org-card", str(card), "--code", code.group(1)
    )
    assert accepted.code == 0, accepted.err
    assert "Exile Aid" in accepted.out
    office_fp = json.loads(office("org", "show", "--json").out)["fingerprint"]
    assert json.loads(laptop("org", "show", "--json").out)["fingerprint"] == office_fp
    sync = tmp_path / "sync.cvb"
    assert office("sync", "export", "-o", str(sync)).code == 0
    imported = laptop("import", str(sync), "--yes")
    assert imported.code == 0, imported.err
    shown = json.loads(laptop("case", "show", case_id, "--json").out)
    assert shown["case"]["fields"]["contact_channel"] == "secret"
    own = office("import", str(sync), "--yes")
    assert own.code == 7
    assert "made on this laptop" in own.err
    nodes = json.loads(laptop("node", "list", "--json").out)
    assert len(nodes["others"]) == 1


def test_enrol_with_a_wrong_code_writes_and_seals_nothing(tmp_path: Path) -> None:
    office = Cli(tmp_path / "office", PASSPHRASE)
    laptop = Cli(tmp_path / "laptop", PASSPHRASE)
    assert office("init", "--org-name", "Exile Aid", "--kdf-floor").code == 0
    assert laptop("init", "--org-name", "temporary", "--kdf-floor").code == 0
    request = tmp_path / "join.card"
    assert laptop("node", "request", "-o", str(request)).code == 0
    audit_before = office("audit", "log", "--json").out
    enrolment = tmp_path / "enrol.cvb"
    wrong = office("node", "enrol", str(request), "-o", str(enrolment), "--code", "12345")
    assert wrong.code == 6
    assert "Nothing was sealed or written" in wrong.err
    assert "in person" in wrong.err
    assert not enrolment.exists()
    assert list(tmp_path.glob("enrol*")) == []  # not even a partial file
    assert office("audit", "log", "--json").out == audit_before


def test_enrolment_help_says_it_is_done_in_person(tmp_path: Path) -> None:
    office = Cli(tmp_path / "office", PASSPHRASE)
    for command in ("enrol", "request", "accept"):
        shown = office("node", command, "--help")
        assert shown.code == 0
        assert "in person" in " ".join(shown.out.split())


def test_node_status_and_dropping_the_organisation_keys(tmp_path: Path) -> None:
    office = Cli(tmp_path / "office", PASSPHRASE)
    assert office("init", "--org-name", "Exile Aid", "--kdf-floor").code == 0
    status = json.loads(office("node", "status", "--json").out)
    assert status["certified"] is True
    assert status["holds_org_keys"] is True
    # Asked first, and nothing happens on "no".
    declined = office("node", "drop-org-keys", stdin="n\n")
    assert declined.code != 0
    assert "another laptop keeps" in declined.err + declined.out
    assert json.loads(office("node", "status", "--json").out)["holds_org_keys"] is True
    dropped = office("node", "drop-org-keys", "--yes")
    assert dropped.code == 0, dropped.err
    status = json.loads(office("node", "status", "--json").out)
    assert status["holds_org_keys"] is False
    assert status["certified"] is True
    refused = office("identity", "export", "-o", str(tmp_path / "org.card"))
    assert refused.code != 0
    assert "not kept on this laptop" in refused.err
    assert not (tmp_path / "org.card").exists()
