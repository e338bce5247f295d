"""The project window driven as a coordinator would, over the real temporary database: a project made from a held
session, edited and saved, refused with the service's sentence, its status and review changed, closing with unsaved
changes, the A3 report saved as PDF, and the tabs of results, follow-ups and attachments after the first save."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import select

from factory_desk.domain import clock
from factory_desk.domain.models import (
    AppUser,
    AttendanceMark,
    AuditEntry,
    Enrolment,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.projects import ProjectDraft, project_card, save_project
from factory_desk.ui.projects.project_window import ProjectWindow
from factory_desk.ui.projects.session_picker import LinkedSessionsModel, SessionPicker
from factory_desk.ui.projects.team_model import TeamModel
from factory_desk.ui.sessions import add_people_dialog

TRAINED = dt.date(2026, 3, 10)


@pytest.fixture
def world(db):
    """A held session in Kirishi: three clinic people present, one MFC person present; a sponsor not trained."""
    with db.write() as s:
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства")
        clinic = Organisation(full_name="ГБУЗ «Киришская клиническая межрайонная больница»",
                              short_name="Киришская больница")
        mfc = Organisation(full_name="МФЦ Тосненского района", short_name="МФЦ Тосно")
        s.add_all([factory, programme, clinic, mfc])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="held")
        training.days.append(SessionDay(day_no=1, date=TRAINED))
        other = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="reported")
        other.days.append(SessionDay(day_no=1, date=TRAINED + dt.timedelta(days=14)))
        s.add_all([training, other])

        def person(surname, first, position, organisation):
            return Person(surname=surname, first_name=first, position=position, organisation_id=organisation.id,
                          **Person.derived(surname, first))

        sponsor = person("Иванова", "Мария", "Главный врач", clinic)
        leader = person("Ёлкин", "Пётр", "Заведующий регистратурой", clinic)
        nurse = person("Сидоров", "Олег", "Медбрат", clinic)
        clerk = person("Зайцева", "Анна", "Регистратор", clinic)
        director = person("Петров", "Иван", "Директор МФЦ", mfc)
        s.add_all([sponsor, leader, nurse, clerk, director])
        s.flush()
        for someone in (leader, nurse, clerk, director):
            enrolment = Enrolment(session_id=training.id, person_id=someone.id, status="enrolled")
            s.add(enrolment)
            s.flush()
            s.add(AttendanceMark(enrolment_id=enrolment.id, day_no=1, status_code="present"))
        return {"session": training.id, "other_session": other.id, "clinic": clinic.id, "mfc": mfc.id,
                "sponsor": sponsor.id, "leader": leader.id, "nurse": nurse.id, "clerk": clerk.id,
                "director": director.id}


@pytest.fixture
def choose(monkeypatch):
    """The people dialog answers with these (id, name) pairs, in order; it records what it was asked."""
    answers: list[tuple[int, str] | None] = []
    asked: list[dict] = []

    def choose_person(_db, _parent, prompt, *, organisation="", taken=()):
        asked.append({"prompt": prompt, "organisation": organisation, "taken": list(taken)})
        return answers.pop(0)

    monkeypatch.setattr(add_people_dialog, "choose_person", choose_person)
    return answers, asked


@pytest.fixture(autouse=True)
def answer(monkeypatch):
    """QMessageBox.question answers with these buttons, in order, then Discard (a window left with changes is
    closed when the test ends); the questions asked are kept."""
    answers: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return answers.pop(0) if answers else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return answers, asked


def _project(db, world, **changes) -> int:
    draft = ProjectDraft(title="Сокращение очереди в регистратуре", organisation_id=world["clinic"],
                         leader_id=world["leader"], planned_start=dt.date(2026, 3, 24),
                         planned_finish=dt.date(2031, 5, 1), team=[(world["nurse"], "Участник")],
                         session_ids=[world["session"]])
    for name, value in changes.items():
        setattr(draft, name, value)
    return save_project(db, draft, user_name="coordinator")


def _window(qtbot, db, project_id, **kwargs) -> ProjectWindow:
    window = ProjectWindow(db, project_id, user_name=kwargs.pop("user_name", "coordinator"), **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # keyboard focus and shortcuts need an active window
        window.show()
        window.activateWindow()
    return window


def _audit(db, project_id):
    with db.read() as s:
        return [(e.action, e.user_name, e.details) for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "improvement_project", AuditEntry.entity_id == project_id).order_by(AuditEntry.id))]


def _choose_in(combo, value):
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _tab_enabled(window, name):
    tabs = window.ui.tabs
    return tabs.isTabEnabled(tabs.indexOf(getattr(window.ui, f"{name}_tab")))


def test_a_project_made_from_a_session_is_saved_and_read_back(qtbot, db, world, choose, type_text, qtmodeltester):
    # GIVEN the window of a new project started from the held session
    window = _window(qtbot, db, None, session_id=world["session"])
    ui = window.ui
    # THEN the session is linked, the organisation is the one most attendees came from, the title is empty and
    # has the keyboard, and the planned start is left for the coordinator to fill in
    assert [s.id for s in window.sessions.rows()] == [world["session"]]
    assert ui.organisation_combo.currentData() == world["clinic"]
    assert ui.title_edit.text() == "" and ui.title_edit.hasFocus()
    assert window.dates["planned_start"].value() is None and ui.planned_start_edit.text() == "—"
    assert ui.heading_label.text() == "New improvement project"
    assert window.project_id is None and not window.isWindowModified()

    # WHEN the coordinator types the title, picks the leader, adds the session's participants, types the dates
    type_text(ui.title_edit, "Сокращение очереди в регистратуре")
    choose[0].append((world["leader"], "Ёлкин Пётр"))
    qtbot.mouseClick(ui.leader_button, Qt.MouseButton.LeftButton)
    assert ui.leader_text.text() == "Ёлкин Пётр — Заведующий регистратурой, Киришская больница"
    assert choose[1][0]["organisation"] == "Киришская больница"
    qtbot.mouseClick(ui.participants_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(window.team)
    qtmodeltester.check(window.sessions)
    # (only the clinic's people who attended: not the MFC's director, nor the leader, who has his own place)
    assert [p.name for p in window.team.rows()] == ["Зайцева Анна", "Сидоров Олег"]
    for edit, digits in ((ui.planned_start_edit, "24032026"), (ui.planned_finish_edit, "01052031")):
        edit.setFocus()
        qtbot.keyClicks(edit, digits)
    # (a role typed in the team's table, and saved with Ctrl+S before leaving the cell)
    ui.team_view.setFocus()
    ui.team_view.setCurrentIndex(window.team.index(1, TeamModel.ROLE))
    qtbot.keyClick(ui.team_view, Qt.Key.Key_F2)
    type_text(window.focusWidget(), "  Хронометраж ")
    assert window.isWindowModified()
    with qtbot.waitSignal(window.changed):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    # THEN the project is in the database as typed, and the window shows it as saved
    assert window.project_id is not None
    card = project_card(db, window.project_id)
    assert card.title == "Сокращение очереди в регистратуре" and card.organisation_id == world["clinic"]
    assert (card.leader.id, card.leader.position) == (world["leader"], "Заведующий регистратурой")
    assert card.sponsor is None
    assert [(t.name, t.role) for t in card.team] == [("Зайцева Анна", ""), ("Сидоров Олег", "Хронометраж")]
    assert [s.id for s in card.sessions] == [world["session"]]
    assert (card.planned_start, card.planned_finish) == (dt.date(2026, 3, 24), dt.date(2031, 5, 1))
    assert card.status == "in_development"
    assert [action for action, _user, _details in _audit(db, card.id)] == ["project_created"]
    assert ui.heading_label.text() == card.title and not window.isWindowModified()
    assert ui.message_label.text().startswith("The project was saved.")


def test_an_edited_project_is_saved_with_its_a3_texts(qtbot, db, world, choose, type_text):
    # GIVEN a saved project open in its window
    project_id = _project(db, world)
    window = _window(qtbot, db, project_id)
    ui = window.ui
    save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert not window.isWindowModified() and not save.isEnabled()
    # WHEN the coordinator adds a sponsor, a team member with a role, a sub-programme, an A3 text and a passport link
    choose[0].append((world["sponsor"], "Иванова Мария"))
    ui.sponsor_button.click()
    choose[0].append((world["clerk"], "Зайцева Анна"))
    ui.add_member_button.click()
    assert choose[1][1]["taken"] == [world["nurse"]]  # the team's people cannot be picked twice
    editor = ui.team_view.focusWidget()  # the new member's role is typed next
    type_text(editor, "Регистратор")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.focusWidget() is not editor)  # the editor closes
    ui.sub_programme_combo.setEditText("Здравоохранение")
    window.show_tab("a3")
    type_text(ui.background_edit, "Жалобы пациентов на очереди.")
    ui.passport_edit.setText("https://example.org/passport.pdf")
    assert save.isEnabled() and window.isWindowModified()
    with qtbot.waitSignal(window.changed):
        save.click()

    # THEN the card holds the changes; the audit entry names the fields changed
    card = project_card(db, project_id)
    assert card.sponsor.name == "Иванова Мария" and card.sub_programme == "Здравоохранение"
    assert [(t.name, t.role) for t in card.team] == [("Зайцева Анна", "Регистратор"), ("Сидоров Олег", "Участник")]
    assert card.background == "Жалобы пациентов на очереди."
    assert card.passport_url == "https://example.org/passport.pdf"
    action, user, details = _audit(db, project_id)[-1]
    assert (action, user) == ("project_updated", "coordinator")
    assert details["changed"] == ["background", "passport_url", "sponsor_id", "sub_programme", "team"]
    assert not window.isWindowModified() and not save.isEnabled()


def test_a_finish_before_the_start_is_refused_with_the_services_sentence(qtbot, db, world, type_text):
    # GIVEN a new project with a title, planned to finish before it starts
    window = _window(qtbot, db, None, session_id=world["session"])
    type_text(window.ui.title_edit, "Очередь")
    window.dates["planned_start"].set_value(dt.date(2026, 3, 24))
    window.dates["planned_finish"].set_value(dt.date(2026, 3, 1))
    # WHEN it is saved
    window.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    # THEN the window says why, puts the keyboard on the finish, and nothing is written
    assert window.ui.message_label.text() == "A project cannot finish (01.03.2026) before it starts (24.03.2026)."
    assert window.ui.planned_finish_edit.hasFocus()
    assert window.project_id is None and _audit(db, 1) == []
    assert not _tab_enabled(window, "results")


def test_changing_the_status_fills_the_actual_start_at_once_and_keeps_what_is_typed(qtbot, db, world, type_text):
    # GIVEN a project in development, whose description the coordinator is typing
    project_id = _project(db, world)
    window = _window(qtbot, db, project_id)
    type_text(window.ui.description_edit, "Очередь по утрам.")
    # WHEN its status is changed to «launched»
    with qtbot.waitSignal(window.changed):
        _choose_in(window.ui.status_combo, "launched")
    # THEN it is saved at once with today's actual start, audited, and shown in the heading and the card
    card = project_card(db, project_id)
    assert card.status == "launched" and card.actual_start == clock.today()
    assert window.dates["actual_start"].value() == clock.today()
    action, _user, details = _audit(db, project_id)[-1]
    assert (action, details) == ("project_status_changed",
                                 {"from": "in_development", "to": "launched", "filled": ["actual_start"]})
    assert "Launched" in window.ui.state_label.text()
    assert window.ui.message_label.text() == "The project's status is now «Launched»."
    # AND the description typed is still there, not yet saved
    assert window.ui.description_edit.toPlainText() == "Очередь по утрам." and card.description == ""
    assert window.isWindowModified()


def test_an_overdue_project_says_so_in_its_heading(qtbot, db, world):
    project_id = _project(db, world, planned_finish=dt.date(2026, 3, 30))
    window = _window(qtbot, db, project_id)
    assert "The project is overdue: the planned finish was 30.03.2026" in window.ui.state_label.text()


def test_the_review_is_refused_for_a_trainer_and_set_by_a_coordinator(qtbot, db, world):
    # GIVEN a trainer's account and a project
    with db.write() as s:
        s.add(AppUser(login="trainer1", role="trainer"))
    project_id = _project(db, world)
    # WHEN the trainer marks it checked
    window = _window(qtbot, db, project_id, user_name="trainer1")
    _choose_in(window.ui.review_combo, "checked")
    # THEN the service's sentence is shown, the box goes back, and nothing is stored
    assert window.ui.message_label.text() == (
        "Only a coordinator reviews projects; you are signed in as “trainer1” with the role “Trainer”.")
    assert window.ui.review_combo.currentData() == "none"
    assert project_card(db, project_id).review_state == "none"
    # WHEN a coordinator (a login without an account has the centre's default role) does the same
    window = _window(qtbot, db, project_id, user_name="coordinator")
    with qtbot.waitSignal(window.changed):
        _choose_in(window.ui.review_combo, "checked")
    # THEN it is stored and audited
    assert project_card(db, project_id).review_state == "checked"
    assert _audit(db, project_id)[-1][:2] == ("project_review_changed", "coordinator")
    assert "Checked" in window.ui.state_label.text()


def test_closing_with_unsaved_changes_asks_to_save_discard_or_stay(qtbot, db, world, answer, type_text):
    project_id = _project(db, world)
    answers, asked = answer
    # GIVEN a project window with its title changed
    window = _window(qtbot, db, project_id)
    window.ui.title_edit.clear()
    type_text(window.ui.title_edit, "Очередь в регистратуре")
    # WHEN Esc is pressed and the coordinator answers Cancel: THEN the window stays, the change too
    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked == ["The project has changes that are not saved. Save them?"]
    assert window.isVisible() and window.ui.title_edit.text() == "Очередь в регистратуре"
    # WHEN closed again with Discard: THEN it closes and nothing was saved
    answers.append(QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()
    assert project_card(db, project_id).title == "Сокращение очереди в регистратуре"
    # WHEN another window is closed with Save: THEN the change is saved
    window = _window(qtbot, db, project_id)
    window.ui.title_edit.clear()
    type_text(window.ui.title_edit, "Очередь в регистратуре")
    answers.append(QMessageBox.StandardButton.Save)
    window.ui.button_box.button(QDialogButtonBox.StandardButton.Close).click()
    assert not window.isVisible()
    assert project_card(db, project_id).title == "Очередь в регистратуре"
    # AND a window without changes closes without asking
    window = _window(qtbot, db, project_id)
    window.close()
    assert not window.isVisible() and len(asked) == 3


def test_the_a3_report_saved_as_pdf_holds_the_title_and_the_text_just_typed(
        qtbot, db, world, answer, monkeypatch, tmp_path, type_text):
    # GIVEN a project whose A3 background was just typed, not saved
    project_id = _project(db, world)
    window = _window(qtbot, db, project_id)
    window.show_tab("a3")
    type_text(window.ui.background_edit, "Жалобы пациентов на очереди")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "отчёт A3"), ""))
    answers, asked = answer
    answers.append(QMessageBox.StandardButton.Save)
    # WHEN «A3 report → Save as PDF» is chosen, and the window's question to save first answered Save
    window.a3_menu.actions_by_name["save"].trigger()
    qtbot.waitUntil(lambda: window.ui.message_label.text().startswith("Saved"), timeout=60_000)
    # THEN the changes were saved first, and the PDF has the title and the new text
    assert asked == ["The A3 report is made from the saved project. Save the changes first?"]
    assert project_card(db, project_id).background == "Жалобы пациентов на очереди"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "отчёт A3.pdf").pages)
    assert "Сокращение очереди в регистратуре" in text and "Жалобы пациентов на очереди" in text


def test_the_panels_tabs_open_once_a_new_project_is_saved(qtbot, db, world, type_text):
    # GIVEN a new project's window
    window = _window(qtbot, db, None)
    # THEN the results, follow-ups and attachments tabs are closed, with the reason on their tab
    for name in ("results", "follow_ups", "attachments"):
        assert not _tab_enabled(window, name)
    tabs = window.ui.tabs
    assert tabs.tabToolTip(tabs.indexOf(window.ui.results_tab)).startswith("Save the new project first")
    window.show_tab("results")
    assert tabs.currentWidget() is window.ui.card_tab
    assert not window.ui.status_combo.isEnabled() and not window.ui.delete_button.isEnabled()
    # WHEN it is saved
    type_text(window.ui.title_edit, "Очередь")
    window.save()
    # THEN the tabs open, and Ctrl+3 shows the results
    for name in ("results", "follow_ups", "attachments"):
        assert _tab_enabled(window, name)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.ui.results_tab
    assert window.ui.status_combo.isEnabled()


def test_sessions_are_linked_through_the_picker_and_unlinked(qtbot, db, world, shown):
    # GIVEN a project linked to the first session
    project_id = _project(db, world)
    window = _window(qtbot, db, project_id)
    # WHEN «Add training…» is clicked
    window.ui.add_session_button.click()
    picker = window.picker
    assert isinstance(picker, SessionPicker) and picker.isVisible()
    # THEN by default it offers the held sessions the clinic's people attended, less the one linked: none
    assert picker.model.rowCount() == 0 and picker.ui.organisation_check.isChecked()
    # WHEN the tick is cleared: THEN the other held session is offered; chosen, it is linked on the card
    picker.ui.organisation_check.setChecked(False)
    assert [s.id for s in picker.model.rows()] == [world["other_session"]]
    assert picker.model.data(picker.model.index(0, 0)) == "24.03.2026"
    picker.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [s.id for s in window.sessions.rows()] == [world["session"], world["other_session"]]
    # WHEN the first is selected and removed, and the card saved
    window.ui.sessions_view.selectRow(0)
    window.ui.remove_session_button.click()
    window.save()
    # THEN the project comes from the second session only
    assert [s.id for s in project_card(db, project_id).sessions] == [world["other_session"]]
    assert window.sessions.data(window.sessions.index(0, LinkedSessionsModel.PROGRAMME)) == (
        "Основы бережливого производства")


def test_a_project_deleted_after_asking_is_gone(qtbot, db, world, answer):
    from factory_desk.services.projects import ProjectError

    project_id = _project(db, world)
    window = _window(qtbot, db, project_id)
    answers, asked = answer
    answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.changed):
        window.ui.delete_button.click()
    assert asked[0].startswith("Delete the project «Сокращение очереди в регистратуре»")
    assert not window.isVisible()
    with pytest.raises(ProjectError):
        project_card(db, project_id)


def test_a_date_may_be_left_empty_and_typed_from_the_keyboard(qtbot, db, world):
    # GIVEN a new project: its dates are empty, shown as «—»
    window = _window(qtbot, db, None)
    edit = window.ui.actual_kickoff_edit
    field = window.dates["actual_kickoff"]
    assert edit.text() == "—" and field.value() is None
    # WHEN a date is typed into the empty box: THEN it holds that date
    edit.setFocus()
    qtbot.keyClicks(edit, "14042026")
    assert field.value() == dt.date(2026, 4, 14) and edit.text() == "14.04.2026"
    # WHEN Delete is pressed: THEN it is empty again
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert field.value() is None and edit.text() == "—"
    # WHEN Up is pressed in the empty box: THEN it starts from today, not from the lowest date
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert field.value() == clock.today()


def test_the_session_pickers_table_is_a_sound_model(qtbot, db, world, qtmodeltester):
    picker = SessionPicker(db, organisation_id=world["clinic"])
    qtbot.addWidget(picker)
    picker.show()
    assert [(s.id, s.attended, s.from_organisation) for s in picker.model.rows()] == [(world["session"], 4, 3)]
    assert picker.model.data(picker.model.index(0, picker.model.OURS)) == "3"
    qtmodeltester.check(picker.model)
    # Typing narrows the list by programme, factory or date; a word not found leaves it empty
    picker.ui.search_edit.setText("кириши 10.03")
    assert picker.model.rowCount() == 1
    picker.ui.search_edit.setText("Тосно")
    assert picker.model.rowCount() == 0


def test_what_a_panel_saves_reaches_the_window_and_those_who_listen_to_it(qtbot, db, world):
    # GIVEN a saved project's window on its follow-ups tab
    project_id = _project(db, world)
    window = _window(qtbot, db, project_id)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    panel = window.panels["follow_ups"]
    assert window.ui.tabs.currentWidget() is window.ui.follow_ups_tab and panel.isVisible()
    # WHEN the panel plans the follow-ups at 30 and 90 days
    with qtbot.waitSignal(window.changed):
        panel.ui.plan_button.click()
    # THEN the window has read the card again: both are in it
    assert len(window.card.follow_ups) == 2
    assert len(project_card(db, project_id).follow_ups) == 2


def test_the_mouse_wheel_never_changes_the_status_nor_a_box_without_the_keyboard(qtbot, db, world):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    def wheel(widget):
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, event)

    # GIVEN a saved project's window
    project_id = _project(db, world)
    window = _window(qtbot, db, project_id)
    # WHEN the wheel turns over the status box, and over a date box without the keyboard
    wheel(window.ui.status_combo)
    window.ui.title_edit.setFocus()
    wheel(window.ui.actual_finish_edit)
    # THEN neither changed, and nothing was saved
    assert window.ui.status_combo.currentData() == "in_development" and window.dates["actual_finish"].value() is None
    assert project_card(db, project_id).status == "in_development" and not window.isWindowModified()


def test_effects_typed_and_not_saved_are_asked_about_on_closing(qtbot, db, world, answer, type_text):
    project_id = _project(db, world)
    answers, asked = answer
    # GIVEN the Results tab with the freed hours typed but its «Save the effects» not pressed
    window = _window(qtbot, db, project_id)
    window.show_tab("results")
    results = window.panels["results"]
    type_text(results.ui.freed_hours_edit, "540")
    # WHEN the window is closed and the coordinator answers Cancel: THEN it stays with what was typed
    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked == ["The project has changes that are not saved. Save them?"]
    assert window.isVisible() and results.ui.freed_hours_edit.text() == "540"
    # WHEN closed with Save: THEN the effects are saved, with the card untouched
    answers.append(QMessageBox.StandardButton.Save)
    window.close()
    assert not window.isVisible()
    card = project_card(db, project_id)
    assert card.effects.freed_hours_per_year == 540 and card.title == "Сокращение очереди в регистратуре"
