"""Project rules as checks (as securedrop-client does with semgrep): no pickle anywhere, no
temporary files outside vault/, no untranslated literal text in a widget, no print() of data in
the library layers."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "casevault"
WIDGET_TEXT = re.compile(
    r"\b(setText|setWindowTitle|setPlaceholderText|setToolTip|setAccessibleName|addTab|"
    r"QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|addAction|addMenu)\(\s*"
    r"(?:[\w.]+,\s*)?\"[^\"]*[A-Za-z]{2,}[^\"]*\""
)
# Literal text that is not language: a recovery-code input mask, the armour's first line.
WIDGET_TEXT_ALLOWED = ("XXXX-XXXX", "-----BEGIN CASEVAULT BUNDLE-----")


def _sources(*parts: str) -> list[Path]:
    return sorted((SRC.joinpath(*parts)).rglob("*.py"))


def test_no_pickle_or_marshal() -> None:
    offenders = [
        str(p)
        for p in _sources()
        if re.search(r"^\s*(import|from)\s+(pickle|marshal)\b", p.read_text(), re.M)
    ]
    assert offenders == []


def test_temporary_files_only_in_the_vault_layer() -> None:
    offenders = [
        str(p.relative_to(SRC))
        for p in _sources()
        if "tempfile" in p.read_text() and p.relative_to(SRC).parts[0] != "vault"
    ]
    assert offenders == []


def test_no_untranslated_literal_in_a_widget() -> None:
    offenders = []
    for path in _sources("gui"):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if WIDGET_TEXT.search(line) and not any(ok in line for ok in WIDGET_TEXT_ALLOWED):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


def test_no_print_below_the_edges() -> None:
    """Only cli/ writes to the terminal (through click); a stray print could leak case data."""
    offenders = []
    for layer in ("crypto", "vault", "domain", "exchange", "services", "gui"):
        for path in _sources(layer):
            if re.search(r"^\s*print\(", path.read_text(), re.M):
                offenders.append(str(path.relative_to(SRC)))
    assert offenders == []
