"""Certificate designs kept in the database, so every PC of a shared server prints the same: the definition
(organiser, title, body with {fields}, signatories, language — the JSON of documents.certificate's
`TemplateDefinition`) and its images (logo, artwork, signatures, seal).

The default design is created on first use from the shipped `DEFAULT_DEFINITION`. A design that certificates
were issued with cannot be deleted: a reprint takes its images from it (the texts are in each certificate's
snapshot).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import AuditEntry, Certificate, CertificateTemplate, DocumentLanguage, TemplateAsset
from factory_desk.domain.text import normalize_spaces
from factory_desk.store.database import Database

__all__ = [
    "ASSET_KINDS", "DEFAULT_TEMPLATE_NAME", "LANGUAGES", "TemplateAssetInfo", "TemplateError", "TemplateInfo",
    "copy_template", "default_template", "delete_template", "remove_asset", "save_template", "set_asset",
    "set_default_template", "template", "template_assets", "template_row", "templates",
]

# The shipped design's name, in the language of its text (a stored name, the same on every PC).
DEFAULT_TEMPLATE_NAMES = {"ru": "Основной макет", "lv": "Pamata makets", "en": "Default"}
DEFAULT_TEMPLATE_NAME = DEFAULT_TEMPLATE_NAMES["ru"]
LANGUAGES = tuple(language.value for language in DocumentLanguage)
ASSET_KINDS = ("logo", "artwork", "signature", "seal")


class TemplateError(FactoryDeskError):
    """A certificate design that cannot be found, saved or deleted as asked."""


@dataclass(frozen=True)
class TemplateAssetInfo:
    name: str
    kind: str  # logo, artwork, signature or seal
    mime_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    language: str  # ru, lv, en, ru+en or lv+en
    is_default: bool
    definition: dict[str, Any]  # TemplateDefinition's JSON, its "language" equal to `language`
    assets: tuple[TemplateAssetInfo, ...]
    certificates: int  # issued (or voided) with this design: it cannot be deleted while any exist
    updated_at: dt.datetime


def _default_definition() -> dict[str, Any]:
    from factory_desk.documents.certificate import DEFAULT_DEFINITION

    return dict(DEFAULT_DEFINITION.to_json())



def _info(session: Session, row: CertificateTemplate) -> TemplateInfo:
    assets = tuple(TemplateAssetInfo(a.name, a.kind, a.mime_type, len(a.data), hashlib.sha256(a.data).hexdigest())
                   for a in sorted(row.assets, key=lambda a: a.name))
    used = session.scalar(select(func.count()).select_from(Certificate).where(Certificate.template_id == row.id)) or 0
    return TemplateInfo(row.id, row.name, row.language, row.is_default, {**row.definition, "language": row.language},
                        assets, int(used), row.updated_at)


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A certificate can be printed in Russian, Latvian, English, Russian and English, or Latvian and "
                      "English, not in “{language}”."), field="language", language=language)
    return language


def _default_row(session: Session) -> CertificateTemplate | None:
    return session.scalar(select(CertificateTemplate).where(CertificateTemplate.is_default.is_(True))
                          .order_by(CertificateTemplate.id).limit(1))


def default_template(session: Session, *, user_name: str = "") -> CertificateTemplate:
    """The default design, inside the caller's unit of work; created from the shipped definition when the centre
    has none yet."""
    row = _default_row(session)
    if row is not None:
        return row
    # Two PCs issuing the first certificates at once must not both create the default (PostgreSQL; SQLite's
    # writers already queue).
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE certificate_template IN SHARE ROW EXCLUSIVE MODE"))
        if (row := _default_row(session)) is not None:
            return row
    row = session.scalar(select(CertificateTemplate).order_by(CertificateTemplate.id).limit(1))
    if row is not None:  # designs exist, none chosen: the oldest becomes the default
        row.is_default = True
        return row
    definition = _default_definition()
    language = definition.get("language") if definition.get("language") in LANGUAGES else DocumentLanguage.RU.value
    name = DEFAULT_TEMPLATE_NAMES.get(language.split("+")[0], DEFAULT_TEMPLATE_NAME)
    row = CertificateTemplate(name=name, language=language, definition=definition, is_default=True)
    session.add(row)
    session.flush()
    session.add(AuditEntry(action="certificate_template_created", entity="certificate_template", entity_id=row.id,
                           user_name=user_name, details={"name": row.name, "shipped_default": True}))
    return row


def template_row(session: Session, template_id: int | None, *, user_name: str = "") -> CertificateTemplate:
    """The design `template_id`, or the default one when None."""
    if template_id is None:
        return default_template(session, user_name=user_name)
    row = session.get(CertificateTemplate, template_id)
    if row is None:
        raise TemplateError(QT_TRANSLATE_NOOP("Errors", "There is no certificate design with the number {id}."),
                            id=template_id)
    return row


def templates(db: Database, *, user_name: str = "") -> list[TemplateInfo]:
    """Every design, the default first, then by name (the default is created if there is none)."""
    with db.write() as session:
        default_template(session, user_name=user_name)
        rows = session.scalars(select(CertificateTemplate).order_by(CertificateTemplate.is_default.desc(),
                                                                    CertificateTemplate.name))
        return [_info(session, row) for row in rows]


def template(db: Database, template_id: int | None = None, *, user_name: str = "") -> TemplateInfo:
    """One design (the default when `template_id` is None)."""
    with db.write() as session:
        return _info(session, template_row(session, template_id, user_name=user_name))


def template_assets(db: Database, template_id: int | None = None) -> dict[str, bytes]:
    """The images of a design by name, as `certificate_pdf` takes them."""
    with db.write() as session:
        row = template_row(session, template_id)
        return {a.name: a.data for a in row.assets}


def _unique_name(session: Session, name: str, template_id: int | None) -> str:
    name = normalize_spaces(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the certificate design a name."), field="name")
    other = session.scalar(select(CertificateTemplate.id).where(CertificateTemplate.name == name))
    if other is not None and other != template_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is already a certificate design named “{name}”."),
                              field="name", name=name)
    return name


def save_template(db: Database, *, name: str, definition: dict[str, Any], language: str,
                  template_id: int | None = None, user_name: str = "") -> TemplateInfo:
    """Create a design (`template_id` None) or change one. Certificates already issued keep what they were
    printed with."""
    _check_language(language)
    with db.write() as session:
        if template_id is None:
            first = session.scalar(select(func.count()).select_from(CertificateTemplate)) == 0
            row = CertificateTemplate(name=_unique_name(session, name, None), language=language, is_default=first)
            session.add(row)
            action = "certificate_template_created"
        else:
            found = session.get(CertificateTemplate, template_id, with_for_update=True)
            if found is None:
                raise TemplateError(QT_TRANSLATE_NOOP(
                    "Errors", "There is no certificate design with the number {id}."), id=template_id)
            row = found
            row.name = _unique_name(session, name, template_id)
            action = "certificate_template_changed"
        row.language = language
        row.definition = {**definition, "language": language}
        session.flush()
        session.add(AuditEntry(action=action, entity="certificate_template", entity_id=row.id, user_name=user_name,
                               details={"name": row.name, "language": language}))
        return _info(session, row)


def copy_template(db: Database, template_id: int, name: str, *, user_name: str = "") -> TemplateInfo:
    """A new design with the texts and images of another."""
    with db.write() as session:
        source = template_row(session, template_id)
        row = CertificateTemplate(name=_unique_name(session, name, None), language=source.language,
                                  definition=dict(source.definition), is_default=False)
        row.assets = [TemplateAsset(kind=a.kind, name=a.name, mime_type=a.mime_type, data=a.data)
                      for a in source.assets]
        session.add(row)
        session.flush()
        session.add(AuditEntry(action="certificate_template_created", entity="certificate_template",
                               entity_id=row.id, user_name=user_name, details={"name": row.name,
                                                                                "copied_from": source.id}))
        return _info(session, row)


def set_default_template(db: Database, template_id: int, *, user_name: str = "") -> None:
    """Issue with this design when no other is chosen."""
    with db.write() as session:
        row = template_row(session, template_id)
        for other in session.scalars(select(CertificateTemplate).where(CertificateTemplate.is_default.is_(True))):
            other.is_default = False
        row.is_default = True
        session.add(AuditEntry(action="certificate_template_default", entity="certificate_template", entity_id=row.id,
                               user_name=user_name, details={"name": row.name}))


def delete_template(db: Database, template_id: int, *, user_name: str = "") -> None:
    """Delete a design nobody was issued a certificate with; the default one cannot be deleted."""
    with db.write() as session:
        row = template_row(session, template_id)
        if row.is_default:
            raise TemplateError(QT_TRANSLATE_NOOP(
                "Errors", "The design “{name}” is the default one: choose another default before deleting it."),
                name=row.name)
        used = session.scalar(select(func.count()).select_from(Certificate).where(Certificate.template_id == row.id))
        if used:
            raise TemplateError(QT_TRANSLATE_NOOP(
                "Errors", "{count} certificates were issued with the design “{name}”: it is kept for their reprints."),
                name=row.name, count=used)
        session.add(AuditEntry(action="certificate_template_deleted", entity="certificate_template",
                               entity_id=row.id, user_name=user_name, details={"name": row.name}))
        session.delete(row)


def set_asset(db: Database, template_id: int, name: str, data: bytes, *, kind: str, mime_type: str,
              user_name: str = "") -> TemplateAssetInfo:
    """Add or replace an image of a design (the definition refers to it by `name`)."""
    if kind not in ASSET_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An image of a design is a logo, artwork, a signature or "
                                                          "a seal, not “{kind}”."), field="kind", kind=kind)
    name = normalize_spaces(name)
    if not name or not data:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An image of a design needs a name and a file."),
                              field="name")
    with db.write() as session:
        row = template_row(session, template_id)
        asset = next((a for a in row.assets if a.name == name), None)
        if asset is None:
            asset = TemplateAsset(name=name, kind=kind, mime_type=mime_type, data=data)
            row.assets.append(asset)
        else:
            asset.kind, asset.mime_type, asset.data = kind, mime_type, data
        digest = hashlib.sha256(data).hexdigest()
        session.add(AuditEntry(action="certificate_template_image_set", entity="certificate_template",
                               entity_id=row.id, user_name=user_name,
                               details={"name": name, "kind": kind, "size": len(data), "sha256": digest}))
        return TemplateAssetInfo(name, kind, mime_type, len(data), digest)


def remove_asset(db: Database, template_id: int, name: str, *, user_name: str = "") -> bool:
    """Remove an image of a design; False when it had none of that name."""
    with db.write() as session:
        row = template_row(session, template_id)
        asset = next((a for a in row.assets if a.name == name), None)
        if asset is None:
            return False
        row.assets.remove(asset)
        session.add(AuditEntry(action="certificate_template_image_removed", entity="certificate_template",
                               entity_id=row.id, user_name=user_name, details={"name": name}))
        return True
