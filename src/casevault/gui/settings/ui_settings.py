"""The few things the app remembers between runs: window geometry, language, auto-lock time.

Nothing else goes into QSettings: no case data, no vault contents, no search text, no recent
case ids. (QSettings is plain text or the registry, outside the encrypted vault.)
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from casevault.gui.safety.idle_lock import DEFAULT_MINUTES

_GEOMETRY = "window/geometry"
_LANGUAGE = "ui/language"
_AUTOLOCK = "ui/autolock_minutes"


class UiSettings:
    """Typed access to the non-sensitive UI settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("CaseVault", "CaseVault")

    def geometry(self) -> QByteArray | None:
        """The saved main window geometry."""
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the main window geometry."""
        self._store.setValue(_GEOMETRY, geometry)

    def language(self) -> str | None:
        """The chosen language code, or None for the system's."""
        value = self._store.value(_LANGUAGE)
        return str(value) if value else None

    def set_language(self, code: str) -> None:
        """Remember the language (used at the next start)."""
        self._store.setValue(_LANGUAGE, code)

    def autolock_minutes(self) -> int:
        """Minutes without input before the vault locks (0: never)."""
        try:
            return max(int(str(self._store.value(_AUTOLOCK, DEFAULT_MINUTES))), 0)
        except (TypeError, ValueError):
            return DEFAULT_MINUTES

    def set_autolock_minutes(self, minutes: int) -> None:
        """Remember the auto-lock time."""
        self._store.setValue(_AUTOLOCK, int(minutes))

    def sync(self) -> None:
        """Write to disk now."""
        self._store.sync()
