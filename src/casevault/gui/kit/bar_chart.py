"""A bar chart painted with QPainter: the dashboard's only kind of chart.

Why not QtCharts: it lives in the PySide6-Addons wheel (about 150 MB installed) and the
dashboard needs four plain bar charts with whole-number axes. Painting them here keeps the GUI
install within the Essentials wheel plus the small PDF add-on (docs/dependencies.md, "A lean
install"). The chart holds only numbers and short labels, never case data.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from casevault.gui.kit.colours import AXIS, GRID, LABEL

_GAP = 6  # pixels between the parts of the chart (title, labels, plot)
_LABEL_COLOUR = LABEL


def integer_ticks(largest: int) -> tuple[int, int]:
    """(step, number of steps) for an axis from 0 that shows whole numbers only and leaves
    room above the tallest bar for its label: a step of 1, 2 or 5 times a power of ten."""
    target = largest * 1.15 + 1
    power = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * power
            if step * 5 >= target:
                return step, max(1, math.ceil(target / step))
        power *= 10


class BarChart(QWidget):
    """One bar chart with a whole-number value axis starting at 0.

    `values` keeps what is shown ([(label, count)], first value first), for tests and for
    screen readers, which also get the title as accessible name and the description.
    """

    def __init__(self, title: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.values: list[tuple[str, int]] = []
        self.horizontal = False
        self.axis_title = ""
        self.scale: tuple[int, int] = integer_ticks(0)
        self._colour = QColor(colour)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def show_counts(
        self,
        values: list[tuple[str, int]],
        description: str,
        horizontal: bool = False,
        axis_title: str = "",
    ) -> None:
        """Replace the bars with `values` ([(label, count)]), first value first (at the left,
        or at the top of horizontal bars, which leave room for long labels)."""
        self.values = list(values)
        self.horizontal = horizontal
        self.axis_title = axis_title
        self.scale = integer_ticks(max([count for _, count in values] + [1]))
        self.setAccessibleDescription(description)
        self.update()

    def clear(self) -> None:
        """Drop the bars (locking)."""
        self.values = []
        self.update()

    # --- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(_GAP, _GAP, -_GAP, -_GAP)
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        title_height = painter.fontMetrics().height()
        painter.setPen(QColor(_LABEL_COLOUR))
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), title_height),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        painter.setFont(self.font())
        area.setTop(area.top() + title_height + _GAP)
        if self.values:
            if self.horizontal:
                self._paint_horizontal(painter, area)
            else:
                self._paint_vertical(painter, area)
        painter.end()

    def _paint_vertical(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        step, ticks = self.scale
        top_value = step * ticks
        axis_width = metrics.horizontalAdvance(str(top_value)) + _GAP
        bottom_room = line + _GAP + (line + _GAP if self.axis_title else 0)
        plot = QRectF(
            area.left() + axis_width, area.top(), area.width() - axis_width, area.height()
        ).adjusted(0, 0, 0, -bottom_room)
        self._paint_value_grid(painter, plot, vertical=True)
        slot = plot.width() / len(self.values)
        painter.setPen(QColor(_LABEL_COLOUR))
        for index, (label, count) in enumerate(self.values):
            height = plot.height() * count / top_value
            left = plot.left() + index * slot
            bar = QRectF(left + slot * 0.15, plot.bottom() - height, slot * 0.7, height)
            painter.fillRect(bar, self._colour)
            painter.drawText(
                QRectF(left, bar.top() - line, slot, line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                str(count),
            )
            painter.drawText(
                QRectF(left, plot.bottom() + _GAP / 2, slot, line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
            )
        if self.axis_title:
            painter.drawText(
                QRectF(plot.left(), area.bottom() - line, plot.width(), line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                self.axis_title,
            )

    def _paint_horizontal(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        step, ticks = self.scale
        top_value = step * ticks
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _ in self.values) + _GAP,
            area.width() * 0.45,
        )
        plot = QRectF(
            area.left() + label_width,
            area.top(),
            area.width() - label_width - _GAP,
            area.height() - line - _GAP,
        )
        self._paint_value_grid(painter, plot, vertical=False)
        slot = plot.height() / len(self.values)
        painter.setPen(QColor(_LABEL_COLOUR))
        for index, (label, count) in enumerate(self.values):
            top = plot.top() + index * slot
            width = plot.width() * count / top_value
            bar = QRectF(plot.left(), top + slot * 0.15, width, slot * 0.7)
            painter.fillRect(bar, self._colour)
            painter.drawText(
                QRectF(bar.right() + _GAP / 2, top, plot.right() - bar.right(), slot),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(count),
            )
            painter.drawText(
                QRectF(area.left(), top, label_width - _GAP, slot),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - _GAP)),
            )

    def _paint_value_grid(self, painter: QPainter, plot: QRectF, vertical: bool) -> None:
        """Grid lines and whole-number tick labels of the value axis."""
        metrics = painter.fontMetrics()
        step, ticks = self.scale
        painter.setPen(QPen(QColor(GRID), 1))
        for tick in range(ticks + 1):
            fraction = tick / ticks
            text = str(tick * step)
            if vertical:
                y = plot.bottom() - plot.height() * fraction
                painter.setPen(QPen(QColor(GRID), 1))
                painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
                painter.setPen(QColor(_LABEL_COLOUR))
                painter.drawText(
                    QRectF(0, y - metrics.height() / 2, plot.left() - _GAP / 2, metrics.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    text,
                )
            else:
                x = plot.left() + plot.width() * fraction
                painter.setPen(QPen(QColor(GRID), 1))
                painter.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))
                painter.setPen(QColor(_LABEL_COLOUR))
                width = metrics.horizontalAdvance(text)
                painter.drawText(
                    QRectF(x - width, plot.bottom() + _GAP / 2, width * 2, metrics.height()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    text,
                )
        painter.setPen(QPen(QColor(AXIS), 1))
        if vertical:
            painter.drawLine(
                int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
            )
        else:
            painter.drawLine(
                int(plot.left()), int(plot.top()), int(plot.left()), int(plot.bottom())
            )
