"""The interface language: Qt translators for the GUI and for the command line's sentences.

English is the source language; Russian is complete; the system locale decides unless the user chose.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from factory_desk.paths import resource_dir
from factory_desk.preferences import LANGUAGES

if TYPE_CHECKING:  # Qt is imported only when a language is installed
    from PySide6.QtCore import QTranslator

    from factory_desk.exchange.people_file import Problem

_installed: list[QTranslator] = []  # the loaded translators, kept alive while in use


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
    """Load Factory Desk's and Qt's own translations (standard dialogs) for `language`.

    With a running Qt application they are installed into it, so every widget retranslates. Without one
    (the command line) `translate` asks them directly: creating a QCoreApplication here would stop the
    command line from opening the GUI afterwards (Qt allows one application object per process).
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    ours = QTranslator()
    if ours.load(str(resource_dir() / "translations" / f"factory_desk_{language}.qm")):
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    if app is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    return language


def translate(context: str, text: str) -> str:
    """Translate `text`; call it with literal strings so pyside6-lupdate collects them."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text)
    for translator in _installed:
        if found := translator.translate(context, text):
            return str(found)
    return text


def problem_text(problem: Problem) -> str:
    """A problem found in an imported row as a sentence in the interface language."""
    from factory_desk.domain.i18n import ERRORS

    return problem.format(translate(ERRORS, problem.template))


def error_text(error: BaseException) -> str:
    """A domain error as a sentence in the interface language."""
    from factory_desk.domain.errors import FactoryDeskError
    from factory_desk.domain.i18n import ERRORS

    if isinstance(error, FactoryDeskError):
        return error.format(translate(ERRORS, error.message), lambda word: translate("Labels", word))
    return str(error)
