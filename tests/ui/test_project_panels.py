"""The panels of a project's Results, Follow-ups and Attachments tabs, driven as a coordinator does, over the real
temporary database: metrics typed with a decimal comma, measurements and the chart, effects kept until saved,
follow-ups planned 30 and 90 days on and recorded, files added, refused past the limit, opened, saved and deleted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QVBoxLayout, QWidget
from sqlalchemy import func, select

from factory_desk.domain import clock
from factory_desk.domain.models import AuditEntry, ProjectAttachment
from factory_desk.services.project_results import (
    MetricDraft,
    add_attachment,
    add_measurement,
    attachment_data,
    save_metric,
    set_attachment_limit_mb,
)
from factory_desk.services.projects import ProjectDraft, project_card, save_project
from factory_desk.ui.projects.attachments_panel import AttachDialog, AttachmentsPanel, guess_kind
from factory_desk.ui.projects.follow_ups_panel import FollowUpsModel, FollowUpsPanel
from factory_desk.ui.projects.metric_chart import MetricChart, nice_ticks
from factory_desk.ui.projects.metrics_panel import MeasurementDialog, MetricDialog, MetricsModel, MetricsPanel
from factory_desk.ui.sessions.calendar_view import WARNING_COLOUR

USER = "coordinator"
TODAY = clock.today()


@pytest.fixture
def project_id(db) -> int:
    return save_project(db, ProjectDraft(title="Сокращение очереди в регистратуре",
                                         planned_start=TODAY - dt.timedelta(days=100)), user_name=USER)


def hosted(qtbot, panel: QWidget, db, project_id: int) -> QWidget:  # type: ignore[no-untyped-def]
    """The panel on a plain host window, showing the project, as the project window puts it on a tab."""
    host = QWidget()
    QVBoxLayout(host).addWidget(panel)
    qtbot.addWidget(host)
    host.resize(1060, 540)
    host.show()
    qtbot.waitExposed(host)
    panel.set_project(db, project_card(db, project_id), user_name=USER)  # type: ignore[attr-defined]
    return host


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    """Click the dialog's Save (or OK) button, as the user does."""
    box: QDialogButtonBox = dialog.ui.button_box
    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)
    button.click()


def retype(type_text, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Clear a field and type into it."""
    edit.clear()
    type_text(edit, text)


def shown(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def audited(db, project_id: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [(e.action, e.user_name) for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "improvement_project", AuditEntry.entity_id == project_id).order_by(AuditEntry.id))]


def yes(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer Yes to the next questions; what was asked."""
    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    return asked


# --- Results: metrics, measurements, chart ---------------------------------------------------------------------

def test_a_metric_with_two_measurements_shows_its_latest_value_progress_and_chart(qtbot, db, project_id, type_text,
                                                                                  monkeypatch):
    # GIVEN the Results panel of a project without metrics
    panel = MetricsPanel()
    _host = hosted(qtbot, panel, db, project_id)
    assert panel.metrics.rowCount() == 0 and not panel.ui.add_measurement_button.isEnabled()
    assert panel.chart.points() == []

    # WHEN the coordinator adds a metric, typing the baseline with a decimal comma
    panel.ui.add_metric_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, MetricDialog) and dialog.isVisible()
    type_text(dialog.ui.name_edit, "Время ожидания")
    type_text(dialog.ui.unit_edit, "мин")
    type_text(dialog.ui.baseline_edit, "abc")
    type_text(dialog.ui.target_edit, "15")
    save(dialog)
    # THEN a number that is not one is refused in the dialog, which stays open with what was typed
    assert dialog.isVisible() and dialog.error() == "“abc” is not a number."
    retype(type_text, dialog.ui.baseline_edit, "45,5")
    with qtbot.waitSignal(panel.changed):
        save(dialog)
    assert not dialog.isVisible()
    # AND the metric is in the table, lower is better, no actual value yet
    assert shown(panel.metrics, MetricsModel.NAME) == ["Время ожидания"]
    assert shown(panel.metrics, MetricsModel.BASELINE) == ["45.5"]
    assert shown(panel.metrics, MetricsModel.BETTER) == ["lower is better"]
    assert shown(panel.metrics, MetricsModel.LATEST) == ["—"]
    card = project_card(db, project_id)
    assert (card.metrics[0].baseline, card.metrics[0].target, card.metrics[0].lower_is_better) == (
        Decimal("45.5"), Decimal(15), True)

    # WHEN two measurements are recorded, the second with a decimal comma
    for day, value, note in ((TODAY - dt.timedelta(days=40), "30", "после перестановки окон"),
                             (TODAY - dt.timedelta(days=10), "21,5", "")):
        panel.ui.add_measurement_button.click()
        dialog = panel.dialog
        assert isinstance(dialog, MeasurementDialog) and dialog.ui.unit_value.text() == "мин"
        dialog.ui.date_edit.setDate(QDate(day.year, day.month, day.day))
        type_text(dialog.ui.value_edit, value)
        type_text(dialog.ui.note_edit, note)
        with qtbot.waitSignal(panel.changed):
            save(dialog)
    # THEN the table shows the latest actual value and the progress from 45.5 towards 15 (24 of 30.5: 78.7 %)
    assert shown(panel.metrics, MetricsModel.LATEST) == ["21.5"]
    assert shown(panel.metrics, MetricsModel.PROGRESS) == ["78.7%"]
    assert shown(panel.measurements, panel.measurements.VALUE) == ["30", "21.5"]
    assert shown(panel.measurements, panel.measurements.NOTE) == ["после перестановки окон", ""]
    # AND the chart draws the two points, by date
    assert panel.chart.points() == [(TODAY - dt.timedelta(days=40), Decimal(30)),
                                    (TODAY - dt.timedelta(days=10), Decimal("21.5"))]
    assert not panel.chart.grab().isNull()

    # WHEN the first measurement is corrected (double-click opens it) and the target is reached later
    panel.ui.measurements_view.selectRow(0)
    panel.edit_measurement()
    dialog = panel.dialog
    assert isinstance(dialog, MeasurementDialog) and dialog.ui.value_edit.text() == "30"
    retype(type_text, dialog.ui.value_edit, "31")
    save(dialog)
    assert shown(panel.measurements, panel.measurements.VALUE) == ["31", "21.5"]
    panel.ui.add_measurement_button.click()
    type_text(panel.dialog.ui.value_edit, "14")
    save(panel.dialog)
    # THEN the progress passes 100 % and reads as reached, in green
    assert shown(panel.metrics, MetricsModel.PROGRESS) == ["103.3%"]
    progress = panel.metrics.index(0, MetricsModel.PROGRESS)
    assert panel.metrics.data(progress, Qt.ItemDataRole.ForegroundRole) == QColor("#2e7d32")
    assert len(panel.chart.points()) == 3

    # WHEN a measurement is deleted (after the question)
    asked = yes(monkeypatch)
    panel.ui.measurements_view.selectRow(2)
    panel.ui.delete_measurement_button.click()
    assert asked == ["Delete the measurement of {date} (14)?".format(date=TODAY.strftime("%d.%m.%Y"))]
    assert [v for _d, v in panel.chart.points()] == [Decimal(31), Decimal("21.5")]

    # WHEN the metric is changed: higher is better now, another name
    panel.ui.edit_metric_button.click()
    dialog = panel.dialog
    assert dialog.ui.baseline_edit.text() == "45.5"
    retype(type_text, dialog.ui.name_edit, "Время ожидания в очереди")
    dialog.ui.higher_radio.setChecked(True)
    save(dialog)
    assert shown(panel.metrics, MetricsModel.NAME) == ["Время ожидания в очереди"]
    assert shown(panel.metrics, MetricsModel.BETTER) == ["higher is better"]
    assert panel.ui.measurements_label.text() == "Measurements of “Время ожидания в очереди”"

    # WHEN the metric is deleted THEN the question names its measurements, and nothing is left
    panel.ui.delete_metric_button.click()
    assert asked[-1] == "Delete the metric “Время ожидания в очереди” with its 2 measurements?"
    assert panel.metrics.rowCount() == 0 and panel.chart.points() == []
    assert project_card(db, project_id).metrics == []
    # AND every change was written in the audit log under the coordinator's name
    assert [a for a, user in audited(db, project_id) if user == USER][1:] == [
        "project_metric_added", "project_measurement_added", "project_measurement_added",
        "project_measurement_changed", "project_measurement_added", "project_measurement_deleted",
        "project_metric_changed", "project_metric_deleted"]


def test_the_chart_scales_to_round_values_and_keeps_the_latest_date(qtbot, db, project_id):
    # GIVEN a metric with many measurements over a year
    metric = save_metric(db, project_id, MetricDraft("Доля брака", "%", "6", "2", True))
    for month in range(1, 13):
        add_measurement(db, metric, dt.date(2026, month, 15), Decimal(6) - Decimal(month) / 4)
    chart = MetricChart()
    qtbot.addWidget(chart)
    chart.resize(500, 250)
    chart.set_metric(project_card(db, project_id).metrics[0])
    chart.show()
    # THEN every point is drawn, and it paints at 500×250 without trouble
    assert len(chart.points()) == 12 and chart.points()[-1] == (dt.date(2026, 12, 15), Decimal(3))
    assert not chart.grab().isNull()
    # AND the y axis uses round steps covering the values, the baseline and the target
    assert nice_ticks(2, 6) == [2, 3, 4, 5, 6]
    assert nice_ticks(10.6, 14) == [10, 11, 12, 13, 14]
    assert nice_ticks(35, 90) == [20, 40, 60, 80, 100]
    assert nice_ticks(5, 5)[0] < 5 < nice_ticks(5, 5)[-1]


def test_effects_are_saved_with_their_button_and_never_lost_silently(qtbot, db, project_id, type_text):
    # GIVEN the Results panel
    panel = MetricsPanel()
    _host = hosted(qtbot, panel, db, project_id)
    problems: list[str] = []
    panel.problem.connect(problems.append)
    assert not panel.has_unsaved_changes() and not panel.ui.save_effects_button.isEnabled()
    # WHEN effects are typed, with spaces between thousands and a decimal comma
    type_text(panel.ui.freed_hours_edit, "1 250,5")
    type_text(panel.ui.economic_edit, "1 250 000,50")
    type_text(panel.ui.costs_edit, "-5")
    type_text(panel.ui.social_edit, "Пациенты меньше ждут")
    # THEN the panel knows they are not saved, and the Save button is offered
    assert panel.has_unsaved_changes() and panel.ui.save_effects_button.isEnabled()
    # WHEN a negative cost is saved THEN it is refused with the service's sentence, and the effects stay typed
    panel.ui.save_effects_button.click()
    assert problems == ["An effect or a cost cannot be negative (-5)."]
    assert panel.has_unsaved_changes() and panel.ui.costs_edit.text() == "-5"
    # WHEN the card is read again (another tab saved something) THEN what was typed is kept
    panel.set_project(db, project_card(db, project_id), user_name=USER)
    assert panel.ui.social_edit.toPlainText() == "Пациенты меньше ждут" and panel.has_unsaved_changes()
    # WHEN the cost is corrected and the window asks the panel to save (as when it closes)
    retype(type_text, panel.ui.costs_edit, "300000")
    with qtbot.waitSignal(panel.changed):
        assert panel.save() is True
    # THEN the effects are stored, read back as stored, and nothing is left unsaved
    effects = project_card(db, project_id).effects
    assert (effects.freed_hours_per_year, effects.economic_effect, effects.costs, effects.social_effect) == (
        Decimal("1250.5"), Decimal("1250000.50"), Decimal(300000), "Пациенты меньше ждут")
    assert (panel.ui.freed_hours_edit.text(), panel.ui.economic_edit.text(), panel.ui.costs_edit.text()) == (
        "1250.5", "1250000.5", "300000")
    assert not panel.has_unsaved_changes() and not panel.ui.save_effects_button.isEnabled()
    assert panel.ui.effects_note.text() == "The effects are saved."
    assert "project_effects_changed" in [a for a, _user in audited(db, project_id)]
    # AND a fresh panel on the same project shows them
    other = MetricsPanel()
    _host = hosted(qtbot, other, db, project_id)
    assert other.ui.social_edit.toPlainText() == "Пациенты меньше ждут" and not other.has_unsaved_changes()
    assert other.save() is True  # nothing to save


# --- Follow-ups ---------------------------------------------------------------------------------------------

def test_follow_ups_planned_recorded_moved_and_deleted(qtbot, db, project_id, type_text, monkeypatch):
    # GIVEN a project that started 100 days ago, without follow-ups
    panel = FollowUpsPanel()
    _host = hosted(qtbot, panel, db, project_id)
    start = TODAY - dt.timedelta(days=100)
    assert panel.model.rowCount() == 0
    # WHEN the coordinator plans them at 30 and 90 days
    with qtbot.waitSignal(panel.changed):
        panel.ui.plan_button.click()
    # THEN both are listed from the start date, overdue by 70 and 10 days, in the warning orange
    day30, day90 = start + dt.timedelta(days=30), start + dt.timedelta(days=90)
    assert shown(panel.model, FollowUpsModel.DUE) == [day30.strftime("%d.%m.%Y"), day90.strftime("%d.%m.%Y")]
    assert shown(panel.model, FollowUpsModel.STATE) == ["overdue by 70 d", "overdue by 10 d"]
    assert panel.model.data(panel.model.index(0, FollowUpsModel.STATE), Qt.ItemDataRole.ForegroundRole) == (
        WARNING_COLOUR)
    assert panel.ui.message_label.text() == "Planned: {a}, {b}.".format(a=day30.strftime("%d.%m.%Y"),
                                                                        b=day90.strftime("%d.%m.%Y"))
    # WHEN planned again THEN nothing is added, and the panel says so
    panel.ui.plan_button.click()
    assert panel.model.rowCount() == 2
    assert panel.ui.message_label.text() == (
        "The follow-ups 30 and 90 days on are already in the list; nothing was added.")

    # WHEN the first is recorded done yesterday, with what was found
    panel.ui.follow_ups_view.selectRow(0)
    panel.ui.record_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.windowTitle() == "Record the follow-up"
    yesterday = TODAY - dt.timedelta(days=1)
    dialog.ui.date_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    type_text(dialog.ui.note_edit, "Очередь сократилась вдвое")
    with qtbot.waitSignal(panel.changed):
        save(dialog)
    # THEN it reads as done on that day with its note; the other is still overdue
    assert shown(panel.model, FollowUpsModel.STATE) == ["done", "overdue by 10 d"]
    assert shown(panel.model, FollowUpsModel.DONE) == [yesterday.strftime("%d.%m.%Y"), ""]
    assert shown(panel.model, FollowUpsModel.NOTE) == ["Очередь сократилась вдвое", ""]
    assert project_card(db, project_id).follow_ups[0].done_on == yesterday

    # WHEN one is added on a date of the coordinator's choosing, in 12 days
    panel.ui.add_button.click()
    dialog = panel.dialog
    later = TODAY + dt.timedelta(days=12)
    dialog.ui.date_edit.setDate(QDate(later.year, later.month, later.day))
    type_text(dialog.ui.note_edit, "Созвон с руководителем")
    save(dialog)
    assert shown(panel.model, FollowUpsModel.STATE) == ["done", "overdue by 10 d", "due in 12 d"]
    # WHEN the overdue one is moved to today
    panel.ui.follow_ups_view.selectRow(1)
    panel.ui.move_button.click()
    dialog = panel.dialog
    dialog.ui.date_edit.setDate(QDate(clock.today()))
    save(dialog)
    assert shown(panel.model, FollowUpsModel.STATE) == ["done", "due today", "due in 12 d"]
    assert panel.ui.message_label.text() == "The follow-up is moved to {d}.".format(d=TODAY.strftime("%d.%m.%Y"))
    # WHEN the last is deleted THEN the question names its date and note
    asked = yes(monkeypatch)
    panel.ui.follow_ups_view.selectRow(2)
    panel.ui.delete_button.click()
    assert asked == ["Delete the follow-up due on {d}?\n\nIts note goes with it: “Созвон с руководителем”".format(
        d=later.strftime("%d.%m.%Y"))]
    assert panel.model.rowCount() == 2
    assert [a for a, user in audited(db, project_id) if user == USER][1:] == [
        "project_follow_ups_planned", "project_follow_up_done", "project_follow_up_added",
        "project_follow_up_moved", "project_follow_up_deleted"]


def test_follow_ups_need_a_day_to_count_from(qtbot, db):
    # GIVEN a project with no start date and no session
    project = save_project(db, ProjectDraft(title="Без дат"))
    panel = FollowUpsPanel()
    _host = hosted(qtbot, panel, db, project)
    # WHEN the follow-ups are planned THEN the service's sentence goes to the window, and nothing is added
    with qtbot.waitSignal(panel.problem) as said:
        panel.ui.plan_button.click()
    assert "no start date and no session" in said.args[0]
    assert panel.model.rowCount() == 0


# --- Attachments ------------------------------------------------------------------------------------------

def photo(path: Path, colour: str) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def attachment_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(ProjectAttachment)) or 0)


def test_attachments_added_shown_opened_saved_and_deleted(qtbot, db, project_id, tmp_path, monkeypatch):
    # GIVEN the Attachments panel of a project without files, and two photos and a passport on disk
    panel = AttachmentsPanel()
    _host = hosted(qtbot, panel, db, project_id)
    before = photo(tmp_path / "очередь до.png", "#c04040")
    after = photo(tmp_path / "IMG_2041.png", "#40a040")
    passport = tmp_path / "Паспорт проекта.pdf"
    passport.write_bytes(bytes(range(256)) * 800)
    assert panel.model.rowCount() == 0 and not panel.ui.photos_frame.isVisible()
    assert panel.ui.drop_hint.text() == "Drag files here to add them; at most 10 MB each."

    # WHEN the coordinator chooses the first photo and the passport with «Add a file…»
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
        lambda *_a, **_k: ([str(before), str(passport)], "")))
    panel.ui.add_button.click()
    dialog = panel.dialog
    # THEN their kinds are guessed from the names: a photo before (none yet) and the project passport
    assert isinstance(dialog, AttachDialog)
    assert [kind for _path, kind in dialog.chosen()] == ["photo_before", "passport"]
    with qtbot.waitSignal(panel.changed, timeout=30_000):
        save(dialog)
    assert shown(panel.model, panel.model.FILE) == ["очередь до.png", "Паспорт проекта.pdf"]
    assert shown(panel.model, panel.model.KIND) == ["Photo before", "Project passport"]
    assert shown(panel.model, panel.model.SIZE)[1] == "200 KB"
    assert panel.ui.message_label.text() == "Added: очередь до.png, Паспорт проекта.pdf."
    # AND the photo gets its thumbnail; one photo alone makes no before/after pair
    qtbot.waitUntil(lambda: len(panel.thumbnails) == 1, timeout=30_000)
    assert panel.model.data(panel.model.index(0, panel.model.KIND), Qt.ItemDataRole.DecorationRole) is not None
    assert not panel.ui.photos_frame.isVisible()

    # WHEN a second photo is dropped on the panel
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(after))])
    # (Qt delivers drag events only during a real drag, so the panel's handlers are called as Qt would.)
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    panel.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier))
    dialog = panel.dialog
    # THEN it is guessed to be the photo after, and once added the pair shows side by side at the top
    assert isinstance(dialog, AttachDialog) and [k for _p, k in dialog.chosen()] == ["photo_after"]
    with qtbot.waitSignal(panel.changed, timeout=30_000):
        save(dialog)
    qtbot.waitUntil(lambda: len(panel.thumbnails) == 2, timeout=30_000)
    assert panel.ui.photos_frame.isVisible()
    assert panel.ui.before_caption.text() == "Before: очередь до.png"
    assert panel.ui.after_caption.text() == "After: IMG_2041.png"
    assert not panel.ui.after_image.pixmap().isNull()

    # WHEN the passport is opened THEN a copy is handed to the system, byte for byte
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    panel.ui.attachments_view.selectRow(1)
    panel.ui.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)
    assert Path(opened[0].toLocalFile()).read_bytes() == passport.read_bytes()
    # WHEN it is saved elsewhere THEN that file is the same too
    target = tmp_path / "копия" / "паспорт.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    panel.ui.save_button.click()
    qtbot.waitUntil(lambda: panel.ui.message_label.text().startswith("Saved to"), timeout=30_000)
    assert target.read_bytes() == passport.read_bytes()

    # WHEN the first photo is deleted (after the question)
    asked = yes(monkeypatch)
    panel.ui.attachments_view.selectRow(0)
    with qtbot.waitSignal(panel.changed):
        panel.ui.delete_button.click()
    # THEN it is gone from the panel and the database, and the pair with it
    assert asked and "очередь до.png" in asked[0]
    assert shown(panel.model, panel.model.FILE) == ["Паспорт проекта.pdf", "IMG_2041.png"]
    assert attachment_count(db) == 2 and not panel.ui.photos_frame.isVisible()
    assert [a for a, user in audited(db, project_id) if user == USER][1:] == [
        "project_attachment_added", "project_attachment_added", "project_attachment_added",
        "project_attachment_removed"]


def test_a_file_past_the_limit_is_refused_and_nothing_is_written(qtbot, db, project_id, tmp_path):
    # GIVEN the centre's limit of 1 MB, and a file of 1.5 MB
    set_attachment_limit_mb(db, 1, user_name=USER)
    big = tmp_path / "видео.mp4"
    big.write_bytes(b"\x00" * (3 * 1024 * 1024 // 2))
    panel = AttachmentsPanel()
    _host = hosted(qtbot, panel, db, project_id)
    assert panel.ui.drop_hint.text() == "Drag files here to add them; at most 1 MB each."
    # WHEN it is added
    panel.add_files([big])
    with qtbot.waitSignal(panel.problem, timeout=30_000) as said:
        save(panel.dialog)
    # THEN the service's sentence reaches the window, and nothing was written
    assert said.args[0].startswith("The file видео.mp4 is 1.5 MB; attachments may be at most 1 MB.")
    assert attachment_count(db) == 0 and panel.model.rowCount() == 0


def test_the_kind_of_a_file_is_guessed_from_its_name():
    assert guess_kind("IMG_0001.JPG", set()) == "photo_before"
    assert guess_kind("IMG_0002.jpg", {"photo_before"}) == "photo_after"
    assert guess_kind("склад после 5S.jpeg", set()) == "photo_after"
    assert guess_kind("склад до.png", {"photo_before"}) == "photo_before"
    assert guess_kind("КПСЦ регистратура.vsdx", set()) == "value_stream_map"
    assert guess_kind("Паспорт проекта.docx", set()) == "passport"
    assert guess_kind("протокол совещания.pdf", set()) == "protocol"
    assert guess_kind("документ до.pdf", set()) == "document"  # «до» names a photo only
    assert guess_kind("отчёт.xlsx", {"photo_before"}) == "document"


def test_an_attachment_added_elsewhere_shows_when_the_card_is_read_again(qtbot, db, project_id):
    panel = AttachmentsPanel()
    _host = hosted(qtbot, panel, db, project_id)
    add_attachment(db, project_id, "protocol", "протокол.pdf", b"%PDF-1.4", "application/pdf")
    panel.set_project(db, project_card(db, project_id), user_name=USER)
    assert shown(panel.model, panel.model.KIND) == ["Protocol"]
    assert attachment_data(db, panel.model.row_at(0).id) == b"%PDF-1.4"


def test_numbers_read_in_the_interface_language(qtbot, db, project_id, interface_language, qtmodeltester):
    # GIVEN a metric, a measurement and effects, and the interface in Russian
    metric = save_metric(db, project_id, MetricDraft("Время ожидания", "мин", "45,5", "15", True))
    add_measurement(db, metric, TODAY, "21,5")
    from factory_desk.services.project_results import set_effects
    from factory_desk.services.projects import Effects

    set_effects(db, project_id, Effects(freed_hours_per_year=Decimal("1250.5"),
                                        economic_effect=Decimal("1250000.50")))
    interface_language("ru")
    panel = MetricsPanel()
    _host = hosted(qtbot, panel, db, project_id)
    # THEN numbers have the decimal comma, and thousands are spaced from 10 000 on (also in the effects edited)
    assert shown(panel.metrics, MetricsModel.BASELINE) == ["45,5"]
    assert shown(panel.metrics, MetricsModel.LATEST) == ["21,5"]
    assert (panel.ui.freed_hours_edit.text(), panel.ui.economic_edit.text()) == ("1250,5", "1\u00a0250\u00a0000,5")
    assert not panel.has_unsaved_changes()
    # AND what is shown reads back as the same numbers when saved again
    panel.ui.costs_edit.setText("12\u00a0000")
    assert panel.save() is True
    assert project_card(db, project_id).effects.economic_effect == Decimal("1250000.50")
    assert project_card(db, project_id).effects.costs == Decimal(12000)
    # AND the tables are sound Qt models
    for model in (panel.metrics, panel.measurements):
        qtmodeltester.check(model)


def test_the_follow_ups_and_attachments_tables_are_sound_models(qtbot, db, project_id, qtmodeltester):
    from factory_desk.services.project_results import plan_follow_ups

    plan_follow_ups(db, project_id)
    add_attachment(db, project_id, "document", "план.docx", b"PK")
    follow_ups, attachments = FollowUpsPanel(), AttachmentsPanel()
    _hosts = hosted(qtbot, follow_ups, db, project_id), hosted(qtbot, attachments, db, project_id)
    qtmodeltester.check(follow_ups.model)
    qtmodeltester.check(attachments.model)
    # The next follow-up to record is chosen, so «Record…» works at once
    assert follow_ups.ui.follow_ups_view.currentIndex().row() == 0 and follow_ups.ui.record_button.isEnabled()
