"""Qt's translator in the shape the state layer's wording takes (`bodymap.state.wording`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
