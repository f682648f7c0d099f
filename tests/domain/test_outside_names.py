"""Names from outside: display names and file names checked by Unicode category, never paths."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.domain.errors import UnsafeName
from casevault.domain.outside_names import (
    FALLBACK_FILE_NAME,
    NameProblem,
    check_display_name,
    check_file_name,
    display_name_problem,
    file_name_problem,
    safe_file_name,
)

HOSTILE_CHARACTERS = {
    "\x00": NameProblem.CONTROL,
    "\n": NameProblem.CONTROL,
    "\t": NameProblem.CONTROL,
    "\x85": NameProblem.CONTROL,  # next line (C1)
    "\u2028": NameProblem.CONTROL,  # line separator
    "\u2029": NameProblem.CONTROL,  # paragraph separator
    "\u202e": NameProblem.INVISIBLE,  # right-to-left override
    "\u2066": NameProblem.INVISIBLE,  # left-to-right isolate
    "\u200e": NameProblem.INVISIBLE,  # left-to-right mark
    "\u061c": NameProblem.INVISIBLE,  # Arabic letter mark
    "\u200b": NameProblem.INVISIBLE,  # zero-width space
    "\u200d": NameProblem.INVISIBLE,  # zero-width joiner
    "\ufeff": NameProblem.INVISIBLE,  # byte order mark
    "\u00ad": NameProblem.INVISIBLE,  # soft hyphen
    "\U000e0041": NameProblem.INVISIBLE,  # tag character
    "\u00a0": NameProblem.SPACE,  # no-break space
    "\u3000": NameProblem.SPACE,  # ideographic space
    "\ue000": NameProblem.INVALID,  # private use
    "\ud800": NameProblem.INVALID,  # lone surrogate
    "\U000effff": NameProblem.INVALID,  # unassigned
}


def test_real_names_pass_unchanged() -> None:
    for name in ("Правозащитный центр «Выход»", "Berlin Transit e.V.", "Élodie N'Diaye"):
        assert check_display_name(name) == name
    for name in ("повестка 2024.pdf", "scan (1).JPG", "report-final_v2.docx"):
        assert check_file_name(name) == name
        assert safe_file_name(name) == name


@pytest.mark.parametrize(("character", "problem"), list(HOSTILE_CHARACTERS.items()))
def test_hostile_characters_are_refused_by_category(character: str, problem: NameProblem) -> None:
    name = f"Berlin{character}Transit"
    assert display_name_problem(name) is problem
    assert file_name_problem(name + ".pdf") is problem
    with pytest.raises(UnsafeName) as info:
        check_display_name(name)
    assert info.value.problem == problem.value
    assert file_name_problem(safe_file_name(name + ".pdf")) is None


@pytest.mark.parametrize(
    ("untrusted", "problem", "safe"),
    [
        ("../../.bashrc", NameProblem.PATH, "bashrc"),
        ("/etc/passwd", NameProblem.PATH, "passwd"),
        ("..\\..\\Windows\\win.ini", NameProblem.PATH, "win.ini"),
        ("C:evil.exe", NameProblem.PATH, "C_evil.exe"),
        ("..", NameProblem.PATH, FALLBACK_FILE_NAME),
        (".", NameProblem.PATH, FALLBACK_FILE_NAME),
        ("scan.pdf:hidden", NameProblem.RESERVED, "scan.pdf_hidden"),
        ("what?.pdf", NameProblem.RESERVED, "what_.pdf"),
        ("CON.txt", NameProblem.RESERVED, "_CON.txt"),
        ("nul", NameProblem.RESERVED, "_nul"),
        (".hidden", NameProblem.RESERVED, "hidden"),
        ("scan.pdf.", NameProblem.RESERVED, "scan.pdf"),
        ("scan.pdf ", NameProblem.RESERVED, "scan.pdf"),
        ("", NameProblem.EMPTY, FALLBACK_FILE_NAME),
        ("photo\u202egpj.exe", NameProblem.INVISIBLE, "photo_gpj.exe"),
        ("a" * 201, NameProblem.TOO_LONG, "a" * 200),
    ],
)
def test_paths_and_reserved_file_names(untrusted: str, problem: NameProblem, safe: str) -> None:
    assert file_name_problem(untrusted) is problem
    with pytest.raises(UnsafeName):
        check_file_name(untrusted)
    assert safe_file_name(untrusted) == safe
    assert file_name_problem(safe) is None


def test_safe_names_fit_any_file_system() -> None:
    long_cyrillic = "ж" * 200  # 400 bytes of UTF-8
    safe = safe_file_name(long_cyrillic)
    assert len(safe.encode()) <= 200
    assert file_name_problem(safe) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_name_becomes_a_safe_base_name(untrusted: str) -> None:
    safe = safe_file_name(untrusted)
    assert file_name_problem(safe) is None
    assert "/" not in safe
    assert "\\" not in safe
