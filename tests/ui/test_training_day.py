"""The training day window as a trainer uses it on a laptop without a mouse: open it from the session window,
mark sixteen people, type the three simulation rounds, the tests and the recommendations, and close the session.
Everything typed is in the database at once, with no Save button."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView, QWidget
from sqlalchemy import select

from factory_desk.domain import clock
from factory_desk.domain.models import (
    AttendanceMark,
    Enrolment,
    Factory,
    Feedback,
    Organisation,
    Person,
    Programme,
    RoundMetric,
    SessionDay,
    TrainingSession,
)
from factory_desk.domain.models import (
    TestResult as Score,
)
from factory_desk.services.enrolment import enrol
from factory_desk.services.rounds import round_table
from factory_desk.ui.attendance.day_window import TrainingDayWindow
from factory_desk.ui.sessions.session_dialog import SessionDialog

TODAY = clock.today()
SURNAMES = ("Агеев", "Борисов", "Волков", "Громов", "Дёмин", "Ершов", "Жуков", "Зайцев", "Ильин", "Козлов",
            "Лебедев", "Морозов", "Никитин", "Осипов", "Павлов", "Романов")
METRICS = (("good_units", "Годные изделия", "шт", False), ("operators", "Операторы", "чел", True),
           ("round_duration", "Длительность раунда", "мин", False))


@pytest.fixture
def place(db):
    with db.write() as s:
        plant = Organisation(full_name="АО «Кировский завод»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства", rounds=3, metrics=[
            RoundMetric(code=code, name=name, unit=unit, position=n, lower_is_better=lower)
            for n, (code, name, unit, lower) in enumerate(METRICS, 1)])
        s.add_all([plant, factory, programme])
        s.flush()
        people = [Person(surname=surname, first_name="Иван", organisation_id=plant.id, position="Мастер",
                         **Person.derived(surname, "Иван")) for surname in SURNAMES]
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="confirmed",
                                   min_group=12, max_group=16)
        training.days.append(SessionDay(day_no=1, date=TODAY))
        s.add_all([*people, training])
        s.flush()
        session_id, ids = training.id, [p.id for p in people]
    enrol(db, session_id, ids)
    return {"session": session_id, "people": ids}


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key press where the keyboard focus is, as the trainer's keyboard sends it."""
    widget = QApplication.focusWidget()
    assert isinstance(widget, QWidget), "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def type_column(qtbot, values) -> None:  # type: ignore[no-untyped-def]
    """Each value typed key by key where the focus is (the first key opens the cell's editor), then Enter,
    which saves it and moves down the column."""
    for value in values:
        for char in value:
            qtbot.keyClick(QApplication.focusWidget(), char)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QTableView))  # the editor has closed


def test_a_whole_training_day_with_the_keyboard_alone(qtbot, db, place, monkeypatch):
    # GIVEN the session window of today's confirmed session of sixteen people
    session_window = SessionDialog(db, place["session"], user_name="trainer")
    qtbot.addWidget(session_window)
    session_window.show()
    qtbot.waitExposed(session_window)
    session_window.activateWindow()
    qtbot.waitUntil(session_window.isActiveWindow)

    # WHEN the trainer presses Alt+T («Training day…»)
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: session_window.day_window is not None)  # a mnemonic clicks a moment later
    window = session_window.day_window
    assert isinstance(window, TrainingDayWindow)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.ui.tabs.currentWidget() is window.ui.attendance_tab
    assert window.ui.heading_label.text() == "Основы бережливого производства"

    # AND marks the sixteen with one key each: 1 present, 2 late, 4 absent
    keys = [Qt.Key.Key_1] * 16
    keys[3], keys[7] = Qt.Key.Key_2, Qt.Key.Key_4
    press(qtbot, Qt.Key.Key_Down)  # from the scan field into the list
    for key in keys:
        press(qtbot, key)
    # THEN every mark is in the database already, and the counts say so
    with db.read() as s:
        marks = s.scalars(select(AttendanceMark.status_code).join(Enrolment)
                          .where(Enrolment.session_id == place["session"])).all()
    assert sorted(marks) == sorted(["present"] * 14 + ["late", "absent"])
    assert "not marked 0" in window.attendance.ui.counts_label.text()

    # WHEN Ctrl+2 shows the rounds and the three rounds are typed, one column at a time
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentWidget() is window.ui.rounds_tab
    type_column(qtbot, ["12", "6", "20", "20", "5", "20", "30", "4", "20"])
    # THEN productivity rose from 6 to 22.5 good units per operator-hour: +275 %
    table = round_table(db, place["session"])
    productivity = next(row for row in table.derived if row.code == "productivity")
    assert productivity.values[0] == Decimal(6) and productivity.values[2] == Decimal("22.5")
    assert productivity.change is not None and productivity.change.percent == Decimal(275)

    # WHEN Ctrl+3 shows tests and feedback: pre-tests, post-tests, then the 0–10 answers
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentWidget() is window.ui.scores_tab
    type_column(qtbot, ["40"] * 16)
    type_column(qtbot, ["80"] * 16)
    type_column(qtbot, ["10"] * 12 + ["8"] * 2 + ["5"] * 2)
    # THEN the knowledge gain and the NPS are shown: 12 promoters, 2 detractors of 16 → +63
    summary = window.scores.summary_text()
    assert "NPS +63" in summary, summary
    with db.read() as s:
        assert len(s.scalars(select(Score)).all()) == 32
        assert len(s.scalars(select(Feedback)).all()) == 16

    # WHEN Ctrl+1, then Alt+C («Close the session…») and Enter to confirm
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentWidget() is window.ui.attendance_tab
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: getattr(window.attendance, "close_box", None) is not None)
    box = window.attendance.close_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    press(qtbot, Qt.Key.Key_Return)
    # THEN the session is closed and held: 15 of 16 get a certificate (the absent one does not)
    with db.read() as s:
        training = s.get(TrainingSession, place["session"])
        assert training.closed_at is not None and training.status == "held"
    assert "15 of 16 people are eligible" in window.attendance.ui.message_label.text()
    assert "Held" in window.ui.details_label.text()

    # WHEN the window is closed with Escape (the message box gone, the window has the keyboard again)
    # (a desktop gives the window back its activation when the box closes; the offscreen platform needs asking)
    window.activateWindow()
    qtbot.waitUntil(window.attendance.ui.sheet_view.hasFocus)
    press(qtbot, Qt.Key.Key_Escape)
    # THEN the session window shows the new status
    qtbot.waitUntil(lambda: session_window.day_window is None)
    assert "Held" in session_window.ui.details_label.text()


def test_the_sign_in_sheet_is_printed_from_the_session_window_in_one_action(qtbot, db, place, monkeypatch,
                                                                             tmp_path):
    # GIVEN a PC with a printer, and the session window
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Office printer"]))
    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:  # the print dialog answered with OK
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(150)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    window = SessionDialog(db, place["session"], user_name="coordinator")
    qtbot.addWidget(window)
    window.show()
    # WHEN the coordinator presses «Sign-in sheet…»
    window.ui.sign_in_button.click()
    # THEN the sheet is made in the background, printed, and the window says where it went
    qtbot.waitUntil(lambda: "was sent to" in window.ui.message_label.text(), timeout=60_000)
    assert PdfReader(printed).get_num_pages() == 1  # sixteen people fit on one sheet


def test_the_session_report_is_saved_from_the_session_window(qtbot, db, place, monkeypatch, tmp_path):
    # GIVEN a closed session with its marks, and the session window
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from factory_desk.services import attendance

    attendance.mark_rest(db, place["session"])
    attendance.close(db, place["session"])
    target = tmp_path / "отчёт"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), "")))
    window = SessionDialog(db, place["session"], user_name="coordinator")
    qtbot.addWidget(window)
    window.show()
    # WHEN «Session report» → «Save as PDF…»
    assert [a.text() for a in window.report_menu.actions()] == ["&Print…", "&Save as PDF…", "&Open in the PDF viewer"]
    window.report_menu.actions_by_name["save"].trigger()
    # THEN the report is made in the background and saved; the window says where
    qtbot.waitUntil(lambda: "Saved" in window.ui.message_label.text(), timeout=60_000)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "отчёт.pdf").pages)
    assert "Основы бережливого производства" in text and "Агеев Иван" in text


def test_the_certificates_of_a_closed_session_are_issued_from_the_session_window(qtbot, db, place):
    # GIVEN today's session closed with everyone present, and its session window
    from factory_desk.services import attendance
    from factory_desk.services.certificates import register_count
    from factory_desk.ui.certificates.batch_dialog import CertificateBatchDialog

    attendance.mark_rest(db, place["session"])
    attendance.close(db, place["session"])
    window = SessionDialog(db, place["session"], user_name="coordinator")
    qtbot.addWidget(window)
    window.show()
    # WHEN the coordinator presses «Certificates…» and issues them
    window.ui.certificates_button.click()
    dialog = window.certificates
    assert isinstance(dialog, CertificateBatchDialog) and dialog.isVisible()
    dialog.check_and_issue()
    # THEN sixteen numbered certificates are in the register
    qtbot.waitUntil(lambda: register_count(db, session_id=place["session"]) == 16, timeout=60_000)
