"""The People tab as a coordinator uses it: filters, the person's editor with its duplicate warning, the
card, merging two records of one person, and a person's data exported and erased on request."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import func, select

from factory_desk.domain import clock
from factory_desk.domain.models import (
    AttendanceMark,
    AuditEntry,
    Certificate,
    Enrolment,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.ui.people.merge_dialog import MergeDialog
from factory_desk.ui.people.model import PeopleTableModel
from factory_desk.ui.people.person_dialog import PersonDialog


def names(page) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.model
    return [model.index(row, PeopleTableModel.FULL_NAME).data() for row in range(model.rowCount())]


@pytest.fixture
def register(window):  # type: ignore[no-untyped-def]
    """Two organisations; Иванов attended a session and holds a certificate, the others did not."""
    db = window.database
    with db.write() as s:
        plant, school = Organisation(full_name="ООО «Ромашка»"), Organisation(full_name="Rēzeknes tehnikums")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства")
        s.add_all([plant, school, factory, programme])
        s.flush()
        ivanov = Person(surname="Иванов", first_name="Иван", patronymic="Иванович", organisation_id=plant.id,
                        position="Мастер участка")
        petrova = Person(surname="Петрова", first_name="Анна", organisation_id=plant.id)
        berzins = Person(surname="Bērziņš", first_name="Jānis", organisation_id=school.id, category="student")
        s.add_all([ivanov, petrova, berzins])
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="held")
        training.days.append(SessionDay(day_no=1, date=dt.date(2026, 3, 10)))
        s.add(training)
        s.flush()
        enrolment = Enrolment(session_id=training.id, person_id=ivanov.id)
        s.add(enrolment)
        s.flush()
        s.add(AttendanceMark(enrolment_id=enrolment.id, day_no=1, status_code="present"))
        s.add(Certificate(number="КИР-2026-00001", enrolment_id=enrolment.id, snapshot={"full_name": "Иванов"}))
        ids = {"plant": plant.id, "school": school.id, "ivanov": ivanov.id, "petrova": petrova.id,
               "berzins": berzins.id, "session": training.id}
    window.go_to_area(1)
    page = window.people_page
    page.refresh()
    return ids


def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
    """Pick an item as the user does: the box shows it and says it was activated."""
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_list_narrows_by_organisation_category_and_training(window, register, qtbot):
    page = window.people_page
    assert names(page) == ["Bērziņš Jānis", "Иванов Иван Иванович", "Петрова Анна"]

    # WHEN only trained people are asked for
    choose(page.ui.trained_filter_combo, True)
    # THEN only Иванов, who attended, is listed and counted
    assert names(page) == ["Иванов Иван Иванович"]
    assert page.ui.count_label.text() == "Found: 1"

    # WHEN "not yet trained" in the plant
    choose(page.ui.trained_filter_combo, False)
    choose(page.ui.organisation_filter_combo, register["plant"])
    assert names(page) == ["Петрова Анна"]

    # WHEN students of any organisation, any training
    choose(page.ui.organisation_filter_combo, None)
    choose(page.ui.trained_filter_combo, None)
    choose(page.ui.category_filter_combo, "student")
    assert names(page) == ["Bērziņš Jānis"]

    # WHEN a filter finds nobody, a sentence says how to see more
    choose(page.ui.organisation_filter_combo, register["plant"])
    assert names(page) == []
    assert page.ui.empty_label.isVisible()
    assert "Any" in page.ui.empty_label.text()


def test_selecting_a_person_shows_their_card_with_sessions_certificates_and_consent(window, register, qtbot):
    page = window.people_page
    page.select(register["ivanov"])
    card = page.card
    assert card.name_label.text() == "Иванов Иван Иванович"
    assert "ООО «Ромашка»" in card.details_label.text()
    assert "Мастер участка" in card.details_label.text()
    assert card.consent_label.text() == "No consent to the processing of personal data is recorded."
    sessions = card.sessions_table
    assert sessions.rowCount() == 1
    assert [sessions.item(0, c).text() for c in range(sessions.columnCount())] == [
        "10.03.2026", "Основы бережливого производства", "Фабрика процессов Кириши", "Enrolled", "Present"]
    assert card.certificates_table.item(0, 0).text() == "КИР-2026-00001"
    assert card.tabs.tabText(1) == "Certificates (1)"


def test_a_new_person_typed_in_capitals_is_saved_in_proper_case_and_selected(window, register, qtbot, type_text):
    page = window.people_page
    # GIVEN the list narrowed to the plant; WHEN Ctrl+N is pressed
    choose(page.ui.organisation_filter_combo, register["plant"])
    page.ui.search_edit.setFocus()
    qtbot.keyClick(page.ui.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page._editor, PersonDialog))
    dialog = page._editor
    # THEN the editor starts in that organisation
    assert dialog.ui.organisation_combo.currentData() == register["plant"]
    # WHEN a name in capitals is typed and saved with Enter
    type_text(dialog.ui.surname_edit, "СИДОРОВА-ПЕТРОВА")
    type_text(dialog.ui.first_name_edit, "ОЛЬГА")
    dialog.ui.consent_check.setChecked(True)
    qtbot.keyClick(dialog.ui.first_name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page._editor is None)
    # THEN the person is listed in proper case, selected, with the card showing the consent
    assert "Сидорова-Петрова Ольга" in names(page)
    assert page.card.name_label.text() == "Сидорова-Петрова Ольга"
    assert page.card.consent_label.text().startswith("Consent to the processing of personal data: "
                                                     + clock.today().strftime("%d.%m.%Y"))


def test_the_same_person_typed_again_must_be_confirmed_as_someone_else(window, register, qtbot, type_text):
    page = window.people_page
    page.new_person()
    dialog = page._editor
    choose(dialog.ui.organisation_combo, register["plant"])
    # WHEN the name of Иванов is typed with other case and spaces
    type_text(dialog.ui.surname_edit, "иванов ")
    type_text(dialog.ui.first_name_edit, "ИВАН")
    type_text(dialog.ui.patronymic_edit, "Иванович")
    # THEN once typing pauses, the dialog says he is registered there and Save waits for a confirmation
    qtbot.waitUntil(lambda: dialog.ui.duplicate_label.isVisible())
    assert "same organisation" in dialog.ui.duplicate_label.text()
    assert "Иванов Иван Иванович, ООО «Ромашка»" in dialog.ui.duplicate_label.text()
    assert dialog.ui.different_check.isVisible()
    assert not dialog.save_button.isEnabled()
    # WHEN the coordinator confirms it is a namesake, THEN it can be saved
    dialog.ui.different_check.setChecked(True)
    assert dialog.save_button.isEnabled()
    # WHEN the organisation is another one, THEN the namesake is only shown, nothing to confirm
    choose(dialog.ui.organisation_combo, register["school"])
    qtbot.waitUntil(lambda: not dialog.ui.different_check.isVisible())
    assert "other organisations" in dialog.ui.duplicate_label.text()
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_a_bad_e_mail_is_refused_with_a_sentence_and_nothing_typed_is_lost(window, register, qtbot, type_text):
    page = window.people_page
    page.edit_person(register["petrova"])
    dialog = page._editor
    dialog.ui.email_edit.setText("petrova@romashka")
    dialog.ui.position_edit.setText("Технолог")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.error_label.text() == "This e-mail address is not valid."
    assert dialog.ui.position_edit.text() == "Технолог"
    with window.database.read() as s:
        assert s.get(Person, register["petrova"]).position == ""
    dialog.reject()


def test_two_records_of_one_person_are_merged_keeping_the_session_and_certificate(
        window, register, qtbot, monkeypatch):
    db = window.database
    with db.write() as s:  # Иванов entered a second time, without history
        s.add(Person(surname="ИВАНОВ", first_name="Иван", patronymic="Иванович", organisation_id=register["plant"]))
    page = window.people_page
    page.refresh()
    assert names(page).count("Иванов Иван Иванович") + names(page).count("ИВАНОВ Иван Иванович") == 2
    # WHEN the coordinator opens the list of duplicates
    qtbot.mouseClick(page.ui.duplicates_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.findChildren(MergeDialog) if w.isVisible())
    qtbot.waitUntil(lambda: dialog.groups_list.count() == 1)
    # THEN the pair is listed, and the record with the session is the one selected to keep
    assert dialog.members_table.rowCount() == 2
    assert dialog.kept_id() == register["ivanov"]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    # THEN one record stays, with its session and certificate, and the dialog says what happened
    assert "Merged 1 record" in dialog.result_label.text()
    assert dialog.groups_list.count() == 0
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Person).where(Person.surname.ilike("%ванов"))
                         ).scalar_one() == 1
        assert s.execute(select(func.count()).select_from(Enrolment)).scalar_one() == 1
        assert s.execute(select(AuditEntry.action).where(AuditEntry.action == "people_merged")).scalar_one()
    assert names(page).count("Иванов Иван Иванович") == 1
    dialog.reject()


def test_merging_from_the_card_finds_a_misspelt_record_by_search(window, register, qtbot, type_text, monkeypatch):
    db = window.database
    with db.write() as s:
        s.add(Person(surname="Иваноф", first_name="Иван", organisation_id=register["plant"]))
    page = window.people_page
    page.refresh()
    page.select(register["ivanov"])
    qtbot.mouseClick(page.card.merge_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.findChildren(MergeDialog) if w.isVisible())
    assert dialog.members_table.rowCount() == 1  # nobody else has exactly this name
    dialog.find_edit.clear()
    type_text(dialog.find_edit, "иваноф")
    qtbot.waitUntil(lambda: dialog.found_list.count() == 1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.members_table.rowCount() == 2
    assert dialog.kept_id() == register["ivanov"]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.members_table.rowCount() == 1
    assert "Иваноф Иван" not in names(page)
    dialog.reject()


def test_a_persons_data_are_exported_and_erased_on_request(window, register, qtbot, monkeypatch, tmp_path):
    page = window.people_page
    page.select(register["ivanov"])
    target = tmp_path / "request.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(page.exported, timeout=10_000):
        qtbot.mouseClick(page.card.export_button, Qt.MouseButton.LeftButton)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["surname"] == "Иванов"
    assert [c["number"] for c in data["certificates"]] == ["КИР-2026-00001"]

    # WHEN erasure is asked, with a reason
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Заявление от 20.11.2026", True))
    qtbot.mouseClick(page.card.erase_button, Qt.MouseButton.LeftButton)
    # THEN the name is gone from the list, the card says so, the session and certificate stay for reports
    assert "Иванов Иван Иванович" not in names(page)
    assert page.card.name_label.text() == "Data erased on request"
    assert not page.card.edit_button.isEnabled()
    with window.database.read() as s:
        assert s.get(Person, register["ivanov"]).surname == "—"
        assert s.execute(select(func.count()).select_from(Enrolment)).scalar_one() == 1
        actions = set(s.execute(select(AuditEntry.action).where(AuditEntry.entity_id == register["ivanov"])
                                ).scalars())
        assert {"personal_data_exported", "personal_data_erased"} <= actions


def test_erasure_without_a_reason_erases_nothing(window, register, qtbot, monkeypatch):
    page = window.people_page
    page.select(register["petrova"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("  ", True))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: warned.append(a[2]))
    qtbot.mouseClick(page.card.erase_button, Qt.MouseButton.LeftButton)
    assert warned == ["Nothing was erased: the reason is needed for the log."]
    assert "Петрова Анна" in names(page)


def test_an_organisations_card_leads_to_all_its_people_in_the_list(window, register, qtbot):
    page = window.people_page
    page.show_organisations()
    panel = page.organisations
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.select(register["plant"])
    qtbot.mouseClick(panel.ui.show_people_button, Qt.MouseButton.LeftButton)
    assert page.ui.area_tabs.currentWidget() is page.ui.people_tab
    assert page.ui.organisation_filter_combo.currentText() == "ООО «Ромашка»"
    assert names(page) == ["Иванов Иван Иванович", "Петрова Анна"]
    assert page.ui.count_label.text() == "Found: 2"


def tab_chain(start):  # type: ignore[no-untyped-def]
    """The widgets Tab visits from `start`, in order, until it comes back."""
    chain, widget = [start], start.nextInFocusChain()
    while widget is not start and len(chain) < 300:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_the_keyboard_reaches_the_filters_the_list_the_card_and_every_field_of_the_editor(window, register, qtbot):
    page = window.people_page
    page.select(register["ivanov"])
    ui, card = page.ui, page.card
    chain = tab_chain(ui.search_edit)
    for control in (ui.organisation_filter_combo, ui.category_filter_combo, ui.trained_filter_combo,
                    ui.new_person_button, ui.duplicates_button, ui.import_button, ui.export_button, ui.people_view,
                    card.edit_button, card.merge_button, card.export_button, card.erase_button, card.tabs):
        assert control in chain or control.focusProxy() in chain, control.objectName() or type(control).__name__
    page.edit_person(register["ivanov"])
    d = page._editor.ui
    fields = [d.surname_edit, d.first_name_edit, d.patronymic_edit, d.organisation_combo, d.position_edit,
              d.department_edit, d.category_combo, d.email_edit, d.phone_edit, d.badge_edit, d.consent_check,
              d.minor_check, d.notes_edit]
    chain = tab_chain(d.surname_edit)
    assert [w for w in chain if w in fields] == fields
    page._editor.reject()
