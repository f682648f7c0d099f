"""Every window and dialog fits the screen it opens on (a 1366×768 laptop at 125% scaling has
1093×614 logical pixels, less its task bar).

Dialogs ask for a comfortable size (`resize(760, 640)`); on a small screen that size would put
their buttons below the bottom edge. An application-wide event filter shrinks each top-level
window, as it is shown, to the screen's available area (never below the window's own minimum
size, which a layout must keep small enough: tests/gui/kit/test_screen_fit.py walks every screen at
that size) and moves it inside that area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

_PROPERTY = "casevault_screen_fit"


def available_area(widget: QWidget) -> QRect | None:
    """The part of `widget`'s screen that windows may use (None without a screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget) -> None:
    """Shrink `widget` (a window) to its screen's available area and move it inside."""
    area = available_area(widget)
    if area is None:
        return
    width = max(min(widget.width(), area.width()), widget.minimumWidth())
    height = max(min(widget.height(), area.height()), widget.minimumHeight())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    x = min(max(widget.x(), area.left()), max(area.right() - width + 1, area.left()))
    y = min(max(widget.y(), area.top()), max(area.bottom() - height + 1, area.top()))
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)


class ScreenFit(QObject):
    """Fits every top-level window to the screen as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On Show of a window: fit it. Events pass on unchanged."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            fit_to_screen(watched)
        return False


def install_screen_fit() -> None:
    """Install the filter on the application once (later calls do nothing)."""
    app = QApplication.instance()
    if app is None or app.property(_PROPERTY):
        return
    fitter = ScreenFit(app)
    app.installEventFilter(fitter)
    app.setProperty(_PROPERTY, True)
