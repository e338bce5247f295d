"""Certificates: templates stored in the database, the number register, signing keys."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from factory_desk.domain.models.base import Base, Timestamped, one_of, utcnow, values
from factory_desk.domain.models.training import Enrolment


class DocumentLanguage(StrEnum):
    RU = "ru"
    LV = "lv"
    EN = "en"
    RU_EN = "ru+en"
    LV_EN = "lv+en"


class CertificateStatus(StrEnum):
    ISSUED = "issued"
    VOIDED = "voided"


class CertificateTemplate(Timestamped, Base):
    """A certificate design; kept in the database so every PC on a shared server prints the same."""

    __tablename__ = "certificate_template"
    __table_args__ = (one_of("language", values(DocumentLanguage)),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    language: Mapped[str] = mapped_column(default=DocumentLanguage.RU.value)
    # Organiser, title, body with {fields}, signatories, layout choices.
    definition: Mapped[dict[str, Any]] = mapped_column(default=dict)
    is_default: Mapped[bool] = mapped_column(default=False)

    assets: Mapped[list[TemplateAsset]] = relationship(cascade="all, delete-orphan")


class TemplateAsset(Base):
    """An image a template uses: logo, artwork, a signatory's signature."""

    __tablename__ = "template_asset"
    __table_args__ = (
        UniqueConstraint("template_id", "name"),
        one_of("kind", ("logo", "artwork", "signature", "seal")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("certificate_template.id", ondelete="CASCADE"))
    kind: Mapped[str]
    name: Mapped[str]
    mime_type: Mapped[str]
    data: Mapped[bytes] = mapped_column(LargeBinary)


class NumberSequence(Base):
    """The next certificate number per factory and year; taken under a row lock, never reused."""

    __tablename__ = "number_sequence"
    __table_args__ = (
        UniqueConstraint("factory_id", "year"),
        CheckConstraint("last_value >= 0", name="last_value_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    factory_id: Mapped[int] = mapped_column(ForeignKey("factory.id", ondelete="RESTRICT"))
    year: Mapped[int]
    pattern: Mapped[str] = mapped_column(default="{code}-{year}-{seq:05d}")
    last_value: Mapped[int] = mapped_column(default=0)


class SigningKey(Base):
    """The centre's Ed25519 key pair that signs the QR code on each certificate."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[dt.datetime | None]


class Certificate(Base):
    """The register of issued certificates. An issued certificate keeps the data it was printed with."""

    __tablename__ = "certificate"
    __table_args__ = (
        one_of("status", values(CertificateStatus)),
        one_of("language", values(DocumentLanguage)),
        CheckConstraint("status <> 'voided' OR void_reason IS NOT NULL", name="void_has_reason"),
        CheckConstraint("print_count >= 1", name="print_count_positive"),
        # One valid certificate per enrolment; a voided one may be followed by a new one.
        Index(
            "uq_certificate_issued_enrolment",
            "enrolment_id",
            unique=True,
            sqlite_where=text("status = 'issued'"),
            postgresql_where=text("status = 'issued'"),
        ),
        Index("ix_certificate_issued_at", "issued_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(unique=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="RESTRICT"))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("certificate_template.id", ondelete="SET NULL"))
    signing_key_id: Mapped[int | None] = mapped_column(ForeignKey("signing_key.id", ondelete="RESTRICT"))
    language: Mapped[str] = mapped_column(default=DocumentLanguage.RU.value)
    status: Mapped[str] = mapped_column(default=CertificateStatus.ISSUED.value)
    # Everything printed on it (names, programme, dates, the template's text) at the moment of issue.
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    print_count: Mapped[int] = mapped_column(default=1)
    void_reason: Mapped[str | None]
    voided_at: Mapped[dt.datetime | None]
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))

    enrolment: Mapped[Enrolment] = relationship()
