"""How the app looks to the person using it: the size of the text, high contrast, motion.

The stylesheets (assets/*.qss) give font sizes in `em` of the system's font, which Qt's
style sheets do not know: `stylesheet` turns them into points, so the text follows the
system's font size and scale factor and the person's text size (View ▸ Text size) alike.
High contrast follows the system's preference (Qt's accessibility hints) unless the person
forces it on or off; it adds assets/high-contrast.qss and the figure's high-contrast palette.
See docs/accessibility.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from bodymap.resources import asset
from bodymap.ui import palette

TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)  # View ▸ Text size
CONTRASTS = ("system", "high", "normal")  # View ▸ High contrast: follow, force on, force off


@dataclass(frozen=True)
class Look:
    text_scale: float = 1.0
    contrast: str = "system"
    reduced_motion: bool = False

    @property
    def high_contrast(self) -> bool:
        if self.contrast == "system":
            return system_high_contrast()
        return self.contrast == "high"


def system_high_contrast() -> bool:
    style_hints = QGuiApplication.styleHints()  # held: the accessibility hints belong to it
    preference = style_hints.accessibility().contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


_system_font: QFont | None = None  # the platform's font, before any text size was applied


def system_font() -> QFont:
    global _system_font
    if _system_font is None:
        _system_font = QFont(QApplication.font())
    return _system_font


def base_points() -> float:
    """The system font's size in points (a pixel-sized font converted at 96 dpi)."""
    font = system_font()
    return font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75


def expand(sheet: str, scale: float = 1.0) -> str:
    """`sheet` with each `N em` as points of the system's font times `scale`."""
    base = base_points() * scale
    return re.sub(r"(\d+(?:\.\d+)?)em\b", lambda m: f"{float(m.group(1)) * base:.1f}pt", sheet)


def stylesheet(look: Look, kiosk: bool = False) -> str:
    names = ["style.qss"]
    if kiosk:
        names.append("kiosk.qss")
    if look.high_contrast:
        names.append("high-contrast.qss")
    sheets = (asset(name) for name in names)
    text = "\n".join(s.read_text(encoding="utf-8") for s in sheets if s.is_file())
    return expand(text, look.text_scale)


def apply(app: QApplication, look: Look, kiosk: bool = False) -> None:
    """The look in force: the application's font (what no stylesheet sizes: menus, labels,
    dialogs), the stylesheet and the figure's palette. A window built before keeps its
    figure's colours until it is built again."""
    font = QFont(system_font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * look.text_scale)
    else:
        font.setPixelSize(round(font.pixelSize() * look.text_scale))
    app.setFont(font)
    palette.use_high_contrast(look.high_contrast)
    app.setStyleSheet(stylesheet(look, kiosk))
