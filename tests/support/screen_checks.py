"""What a person must never see on a screen of the app, checked on live widgets.

Used by tests/support/fit_walk.py (the walk at 1366×768, 125%). Each check returns findings as
short strings "<what>: <text>", empty when the window is right:

- `raw_values`: a code where words belong ("evaluation.finalise", "in_hiding", "high",
  "standard", "caseworker", "KiB") in any text, table header, cell, combo box item or tooltip,
  and English words on a Russian or French screen outside the texts that
  test_translation_walk.py already compares;
- `too_large`: a window or dialog larger than the screen, or one whose layout cannot shrink to
  it;
- `truncated`: a label, button or column header whose text does not fit and has no tooltip, and
  a table cell cut short without a tooltip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeView,
    QWidget,
)

from casevault.domain.case import CaseStatus, Risk, ServiceType

# Codes of fixed lists that reach the screen only as words.
ENUM_VALUES = frozenset(
    {s.value for s in CaseStatus}
    | {r.value for r in Risk}
    | {t.value for t in ServiceType}
    | {"standard", "full", "minimal", "caseworker", "KiB", "MiB", "GiB", "kB"}
)
# dotted or underscored codes: evaluation.finalise, consent_override, in_hiding
CODE = re.compile(r"(?<![\w@/.-])[a-z]+(?:[._][a-z]+)+(?![\w@/-]|\.\w)")
# A short list of English words that no Russian or French screen shows (word boundaries).
ENGLISH = re.compile(
    r"\b(?:the|and|of|with|case|cases|status|risk|partner|partners|bundle|laptop|"
    r"vault|key|keys|save|open|close|cancel|print|help|about|search|none|entry|entries|"
    r"who|what|when|record|shown|new|file|yes|no)\b",
    re.IGNORECASE,
)
ALLOWED = re.compile(
    r"CaseVault|Demo Transit Network|Evaluator [AB]|GPL-3\.0-or-later|README\.md|Caps Lock|"
    r"\b(?:Ctrl|Shift|Alt|Del|Enter|Esc)\b|\bF\d+\b|\b[A-Z]{2,4}\b|"
    r"\b[A-Z0-9]{4}(?:-[A-Z0-9]{4})+\b|X{4}"  # recovery codes and their placeholder
)
MAX_ROWS = 12  # cells checked per table: enough to meet every kind of value


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text.replace("&&", "\0").replace("&", "")).replace("\0", "&")


def _shown(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and widget.width() > 0:
            yield widget


def _cells(view: QAbstractItemView) -> Iterator[tuple[QModelIndex, str, str]]:
    model = view.model()
    if model is None:
        return
    try:  # a list model's columnCount is private in Qt's bindings: it has one column
        columns = model.columnCount(QModelIndex())
    except TypeError:
        columns = 1

    def walk(parent: QModelIndex, budget: list[int]) -> Iterator[tuple[QModelIndex, str, str]]:
        for row in range(model.rowCount(parent)):
            if budget[0] <= 0:
                return
            budget[0] -= 1
            for column in range(columns):
                index = model.index(row, column, parent)
                text = model.data(index, Qt.ItemDataRole.DisplayRole)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(text, str) and text:
                    yield index, text, tip if isinstance(tip, str) else ""
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first):
                yield from walk(first, budget)

    yield from walk(QModelIndex(), [MAX_ROWS])


def _headers(view: QAbstractItemView) -> Iterator[tuple[QHeaderView, int, str, str]]:
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    model = view.model()
    if header is None or model is None:
        return
    bar = header()
    if not bar.isVisible():
        return
    try:
        sections = model.columnCount(QModelIndex())
    except TypeError:
        sections = 1
    for section in range(sections):
        if bar.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if isinstance(text, str) and text:
            yield bar, section, text, tip if isinstance(tip, str) else ""


def _texts(window: QWidget) -> Iterator[tuple[str, str, bool]]:
    """(where, text, is_data) of everything readable on `window`; data cells may hold names."""
    yield "title", window.windowTitle(), False
    for widget in _shown(window):
        kind = type(widget).__name__
        if widget.toolTip():
            # a widget may say its tooltip is case data (a suggested spelling of his name)
            yield f"{kind} tooltip", widget.toolTip(), bool(widget.property("tooltipIsData"))
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield kind, widget.text(), False
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title(), False
        elif isinstance(widget, QComboBox):
            for item in range(widget.count()):
                yield f"{kind} item", widget.itemText(item), False
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for _bar, _section, text, tip in _headers(widget):
                yield f"{kind} header", text, False
                yield f"{kind} header tooltip", tip, False
            for _index, text, tip in _cells(widget):
                yield f"{kind} cell", text, True
                yield f"{kind} cell tooltip", tip, True


def raw_values(window: QWidget, language: str) -> list[str]:
    """Codes anywhere, and English words in the texts of a Russian or French screen."""
    found: list[str] = []
    for where, text, is_data in _texts(window):
        plain = ALLOWED.sub(" ", _plain(text))
        if not plain.strip():
            continue
        # a code shows as a whole segment ("high", "intake → screening"), never inside prose
        parts = {part.strip() for part in re.split(r"[→—,;:()\n•]", plain)}
        if CODE.search(plain) or parts & ENUM_VALUES or (not is_data and _foreign(plain, language)):
            found.append(f"{where}: {text}")
    return found


def _foreign(plain: str, language: str) -> bool:
    """English left in a text of a Russian or French screen."""
    if language == "ru":
        return bool(re.search(r"[A-Za-z]{2,}", plain))
    if language == "fr":
        return bool(ENGLISH.search(plain)) and not re.search(r"[À-ÿ]", plain)
    return False


def too_large(window: QWidget, width: int, height: int) -> list[str]:
    """The window, or what its layout needs at least, does not fit `width`×`height`."""
    found = []
    size, least = window.size(), window.minimumSizeHint()
    if size.width() > width or size.height() > height:
        found.append(f"window {size.width()}×{size.height()} > {width}×{height}")
    if least.width() > width or least.height() > height:
        found.append(f"layout needs {least.width()}×{least.height()} > {width}×{height}")
    return found


def truncated(window: QWidget) -> list[str]:
    """Labels, buttons, headers and cells whose text is cut and that have no tooltip."""
    found = []
    for widget in _shown(window):
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and not widget.wordWrap():
            text = widget.text()
            if not text or widget.textFormat() == Qt.TextFormat.RichText or "<" in text:
                continue
            for line in _plain(text).split("\n"):
                if metrics.horizontalAdvance(line) > widget.contentsRect().width() + 1:
                    if not widget.toolTip():
                        found.append(f"label: {line}")
                    break
        elif isinstance(widget, QAbstractButton) and widget.text():
            icon = 0 if widget.icon().isNull() else widget.iconSize().width()
            room = widget.contentsRect().width() - icon
            if metrics.horizontalAdvance(_plain(widget.text())) > room and not widget.toolTip():
                found.append(f"button: {widget.text()}")
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for bar, section, text, tip in _headers(widget):
                margin = bar.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, bar)
                needed = bar.fontMetrics().horizontalAdvance(text) + 2 * margin
                if needed > bar.sectionSize(section) and not tip:
                    found.append(f"header: {text}")
            for index, text, tip in _cells(widget):
                if index.parent().isValid() or tip:
                    continue
                rect = widget.visualRect(index)
                if rect.isEmpty():
                    continue
                first = text.split("\n")[0]
                # cut by the column's width, or shortened by our code ("…") without the whole
                if metrics.horizontalAdvance(first) + 6 > rect.width() or first.endswith(" …"):
                    found.append(f"cell: {first}")
    return found
