"""The app's colours live in one place (gui/kit/colours.py): no other module spells one out."""

from __future__ import annotations

import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[3] / "src" / "casevault" / "gui"
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_no_module_but_the_palette_names_a_colour() -> None:
    modules = sorted(GUI.rglob("*.py"))
    assert len(modules) > 100  # the scan found the app
    spelled = [
        f"{path.relative_to(GUI)}: {match}"
        for path in modules
        if path.name != "colours.py"
        for match in HEX_COLOUR.findall(path.read_text(encoding="utf-8"))
    ]
    assert spelled == []
