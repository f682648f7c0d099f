"""Import wizard, erasure notices: the sender's notice is listed with the name held here and
erases nothing until its box is ticked; ticked, the case is erased for good and compliance is
recorded. A bundle carrying records of a case erased here brings none of them back."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.exchange_gui import add_case
from tests.support.orgs import export_bytes, import_bytes

from casevault.gui.exchange.import_wizard import ImportWizard
from casevault.services import cases as case_service
from casevault.services.erasure import erase_case
from casevault.services.errors import CaseNotFound

pytestmark = pytest.mark.gui


def _wizard_at_preview(qtbot, session, path: Path):  # type: ignore[no-untyped-def]
    wizard = ImportWizard(session, open_file=lambda *_a: str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.source_page.browse, Qt.MouseButton.LeftButton)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.checks_page.worker is None, timeout=15_000)
    assert wizard.checks_page.isComplete(), wizard.checks_page.result.text()
    wizard.next()
    return wizard


def _apply(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.apply_page.worker is None, timeout=15_000)
    assert wizard.apply_page.outcome is not None, wizard.apply_page.result.text()


def _compliance_rows(session) -> int:  # type: ignore[no-untyped-def]
    with session.vault.reading() as conn:
        return int(conn.execute("SELECT count(*) FROM erasure_compliance").fetchone()[0])


def test_an_erasure_notice_needs_its_tick(qtbot, two_orgs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = add_case(berlin, surname="Визардов")
    import_bytes(paris, export_bytes(berlin, paris))
    erase_case(berlin.session, case_id, case_id)
    first, second = tmp_path / "n1.cvb", tmp_path / "n2.cvb"
    first.write_bytes(export_bytes(berlin, paris))
    second.write_bytes(export_bytes(berlin, paris))

    wizard = _wizard_at_preview(qtbot, paris.session, first)
    notices = wizard.preview_page.erasure.notices
    assert notices.count() == 1
    item = notices.item(0)
    assert "Визардов" in item.text()
    assert "at the man's request" in item.text()
    assert item.checkState() == Qt.CheckState.Unchecked
    _apply(qtbot, wizard)
    assert case_service.get_case(paris.session, case_id).id == uuid.UUID(case_id)
    assert _compliance_rows(paris.session) == 0
    wizard.accept()

    wizard = _wizard_at_preview(qtbot, paris.session, second)
    wizard.preview_page.erasure.notices.item(0).setCheckState(Qt.CheckState.Checked)
    _apply(qtbot, wizard)
    assert "erased for good" in wizard.apply_page.result.text()
    with pytest.raises(CaseNotFound):
        case_service.get_case(paris.session, case_id)
    assert _compliance_rows(paris.session) == 1
    wizard.accept()


def test_records_of_a_case_erased_here_are_refused(qtbot, two_orgs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = add_case(berlin, surname="Визардов")
    import_bytes(paris, export_bytes(berlin, paris))
    late = tmp_path / "late.cvb"
    late.write_bytes(export_bytes(berlin, paris))
    erase_case(paris.session, case_id, case_id)
    wizard = _wizard_at_preview(qtbot, paris.session, late)
    assert wizard.preview_page.erasure.refused.isVisible()
    assert "1 case erased here" in wizard.preview_page.erasure.refused.text()
    assert "0 new cases;" in wizard.preview_page.summary.text()
    _apply(qtbot, wizard)
    with pytest.raises(CaseNotFound):
        case_service.get_case(paris.session, case_id)
    wizard.accept()
