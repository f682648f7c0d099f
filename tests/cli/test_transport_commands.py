"""Transport folders through the real CLI: a shared folder as Berlin's outbox and Paris's inbox."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.test_exchange_commands import _pair


def test_send_pick_up_wait_accept_through_a_shared_folder(tmp_path: Path) -> None:
    berlin, paris, berlin_id, paris_id = _pair(tmp_path)
    shared = tmp_path / "shared-drive"
    shared.mkdir()
    (tmp_path / "unused").mkdir()
    missing = berlin("transport", "set", paris_id, "--outbox", str(tmp_path / "nowhere"))
    assert missing.code == 7
    assert "does not exist" in missing.err
    assert berlin("transport", "set", paris_id, "--outbox", str(shared)).code == 0
    set_paris = paris(
        "transport", "set", berlin_id, "--inbox", str(shared), "--outbox", str(tmp_path / "unused")
    )
    assert set_paris.code == 0, set_paris.err
    assert "automatic import: off" in set_paris.out
    case_id = berlin("case", "add", "--surname", "Гаврилов").out.strip().splitlines()[0]
    assert berlin("consent", "add", case_id, "--partner", paris_id, "--method", "message").code == 0
    sent = berlin("transport", "send", paris_id)
    assert sent.code == 0, sent.err
    [bundle] = list(shared.iterdir())
    assert bundle.name in sent.out
    run = paris("transport", "run", "--settle", "0", "--no-send")
    assert run.code == 0, run.err
    assert "waits for you: automatic import is off" in run.out
    [waiting] = json.loads(paris("transport", "pending", "--json").out)
    assert waiting["path"].endswith(f"waiting/{bundle.name}")
    accepted = paris("transport", "accept", waiting["sha256"][:8], "--yes")
    assert accepted.code == 0, accepted.err
    assert [c["id"] for c in json.loads(paris("case", "list", "--json").out)] == [case_id]
    assert (shared / "processed" / bundle.name).is_file()
    shown = json.loads(paris("transport", "show", "--json").out)
    assert [(s["name"], s["inbox"]) for s in shown] == [("Berlin", str(shared.resolve()))]
    gone = paris("transport", "accept", waiting["sha256"][:8], "--yes")
    assert gone.code == 8
    [handled] = json.loads(paris("transport", "history", "--json").out)
    assert (handled["file"], handled["outcome"]) == (bundle.name, "applied")
    # `export --to PARTNER` with no file named writes into that partner's outbox.
    exported = berlin("export", "--to", paris_id)
    assert exported.code == 0, exported.err
    [second] = [p for p in shared.glob("*.cvb") if p.name != bundle.name]
    assert re.fullmatch(r"[0-9a-f]{32}\.cvb", second.name)
