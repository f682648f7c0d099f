"""Suggest the Latin name from the Cyrillic one (passport transliteration) and the other way.

A suggestion is offered, never written on its own: the group's "Use suggested … spelling"
button is enabled when there is one, its tooltip shows it, and pressing it copies it into the
EMPTY parts only. Text the person typed is never replaced (domain/passport_latin.py makes the
suggestions). Suggestions are not put in placeholders: a placeholder is read as interface
text (and a Latin name there would look like untranslated English to the language walk).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton

from casevault.domain.passport_latin import to_cyrillic, to_latin

Parts = Mapping[str, QLineEdit]


# A widget whose tooltip shows case data (a name), which the translation checks leave alone.
TOOLTIP_IS_DATA = "tooltipIsData"


class _Direction:
    """One way: read `source`, suggest into `target` with `convert`, offered by `button`."""

    def __init__(
        self,
        source: Parts,
        target: Parts,
        convert: Callable[[str], str],
        button: QPushButton,
    ) -> None:
        self.source, self.target, self.convert, self.button = source, target, convert, button

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
        self.button.setEnabled(bool(suggestions))
        self.button.setToolTip(" ".join(suggestions.values()))
        # The tooltip is the man's name itself (case data), not interface text to translate.
        self.button.setProperty(TOOLTIP_IS_DATA, True)
        self.button.setAccessibleDescription(" ".join(suggestions.values()))

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
        self._ways = (
            _Direction(cyrillic, latin, to_latin, to_latin_button),
            _Direction(latin, cyrillic, to_cyrillic, to_cyrillic_button),
        )
        for edit in (*cyrillic.values(), *latin.values()):
            edit.textChanged.connect(self.update)
        to_latin_button.clicked.connect(lambda: self._accept(0))
        to_cyrillic_button.clicked.connect(lambda: self._accept(1))
        self.update()

    def update(self, *_args: object) -> None:
        """Recompute which buttons are offered, and what each would fill in."""
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
