"""Where Factory Desk keeps its files: the user's data, logs and settings (platformdirs), and the
resources shipped with it (fonts, translations, icons) in a source tree, a wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

APP_NAME = "FactoryDesk"
APP_AUTHOR = "FactoryDesk"


def _dirs():  # platformdirs is imported only when a folder is asked for
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def log_dir() -> Path:
    return Path(_dirs().user_log_dir)


def default_database_file() -> Path:
    return data_dir() / "factory-desk.sqlite"


@cache
def resource_dir() -> Path:
    """The folder with fonts/, translations/ and icons/."""
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",  # installed wheel: resources/ is packed inside the package
        here.parent / "resources",  # source tree
    ]
    if bundle := getattr(sys, "_MEIPASS", None):  # PyInstaller
        candidates.insert(0, Path(bundle) / "resources")
    for folder in candidates:
        if (folder / "translations").is_dir():
            return folder
    raise FileNotFoundError("The resources folder of Factory Desk is missing; please reinstall the app.")


def font_files() -> dict[str, Path]:
    fonts = resource_dir() / "fonts"
    return {"regular": fonts / "DejaVuSans.ttf", "bold": fonts / "DejaVuSans-Bold.ttf"}
