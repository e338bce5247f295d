"""The rounds panel driven with the keyboard as a trainer uses it: figures typed round by round, Enter moving down
the column, productivity and the change following at once, refused values told in a sentence, a closed session
read-only, a programme without metrics pointing to where they are added."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from factory_desk.domain.models import (
    Factory,
    Programme,
    RoundMetric,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.rounds import round_table, set_value
from factory_desk.ui.attendance.rounds_panel import RoundsModel, RoundsPanel

PRODUCTION = (  # code, name, unit, lower is better
    ("order_planned", "Заказ: план", "шт", False),
    ("order_fulfilled", "Заказ: выполнено", "шт", False),
    ("good_units", "Годные изделия", "шт", False),
    ("defects", "Брак", "шт", True),
    ("operators", "Операторы", "чел", True),
    ("round_duration", "Длительность раунда", "мин", False),
)
ROUND_1 = ("24", "6", "12", "8", "6", "20")
ROUND_2 = ("24", "16", "19", "4", "5", "20")
ROUND_3 = ("24", "24", "30", "1", "4", "20")


def make_session(db, metrics=PRODUCTION, closed=False, rounds=3):
    with db.write() as s:
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Фабрика процессов" if metrics else "Методы решения проблем", rounds=rounds,
                              metrics=[RoundMetric(code=code, name=name, unit=unit, position=i, lower_is_better=lower)
                                       for i, (code, name, unit, lower) in enumerate(metrics, 1)])
        s.add_all([factory, programme])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="confirmed",
                                   closed_at=dt.datetime(2026, 11, 12, 17, tzinfo=dt.UTC) if closed else None)
        training.days.append(SessionDay(day_no=1, date=dt.date(2026, 11, 12)))
        s.add(training)
        s.flush()
        return training.id, {m.code: m.id for m in programme.metrics}


@pytest.fixture
def open_panel(qtbot, db):
    def make(session_id):
        panel = RoundsPanel(db, session_id, user_name="Тренер")
        qtbot.addWidget(panel)
        panel.resize(1280, 760)
        panel.show()
        qtbot.waitExposed(panel)
        panel.focus_entry()
        return panel

    return make


def type_cell(qtbot, view: QTableView, text: str, end=Qt.Key.Key_Return) -> None:
    """Type into the current cell as a person would (the first key opens the editor), then press `end`."""
    cell = view.currentIndex()
    for char in text:
        editor = view.indexWidget(view.currentIndex())
        qtbot.keyClick(editor if editor is not None else view, char)
    editor = view.indexWidget(view.currentIndex())
    qtbot.keyClick(editor if editor is not None else view, end)
    qtbot.waitUntil(lambda: view.indexWidget(cell) is None)  # Enter commits queued; Tab edits the next cell


def shown(panel, row_name, column):
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, RoundsModel.NAME).data() == row_name)
    return model.index(row, column).data()


def test_a_trainer_types_three_rounds_down_the_columns_and_sees_productivity_and_its_change(qtbot, db, open_panel,
                                                                                            qtmodeltester):
    # GIVEN a production session's empty rounds, the keyboard in round 1's first cell
    session_id, ids = make_session(db)
    panel = open_panel(session_id)
    view = panel.ui.rounds_view
    qtmodeltester.check(panel.model)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, RoundsModel.FIRST_ROUND)
    assert [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Figure", "Unit", "Round 1", "Round 2", "Round 3", "Change"]

    # WHEN round 1 is typed top to bottom, each figure followed by Enter
    for text in ROUND_1:
        type_cell(qtbot, view, text)
    # THEN it is saved, productivity is there (12 units by 6 operators in 20 min) and Enter went on to round 2
    assert shown(panel, "Productivity", RoundsModel.FIRST_ROUND) == "6.0"
    assert shown(panel, "Plan fulfilment", RoundsModel.FIRST_ROUND) == "25"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, RoundsModel.FIRST_ROUND + 1)
    assert round_table(db, session_id).value(ids["good_units"], 1) == 12
    assert panel.ui.saved_label.text().startswith("Saved at")

    # WHEN rounds 2 and 3 follow
    for text in (*ROUND_2, *ROUND_3):
        type_cell(qtbot, view, text)
    # THEN productivity went from 6.0 to 22.5 per operator-hour, +275 %, and defects down is better
    assert shown(panel, "Productivity", RoundsModel.FIRST_ROUND + 2) == "22.5"
    assert shown(panel, "Productivity", panel.model.change_column) == "+275 %, better"
    assert shown(panel, "Брак", panel.model.change_column) == "−88 %, better"
    change = panel.model.index(3, panel.model.change_column)
    assert change.data(Qt.ItemDataRole.ForegroundRole).name() == "#2e7d32"
    assert shown(panel, "Годные изделия", RoundsModel.UNIT) == "шт"
    table = round_table(db, session_id)
    assert [table.value(ids["good_units"], n) for n in (1, 2, 3)] == [12, 19, 30]
    assert panel.problem() == ""


def test_tab_moves_across_and_a_changed_figure_updates_the_productivity_at_once(qtbot, db, open_panel):
    session_id, ids = make_session(db)
    for code, value in (("good_units", 12), ("operators", 6), ("round_duration", 20)):
        set_value(db, session_id, 1, ids[code], Decimal(value))
    panel = open_panel(session_id)
    view = panel.ui.rounds_view
    assert shown(panel, "Productivity", RoundsModel.FIRST_ROUND) == "6.0"
    # the keyboard is put in the first empty cell: order planned, round 1
    view.setCurrentIndex(panel.model.index(2, RoundsModel.FIRST_ROUND))  # good units, round 1
    type_cell(qtbot, view, "24", end=Qt.Key.Key_Tab)
    assert shown(panel, "Productivity", RoundsModel.FIRST_ROUND) == "12.0"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, RoundsModel.FIRST_ROUND + 1)
    type_cell(qtbot, view, "20")  # Tab went on editing the next cell: round 2's good units
    assert round_table(db, session_id).value(ids["good_units"], 2) == 20


def test_a_decimal_comma_is_accepted_in_russian_and_shown_back_with_a_comma(qtbot, db, open_panel,
                                                                           interface_language):
    interface_language("ru")
    session_id, ids = make_session(db)
    panel = open_panel(session_id)
    view = panel.ui.rounds_view
    view.setCurrentIndex(panel.model.index(3, RoundsModel.FIRST_ROUND))  # defects
    type_cell(qtbot, view, "12,5")
    assert round_table(db, session_id).value(ids["defects"], 1) == Decimal("12.5")
    assert panel.model.index(3, RoundsModel.FIRST_ROUND).data() == "12,5"


def test_a_refused_value_is_told_under_the_table_and_the_cell_stays_current(qtbot, db, open_panel):
    session_id, ids = make_session(db)
    panel = open_panel(session_id)
    view = panel.ui.rounds_view
    view.setCurrentIndex(panel.model.index(3, RoundsModel.FIRST_ROUND))  # defects, round 1
    type_cell(qtbot, view, "-3")
    assert panel.ui.problem_label.isVisible()
    assert panel.ui.problem_label.text() == "Брак cannot be negative (-3)."
    assert (view.currentIndex().row(), view.currentIndex().column()) == (3, RoundsModel.FIRST_ROUND)
    type_cell(qtbot, view, "x")
    assert panel.ui.problem_label.text() == "“x” is not a number."
    assert round_table(db, session_id).values() == {}
    # a good value clears the sentence
    type_cell(qtbot, view, "3")
    assert not panel.ui.problem_label.isVisible()
    assert (view.currentIndex().row(), view.currentIndex().column()) == (4, RoundsModel.FIRST_ROUND)


def test_delete_clears_a_figure_and_enter_on_a_cell_not_edited_moves_down(qtbot, db, open_panel):
    session_id, ids = make_session(db)
    set_value(db, session_id, 1, ids["order_planned"], Decimal(24))
    panel = open_panel(session_id)
    view = panel.ui.rounds_view
    view.setCurrentIndex(panel.model.index(0, RoundsModel.FIRST_ROUND))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert round_table(db, session_id).value(ids["order_planned"], 1) is None
    assert panel.model.index(0, RoundsModel.FIRST_ROUND).data() == ""
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.currentIndex().row() == 1


def test_rows_are_touch_sized(db, open_panel):
    session_id, _ids = make_session(db)
    panel = open_panel(session_id)
    assert panel.ui.rounds_view.rowHeight(0) >= 44


def test_a_closed_session_is_read_only_with_a_banner(qtbot, db, open_panel):
    session_id, ids = make_session(db)
    set_value(db, session_id, 1, ids["good_units"], Decimal(12))
    with db.write() as s:
        s.get(TrainingSession, session_id).closed_at = dt.datetime(2026, 11, 12, 17, tzinfo=dt.UTC)
    panel = open_panel(session_id)
    view = panel.ui.rounds_view
    assert panel.ui.banner_label.isVisible()
    assert panel.ui.banner_label.text().startswith("This session is closed")
    assert not panel.ui.hint_label.isVisible()
    view.setCurrentIndex(panel.model.index(2, RoundsModel.FIRST_ROUND))
    assert not panel.model.index(2, RoundsModel.FIRST_ROUND).flags() & Qt.ItemFlag.ItemIsEditable
    qtbot.keyClick(view, "5")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert view.state() != QAbstractItemView.State.EditingState
    assert round_table(db, session_id).value(ids["good_units"], 1) == 12


def test_a_session_closed_while_the_panel_is_open_refuses_the_figure_and_turns_read_only(qtbot, db, open_panel):
    session_id, ids = make_session(db)
    panel = open_panel(session_id)
    with db.write() as s:
        s.get(TrainingSession, session_id).closed_at = dt.datetime(2026, 11, 12, 17, tzinfo=dt.UTC)
    type_cell(qtbot, panel.ui.rounds_view, "24")
    assert "is closed" in panel.ui.problem_label.text()
    qtbot.waitUntil(panel.ui.banner_label.isVisible)
    assert round_table(db, session_id).values() == {}


def test_a_programme_without_metrics_says_where_to_add_them(db, open_panel):
    session_id, _ids = make_session(db, metrics=(), rounds=0)
    panel = open_panel(session_id)
    assert not panel.ui.rounds_view.isVisible()
    assert panel.ui.empty_label.text() == (
        "The programme «Методы решения проблем» records no figures in its rounds. A coordinator can add them in "
        "Sessions → Programmes.")
