"""Marks English sentences for translation without importing Qt.

`pyside6-lupdate` collects every `QT_TRANSLATE_NOOP("Context", "text")` call into the .ts sources;
the GUI and the command line translate the sentence when they show it. lupdate reads only a literal
context: write `QT_TRANSLATE_NOOP("Errors", ...)`, never a constant in its place.
"""

from __future__ import annotations

ERRORS = "Errors"  # the context of domain errors, for the code that translates them


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
