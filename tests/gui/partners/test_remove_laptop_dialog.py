"""Removing a laptop signs and writes off the GUI thread (a worker), the buttons waiting
meanwhile; the result lands in the dialog (real vaults, real keys)."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.support.orgs import make_org

from casevault.gui.partners.remove_laptop_dialog import RemoveLaptopDialog
from casevault.services import laptops as laptop_service
from casevault.services import node_keys, nodes
from casevault.services.session import Session

pytestmark = pytest.mark.gui


def test_removal_runs_in_a_worker_and_its_result_lands(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    office = make_org(tmp_path, "office")
    ours = node_keys.ensure_node_identity(office.session).node_id
    threads: list[threading.Thread] = []
    real = nodes.remove_node

    def recorded(session: Session, node_id: str) -> bool:  # the real service, noting its thread
        threads.append(threading.current_thread())
        return real(session, node_id)

    monkeypatch.setattr(nodes, "remove_node", recorded)
    laptop = next(lap for lap in laptop_service.list_laptops(office.session) if lap.node_id == ours)
    # Another of our laptops, as the list shows it (its id is all the removal needs).
    stranger = dataclasses.replace(laptop, node_id=str(uuid.uuid4()), is_this=False)
    dialog = RemoveLaptopDialog(office.session, stranger)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.typed, stranger.node_id[:8])
    with qtbot.waitSignal(dialog.removed, timeout=30_000):
        assert dialog.remove()
        assert dialog.busy
        assert not dialog.remove_button.isEnabled()
    assert threads
    assert threads[0] is not threading.main_thread()
    assert not dialog.busy
    assert dialog.status.text()
    assert "signed notice" in dialog.status.text()  # this laptop keeps the organisation's keys
    office.session.close()
