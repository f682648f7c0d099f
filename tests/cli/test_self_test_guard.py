"""When `casevault start --self-test` may run: offscreen, passphrase in a file, a vault in the
temporary folder (cli/self_test_guard.py). Anything else is refused with a sentence."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from casevault.cli.self_test_guard import self_test_refusal

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def temp_vault() -> Path:
    return Path(tempfile.gettempdir()) / "some-new-vault"


def test_allowed_offscreen_with_a_file_on_a_temp_vault(temp_vault: Path, tmp_path: Path) -> None:
    assert self_test_refusal(temp_vault, tmp_path / "pass", OFFSCREEN) is None


@pytest.mark.parametrize("platform", [None, "xcb", "wayland", "windows", "cocoa", ""])
def test_refused_unless_offscreen(temp_vault: Path, tmp_path: Path, platform: str | None) -> None:
    environ = {} if platform is None else {"QT_QPA_PLATFORM": platform}
    refusal = self_test_refusal(temp_vault, tmp_path / "pass", environ)
    assert refusal is not None
    assert "offscreen" in refusal


def test_refused_without_a_passphrase_file(temp_vault: Path) -> None:
    refusal = self_test_refusal(temp_vault, None, OFFSCREEN)
    assert refusal is not None
    assert "--passphrase-file" in refusal


@pytest.mark.parametrize(
    "vault",
    [
        Path.home() / ".local" / "share" / "CaseVault",
        Path(tempfile.gettempdir()),  # the temp folder itself, not a vault inside it
        Path(tempfile.gettempdir()) / ".." / "home",  # escapes the temp folder
    ],
)
def test_refused_outside_the_temp_folder(vault: Path, tmp_path: Path) -> None:
    refusal = self_test_refusal(vault, tmp_path / "pass", OFFSCREEN)
    assert refusal is not None
    assert "temporary folder" in refusal


def test_a_symlink_in_the_temp_folder_is_judged_by_its_target(tmp_path: Path) -> None:
    outside = Path.home() / "not-in-temp"
    link = Path(tempfile.mkdtemp()) / "link"
    link.symlink_to(outside)
    try:
        assert self_test_refusal(link, tmp_path / "pass", OFFSCREEN) is not None
    finally:
        link.unlink()
        link.parent.rmdir()
