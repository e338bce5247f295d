"""Type sizes shared by every page, scaled from the user's own font so large system fonts stay large."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    else:  # a font set in pixels
        result.setPixelSize(round(result.pixelSize() * factor))
    result.setBold(bold)
    return result


def make_title(label: QLabel) -> None:
    """The page's heading: larger and bold."""
    label.setFont(scaled(label.font(), 1.6, bold=True))

