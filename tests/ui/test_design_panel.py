"""The certificate designer: the preview follows what is typed, Save writes the design, characters the font
cannot print are named, unsaved changes are asked about, copies, the default and deletion, images."""

from __future__ import annotations

import io

import pypdf
import pytest
from documents.pdf_reading import flat
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from factory_desk.domain.models import AuditEntry
from factory_desk.services import certificate_templates as designs
from factory_desk.ui.certificates.design_panel import SAMPLE_NAME, DesignPanel


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def panel(qtbot, db):
    widget = DesignPanel()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    with qtbot.waitSignal(widget.preview_ready, timeout=30_000):
        widget.set_database(db, user_name="Анна")
    return widget


def _png() -> bytes:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1E3A5F"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_the_default_design_is_shown_with_the_long_sample_name(panel):
    assert panel.ui.design_combo.currentText() == "Основной макет (default)"
    assert panel.ui.title_edit.text() == "СЕРТИФИКАТ"
    assert not panel.ui.save_button.isEnabled() and not panel.ui.delete_button.isEnabled()
    assert SAMPLE_NAME in flat(_text(panel.preview.pdf()))  # the long name is printed whole, never cut


def test_typing_a_title_changes_the_preview_and_save_keeps_it(panel, qtbot, db, type_text):
    # GIVEN the default design in the designer
    template_id = panel.current_id()

    # WHEN the coordinator types a new title
    panel.ui.title_edit.selectAll()
    with qtbot.waitSignal(panel.preview_ready, timeout=30_000):
        type_text(panel.ui.title_edit, "Свидетельство об обучении")

    # THEN the preview, made from the form a moment later, prints it
    assert "Свидетельство об обучении" in _text(panel.preview.pdf())
    assert panel.has_unsaved_changes() and panel.ui.save_button.isEnabled()
    # and nothing is written until Save
    assert designs.template(db, template_id).definition["title"] == "СЕРТИФИКАТ"

    # WHEN Save is clicked
    panel.ui.save_button.click()

    # THEN the design in the database has the title, and the change is in the audit log
    assert designs.template(db, template_id).definition["title"] == "Свидетельство об обучении"
    assert not panel.has_unsaved_changes()
    assert panel.ui.message_label.text() == "The design “Основной макет” was saved."
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "certificate_template_changed")).one()
    assert entry.user_name == "Анна" and entry.entity_id == template_id


def test_a_character_the_font_lacks_is_named_under_the_preview(panel, qtbot, type_text):
    assert not panel.ui.glyphs_label.isVisible()
    panel.ui.body_edit.moveCursor(panel.ui.body_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(panel.preview_ready, timeout=30_000):
        type_text(panel.ui.body_edit, " 中")
    assert panel.ui.glyphs_label.isVisible()
    assert "中 (U+4E2D)" in panel.ui.glyphs_label.text()
    assert "empty boxes" in panel.ui.glyphs_label.text()
    assert [chars for _text, chars in panel.missing_glyphs()] == ["中"]

    # Removing it clears the warning
    with qtbot.waitSignal(panel.preview_ready, timeout=30_000):
        panel.ui.body_edit.setPlainText(panel.ui.body_edit.toPlainText().replace(" 中", ""))
    assert not panel.ui.glyphs_label.isVisible()


def test_a_field_is_inserted_from_the_menu(panel):
    panel.ui.body_edit.setPlainText("")
    action = next(a for a in panel.ui.insert_field_button.menu().actions() if a.data() == "number")
    action.trigger()
    assert panel.ui.body_edit.toPlainText() == "{number}"
    assert action.text().startswith("{number} — ")


def test_a_bilingual_language_shows_the_second_texts(panel):
    assert not panel.ui.second_title_edit.isVisible()
    panel.ui.language_combo.setCurrentIndex(panel.ui.language_combo.findData("lv+en"))
    assert panel.ui.second_title_edit.isVisible() and panel.ui.second_body_edit.isVisible()
    # the untouched standard words follow the language
    assert panel.ui.title_edit.text() == "SERTIFIKĀTS" and panel.ui.second_title_edit.text() == "CERTIFICATE"
    assert panel.definition().language == "lv+en"


def test_unsaved_changes_are_asked_about_when_switching_designs(panel, qtbot, db, monkeypatch):
    # GIVEN a second design, and an unsaved change to the default one
    other = designs.save_template(db, name="Для вузов", definition=designs.template(db).definition, language="en")
    panel.refresh()
    default_id = panel.current_id()
    panel.ui.organiser_edit.setText("Центр компетенций")
    panel.ui.organiser_edit.textEdited.emit("Центр компетенций")
    answers = []

    def answer(reply):
        def ask(*args, **kwargs):
            answers.append(args[2])
            return reply
        return ask

    # WHEN the other design is chosen and the coordinator answers Cancel
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    panel.ui.design_combo.setCurrentIndex(panel.ui.design_combo.findData(other.id))

    # THEN the edited design stays, with its change
    assert "has changes that are not saved" in answers[-1]
    assert panel.current_id() == default_id and panel.ui.organiser_edit.text() == "Центр компетенций"
    assert panel.ui.design_combo.currentData() == default_id

    # WHEN the answer is Discard, the other design is shown and the change is gone
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    with qtbot.waitSignal(panel.preview_ready, timeout=30_000):
        panel.ui.design_combo.setCurrentIndex(panel.ui.design_combo.findData(other.id))
    assert panel.current_id() == other.id and panel.ui.name_edit.text() == "Для вузов"
    assert designs.template(db, default_id).definition["organiser"] == "Фабрика процессов"


def test_save_as_a_copy_make_default_and_delete(panel, qtbot, db, monkeypatch):
    original = panel.current_id()
    panel.ui.title_edit.setText("ДИПЛОМ")
    panel.ui.title_edit.textEdited.emit("ДИПЛОМ")

    # Save as a copy: a new design with the edits; the original as it was saved
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Дипломы", True))
    panel.ui.save_copy_button.click()
    copy = next(info for info in designs.templates(db) if info.name == "Дипломы")
    assert copy.definition["title"] == "ДИПЛОМ" and not copy.is_default
    assert designs.template(db, original).definition["title"] == "СЕРТИФИКАТ"
    assert panel.current_id() == copy.id and panel.ui.delete_button.isEnabled()

    # Make default
    panel.ui.default_button.click()
    assert designs.template(db).id == copy.id
    assert panel.ui.design_combo.currentText() == "Дипломы (default)"
    assert not panel.ui.delete_button.isEnabled()

    # Delete the old one, after confirming
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    panel.ui.design_combo.setCurrentIndex(panel.ui.design_combo.findData(original))
    qtbot.waitUntil(lambda: panel.current_id() == original)
    panel.ui.delete_button.click()
    assert [info.name for info in designs.templates(db)] == ["Дипломы"]
    assert panel.ui.design_combo.count() == 1


def test_a_logo_is_saved_with_the_design_and_a_file_that_is_no_picture_is_refused(panel, qtbot, db):
    problems = []
    panel.problem.connect(problems.append)
    assert panel.add_image("logo", b"%PDF-1.4 not a picture", "logo.pdf") is None
    assert problems == ["“logo.pdf” is not a PNG or JPEG picture."]

    name = panel.add_image("logo", _png(), "logo.png")
    with qtbot.waitSignal(panel.preview_ready, timeout=30_000):
        panel.set_image("logo", name)
    assert panel.ui.logo_file_label.text() == "Image “logo”"
    assert panel.save()
    info = designs.template(db, panel.current_id())
    assert info.definition["logo"] == "logo"
    assert designs.template_assets(db, info.id) == {"logo": _png()}

    # Removed and saved: the image goes too (no certificate was issued with the design)
    panel.set_image("logo", None)
    assert panel.save()
    assert designs.template(db, info.id).definition["logo"] is None
    assert designs.template_assets(db, info.id) == {}
