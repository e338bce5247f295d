"""Centre-wide settings of printed documents: the language sign-in sheets and session reports are worded in
(Russian, Latvian or English), kept in the database so every PC of a region prints the same."""

from __future__ import annotations

from sqlalchemy import select

from factory_desk.documents.words import DEFAULT_DOCUMENT_LANGUAGE, DOCUMENT_LANGUAGES
from factory_desk.domain.errors import ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import AuditEntry, Setting
from factory_desk.store.database import Database

__all__ = ["DOCUMENT_LANGUAGES", "DOCUMENT_LANGUAGE_KEY", "document_language", "set_document_language"]

DOCUMENT_LANGUAGE_KEY = "document_language"


def document_language(db: Database) -> str:
    """The language documents are printed in: ru (the default), lv or en."""
    with db.read() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == DOCUMENT_LANGUAGE_KEY))
    return value if value in DOCUMENT_LANGUAGES else DEFAULT_DOCUMENT_LANGUAGE


def set_document_language(db: Database, language: str, *, user_name: str = "") -> None:
    """Print documents in `language` from now on, on every PC (recorded in the audit log)."""
    if language not in DOCUMENT_LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Documents can be printed in Russian, Latvian or English, not in “{language}”."),
            field="document_language", language=language)
    with db.write() as session:
        setting = session.get(Setting, DOCUMENT_LANGUAGE_KEY, with_for_update=True)
        old = setting.value if setting is not None else DEFAULT_DOCUMENT_LANGUAGE
        if setting is None:
            session.add(Setting(key=DOCUMENT_LANGUAGE_KEY, value=language))
        else:
            setting.value = language
        if old != language:
            session.add(AuditEntry(action="setting_changed", entity="setting", user_name=user_name,
                                   details={"key": DOCUMENT_LANGUAGE_KEY, "from": old, "to": language}))
