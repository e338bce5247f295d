"""The app's icons, shipped as SVG files in resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from factory_desk.paths import resource_dir


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`, or an empty icon when the file is missing."""
    path = resource_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
