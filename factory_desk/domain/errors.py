"""Errors the domain raises. Each carries a sentence for the user: an English template marked for
translation, and the values to put in it, so the GUI and the command line can show it in Russian."""

from __future__ import annotations


class FactoryDeskError(Exception):
    """An expected failure with a message fit to show to a coordinator as it is."""

    def __init__(self, message: str, **details: object) -> None:
        self.message = message
        self.details = details
        super().__init__(self.format(message))

    def format(self, template: str) -> str:
        """Fill the (possibly translated) template with this error's details."""
        try:
            return template.format(**self.details)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(FactoryDeskError):
    """Input that breaks a rule of the field (a bad ИНН, a group over its maximum…)."""

    def __init__(self, message: str, field: str | None = None, **details: object) -> None:
        self.field = field
        super().__init__(message, **details)


class DatabaseError(FactoryDeskError):
    """The database cannot be opened, upgraded, backed up or restored."""
