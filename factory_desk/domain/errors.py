"""Errors the domain raises. Each carries a sentence for the user: an English template marked for
translation, and the values to put in it, so the GUI and the command line can show it in Russian."""

from __future__ import annotations

from collections.abc import Callable


class FactoryDeskError(Exception):
    """An expected failure with a message fit to show to a coordinator as it is."""

    def __init__(self, message: str, **details: object) -> None:
        self.message = message
        self.details = details
        super().__init__(self.format(message))

    def format(self, template: str, label: Callable[[str], str] | None = None) -> str:
        """Fill the (possibly translated) template with this error's details; `label` translates the details
        that are `Label`s (a status, a category)."""
        details = {key: label(value) if label is not None and isinstance(value, Label) else value
                   for key, value in self.details.items()}
        try:
            return template.format(**details)
        except (KeyError, IndexError, ValueError):
            return template


class Label(str):
    """A detail of an error that is a word of the "Labels" context (marked with QT_TRANSLATE_NOOP there):
    it is shown in the user's language inside the sentence."""

    __slots__ = ()


class ValidationError(FactoryDeskError):
    """Input that breaks a rule of the field (a bad ИНН, a group over its maximum…)."""

    def __init__(self, message: str, field: str | None = None, **details: object) -> None:
        self.field = field
        super().__init__(message, **details)


class DatabaseError(FactoryDeskError):
    """The database cannot be opened, upgraded, backed up or restored."""
