"""The shared record list: a declared model over records, and the view every list uses."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from casevault.gui.kit.record_table_view import RecordTableView
from casevault.gui.kit.row_table_model import DIMMED, FLAGGED, Column, RowTableModel

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Row:
    name: str
    old: bool = False
    bad: bool = False


def _model() -> RowTableModel[Row]:
    return RowTableModel(
        [
            Column[Row](lambda: "Name", lambda row: row.name, lambda row: f"about {row.name}"),
            Column[Row](
                lambda: "State", lambda row: "bad" if row.bad else "fine", flagged=lambda r: r.bad
            ),
        ],
        dimmed=lambda row: row.old,
    )


def test_records_become_rows_with_text_tooltips_and_colours(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    model.set_rows([Row("a"), Row("b", old=True), Row("c", bad=True)])
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "State"
    assert model.index(0, 0).data() == "a"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "about a"
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "about a"
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    dimmed = model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(dimmed, QBrush)
    assert dimmed.color().name() == DIMMED
    flagged = model.index(2, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(flagged, QBrush)
    assert flagged.color().name() == FLAGGED
    assert model.index(5, 0).data() is None
    assert model.record(2) == Row("c", bad=True)
    assert model.record(3) is None


def test_the_view_selects_whole_rows_and_reads_back_cells(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    view = RecordTableView(model, None)
    view.setAccessibleName("Things")
    qtbot.addWidget(view)
    model.set_rows([Row("a"), Row("b")])
    assert view.accessibleName() == "Things"
    assert view.rowCount() == 2
    assert view.text(1, 0) == "b"
    assert view.text(9, 0) == ""
    assert view.selected_row() is None
    view.selectRow(1)
    assert view.selected_row() == 1
    model.set_rows([Row("x")])  # a reset clears the selection: never a stale row
    assert view.selected_row() is None
