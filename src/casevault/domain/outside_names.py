"""Names that arrive from outside (a bundle, an identity card): checked before anything uses them.

Two kinds, one rule each (docs/spec/bundle-format.md, "Names from outside"):

* a DISPLAY NAME (an organisation, an evaluator, a role) is shown to people: it must be one
  line of visible text, so nothing in it can hide, reorder or fake other text on screen;
* a FILE NAME (an attachment) may be offered as the default name of a saved copy: on top of
  the display rules it must be a plain base name, never a path.

Characters are judged by their Unicode general category, not by a hand list: every control
(Cc, which includes NUL and newlines), format (Cf: bidi overrides and isolates, zero-width
characters, the byte order mark, soft hyphens...), line or paragraph separator (Zl, Zp),
surrogate, private-use or unassigned code point is refused, and so is any space but U+0020.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from casevault.domain.errors import UnsafeName

MAX_DISPLAY_NAME = 200  # the bound of every short text (domain/bounds.py MAX_SHORT_TEXT)
MAX_FILE_NAME = 200  # characters; a safe copy-out name is cut further to fit any file system
MAX_SAFE_FILE_NAME_BYTES = 200  # UTF-8 bytes: below the 255 of common file systems
FALLBACK_FILE_NAME = "attachment"

_REFUSED_CATEGORIES = {
    "Cc": "control",
    "Cf": "invisible",
    "Zl": "control",
    "Zp": "control",
    "Cs": "invalid",
    "Co": "invalid",
    "Cn": "invalid",
}
# Characters Windows refuses in file names (and ":" also names an NTFS stream or a drive).
_FILE_NAME_RESERVED = set('<>:"|?*')
_WINDOWS_DEVICE_NAMES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


class NameProblem(StrEnum):
    """Why a name from outside is refused. Values travel in errors; words are made at the edge."""

    EMPTY = "empty"  # nothing visible
    TOO_LONG = "too-long"
    CONTROL = "control"  # NUL, newline, tab and other controls, line/paragraph separators
    INVISIBLE = "invisible"  # bidi controls, zero-width and other format characters
    SPACE = "space"  # a space other than the ordinary one (U+0020)
    INVALID = "invalid"  # surrogate, private-use or unassigned code points
    PATH = "path"  # a separator, a drive, "." or "..": a path where a name belongs
    RESERVED = "reserved"  # characters or device names a file system refuses


def _character_problem(untrusted: str) -> NameProblem | None:
    for ch in untrusted:
        category = unicodedata.category(ch)
        refused = _REFUSED_CATEGORIES.get(category)
        if refused is not None:
            return NameProblem(refused)
        if category == "Zs" and ch != " ":
            return NameProblem.SPACE
    return None


def display_name_problem(untrusted: str) -> NameProblem | None:
    """What is wrong with a display name, or None if it is safe to show."""
    if not untrusted.strip():
        return NameProblem.EMPTY
    if len(untrusted) > MAX_DISPLAY_NAME:
        return NameProblem.TOO_LONG
    return _character_problem(untrusted)


def file_name_problem(untrusted: str) -> NameProblem | None:
    """What is wrong with an attachment's file name, or None if it is a safe base name."""
    if not untrusted.strip():
        return NameProblem.EMPTY
    if len(untrusted) > MAX_FILE_NAME:
        return NameProblem.TOO_LONG
    problem = _character_problem(untrusted)
    if problem is not None:
        return problem
    if "/" in untrusted or "\\" in untrusted or untrusted.strip() in {".", ".."}:
        return NameProblem.PATH
    if untrusted[1:2] == ":":
        return NameProblem.PATH  # a drive letter (C:evil.txt)
    if any(ch in _FILE_NAME_RESERVED for ch in untrusted):
        return NameProblem.RESERVED
    if untrusted.split(".")[0].strip().upper() in _WINDOWS_DEVICE_NAMES:
        return NameProblem.RESERVED
    if untrusted != untrusted.strip(" ") or untrusted.startswith(".") or untrusted.endswith("."):
        return NameProblem.RESERVED  # hidden files, and names Windows silently changes
    return None


def check_display_name(untrusted: str) -> str:
    """The name unchanged if it is safe to show; raises UnsafeName(problem) otherwise."""
    problem = display_name_problem(untrusted)
    if problem is not None:
        raise UnsafeName(problem.value)
    return untrusted


def check_file_name(untrusted: str) -> str:
    """The name unchanged if it is a safe base name; raises UnsafeName(problem) otherwise."""
    problem = file_name_problem(untrusted)
    if problem is not None:
        raise UnsafeName(problem.value)
    return untrusted


def safe_file_name(untrusted: str) -> str:
    """A safe base name made from any stored or received name: never a path, never hidden.

    Keeps only the last path component, replaces every refused or reserved character by
    "_", strips leading dots and spaces, cuts to MAX_SAFE_FILE_NAME_BYTES, and falls back to
    "attachment" if nothing is left. Always satisfies `file_name_problem(...) is None`.
    """
    last = untrusted.replace("\\", "/").rsplit("/", 1)[-1]
    kept = []
    for ch in unicodedata.normalize("NFC", last):
        category = unicodedata.category(ch)
        unsafe = category in _REFUSED_CATEGORIES or (category == "Zs" and ch != " ")
        kept.append("_" if unsafe or ch in _FILE_NAME_RESERVED else ch)
    name = "".join(kept).strip(" .")
    while len(name.encode("utf-8")) > MAX_SAFE_FILE_NAME_BYTES or len(name) > MAX_FILE_NAME:
        name = name[:-1]
    name = name.strip(" .")
    if not name:
        return FALLBACK_FILE_NAME
    if name.split(".")[0].strip().upper() in _WINDOWS_DEVICE_NAMES:
        name = "_" + name
    return name
