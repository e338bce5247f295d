"""The centre's signature on its certificates: an Ed25519 key pair, the text in each certificate's QR code, and
checking such a text — with the database (`verify`), or with only the centre's public key file
(`verify_with_keys`, for an employer who has no database).

The QR text is plain and readable by a phone camera and a person alike, fields separated by "|":

    FD1|КИР-2026-00042|Иванов Иван Иванович|Основы бережливого производства|2026-03-10|8|1a2b3c4d|<signature>

version, certificate number, full name, programme, the last day of the training, hours, the first 8 hex digits
of the signing key's fingerprint, and the Ed25519 signature (64 bytes, unpadded base64url) of the UTF-8 text
before the last "|". The text stays within 284 bytes, what a QR code of version 12 at level M holds with its UTF-8
marker: when a long name and a long programme do not fit, the programme (then, rarely, the name) is shortened with
"…" — what is signed is exactly what is in the code, so the shortening cannot be abused.

The key pair lives in the database (table signing_key), created on first need. So every PC of a shared server
signs with the same key, and a backup restored elsewhere keeps signing the same way. What that implies: anyone
who can read the database or one of its backup files can sign certificates in the centre's name — guard database
access and backups like the centre's stamp. A key can be retired (`new_signing_key`): certificates it signed still
verify, new ones are signed by the new key; `export_public_key` writes every key, so old certificates stay
checkable by others.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import AuditEntry, Certificate, CertificateStatus, SigningKey
from factory_desk.domain.models.base import utcnow
from factory_desk.store.database import Database

__all__ = [
    "MALFORMED", "MAX_QR_BYTES", "NOT_IN_REGISTER", "PAYLOAD_VERSION", "REASONS", "TAMPERED", "UNKNOWN_KEY",
    "VALID", "VOIDED", "KeyInfo", "Payload", "Verification", "current_key", "export_public_key", "fingerprint_of",
    "load_public_keys", "new_signing_key", "parse", "payload_text", "sign", "signed_text", "signing_key",
    "signing_keys", "verify", "verify_with_keys",
]

PAYLOAD_VERSION = "FD1"
SEPARATOR = "|"
MAX_QR_BYTES = 284  # byte mode, QR version 12, level M: 287 bytes, less the UTF-8 ECI header
KEY_ID_LENGTH = 8  # hex digits of the fingerprint printed in the code
_FIELDS = 8
_MIN_PROGRAMME = 12  # characters of the programme kept before the name is shortened

# Verification.reason
VALID = "valid"
TAMPERED = "tampered"  # the text was changed after signing (the signature does not match it)
UNKNOWN_KEY = "unknown_key"  # signed by a key this centre (or these key files) does not have
VOIDED = "voided"  # genuine, but the certificate was voided
MALFORMED = "malformed"  # not a Factory Desk certificate code at all
NOT_IN_REGISTER = "not_in_register"  # genuinely signed with our key, yet the register has no such number

REASONS = {
    VALID: QT_TRANSLATE_NOOP("Labels", "Valid"),
    TAMPERED: QT_TRANSLATE_NOOP("Labels", "Not valid: the text was changed after signing"),
    UNKNOWN_KEY: QT_TRANSLATE_NOOP("Labels", "Not valid: signed with an unknown key"),
    VOIDED: QT_TRANSLATE_NOOP("Labels", "Not valid: the certificate was voided"),
    MALFORMED: QT_TRANSLATE_NOOP("Labels", "Not valid: this is not a certificate code"),
    NOT_IN_REGISTER: QT_TRANSLATE_NOOP("Labels", "Not valid: the number is not in the register"),
}


# --- keys ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyInfo:
    id: int
    fingerprint: str  # SHA-256 of the raw 32-byte public key, hex
    created_at: dt.datetime
    retired_at: dt.datetime | None
    can_sign: bool  # the private key is held

    @property
    def key_id(self) -> str:
        """The part of the fingerprint printed in QR codes."""
        return self.fingerprint[:KEY_ID_LENGTH]


def fingerprint_of(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def _info(key: SigningKey) -> KeyInfo:
    return KeyInfo(key.id, key.fingerprint, key.created_at, key.retired_at,
                   key.private_key is not None)



def _active(session: Session) -> SigningKey | None:
    return session.scalar(select(SigningKey).where(SigningKey.retired_at.is_(None), SigningKey.private_key.is_not(None))
                          .order_by(SigningKey.id.desc()).limit(1))


def _create(session: Session, user_name: str) -> SigningKey:
    private = Ed25519PrivateKey.generate()
    key = SigningKey(
        fingerprint=fingerprint_of(private.public_key()),
        public_key=private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw),
        private_key=private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                          serialization.NoEncryption()))
    session.add(key)
    session.flush()
    session.add(AuditEntry(action="signing_key_created", entity="signing_key", entity_id=key.id, user_name=user_name,
                           details={"fingerprint": key.fingerprint}))
    return key


def _lock_keys(session: Session) -> None:
    """Keep other writers from creating a key at the same time (PostgreSQL; SQLite's writers already queue)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE signing_key IN SHARE ROW EXCLUSIVE MODE"))


def current_key(session: Session, *, user_name: str = "") -> SigningKey:
    """The key that signs now, inside the caller's unit of work; created (and audited) when there is none yet.
    Two PCs asking at once get the same key."""
    key = _active(session)
    if key is None:
        _lock_keys(session)
        key = _active(session) or _create(session, user_name)
    return key


def signing_key(db: Database, *, user_name: str = "") -> KeyInfo:
    """The centre's current signing key, created on first need."""
    with db.write() as session:
        return _info(current_key(session, user_name=user_name))


def signing_keys(db: Database) -> list[KeyInfo]:
    """Every key the centre ever signed with, the current one first."""
    with db.read() as session:
        return [_info(k) for k in session.scalars(select(SigningKey).order_by(SigningKey.retired_at.is_not(None),
                                                                              SigningKey.id.desc()))]


def new_signing_key(db: Database, *, reason: str, user_name: str = "") -> KeyInfo:
    """Retire the current key (for example after a backup was lost) and sign with a new one from now on.
    Certificates signed before keep verifying with the retired key."""
    with db.write() as session:
        _lock_keys(session)
        now = utcnow()
        retired = []
        for key in session.scalars(select(SigningKey).where(SigningKey.retired_at.is_(None))):
            key.retired_at = now
            retired.append(key.fingerprint)
        session.flush()
        key = _create(session, user_name)
        session.add(AuditEntry(action="signing_key_retired", entity="signing_key", entity_id=key.id,
                               user_name=user_name, reason=" ".join(reason.split()) or None,
                               details={"retired": retired, "new": key.fingerprint}))
        return _info(key)


def export_public_key(db: Database, *, user_name: str = "") -> bytes:
    """The centre's public keys as PEM (the current one first, then retired ones, so that certificates signed
    before a change of key stay checkable), for `verify_with_keys` or any Ed25519 tool. Creates the key if the
    centre has none yet."""
    with db.write() as session:
        current_key(session, user_name=user_name)
        keys = list(session.scalars(select(SigningKey).order_by(SigningKey.retired_at.is_not(None),
                                                                SigningKey.id.desc())))
        return b"".join(Ed25519PublicKey.from_public_bytes(k.public_key).public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo) for k in keys)


_PEM_BLOCK = re.compile(rb"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", re.DOTALL)


def load_public_keys(data: bytes) -> list[Ed25519PublicKey]:
    """The Ed25519 public keys in a PEM file (one or several blocks); other keys and text are passed over."""
    found = []
    for block in _PEM_BLOCK.findall(data):
        try:
            key = serialization.load_pem_public_key(block)
        except ValueError:
            continue
        if isinstance(key, Ed25519PublicKey):
            found.append(key)
    return found


# --- the signed text -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Payload:
    """What a certificate's QR code states, before it is signed."""

    number: str
    full_name: str
    programme: str
    date: dt.date  # the last day of the training
    hours: Decimal
    key_id: str = ""  # filled by `sign`


def _clean(value: str) -> str:
    """A field as it can stand in the text: one line, no separator."""
    return " ".join(value.replace(SEPARATOR, "/").split())


def _hours_text(hours: Decimal) -> str:
    return format(Decimal(hours).normalize(), "f")


def payload_text(payload: Payload) -> str:
    """The signed part of the QR text (everything before the signature), without shortening."""
    return SEPARATOR.join((PAYLOAD_VERSION, _clean(payload.number), _clean(payload.full_name),
                           _clean(payload.programme), payload.date.isoformat(), _hours_text(payload.hours),
                           payload.key_id))


_SIGNATURE_CHARS = 86  # 64 bytes in unpadded base64url


def _fitted(payload: Payload) -> Payload:
    """The payload shortened (programme first, then the name) so the whole QR text fits `MAX_QR_BYTES`."""
    def size(p: Payload) -> int:
        return len(payload_text(p).encode()) + 1 + _SIGNATURE_CHARS

    fitted = Payload(_clean(payload.number), _clean(payload.full_name), _clean(payload.programme), payload.date,
                     payload.hours, payload.key_id)
    for name, floor in (("programme", _MIN_PROGRAMME), ("full_name", 1)):
        original = getattr(fitted, name)
        keep = len(original)
        while size(fitted) > MAX_QR_BYTES and keep > floor:
            keep -= 1
            fitted = replace(fitted, **{name: original[:keep].rstrip() + "…"})
    return fitted


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def sign(key: SigningKey, payload: Payload) -> str:
    """The full QR text for `payload`, signed by `key` (Ed25519 signatures are deterministic: the same payload
    and key always give the same text, which is how a reprint reproduces the code)."""
    if key.private_key is None:
        raise ValueError("this key cannot sign: its private part is not held")
    private = Ed25519PrivateKey.from_private_bytes(key.private_key)
    fitted = fitted_payload(key, payload)
    message = payload_text(fitted)
    return message + SEPARATOR + _b64(private.sign(message.encode("utf-8")))


def signed_text(payload: Payload, signature: str) -> str:
    """The QR text rebuilt from a payload (with its `key_id`) and the signature `sign` made for it: a reprint
    reproduces the code from what the register keeps, without the private key."""
    return payload_text(_fitted(payload)) + SEPARATOR + signature


def signature_of(text: str) -> str:
    return text.rsplit(SEPARATOR, 1)[-1]


def fitted_payload(key: SigningKey, payload: Payload) -> Payload:
    """The payload as `sign` puts it into the QR text (with the key id, shortened to fit)."""
    return _fitted(replace(payload, key_id=key.fingerprint[:KEY_ID_LENGTH]))


class Malformed(ValueError):
    pass


_KEY_ID = re.compile("[0-9a-f]{" + str(KEY_ID_LENGTH) + "}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HOURS = re.compile(r"\d{1,4}(\.\d{1,2})?")


def parse(text: str) -> tuple[Payload, bytes, bytes]:
    """The payload, the signed bytes and the signature of a QR text; `Malformed` when it is not one.
    Surrounding white space (a scanner's Enter) is ignored; anything else must be exactly as signed."""
    text = text.strip()
    parts = text.split(SEPARATOR)
    if len(parts) != _FIELDS or parts[0] != PAYLOAD_VERSION:
        raise Malformed("not a Factory Desk certificate code")
    _version, number, name, programme, date, hours, key_id, signature = parts
    if not (number and name and _DATE.fullmatch(date) and _HOURS.fullmatch(hours) and _KEY_ID.fullmatch(key_id)):
        raise Malformed("a field is missing or malformed")
    try:
        day = dt.date.fromisoformat(date)
        amount = Decimal(hours)
        raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    except (ValueError, InvalidOperation) as exc:
        raise Malformed(str(exc)) from exc
    # Only the canonical spelling of the signature is accepted, so that no character can change unnoticed.
    if len(raw) != 64 or _b64(raw) != signature:
        raise Malformed("the signature is not 64 bytes in canonical base64url")
    payload = Payload(number, name, programme, day, amount, key_id)
    return payload, text[:text.rindex(SEPARATOR)].encode("utf-8"), raw


# --- verification ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Verification:
    """What a scanned text proves. `valid` only when the signature is genuine, the key is the centre's, and (when
    checked against the register) the certificate is there and not voided. The details are those the code
    states; with the register, also its status, organisation, factory and when it was issued or voided."""

    valid: bool
    reason: str  # VALID, TAMPERED, UNKNOWN_KEY, VOIDED, MALFORMED or NOT_IN_REGISTER
    number: str = ""
    full_name: str = ""
    programme: str = ""
    date: dt.date | None = None
    hours: Decimal | None = None
    key_id: str = ""
    fingerprint: str = ""  # the whole fingerprint of the key that signed, when known
    key_retired: bool = False
    checked_register: bool = False  # False with `verify_with_keys`: voiding cannot be known
    status: str = ""  # the register's status: issued or voided
    organisation: str = ""
    factory: str = ""
    issued_at: dt.datetime | None = None
    voided_at: dt.datetime | None = None
    void_reason: str = ""

    @property
    def reason_text(self) -> str:
        """The reason in English, a "Labels" word: translate("Labels", v.reason_text)."""
        return REASONS[self.reason]

    @property
    def details(self) -> dict[str, Any]:
        """The stated details as plain values (dates as ISO text), empty ones left out."""
        plain: dict[str, Any] = {}
        for name in ("number", "full_name", "programme", "date", "hours", "key_id", "fingerprint", "status",
                     "organisation", "factory", "issued_at", "voided_at", "void_reason"):
            value = getattr(self, name)
            if value in (None, ""):
                continue
            plain[name] = value.isoformat() if hasattr(value, "isoformat") else \
                _hours_text(value) if isinstance(value, Decimal) else value
        if self.key_retired:
            plain["key_retired"] = True
        return plain


def _check(text: str, keys: Iterable[tuple[str, Ed25519PublicKey]]) -> tuple[Verification, str | None]:
    """The verdict on the signature alone, and the fingerprint of the key that made it (None when none did)."""
    try:
        payload, message, signature = parse(text)
    except Malformed:
        return Verification(False, MALFORMED), None
    stated = Verification(False, TAMPERED, number=payload.number, full_name=payload.full_name,
                          programme=payload.programme, date=payload.date, hours=payload.hours, key_id=payload.key_id)
    candidates = [(fp, key) for fp, key in keys if fp.startswith(payload.key_id)]
    if not candidates:
        return replace(stated, reason=UNKNOWN_KEY), None
    for fp, key in candidates:
        try:
            key.verify(signature, message)
        except InvalidSignature:
            continue
        return replace(stated, valid=True, reason=VALID, fingerprint=fp), fp
    return stated, None


def verify_with_keys(text: str, public_keys: Iterable[Ed25519PublicKey] | bytes) -> Verification:
    """Check a scanned text with only the centre's public key(s) — a PEM file's bytes or loaded keys — and no
    database: genuine or not. Whether the certificate was voided since cannot be known this way
    (`checked_register` is False)."""
    keys = load_public_keys(public_keys) if isinstance(public_keys, bytes) else list(public_keys)
    verdict, _fp = _check(text, [(fingerprint_of(k), k) for k in keys])
    return verdict


def verify(db: Database, text: str) -> Verification:
    """Check a scanned text against the centre's keys and its register: valid (with the details), or why not —
    tampered, unknown key, voided, not in the register, or not a certificate code at all."""
    with db.read() as session:
        rows = session.execute(select(SigningKey.fingerprint, SigningKey.public_key, SigningKey.retired_at)).all()
        keys = [(fp, Ed25519PublicKey.from_public_bytes(raw)) for fp, raw, _retired in rows]
        verdict, fp = _check(text, keys)
        if fp is None:
            return verdict
        retired = any(r is not None for f, _raw, r in rows if f == fp)
        found = session.execute(select(Certificate).where(Certificate.number == verdict.number)).scalar_one_or_none()
        if found is None:
            return replace(verdict, valid=False, reason=NOT_IN_REGISTER, key_retired=retired, checked_register=True)
        snapshot = found.snapshot or {}
        voided = found.status == CertificateStatus.VOIDED.value
        return replace(
            verdict, valid=not voided, reason=VOIDED if voided else VALID, key_retired=retired,
            checked_register=True, status=found.status, organisation=str(snapshot.get("organisation") or ""),
            factory=str(snapshot.get("factory") or ""), issued_at=found.issued_at,
            voided_at=found.voided_at, void_reason=found.void_reason or "")
