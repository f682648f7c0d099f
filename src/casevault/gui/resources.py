"""Where the app's non-code files are: `ui/<kind>` of the repository, or `casevault/_ui/<kind>`
inside an installed package or a built app. One place, so modules can live in any sub-package."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # src/casevault (or the installed casevault/)


def packaged_dir(kind: str) -> Path:
    """Where an installed package or a build keeps `kind` (forms, icons, fonts…); may not exist."""
    return _PACKAGE / "_ui" / kind


def ui_dir(kind: str) -> Path:
    """The folder of `kind`: inside the installed package if there, else at the repository's top."""
    packaged = packaged_dir(kind)
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / "ui" / kind
