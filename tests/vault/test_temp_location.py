"""inside_temporary_folder: strictly inside the system's temporary folder, symlinks resolved."""

from __future__ import annotations

import tempfile
from pathlib import Path

from casevault.vault.temp_location import inside_temporary_folder


def test_a_folder_inside_the_temporary_folder() -> None:
    assert inside_temporary_folder(Path(tempfile.gettempdir()) / "new-vault")
    assert inside_temporary_folder(Path(tempfile.gettempdir()) / "a" / "b")


def test_the_temporary_folder_itself_and_outside_do_not_count() -> None:
    assert not inside_temporary_folder(Path(tempfile.gettempdir()))
    assert not inside_temporary_folder(Path(tempfile.gettempdir()) / ".." / "elsewhere")
    assert not inside_temporary_folder(Path.home() / "CaseVault")


def test_a_link_is_judged_by_its_target() -> None:
    with tempfile.TemporaryDirectory() as folder:
        link = Path(folder) / "link"
        link.symlink_to(Path.home())
        assert not inside_temporary_folder(link / "vault")
