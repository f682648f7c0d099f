"""The import wizard shows what a partner may not change, in plain words, and a partner closing
its copy; the case editor keeps showing that note. Real vaults, keys and widgets."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.exchange_gui import add_case
from tests.support.hostile import case_record, dominating_fields, forged_bundle, tombstone_record
from tests.support.orgs import export_bytes, import_bytes

from casevault.gui.cases.case_editor import CaseEditor
from casevault.gui.exchange.import_wizard import ImportWizard
from casevault.services import cases as case_service

pytestmark = pytest.mark.gui


def _tree_texts(wizard: ImportWizard) -> dict[str, list[str]]:
    tree = wizard.preview_page.tree
    groups: dict[str, list[str]] = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        groups[group.text(0)] = [group.child(j).text(0) for j in range(group.childCount())]
    return groups


def test_wizard_lists_refusals_and_closures_and_editor_shows_the_note(  # type: ignore[no-untyped-def]
    qtbot, two_orgs, tmp_path: Path
) -> None:
    berlin, paris = two_orgs
    sent = add_case(berlin, "Петров", "Petrov")
    never_sent = add_case(berlin, "Орлов", "Orlov")
    import_bytes(paris, export_bytes(berlin, paris, cases=[sent]))
    forged = dominating_fields(berlin, sent, {"contact_channel": "attacker", "city": "Lyon"})
    records = [
        case_record(sent, berlin.org_id, forged),
        case_record(
            never_sent, berlin.org_id, dominating_fields(berlin, never_sent, {"rank": "x"})
        ),
        tombstone_record(sent),
    ]
    bundle = tmp_path / "from-paris.cvb"
    bundle.write_bytes(forged_bundle(paris, berlin, records))

    wizard = ImportWizard(berlin.session, open_file=lambda *_a: str(bundle))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.source_page.browse, Qt.MouseButton.LeftButton)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.checks_page.worker is None, timeout=15_000)
    assert wizard.checks_page.isComplete()
    wizard.next()
    groups = _tree_texts(wizard)
    refused = groups["Not applied: 2 (the rest of the bundle still applies)"]
    assert (
        f"Case {sent[:8]} Петров Иван: contact_channel not changed. "
        "These fields were never sent to paris."
    ) in refused
    assert (
        f"Case {never_sent[:8]} Орлов Иван: not changed. paris never received this case from "
        "you, so it may not change it (it tried: rank)."
    ) in refused
    [closing] = groups["Closed by the partner (kept here)"]
    assert closing.startswith(f"paris closed their copy of Case {sent[:8]} Петров Иван on ")
    assert case_service.get_case(berlin.session, sent).fields.city == "Almaty"  # not yet applied

    wizard.next()
    qtbot.waitUntil(lambda: wizard.apply_page.outcome is not None, timeout=15_000)
    kept = case_service.get_case(berlin.session, sent)
    assert (kept.deleted, kept.fields.city, kept.fields.contact_channel) == (
        False,
        "Lyon",
        "Signal +99 7001 canary-contact",
    )
    assert case_service.get_case(berlin.session, never_sent).fields.rank == ""
    wizard.accept()

    editor = CaseEditor(berlin.session, kept.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.closures.isVisible()
    assert editor.closures.text().startswith("paris closed their copy of this case on ")
    other = CaseEditor(berlin.session, uuid.UUID(never_sent))
    qtbot.addWidget(other)
    other.show()
    assert not other.closures.isVisible()
