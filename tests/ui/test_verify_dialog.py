"""The Verify dialog: a scanned QR text (typed key by key, as a USB scanner does, ending with Enter) checked against
the centre's register, or against an exported public key file alone; the answer in large words with why."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from factory_desk.domain.models import (
    Certificate,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services import attendance, certificates, signing
from factory_desk.services.enrolment import enrol
from factory_desk.ui.certificates.verify_dialog import NOT_VALID_COLOUR, VALID_COLOUR, VerifyDialog

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def issued(db):
    """Two certificates of a closed session: КИР-2026-00001 (Андреев) and КИР-2026-00002 (Борисов); their QR
    texts."""
    with db.write() as s:
        plant = Organisation(full_name="ООО «Ромашка»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        lean = Programme(name="Основы бережливого производства")
        s.add_all([plant, factory, lean])
        s.flush()
        training = TrainingSession(programme_id=lean.id, factory_id=factory.id, status="confirmed", min_group=1)
        training.days.append(SessionDay(day_no=1, date=DAY))
        people = [Person(surname=surname, first_name="Иван", patronymic="Петрович", organisation_id=plant.id)
                  for surname in ("Андреев", "Борисов")]
        s.add_all([training, *people])
        s.flush()
        session_id, ids = training.id, [p.id for p in people]
    enrol(db, session_id, ids)
    attendance.mark_rest(db, session_id)
    attendance.close(db, session_id, today=DAY)
    certificates.issue_certificates(db, session_id, user_name="Анна")
    with db.read() as s:
        return {number: certificates.qr_text(snapshot)
                for number, snapshot in s.execute(select(Certificate.number, Certificate.snapshot))}


@pytest.fixture
def dialog(qtbot, db, issued):
    window = VerifyDialog(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def scan(qtbot, dialog: VerifyDialog, text: str, type_text) -> None:
    """What a USB scanner does: the text typed into the focused box, then Enter."""
    box = dialog.ui.text_edit
    box.setFocus()
    box.selectAll()  # the previous scan is selected: the next one replaces it
    type_text(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def verdict(dialog: VerifyDialog) -> tuple[str, str]:
    label = dialog.ui.verdict_label
    return label.text(), label.styleSheet()


def test_a_scanned_valid_code_says_valid_in_green_with_the_details(qtbot, dialog, issued, type_text):
    # WHEN the QR text of КИР-2026-00001 is scanned
    scan(qtbot, dialog, issued["КИР-2026-00001"], type_text)
    # THEN the answer is «Valid», large and green, with what the certificate states
    assert verdict(dialog) == ("Valid", f"color: {VALID_COLOUR};")
    assert dialog.ui.verdict_label.font().bold()
    assert dialog.ui.verdict_label.font().pointSizeF() > 2 * dialog.ui.details_label.font().pointSizeF()
    assert dialog.ui.explanation_label.text() == (
        "The certificate КИР-2026-00001 was issued by this centre and is in force: the code carries the centre's "
        "signature and nothing in it was changed.")
    details = dialog.ui.details_label.text()
    for fact in ("КИР-2026-00001", "Андреев Иван Петрович", "Основы бережливого производства", "10.03.2026",
                 "<b>8</b>", "ООО «Ромашка»", "Фабрика процессов Кириши",
                 signing.signing_key(dialog._db).fingerprint):
        assert fact in details, fact
    # AND the dialog stays open with the text selected, ready for the next scan
    assert dialog.isVisible() and dialog.ui.text_edit.hasSelectedText()


def test_one_changed_character_is_not_valid_in_red_and_says_it_was_changed(qtbot, dialog, issued, type_text):
    text = issued["КИР-2026-00001"].replace("Андреев", "Андреав")
    scan(qtbot, dialog, text, type_text)
    assert verdict(dialog) == ("Not valid", f"color: {NOT_VALID_COLOUR};")
    assert dialog.ui.explanation_label.text().startswith("The text was changed after the certificate was signed")
    assert dialog.verdict is not None and dialog.verdict.reason == signing.TAMPERED
    # the next scan, a genuine one, replaces it
    scan(qtbot, dialog, issued["КИР-2026-00002"], type_text)
    assert dialog.ui.text_edit.text() == issued["КИР-2026-00002"]
    assert verdict(dialog)[0] == "Valid" and "Борисов Иван Петрович" in dialog.ui.details_label.text()


def test_a_voided_certificate_is_not_valid_and_says_when_and_why(qtbot, db, dialog, issued, type_text):
    certificates.void(db, "КИР-2026-00002", reason="Ошибка в написании фамилии")
    scan(qtbot, dialog, issued["КИР-2026-00002"], type_text)
    assert verdict(dialog)[0] == "Not valid"
    today = dt.date.today().strftime("%d.%m.%Y")
    assert dialog.ui.explanation_label.text() == (
        f"The certificate КИР-2026-00002 is genuine, but it was voided on {today}: Ошибка в написании фамилии")


def test_a_text_that_is_not_a_certificate_code_says_so(qtbot, dialog, type_text):
    scan(qtbot, dialog, "https://example.com/", type_text)
    assert verdict(dialog)[0] == "Not valid"
    assert dialog.ui.explanation_label.text().startswith("This is not the code of a Factory Desk certificate.")
    assert not dialog.ui.details_label.isVisible()
    # an empty box answers nothing
    dialog.ui.text_edit.clear()
    qtbot.keyClick(dialog.ui.text_edit, Qt.Key.Key_Return)
    assert not dialog.ui.verdict_label.isVisible() and dialog.isVisible()


def test_a_code_signed_by_another_centre_is_not_valid(qtbot, dialog, issued, type_text):
    # GIVEN a code signed with a key that is not the centre's
    other = Ed25519PrivateKey.generate()
    payload = signing.Payload("КИР-2026-00009", "Подделкин Иван", "Основы бережливого производства", DAY,
                              Decimal(8))
    forged = _signed_by(other, payload)
    scan(qtbot, dialog, forged, type_text)
    assert verdict(dialog)[0] == "Not valid"
    assert dialog.ui.explanation_label.text() == ("The code was signed with a key this centre does not have: the "
                                                  "certificate was not issued here.")


def _signed_by(private: Ed25519PrivateKey, payload: signing.Payload) -> str:
    import base64
    import hashlib
    from dataclasses import replace

    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    text = signing.payload_text(replace(payload, key_id=hashlib.sha256(raw).hexdigest()[:8]))
    signature = base64.urlsafe_b64encode(private.sign(text.encode())).rstrip(b"=").decode()
    return text + "|" + signature


@pytest.fixture
def key_file(db, tmp_path, issued) -> Path:
    path = tmp_path / "centre.pem"
    path.write_bytes(signing.export_public_key(db))
    return path


def test_with_an_exported_key_file_a_genuine_code_is_valid_without_the_register(qtbot, db, dialog, issued, key_file,
                                                                                 monkeypatch, type_text):
    # GIVEN the employer's case: КИР-2026-00002 voided in the register, which the key file cannot know
    certificates.void(db, "КИР-2026-00002", reason="Ошибка")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args, **_kwargs: (str(key_file), "")))
    # WHEN the key file is loaded and the code scanned
    dialog.ui.load_key_button.click()
    assert dialog.uses_key_file() and dialog.ui.key_file_label.text() == "centre.pem"
    scan(qtbot, dialog, issued["КИР-2026-00002"], type_text)
    # THEN the signature is genuine, and the dialog says what the key alone cannot tell
    assert verdict(dialog)[0] == "Valid"
    assert dialog.ui.explanation_label.text() == (
        "The code carries the signature of the key in centre.pem, and nothing in it was changed. Whether the "
        "certificate was voided since can only be checked against the centre's register.")
    assert "КИР-2026-00002" in dialog.ui.details_label.text()
    # AND a changed character fails with the key file too
    scan(qtbot, dialog, issued["КИР-2026-00002"].replace("|8|", "|80|"), type_text)
    assert verdict(dialog)[0] == "Not valid"
    # AND back on the register, the same code is voided (the answer follows the choice at once)
    scan(qtbot, dialog, issued["КИР-2026-00002"], type_text)
    dialog.ui.register_radio.setChecked(True)
    assert verdict(dialog)[0] == "Not valid" and "voided" in dialog.ui.explanation_label.text()


def test_another_centres_key_file_finds_our_code_unknown(qtbot, dialog, issued, tmp_path, type_text):
    other = tmp_path / "other.pem"
    other.write_bytes(Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    assert dialog.load_key_file(other)
    scan(qtbot, dialog, issued["КИР-2026-00001"], type_text)
    assert verdict(dialog)[0] == "Not valid"
    assert dialog.ui.explanation_label.text() == ("The code was signed with a key that is not in other.pem: the "
                                                  "certificate was not issued by the centre whose key this is.")


def test_a_file_without_a_key_is_refused_with_a_sentence(dialog, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("не ключ", encoding="utf-8")
    assert not dialog.load_key_file(notes)
    assert not dialog.uses_key_file()
    assert dialog.ui.explanation_label.text() == (
        f"The file {notes} holds no public key of a Factory Desk centre. Load the .pem file the centre exported "
        "with «Export the public key…».")
    dialog.ui.key_radio.setChecked(True)  # chosen without a file: the dialog asks for one
    dialog.ui.text_edit.setText("FD1|x")
    dialog.check()
    assert dialog.ui.explanation_label.text() == ("Load the centre's public key file first, or check against this "
                                                  "centre's register.")


def test_without_a_database_only_a_key_file_can_be_used(qtbot, key_file, issued, type_text):
    window = VerifyDialog(None)
    qtbot.addWidget(window)
    window.show()
    assert not window.ui.register_radio.isEnabled() and window.uses_key_file()
    window.load_key_file(key_file)
    scan(qtbot, window, issued["КИР-2026-00001"], type_text)
    assert verdict(window)[0] == "Valid"


def test_enter_never_closes_the_dialog_and_escape_does(qtbot, dialog, issued):
    dialog.ui.text_edit.setText(issued["КИР-2026-00001"])
    dialog.ui.register_radio.setFocus()
    qtbot.keyClick(dialog.ui.register_radio, Qt.Key.Key_Return)
    assert dialog.isVisible() and verdict(dialog)[0] == "Valid"
    qtbot.keyClick(dialog.ui.text_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
