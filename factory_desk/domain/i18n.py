"""Marks English sentences for translation without importing Qt.

`pyside6-lupdate` collects every `QT_TRANSLATE_NOOP("Context", "text")` call into the .ts sources;
the GUI and the command line translate the sentence when they show it.
"""

from __future__ import annotations

ERRORS = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
