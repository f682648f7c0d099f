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
    assert laptop("node", "request", "-o", str(request)).code == 0
    enrolment = tmp_path / "enrol.cvb"
    enrolled = office("node", "enrol", str(request), "-o", str(enrolment))
    assert enrolled.code == 0, enrolled.err
    code = re.search(r"(\d{4}(?: \d{4}){5})", enrolled.out)
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
