"""The canary sweep over the desktop app: create (wizard), unlock, edit, search, an attachment
viewed, evaluations, the dossier and statistics kept in memory, a bundle exported through the
export wizard to a chosen file and imported through the import wizard into a second real vault,
a conflict (both edit the city, the bundle comes back) resolved in the conflicts view,
auto-lock, lock, duress and panic, driven offscreen with real widgets and services, with a
unique canary in every field and in the attachment; then every file under the test's HOME
(Qt's settings and cache locations included), TMPDIR, the vault folders and /dev/shm is
scanned: zero hits, the bundles (ciphertext) included. (The PDF and copy-out save dialogs are
covered by test_dialog_history.py; they write only where chosen.)"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QBuffer, QIODevice, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWizard
from tests.cli.test_canary_sweep import _hits, canary, scan_roots
from tests.support.orgs import Org, introduce, make_org

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.exchange.exchange_tab import ExchangeTab
from casevault.gui.main_window import MainWindow
from casevault.gui.settings.ui_settings import UiSettings
from casevault.gui.workspace import Workspace
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service
from casevault.services.conflicts import list_conflicts
from casevault.services.vaults import KdfChoice, open_vault

pytestmark = [pytest.mark.gui, pytest.mark.slow]
PASSPHRASE = "violet tractor lantern seventeen"
DURESS = "purple elephants march slowly"
TAGS = (
    "org", "surname", "given", "latin", "alias", "birthplace", "unit", "rank", "proof", "city",
    "contact", "caseworker", "tag", "notes", "event", "evaluator", "evalnote", "attachment",
    "guiedit", "overrideberlin", "cityberlin", "cityparis", "overrideparis",
)  # fmt: skip


def _png_with(marker: bytes) -> bytes:
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data().data()) + marker  # readers ignore bytes after the PNG's end


def _fill(vault: Path) -> str:
    c = canary
    with open_vault(vault, PASSPHRASE) as session:
        case = case_service.create_case(
            session,
            CaseFields(
                name_cyrillic=PersonName(surname=f"Жщ{c('surname')}", given=c("given")),
                name_latin=PersonName(surname=c("latin")),
                aliases=[c("alias")],
                place_of_birth=c("birthplace"),
                unit=c("unit"),
                rank=c("rank"),
                callup_proof=c("proof"),
                country="KZ",
                city=c("city"),
                contact_channel=c("contact"),
                caseworker=c("caseworker"),
                tags=[c("tag")],
                notes=c("notes"),
            ),
        )
        case_service.add_timeline_event(session, case.id, dt.date(2026, 1, 2), c("event"))
        attachment_service.add_attachment(
            session, case.id, io.BytesIO(_png_with(c("attachment").encode())), "photo.png"
        )
        evaluator = eval_service.add_evaluator(session, f"Anna {c('evaluator')}")
        draft = eval_service.create_draft(
            session,
            case.id,
            evaluator.id,
            {
                "date": "2026-02-01",
                "methods": ["interview"],
                "checklist": {"civilian_harm": {"state": "checked", "note": ""}},
                "verdict": "cleared",
                "confidence": "high",
                "notes": c("evalnote"),
            },
        )
        eval_service.finalise_evaluation(session, draft.evaluation.id)
        return str(case.id)


def _unlock(qtbot, window, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.unlock_view.passphrase, passphrase)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)


def _answer_file_dialog(target: Path) -> QTimer:
    """Answer the next file dialog like a person: go to `target`'s folder, pick its name."""
    timer = QTimer()
    timer.setInterval(20)

    def step() -> None:
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QFileDialog) and dialog.isVisible():
                timer.stop()
                dialog.setDirectory(str(target.parent))
                name = dialog.findChild(QLineEdit, "fileNameEdit")
                name.clear()
                QTest.keyClicks(name, target.name)
                QTest.keyClick(name, Qt.Key.Key_Return)
                return

    timer.timeout.connect(step)
    timer.start()
    return timer


def _export(qtbot, exchange: ExchangeTab, partner_id: str, target: Path, reason: str) -> None:  # type: ignore[no-untyped-def]
    """Export every case through the export wizard, overriding missing consent with `reason`,
    to `target`, chosen in the real save dialog."""
    qtbot.mouseClick(exchange.export_button, Qt.MouseButton.LeftButton)
    wizard = exchange.export_wizard
    partners = wizard.partners_page.partners
    for i in range(partners.count()):
        if partners.item(i).data(Qt.ItemDataRole.UserRole) == partner_id:
            partners.item(i).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert page.consent_missing()
    page.override.setChecked(True)
    qtbot.keyClicks(page.reason, reason)
    wizard.next()
    answer = _answer_file_dialog(target)
    qtbot.mouseClick(wizard.destination_page.browse, Qt.MouseButton.LeftButton)
    answer.stop()
    assert wizard.destination_page.path.text() == str(target)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.progress_page.outcome is not None, timeout=15_000)
    assert target.is_file()
    wizard.accept()


def _import(qtbot, exchange: ExchangeTab, source: Path) -> None:  # type: ignore[no-untyped-def]
    """Import `source`, chosen in the real open dialog, through the import wizard."""
    qtbot.mouseClick(exchange.import_button, Qt.MouseButton.LeftButton)
    wizard = exchange.import_wizard
    answer = _answer_file_dialog(source)
    qtbot.mouseClick(wizard.source_page.browse, Qt.MouseButton.LeftButton)
    answer.stop()
    assert wizard.source_page.path.text() == str(source)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.checks_page.worker is None, timeout=15_000)
    assert "passed every check" in wizard.checks_page.result.text()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.apply_page.outcome is not None, timeout=15_000)
    wizard.accept()


def _exchange_and_conflict(qtbot, workspace: Workspace, root: Path, case_id: str) -> list[Path]:  # type: ignore[no-untyped-def]
    """The vault exports through its wizard to a second real vault (Paris), which imports
    through its wizard; both edit the city at once; Paris's bundle comes back through the
    import wizard and the conflict is resolved in the conflicts view. Returns the bundles."""
    with workspace.session.vault.reading() as conn:
        own_id = conn.execute("SELECT id FROM own_organisation").fetchone()[0]
    berlin = Org("berlin", workspace.session, own_id)
    paris = make_org(root, "paris")
    try:
        introduce(berlin, paris)
        chosen = root / "chosen"
        chosen.mkdir()
        outgoing, incoming = chosen / "to-paris.cvb", chosen / "from-paris.cvb"
        exchange = workspace.show_exchange()
        _export(qtbot, exchange, paris.org_id, outgoing, canary("overrideberlin"))
        paris_space = Workspace(paris.session)
        qtbot.addWidget(paris_space)
        paris_exchange = paris_space.show_exchange()
        _import(qtbot, paris_exchange, outgoing)
        qtbot.waitUntil(lambda: paris_space.cases.model.total == 1, timeout=5_000)

        editor = workspace.open_editor(case_id)
        city = editor.form.inputs["city"]
        city.selectAll()
        qtbot.keyClicks(city, canary("cityberlin"))
        assert editor.save()
        editor.force_close()
        paris_editor = paris_space.open_editor(case_id)
        city = paris_editor.form.inputs["city"]
        city.selectAll()
        qtbot.keyClicks(city, canary("cityparis"))
        assert paris_editor.save()
        paris_editor.force_close()
        _export(qtbot, paris_exchange, own_id, incoming, canary("overrideparis"))
        paris_space.close_session()

        _import(qtbot, exchange, incoming)
        view = exchange.conflicts
        exchange.sections.setCurrentWidget(view)
        assert view.table.model().rowCount() == 1
        keep = next(b for b in view.option_buttons if canary("cityparis") in b.accessibleName())
        with qtbot.waitSignal(view.resolved):
            qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
        assert list_conflicts(workspace.session) == []
        kept = case_service.get_case(workspace.session, case_id).fields.city
        assert kept == canary("cityparis")
        assert view.table.model().rowCount() == 0
    finally:
        paris.session.close()
    return [outgoing, incoming]


def test_every_app_workflow_leaves_no_canary(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    for name, value in (
        ("HOME", home),
        ("TMPDIR", temp),
        ("XDG_CONFIG_HOME", home / ".config"),
        ("XDG_CACHE_HOME", home / ".cache"),
        ("XDG_DATA_HOME", home / ".local" / "share"),
    ):
        monkeypatch.setenv(name, str(value))
    monkeypatch.setattr(tempfile, "tempdir", None)
    scope = QSettings.Scope.UserScope
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        before = Path(QSettings(fmt, scope, "QtProject").fileName()).parent
        QSettings.setPath(fmt, scope, str(home / ".config"))
        request_restore.append((fmt, before))
    for location in (
        QStandardPaths.StandardLocation.CacheLocation,
        QStandardPaths.StandardLocation.GenericCacheLocation,
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.AppConfigLocation,
    ):
        assert Path(QStandardPaths.writableLocation(location)).is_relative_to(home)
    settings = UiSettings(QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat))
    kdf = KdfChoice(floor=True)
    vault = tmp_path / "vault"
    try:
        # Create, through the first-run wizard.
        window = MainWindow(vault, settings, kdf=kdf)
        qtbot.addWidget(window)
        window.show()
        wizard = window.wizard
        qtbot.keyClicks(wizard.passphrase_page.passphrase, PASSPHRASE)
        qtbot.keyClicks(wizard.passphrase_page.confirm, PASSPHRASE)
        wizard.next()
        qtbot.keyClicks(wizard.organisation_page.name, f"Org {canary('org')}")
        commit = wizard.button(QWizard.WizardButton.CommitButton)
        qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.code_page, timeout=30_000)
        wizard.reject()  # closes the new vault; the person unlocks it next time
        window.close()
        case_id = _fill(vault)

        # Unlock, search, edit, view the attachment, evaluations, reports in memory.
        window = MainWindow(vault, settings, kdf=kdf)
        qtbot.addWidget(window)
        window.show()
        _unlock(qtbot, window, PASSPHRASE)
        workspace = window.workspace
        qtbot.waitUntil(lambda: workspace.cases.model.rowCount() == 1)
        qtbot.keyClicks(workspace.cases.search, canary("notes"))
        qtbot.waitUntil(lambda: workspace.cases.model.rowCount() == 1)
        editor = workspace.open_editor(case_id)
        editor.form.notes.setPlainText(f"{canary('notes')} {canary('guiedit')}")
        assert editor.save()
        editor.form.setCurrentWidget(editor.attachments)
        panel = editor.attachments
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
        panel.table.selectRow(0)
        qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.isVisible())
        panel.viewer.close()
        editor.form.setCurrentWidget(editor.evaluations)
        editor.force_close()
        workspace.cases.table.selectRow(0)
        dossier = window.open_dossier()
        qtbot.waitUntil(lambda: dossier.dossier is not None, timeout=15_000)
        dossier.reject()
        workspace.tabs.setCurrentWidget(workspace.dashboard)
        qtbot.waitUntil(lambda: workspace.dashboard.statistics is not None, timeout=15_000)
        workspace.tabs.setCurrentWidget(workspace.audit)
        bundles = _exchange_and_conflict(qtbot, workspace, tmp_path, case_id)

        # Auto-lock (the idle timer's signal), unlock again, set duress, lock.
        window.idle.idle.emit()
        assert window.workspace is None
        _unlock(qtbot, window, PASSPHRASE)
        dialog = window.safety.choose_duress()
        qtbot.keyClicks(dialog.passphrase, DURESS)
        qtbot.keyClicks(dialog.confirm, DURESS)
        with qtbot.waitSignal(dialog.accepted, timeout=15_000):
            qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
        window.lock()

        # Duress at the unlock screen, then panic.
        _unlock(qtbot, window, DURESS)
        qtbot.waitUntil(lambda: window.workspace.cases.model.rowCount() >= 1, timeout=15_000)
        panic = window.safety.panic()
        panic.confirmation.setText(panic.word)
        qtbot.mouseClick(panic.destroy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.workspace is None, timeout=15_000)
        window.close()
        QSettings("QtProject").sync()
    finally:
        for fmt, before in request_restore:
            QSettings.setPath(fmt, scope, str(before))
        request_restore.clear()

    tokens = [canary(tag) for tag in TAGS]
    hits = _hits(scan_roots(tmp_path), tokens)
    for bundle in bundles:  # ciphertext: no canary, in any encoding
        assert bundle.is_file()
        assert bundle not in hits, hits[bundle]
    assert hits == {}


request_restore: list[tuple[QSettings.Format, Path]] = []
