"""The partner list's Qt model: rows, headers, the full fingerprint in the tooltip, and a partner
whose keys changed in bold until the new code is confirmed."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.orgs import import_bytes

from casevault.gui.partners.partner_table_model import PartnerRow, PartnerTableModel
from casevault.services import key_events
from casevault.services import partners as partner_service

pytestmark = pytest.mark.gui


def _model(session) -> PartnerTableModel:  # type: ignore[no-untyped-def]
    model = PartnerTableModel()
    model.set_rows([PartnerRow(p, "standard") for p in partner_service.list_partners(session)])
    return model


def test_rows_headers_and_fingerprint_tooltip(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    model = _model(berlin.session)
    assert model.rowCount() == 1
    assert model.columnCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Partner", "Country", "State", "Profile", "Fingerprint"]
    assert model.headerData(5, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, 0).data() == "paris"
    assert model.index(0, 2).data() == "Verified"
    fingerprint = partner_service.show_partner(berlin.session, paris.org_id).partner.fingerprint
    shown = model.index(0, 4).data()
    assert shown.endswith(" …")
    assert shown.replace(" ", "").rstrip("…") == fingerprint[:16]
    tooltip = model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.replace(" ", "") == fingerprint  # all 64 digits, not cut
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole).partner.id == paris.org_id
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.row_of(paris.org_id) == 0
    assert model.row_of("nobody") is None
    model.clear()
    assert model.rowCount() == 0
    assert model.index(0, 0).data() is None


def test_partner_with_changed_keys_is_bold(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    key_events.rotate_keys(paris.session)
    announcement = io.BytesIO()
    key_events.export_key_announcement(paris.session, None, announcement)
    import_bytes(berlin, announcement.getvalue())
    model = _model(berlin.session)
    assert model.index(0, 2).data().startswith("Keys changed on ")
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_key_history_after_a_rotation(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    from casevault.gui.partners.key_history_dialog import KeyHistoryDialog
    from casevault.gui.partners.partners_view import PartnersView

    berlin, paris = two_orgs
    first = partner_service.show_partner(berlin.session, paris.org_id).partner.fingerprint
    key_events.rotate_keys(paris.session)
    announcement = io.BytesIO()
    key_events.export_key_announcement(paris.session, None, announcement)
    import_bytes(berlin, announcement.getvalue())
    view = PartnersView(berlin.session)
    qtbot.addWidget(view)
    view.select_partner(paris.org_id)
    qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, KeyHistoryDialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "From"
    assert model.index(0, 1).data() == "identity card"
    assert model.index(1, 1).data().startswith("rotation signed by ")
    assert model.index(1, 0).data().endswith("(current)")
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).replace(" ", "") == first.upper()
    assert model.index(0, 4).data()  # the first key was replaced on the rotation
