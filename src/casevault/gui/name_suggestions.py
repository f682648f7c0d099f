"""Suggest the Latin name from the Cyrillic one (passport transliteration) and the other way.

A suggestion is shown, never written on its own: an empty part shows it greyed as its
placeholder, and the group's "Use suggestion" button copies it into the EMPTY parts only.
Text the person typed is never replaced (domain/passport_latin.py makes the suggestions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton

from casevault.domain.passport_latin import to_cyrillic, to_latin

Parts = Mapping[str, QLineEdit]


class _Direction:
    """One way: read `source`, suggest into `target` with `convert`, offered by `button`."""

    def __init__(
        self,
        source: Parts,
        target: Parts,
        convert: Callable[[str], str],
        button: QPushButton,
        placeholders: Mapping[str, str],
    ) -> None:
        self.source, self.target, self.convert, self.button = source, target, convert, button
        self.placeholders = placeholders

    def suggestions(self) -> dict[str, str]:
        """{part: suggested text} for the target parts that are empty."""
        found = {}
        for part, edit in self.target.items():
            typed = self.source[part].text().strip()
            if typed and not edit.text().strip():
                found[part] = self.convert(typed)
        return found

    def update(self) -> None:
        suggestions = self.suggestions()
        for part, edit in self.target.items():
            edit.setPlaceholderText(suggestions.get(part, self.placeholders.get(part, "")))
        self.button.setEnabled(bool(suggestions))
        self.button.setToolTip(" ".join(suggestions.values()))

    def accept(self) -> bool:
        suggestions = self.suggestions()
        for part, text in suggestions.items():
            self.target[part].setText(text)
        return bool(suggestions)


class NameSuggestions(QObject):
    """Keeps both groups' suggestions current; emits `accepted` when a button filled parts."""

    accepted = Signal()

    def __init__(
        self,
        cyrillic: Parts,
        latin: Parts,
        to_latin_button: QPushButton,
        to_cyrillic_button: QPushButton,
    ) -> None:
        super().__init__(to_latin_button)
        keep = {part: edit.placeholderText() for part, edit in (*cyrillic.items(), *latin.items())}
        self._ways = (
            _Direction(cyrillic, latin, to_latin, to_latin_button, keep),
            _Direction(latin, cyrillic, to_cyrillic, to_cyrillic_button, keep),
        )
        for edit in (*cyrillic.values(), *latin.values()):
            edit.textChanged.connect(self.update)
        to_latin_button.clicked.connect(lambda: self._accept(0))
        to_cyrillic_button.clicked.connect(lambda: self._accept(1))
        self.update()

    def update(self, *_args: object) -> None:
        """Recompute the placeholders and which buttons are offered."""
        for way in self._ways:
            way.update()

    def latin_suggestions(self) -> dict[str, str]:
        """What "Use suggestion" would put into the empty Latin parts."""
        return self._ways[0].suggestions()

    def cyrillic_suggestions(self) -> dict[str, str]:
        """What "Use suggestion" would put into the empty Cyrillic parts."""
        return self._ways[1].suggestions()

    def _accept(self, which: int) -> None:
        if self._ways[which].accept():
            self.update()
            self.accepted.emit()
