"""The canary sweep over the desktop app: create (wizard), unlock, edit, search, an attachment
viewed, evaluations, the dossier and statistics kept in memory, auto-lock, lock, duress and
panic, driven offscreen with real widgets and services, with a unique canary in every field
and in the attachment; then every file under the test's HOME (Qt's settings and cache
locations included), TMPDIR, the vault folders and /dev/shm is scanned: zero hits. (The PDF and
copy-out save dialogs are covered by test_dialog_history.py; they write only where chosen.)"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QBuffer, QIODevice, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard
from tests.cli.test_canary_sweep import _hits, canary, scan_roots

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.main_window import MainWindow
from casevault.gui.ui_settings import UiSettings
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service
from casevault.services.vaults import KdfChoice, open_vault

pytestmark = [pytest.mark.gui, pytest.mark.slow]
PASSPHRASE = "violet tractor lantern seventeen"
DURESS = "purple elephants march slowly"
TAGS = (
    "org", "surname", "given", "latin", "alias", "birthplace", "unit", "rank", "proof", "city",
    "contact", "caseworker", "tag", "notes", "event", "evaluator", "evalnote", "attachment",
    "guiedit",
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
        qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
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
        workspace.show_exchange()

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
    assert _hits(scan_roots(tmp_path), tokens) == {}


request_restore: list[tuple[QSettings.Format, Path]] = []
