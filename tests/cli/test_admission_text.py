"""Through the real CLI: the import preview says in plain words what a partner may not change,
a partner's deletion becomes a visible note, and `case show` keeps showing it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.runner import Cli
from tests.cli.test_exchange_commands import _pair


def _add_case(cli: Cli, surname: str) -> str:
    added = cli("case", "add", "--surname", surname, "--contact", "Signal +99 7001")
    assert added.code == 0, added.err
    return added.out.strip().splitlines()[0]


def _export(cli: Cli, to: str, path: Path, *case_ids: str) -> None:
    for case_id in case_ids:
        assert cli("consent", "add", case_id, "--partner", to, "--method", "message").code == 0
    exported = cli("export", "--to", to, "-o", str(path))
    assert exported.code == 0, exported.err


def test_preview_lists_refusals_and_partner_closures_in_plain_words(tmp_path: Path) -> None:
    berlin, paris, berlin_id, paris_id = _pair(tmp_path)
    case_id = _add_case(berlin, "Чувиляев")
    _export(berlin, paris_id, tmp_path / "to-paris.cvb", case_id)
    assert paris("import", str(tmp_path / "to-paris.cvb"), "--yes").code == 0
    # Paris sends Berlin everything it holds, contact channel included; Berlin never sent it one.
    assert paris("profile", "assign", berlin_id, "full").code == 0
    edited = paris("case", "edit", case_id, "--contact", "paris number", "--city", "Lyon")
    assert edited.code == 0, edited.err
    _export(paris, berlin_id, tmp_path / "back.cvb", case_id)
    preview = berlin("import", str(tmp_path / "back.cvb"), "--preview-only")
    assert preview.code == 0, preview.err
    assert (
        f"Case {case_id[:8]} Чувиляев: contact_channel not changed. "
        "These fields were never sent to Paris." in preview.out
    )
    assert "the rest of the bundle still applies" in preview.out
    assert berlin("import", str(tmp_path / "back.cvb"), "--yes").code == 0
    shown = json.loads(berlin("case", "show", case_id, "--json").out)["case"]["fields"]
    assert (shown["contact_channel"], shown["city"]) == ("Signal +99 7001", "Lyon")
    # Paris closes its copy: Berlin is told, and keeps its record.
    assert paris("case", "delete", case_id).code == 0
    closed = tmp_path / "closed.cvb"
    exported = paris("export", "--to", berlin_id, "-o", str(closed))  # only the deletion left
    assert exported.code == 0, exported.err
    preview = berlin("import", str(closed), "--yes")
    assert preview.code == 0, preview.err
    assert f"Paris closed their copy of Case {case_id[:8]} Чувиляев on" in preview.out
    assert "Your record stays as it is" in preview.out
    shown_text = berlin("case", "show", case_id)
    assert shown_text.code == 0
    assert "Note: Paris closed their copy of this case on" in shown_text.out
    assert json.loads(berlin("case", "show", case_id, "--json").out)["case"]["deleted"] is False
