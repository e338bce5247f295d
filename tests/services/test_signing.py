"""The centre's signing key and the QR text: one key made on first need (also when two PCs ask at once), kept
and exported with its retired predecessors; the text fits a version-12 QR code; only the exact signed text
verifies."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from factory_desk.domain.models import AuditEntry, SigningKey
from factory_desk.services import signing
from factory_desk.store.database import Database

DAY = dt.date(2026, 3, 10)


def _payload(name="Иванов Иван Иванович", programme="Основы бережливого производства", hours=Decimal("8.0")):
    return signing.Payload("КИР-2026-00042", name, programme, DAY, hours)


def _key(db):
    with db.write() as s:
        return signing.current_key(s)


def test_the_key_is_made_once_on_first_need_and_audited(db):
    assert signing.signing_keys(db) == []
    first = signing.signing_key(db, user_name="Анна")
    again = signing.signing_key(db)
    assert first == again and first.can_sign and len(first.fingerprint) == 64 and first.key_id == first.fingerprint[:8]
    with db.read() as s:
        assert [e.action for e in s.scalars(select(AuditEntry))] == ["signing_key_created"]


def test_two_pcs_asking_at_once_share_one_key(db, db_url):
    instances = [Database(db_url) for _ in range(3)]
    barrier, found, errors = threading.Barrier(3), [], []

    def ask(instance):
        try:
            barrier.wait(timeout=20)
            found.append(signing.signing_key(instance).fingerprint)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(instance,)) for instance in instances]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for instance in instances:
        instance.dispose()
    assert not errors, errors
    assert len(set(found)) == 1 and len(signing.signing_keys(db)) == 1


def test_the_text_reads_as_a_person_would_and_is_the_same_each_time(db):
    key = _key(db)
    text = signing.sign(key, _payload())
    assert text.startswith("FD1|КИР-2026-00042|Иванов Иван Иванович|Основы бережливого производства|2026-03-10|8|"
                           + key.fingerprint[:8] + "|")
    assert signing.sign(key, _payload()) == text  # Ed25519 is deterministic: a reprint gives the same code
    fitted = signing.fitted_payload(key, _payload())
    assert signing.signed_text(fitted, signing.signature_of(text)) == text
    # a separator or a line break in a field cannot break the text apart
    odd = signing.sign(key, _payload(name="Иванов |Иван\nИванович", hours=Decimal("7.50")))
    assert "|Иванов /Иван Иванович|" in odd and "|7.5|" in odd
    assert signing.verify_with_keys(odd, [Ed25519PrivateKey.from_private_bytes(key.private_key).public_key()]).valid


def test_a_long_name_and_programme_are_fitted_into_a_version_12_code(db):
    from factory_desk.documents.qr import qr_rows

    key = _key(db)
    name = "Константинопольский-Преображенский Максимилиан Вячеславович"
    text = signing.sign(key, _payload(name=name, programme="Бережливое производство " * 6))
    assert len(text.encode()) <= signing.MAX_QR_BYTES
    assert f"|{name}|" in text and "…|" in text
    assert len(qr_rows(text)) <= 17 + 4 * 12
    # even an absurd name keeps the code readable
    huge = signing.sign(key, _payload(name="Я" * 300, programme="П" * 300))
    assert len(huge.encode()) <= signing.MAX_QR_BYTES
    assert signing.verify_with_keys(huge, signing.export_public_key(db)).valid


def test_the_signature_must_be_spelt_exactly(db):
    key = _key(db)
    text = signing.sign(key, _payload())
    keys = signing.export_public_key(db)
    signature = signing.signature_of(text)
    # the last character of unpadded base64 carries spare bits: another spelling of the same bytes is refused
    last = signature[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    same_bits = [c for c in alphabet if c != last and alphabet.index(c) >> 4 == alphabet.index(last) >> 4]
    assert same_bits
    for other in same_bits:
        assert signing.verify_with_keys(text[:-1] + other, keys).reason == signing.MALFORMED
    assert signing.verify_with_keys(text + "=", keys).reason == signing.MALFORMED
    assert signing.verify_with_keys(text.replace("|8|", "|08|"), keys).reason == signing.TAMPERED
    assert signing.verify_with_keys(text.replace("FD1", "FD2"), keys).reason == signing.MALFORMED


def test_a_retired_key_still_verifies_and_the_export_holds_every_key(db):
    old = _key(db)
    text = signing.sign(old, _payload())
    new = signing.new_signing_key(db, reason="Резервная копия потеряна", user_name="Анна")
    assert new.fingerprint != old.fingerprint
    assert [k.fingerprint for k in signing.signing_keys(db)] == [new.fingerprint, old.fingerprint]
    assert signing.signing_keys(db)[1].retired_at is not None
    pem = signing.export_public_key(db)
    assert pem.count(b"BEGIN PUBLIC KEY") == 2
    verdict = signing.verify_with_keys(text, pem)
    assert verdict.valid and verdict.fingerprint == old.fingerprint
    assert signing.verify_with_keys(text, signing.load_public_keys(pem)[:1]).reason == signing.UNKNOWN_KEY
    with db.read() as s:
        assert s.scalar(select(SigningKey.retired_at).where(SigningKey.id == old.id)) is not None
    # new texts are signed with the new key
    assert _key(db).fingerprint == new.fingerprint


def test_the_details_are_plain_values():
    verdict = signing.Verification(True, signing.VALID, number="КИР-2026-00042", date=DAY, hours=Decimal("8.0"))
    assert verdict.details == {"number": "КИР-2026-00042", "date": "2026-03-10", "hours": "8"}
    assert verdict.reason_text == "Valid"
