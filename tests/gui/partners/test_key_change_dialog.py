"""Rotating or revoking our keys makes keys and signs off the GUI thread (a worker), with the
buttons waiting meanwhile, and the new fingerprint lands on screen (real vault, real keys)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.support.orgs import make_org

from casevault.gui.partners.key_change_dialog import KeyChangeDialog
from casevault.services import key_events, node_keys
from casevault.services.key_events import KeyEvent
from casevault.services.session import Session

pytestmark = pytest.mark.gui


def test_rotation_runs_in_a_worker_and_its_fingerprint_lands(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    office = make_org(tmp_path, "office")
    threads: list[threading.Thread] = []
    real = key_events.rotate_keys

    def recorded(session: Session) -> KeyEvent:  # the real service, noting where it runs
        threads.append(threading.current_thread())
        return real(session)

    monkeypatch.setattr(key_events, "rotate_keys", recorded)
    dialog = KeyChangeDialog(office.session, revoke=False)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.changed, timeout=30_000) as changed:
        assert dialog.change()
        assert dialog.busy  # the buttons wait while the keys are made
        assert not dialog.change_button.isEnabled()
        assert not dialog.change()  # a second click does not start a second rotation
    assert threads
    assert threads[0] is not threading.main_thread()
    event = changed.args[0]
    assert dialog.fingerprint.text() == event.new_fingerprint
    assert not dialog.busy
    assert dialog.announce_button.isEnabled()
    assert node_keys.ensure_node_identity(office.session).certified  # really re-certified
    office.session.close()


def test_a_failed_revocation_says_why_and_the_dialog_stays_usable(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = make_org(tmp_path, "office")
    dialog = KeyChangeDialog(office.session, revoke=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.typed, "REVOKE")
    qtbot.keyClicks(dialog.earlier_key, "00000000")  # no such earlier key of ours
    assert dialog.change()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert not dialog.fingerprint.text()
    assert dialog.status.text()  # the error's sentence (gui/messages.py)
    assert dialog.change_button.isEnabled()  # can try again
    assert dialog.typed.isEnabled()
    office.session.close()
