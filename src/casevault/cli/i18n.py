"""Translatable CLI text via gettext (catalogs under casevault/locale, domain "casevault")."""

from __future__ import annotations

import gettext
from pathlib import Path

_LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
_translation = gettext.translation("casevault", localedir=_LOCALE_DIR, fallback=True)


def _(message: str) -> str:
    """Translate `message` into the user's language (LANGUAGE/LC_ALL/LANG), English otherwise."""
    return _translation.gettext(message)
