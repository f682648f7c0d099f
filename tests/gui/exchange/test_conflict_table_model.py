"""The conflicts list's Qt model and the words naming each side of a conflict."""

from __future__ import annotations

import uuid

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.gui.exchange.conflict_table_model import (
    ConflictTableModel,
    option_origin,
    side_text,
    stamp_time,
)
from casevault.services.conflicts import Conflict, ConflictOption
from casevault.services.laptops import NodeName

pytestmark = pytest.mark.gui

STAMP = "18f3c2a4b00-0-{node}"


def _conflict() -> Conflict:
    return Conflict(
        uuid.uuid4(),
        "Смирнов Иван",
        "city",
        "Astana",
        (
            ConflictOption("Astana", "n-ours", STAMP.format(node="n-ours")),
            ConflictOption("Karaganda", "n-theirs", STAMP.format(node="n-theirs")),
        ),
    )


NAMES = {
    "n-ours": NodeName("n-ours", "Berlin", None, ours=True, this_laptop=True),
    "n-theirs": NodeName("n-theirs", "Paris", "office", ours=False, this_laptop=False),
}


def test_rows_headers_and_sides(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ConflictTableModel()
    conflict = _conflict()
    model.set_conflicts([conflict], NAMES)
    assert (model.rowCount(), model.columnCount()) == (1, 4)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Case", "Field", "Shown now", "Changed by"]
    row = [model.index(0, c).data() for c in range(4)]
    assert row == [
        "Смирнов Иван",
        "City",
        "Astana",
        "Berlin (ours), this laptop · Paris, laptop “office”",
    ]
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == row[3]
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) is conflict


def test_side_words() -> None:
    other_laptop = NodeName("abcdef0123456789", "Berlin", None, ours=True, this_laptop=False)
    assert side_text(other_laptop) == "Berlin (ours), laptop abcdef01"
    stranger = NodeName("n-x", None, None, ours=False, this_laptop=False)
    assert side_text(stranger) == "an organisation not known here, laptop n-x"
    option = _conflict().options[1]
    assert option_origin(option, NAMES) == (
        f"Made by Paris, laptop “office” on {stamp_time(option.stamp)}"
    )
    assert stamp_time(option.stamp)[:4].isdigit()
    assert stamp_time("not-a-stamp") == ""
    assert option_origin(ConflictOption(1, "n-y", "zz"), {}).endswith("on an unknown date")
