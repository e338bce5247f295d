"""The interface language: Qt translators for the GUI and for the command line's sentences.

English is the source language; Russian is complete; the system locale decides unless the user chose.
"""

from __future__ import annotations

import os

from factory_desk.paths import resource_dir
from factory_desk.preferences import LANGUAGES

_installed: list[object] = []  # keeps translators alive while installed


def system_language() -> str:
    """The user's language from the system, Russian when the system does not say (most users speak it).

    POSIX variables first (LANGUAGE may list several: "lv:en"); otherwise Qt's reading of the system
    locale, which on Windows is the user's regional setting. A "C"/"POSIX" locale says nothing.
    """
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith(("C.", "POSIX.")):
            code = value[:2].lower()
            return code if code in LANGUAGES else "ru"
    from PySide6.QtCore import QLocale

    code = QLocale.system().name()[:2].lower()
    return code if code in LANGUAGES else "ru"


def effective_language(chosen: str = "") -> str:
    return chosen if chosen in LANGUAGES else system_language()


def install_translators(language: str) -> str:
    """Install Factory Desk's and Qt's own translations (standard dialogs) for `language`."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    if QCoreApplication.instance() is None:  # the command line translates without a GUI
        _installed.append(QCoreApplication([]))
    for translator in [t for t in _installed if isinstance(t, QTranslator)]:
        QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]
    _installed[:] = [a for a in _installed if not isinstance(a, QTranslator)]
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    ours = QTranslator()
    if ours.load(str(resource_dir() / "translations" / f"factory_desk_{language}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return language


def translate(context: str, text: str) -> str:
    """Translate `text`; call it with literal strings so pyside6-lupdate collects them."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def error_text(error: BaseException) -> str:
    """A domain error as a sentence in the interface language."""
    from PySide6.QtCore import QCoreApplication

    from factory_desk.domain.errors import FactoryDeskError
    from factory_desk.domain.i18n import ERRORS

    if isinstance(error, FactoryDeskError):
        return error.format(QCoreApplication.translate(ERRORS, error.message))
    return str(error)
