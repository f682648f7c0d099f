"""Fonts bundled with a packaged build (gui/kit/fonts.py) are registered at start-up."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QFont, QFontDatabase

from casevault.gui.kit.fonts import covers_cyrillic, fonts_dir, register_bundled_fonts

pytestmark = pytest.mark.gui


def _system_dejavu() -> Path | None:
    """DejaVu Sans as installed on this system (fonts-dejavu-core), found through fontconfig."""
    if shutil.which("fc-match") is None:
        return None
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", "DejaVu Sans:style=Book"],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    ).stdout.strip()
    path = Path(found) if found else None
    return path if path is not None and path.name == "DejaVuSans.ttf" and path.is_file() else None


@pytest.fixture
def font_folder(tmp_path: Path) -> Path:
    source = _system_dejavu()
    if source is None:
        pytest.skip("DejaVu Sans is not installed (Debian: fonts-dejavu-core)")
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(source, folder / "DejaVuSans.ttf")
    return folder


def test_registers_the_bundled_font(qapp, font_folder: Path) -> None:  # type: ignore[no-untyped-def]
    (font_folder / "README.txt").write_text("not a font", encoding="utf-8")
    families = register_bundled_fonts(qapp, font_folder)
    assert families == ["DejaVu Sans"]
    assert "DejaVu Sans" in QFontDatabase.families()
    assert covers_cyrillic(QFont("DejaVu Sans"))
    assert covers_cyrillic(qapp.font())  # either the system's font or the bundled one


def test_a_broken_font_file_is_skipped(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "Broken.ttf").write_bytes(b"\x00\x01\x00\x00 not really a font")
    assert register_bundled_fonts(qapp, tmp_path) == []


def test_a_source_checkout_has_no_bundled_fonts(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert not fonts_dir().exists()  # only a packaged build ships casevault/_ui/fonts
    assert register_bundled_fonts(qapp, tmp_path / "absent") == []
