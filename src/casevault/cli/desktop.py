"""Reach the desktop app's entry points from the CLI without importing it.

The desktop app is a peer of the CLI, not a layer below it: the CLI reaches it only by name,
at run time, because it is an optional extra (a CLI-only install has no PySide6). Nothing in
cli/ imports gui/ and nothing in gui/ imports cli/ (the import-linter contract checks both).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any, cast

DESKTOP_PACKAGE = "casevault.gui"


def desktop_available() -> bool:
    """True when the desktop part (PySide6 and casevault.gui) is installed."""
    return (
        importlib.util.find_spec("PySide6") is not None
        and importlib.util.find_spec(DESKTOP_PACKAGE) is not None
    )


def desktop_entry(module: str, name: str) -> Callable[..., Any]:
    """One entry function of the desktop app (`module` under gui/), loaded only when asked for."""
    loaded = importlib.import_module(f"{DESKTOP_PACKAGE}.{module}")
    return cast(Callable[..., Any], getattr(loaded, name))
