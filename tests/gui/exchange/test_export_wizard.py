"""Export wizard: only trusted partners, the exact fields that leave, consent override with a
reason, file (via .partial) or armoured text, cancel leaves no file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.exchange_gui import CONTACT_CANARY, add_case
from tests.support.orgs import grant_consent, make_org

from casevault.gui.exchange.export_job import ExportCancelled, ExportJob
from casevault.gui.exchange.export_wizard import ExportWizard
from casevault.services import import_verify
from casevault.services import partners as partner_service

pytestmark = pytest.mark.gui


def _wizard(qtbot, session, target: Path | None = None, selected=()):  # type: ignore[no-untyped-def]
    wizard = ExportWizard(
        session, selected_cases=list(selected), save_file=lambda *_a: str(target or "")
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _tick(list_widget, partner_id: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(list_widget.count()):
        item = list_widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == partner_id:
            item.setCheckState(Qt.CheckState.Checked)


def test_only_trusted_partners_can_be_chosen(qtbot, two_orgs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    berlin, _paris = two_orgs
    stranger = make_org(tmp_path, "lyon")
    try:
        partner_service.add_partner(
            berlin.session, partner_service.export_identity(stranger.session).card
        )
    finally:
        stranger.session.close()
    wizard = _wizard(qtbot, berlin.session)
    items = {
        wizard.partners_page.partners.item(i).text(): wizard.partners_page.partners.item(i)
        for i in range(wizard.partners_page.partners.count())
    }
    assert items["paris — Verified"].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not items["lyon — Not verified"].flags() & Qt.ItemFlag.ItemIsEnabled
    assert not wizard.partners_page.isComplete()


def test_preview_consent_override_and_file(qtbot, two_orgs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = add_case(berlin)
    target = tmp_path / "to-paris.cvb"
    wizard = _wizard(qtbot, berlin.session, target, selected=[case_id])
    _tick(wizard.partners_page.partners, paris.org_id)
    wizard.next()
    assert wizard.cases_page.chosen() == [case_id]  # the case selected in the list
    wizard.next()
    page = wizard.preview_page
    row = page.tree.topLevelItem(0)
    assert row.text(0) == "Смирнов Иван"
    assert "City" in row.text(1)
    assert "Contact channel" not in row.text(1)
    assert "Contact channel" in row.text(2)
    assert page.consent_missing()
    assert not page.isComplete()
    assert page.override.isVisible()
    page.override.setChecked(True)
    assert not page.isComplete()  # a reason must be written
    qtbot.keyClicks(page.reason, "He asked by phone; the lawyer's hearing is tomorrow")
    assert page.isComplete()
    wizard.next()
    qtbot.mouseClick(wizard.destination_page.browse, Qt.MouseButton.LeftButton)
    assert wizard.destination_page.path.text() == str(target)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.progress_page.outcome is not None, timeout=15_000)
    assert target.is_file()
    assert sorted(p.name for p in target.parent.iterdir() if "partial" in p.name) == []
    data = target.read_bytes()
    assert CONTACT_CANARY.encode() not in data
    staged = import_verify.verify_and_stage(paris.session, io.BytesIO(data))
    assert [str(c.id) for c in staged.cases] == [case_id]
    assert "contact_channel" not in staged.cases[0].fields


def test_armoured_text_to_copy(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    add_case(berlin)
    grant_consent(berlin, paris)
    wizard = _wizard(qtbot, berlin.session)
    _tick(wizard.partners_page.partners, paris.org_id)
    wizard.next()
    wizard.next()
    assert not wizard.preview_page.consent_missing()
    assert wizard.preview_page.isComplete()
    wizard.next()
    wizard.destination_page.to_text.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.progress_page.outcome is not None, timeout=15_000)
    text = wizard.progress_page.text.toPlainText()
    assert text.startswith("-----BEGIN")
    qtbot.mouseClick(wizard.progress_page.copy_button, Qt.MouseButton.LeftButton)
    assert wizard.clipboard.timer.isActive()
    staged = import_verify.verify_and_stage(paris.session, io.BytesIO(text.encode()))
    assert len(staged.cases) == 1


def test_cancelled_export_leaves_no_file(two_orgs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    for surname in ("Белов", "Абрамов"):
        add_case(berlin, surname)
    grant_consent(berlin, paris)
    target = tmp_path / "cancelled.cvb"
    job = ExportJob(berlin.session, [paris.org_id], None, target)
    seen: list[tuple[int, int]] = []
    job.progress.advanced.connect(lambda done, total: seen.append((done, total)))
    job.cancel()
    with pytest.raises(ExportCancelled):
        job.run()
    assert list(tmp_path.glob("cancelled*")) == []


def test_preview_says_what_is_new_since_the_last_exchange(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    from tests.support.orgs import export_bytes, import_bytes

    from casevault.services import cases as case_service

    berlin, paris = two_orgs
    first, second = add_case(berlin), add_case(berlin, "Орлов", "Orlov")
    import_bytes(paris, export_bytes(berlin, paris))
    import_bytes(berlin, export_bytes(paris, berlin))  # carries Paris's acknowledgement
    case_service.edit_case(berlin.session, second, {"city": "Tbilisi"})
    wizard = _wizard(qtbot, berlin.session)
    _tick(wizard.partners_page.partners, paris.org_id)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert page.since_last.isVisible()
    assert "1 case changed. Of them, 0 new. 1 unchanged case is not sent again." in (
        page.since_last.text()
    )
    assert page.tree.topLevelItemCount() == 1
    assert page.tree.topLevelItem(0).text(0) == "Орлов Иван"
    page.send_all.setChecked(True)
    assert not page.since_last.isVisible()
    assert page.tree.topLevelItemCount() == 2
    assert first  # both cases listed again with "send every case"


def test_a_ticked_case_stays_listed_ticked_whatever_the_search(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    first = add_case(berlin, "Смирнов", "Smirnov")
    second = add_case(berlin, "Волков", "Volkov")
    wizard = _wizard(qtbot, berlin.session, selected=[first])
    _tick(wizard.partners_page.partners, paris.org_id)
    wizard.next()
    page = wizard.cases_page
    page.search.setText("Volkov")  # the search matches only the other case
    listed = {
        page.cases.item(i).data(Qt.ItemDataRole.UserRole): page.cases.item(i).checkState()
        for i in range(page.cases.count())
    }
    assert listed == {first: Qt.CheckState.Checked, second: Qt.CheckState.Unchecked}
    assert page.cases.item(0).data(Qt.ItemDataRole.UserRole) == first  # ticked ones first
    assert page.ticked_label.text() == "Ticked: 1 (shown first in the list)"
    _tick(page.cases, second)
    page.search.clear()
    assert page.chosen() == sorted([first, second])
    shown_ticked = [
        page.cases.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(page.cases.count())
        if page.cases.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert sorted(shown_ticked) == page.chosen()
    wizard.next()
    row = wizard.preview_page.tree.topLevelItem(0)
    assert [row.toolTip(c) for c in range(3)] == [row.text(c) for c in range(3)]
