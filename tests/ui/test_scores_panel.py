"""The scores panel driven with the keyboard: test scores typed down a column, the gain and the averages following,
recommendations typed and the NPS updating, a comment, refused values told next to the table, a closed session
read-only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from factory_desk.domain.models import Enrolment, Factory, Organisation, Person, Programme, SessionDay, TrainingSession
from factory_desk.services.evaluation import scores, set_test
from factory_desk.ui.attendance.scores_panel import ScoresModel, ScoresPanel

NAMES = ("Абрамова", "Борисов", "Васильева", "Григорьев")


def make_session(db, surnames=NAMES):
    with db.write() as s:
        factory, programme = Factory(name="Фабрика процессов Кириши", code="КИР"), Programme(name="Фабрика процессов")
        employer = Organisation(full_name="АО «Кировский завод»")
        s.add_all([factory, programme, employer])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="confirmed")
        training.days.append(SessionDay(day_no=1, date=dt.date(2026, 11, 12)))
        s.add(training)
        people = [Person(surname=name, first_name="Анна", organisation=employer) for name in surnames]
        s.add_all(people)
        s.flush()
        s.add_all(Enrolment(session_id=training.id, person_id=p.id) for p in people)
        return training.id, {p.surname: p.id for p in people}


@pytest.fixture
def open_panel(qtbot, db):
    def make(session_id):
        panel = ScoresPanel(db, session_id, user_name="Тренер")
        qtbot.addWidget(panel)
        panel.resize(1280, 760)
        panel.show()
        qtbot.waitExposed(panel)
        panel.focus_entry()
        return panel

    return make


def type_cell(qtbot, view: QTableView, text: str, type_text=None, end=Qt.Key.Key_Return) -> None:
    """Type into the current cell (the first key opens the editor), then press `end`."""
    cell = view.currentIndex()
    for char in text:
        editor = view.indexWidget(view.currentIndex())
        target = editor if editor is not None else view
        if type_text is not None and not char.isascii():
            type_text(target, char)
        else:
            qtbot.keyClick(target, char)
    editor = view.indexWidget(view.currentIndex())
    qtbot.keyClick(editor if editor is not None else view, end)
    qtbot.waitUntil(lambda: view.indexWidget(cell) is None)


def cell(panel, row, column):
    return panel.model.index(row, column).data()


def test_scores_typed_down_the_columns_show_the_gain_and_the_averages(qtbot, db, open_panel, qtmodeltester):
    # GIVEN four participants without scores; the keyboard in the first pre-test cell
    session_id, people = make_session(db)
    panel = open_panel(session_id)
    view = panel.ui.scores_view
    qtmodeltester.check(panel.model)
    assert [cell(panel, r, ScoresModel.NAME) for r in range(4)] == [
        "Абрамова Анна", "Борисов Анна", "Васильева Анна", "Григорьев Анна"]
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, ScoresModel.PRE)
    assert panel.ui.summary_label.text() == ("No test scores yet\nNPS: nobody has answered yet (0 of 4)")

    # WHEN the pre-test pile is typed, then the post-test pile (Enter after the last pre-test goes on to it)
    for text in ("40", "55", "30", "62,5"):
        type_cell(qtbot, view, text)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, ScoresModel.POST)
    for text in ("80", "70", "65", "60"):
        type_cell(qtbot, view, text)

    # THEN each gain is shown in points, in green, a fall in red, and the averages are on top
    assert [cell(panel, r, ScoresModel.GAIN) for r in range(4)] == ["+40", "+15", "+35", "−2.5"]
    assert panel.model.index(3, ScoresModel.GAIN).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert panel.ui.summary_label.text().startswith(
        "Average score: before 47 %, after 69 %; gain +22 percentage points")
    rows = scores(db, session_id).rows
    assert [(r.pre, r.post) for r in rows][3] == (Decimal("62.5"), Decimal(60))
    assert panel.ui.saved_label.text().startswith("Saved at")


def test_recommendations_typed_update_the_nps_and_a_comment_is_saved(qtbot, db, open_panel, type_text):
    session_id, people = make_session(db)
    panel = open_panel(session_id)
    view = panel.ui.scores_view
    view.setCurrentIndex(panel.model.index(0, ScoresModel.RECOMMEND))
    type_cell(qtbot, view, "10")
    assert panel.summary().nps_score == 100
    assert panel.ui.summary_label.text().endswith(
        "NPS +100: promoters 1, passives 0, detractors 0; answered 1 of 4")
    for text in ("9", "6", "8"):
        type_cell(qtbot, view, text)
    # 2 promoters, 1 passive, 1 detractor of 4: (2 − 1) / 4 = 25
    assert panel.ui.summary_label.text().endswith(
        "NPS +25: promoters 2, passives 1, detractors 1; answered 4 of 4")
    view.setCurrentIndex(panel.model.index(2, ScoresModel.COMMENT))
    type_cell(qtbot, view, "Мало практики", type_text=type_text)
    row = next(r for r in scores(db, session_id).rows if r.person_id == people["Васильева"])
    assert (row.recommend, row.comment) == (6, "Мало практики")
    assert cell(panel, 2, ScoresModel.COMMENT) == "Мало практики"
    # a cleared answer leaves the NPS of the others
    view.setCurrentIndex(panel.model.index(2, ScoresModel.RECOMMEND))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert panel.summary().nps_score == 67
    assert scores(db, session_id).summary.nps_score == 67


def test_out_of_range_values_are_refused_with_a_sentence_next_to_the_table(qtbot, db, open_panel):
    session_id, people = make_session(db)
    panel = open_panel(session_id)
    view = panel.ui.scores_view
    view.setCurrentIndex(panel.model.index(1, ScoresModel.RECOMMEND))
    type_cell(qtbot, view, "11")
    assert panel.ui.problem_label.isVisible()
    assert panel.ui.problem_label.text() == "The recommendation is a whole number from 0 to 10, not 11."
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, ScoresModel.RECOMMEND)
    view.setCurrentIndex(panel.model.index(1, ScoresModel.PRE))
    type_cell(qtbot, view, "120")
    assert panel.ui.problem_label.text() == "A test score is from 0 to 100, not 120."
    assert scores(db, session_id).rows[1].pre is None
    type_cell(qtbot, view, "45")
    assert not panel.ui.problem_label.isVisible()


def test_the_maximum_score_applies_to_the_scores_typed_afterwards(qtbot, db, open_panel):
    session_id, people = make_session(db)
    set_test(db, session_id, people["Абрамова"], "pre", Decimal(40))
    panel = open_panel(session_id)
    view = panel.ui.scores_view
    panel.ui.max_spin.setValue(20)
    assert cell(panel, 0, ScoresModel.PRE) == "40 of 100"
    view.setCurrentIndex(panel.model.index(0, ScoresModel.POST))
    type_cell(qtbot, view, "16")
    row = scores(db, session_id).rows[0]
    assert (row.post, row.post_max) == (16, 20)
    assert cell(panel, 0, ScoresModel.POST) == "16"
    assert cell(panel, 0, ScoresModel.GAIN) == "+40 pp"  # 40 % → 80 %


def test_a_closed_session_is_read_only_with_a_banner(qtbot, db, open_panel):
    session_id, people = make_session(db)
    set_test(db, session_id, people["Абрамова"], "pre", Decimal(40))
    with db.write() as s:
        s.get(TrainingSession, session_id).closed_at = dt.datetime(2026, 11, 12, 17, tzinfo=dt.UTC)
    panel = open_panel(session_id)
    view = panel.ui.scores_view
    assert panel.ui.banner_label.text().startswith("This session is closed")
    assert not panel.ui.max_spin.isVisible()
    view.setCurrentIndex(panel.model.index(0, ScoresModel.PRE))
    qtbot.keyClick(view, "5")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert view.indexWidget(view.currentIndex()) is None
    assert scores(db, session_id).rows[0].pre == 40


def test_a_session_nobody_holds_a_place_in_says_so(db, open_panel):
    session_id, _people = make_session(db, surnames=())
    panel = open_panel(session_id)
    assert not panel.ui.scores_view.isVisible()
    assert panel.ui.empty_label.text().startswith("Nobody holds a place in this session yet")


def test_rows_are_touch_sized(db, open_panel):
    session_id, _people = make_session(db)
    assert open_panel(session_id).ui.scores_view.rowHeight(0) >= 44


def test_a_cancelled_session_says_so_instead_of_an_empty_list(db, open_panel):
    session_id, _people = make_session(db, surnames=())
    with db.write() as s:
        training = s.get(TrainingSession, session_id)
        training.status, training.cancel_reason = "cancelled", "Мало участников"
    panel = open_panel(session_id)
    assert panel.ui.banner_label.isVisible()
    assert panel.ui.banner_label.text() == "This session was cancelled: no scores can be recorded for it."
    assert panel.ui.empty_label.text() == ""
