"""A session's certificate batch: who gets one and who not, the font check that waits for a decision, issuing
in the background with progress, cancelling (nobody issued, no number used), the merged PDF and the ZIP."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pypdf
import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from factory_desk.domain.models import (
    Certificate,
    Factory,
    NumberSequence,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services import attendance, certificates
from factory_desk.services.enrolment import enrol
from factory_desk.ui.certificates.batch_dialog import CertificateBatchDialog
from factory_desk.ui.tasks import TaskControl

DAY = dt.date(2026, 3, 10)


def _session(db, *names, absent=(), close=True):
    """A one-day session of «Основы бережливого производства» at КИР with these people (surname, first name),
    marked present except the absent, and closed."""
    with db.write() as s:
        plant = Organisation(full_name="ООО «Ромашка»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР", address="Кириши, ул. Ленина, 1")
        programme = Programme(name="Основы бережливого производства")
        s.add_all([plant, factory, programme])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="confirmed", min_group=1)
        training.days.append(SessionDay(day_no=1, date=DAY))
        people = [Person(surname=surname, first_name=first, patronymic="", organisation_id=plant.id,
                         position="Мастер участка") for surname, first in names]
        s.add_all([training, *people])
        s.flush()
        session_id, ids = training.id, [p.id for p in people]
    enrol(db, session_id, ids)
    for (surname, _first), person in zip(names, ids, strict=True):
        if surname in absent:
            attendance.mark(db, session_id, person, "absent")
    attendance.mark_rest(db, session_id)
    if close:
        attendance.close(db, session_id, user_name="Анна", today=DAY)
    return session_id, ids


def _numbers(db):
    with db.read() as s:
        return list(s.scalars(select(Certificate.number).order_by(Certificate.number)))


@pytest.fixture
def open_dialog(qtbot, db):
    def make(session_id):
        dialog = CertificateBatchDialog(db, session_id, None, user_name="Анна")
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog

    return make


def test_a_closed_session_issues_everyone_eligible_with_progress_preview_and_zip(open_dialog, qtbot, db, tmp_path,
                                                                                monkeypatch):
    # GIVEN a closed session of four where Борисов was absent
    session_id, _ids = _session(db, ("Васильев", "Иван"), ("Андреев", "Пётр"), ("Борисов", "Олег"),
                                ("Гусева", "Анна"), absent=("Борисов",))
    dialog = open_dialog(session_id)

    # THEN the dialog lists who will get one and who not, and why
    assert [p.full_name for p in dialog.plan.to_issue] == ["Андреев Пётр", "Васильев Иван", "Гусева Анна"]
    assert [(p.full_name, p.note) for p in dialog.plan.not_eligible] == [("Борисов Олег", "Marked “Absent”.")]
    assert dialog.ui.people_tabs.tabText(0) == "Will receive (3)"
    assert dialog.ui.people_tabs.tabText(1) == "Will not receive (1)"
    assert dialog.ui.eligible_view.model().rowCount() == 3
    assert dialog.ui.issue_button.text() == "&Issue 3 certificates"
    assert not dialog.ui.closed_label.isVisible()

    # WHEN «Issue 3 certificates» is clicked
    with qtbot.waitSignal(dialog.issued, timeout=60_000) as issued:
        dialog.ui.issue_button.click()

    # THEN all three are issued, the progress reached 3 of 3, and the numbers are said
    result = issued.args[0]
    assert result.numbers == ("КИР-2026-00001", "КИР-2026-00002", "КИР-2026-00003")
    assert _numbers(db) == list(result.numbers)
    assert dialog.last_progress == (3, 3)
    assert dialog.ui.progress_bar.value() == dialog.ui.progress_bar.maximum() == 3
    assert dialog.ui.result_label.text() == "3 certificates were issued: КИР-2026-00001 – КИР-2026-00003."
    # the merged PDF is previewed: three pages, in number order
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 3, timeout=30_000)
    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(dialog.preview.pdf())).pages]
    assert len(pages) == 3 and "КИР-2026-00001" in pages[0] and "Андреев Пётр" in pages[0]
    assert dialog.document().title == "Certificates «Основы бережливого производства» 10.03.2026"

    # WHEN the ZIP is saved
    target = tmp_path / "сертификаты.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    dialog.ui.save_zip_button.click()
    qtbot.waitUntil(lambda: "were saved" in dialog.ui.message_label.text(), timeout=30_000)

    # THEN it holds one PDF per person, named by number and name
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        assert names == ["КИР-2026-00001 Андреев Пётр.pdf", "КИР-2026-00002 Васильев Иван.pdf",
                         "КИР-2026-00003 Гусева Анна.pdf"]
        one = pypdf.PdfReader(io.BytesIO(archive.read(names[2])))
        assert len(one.pages) == 1 and "Гусева Анна" in one.pages[0].extract_text()
    assert dialog.ui.message_label.text() == f"3 certificates were saved, one PDF each, in {target}."


def test_cancelling_issues_nobody_and_uses_no_number(open_dialog, qtbot, db, monkeypatch):
    # GIVEN a closed session of three
    session_id, _ids = _session(db, ("Андреев", "Пётр"), ("Борисов", "Олег"), ("Васильев", "Иван"))
    dialog = open_dialog(session_id)
    # the coordinator presses Cancel as soon as the first certificate is made
    report = TaskControl.report

    def report_then_cancel(control, done, total):
        report(control, done, total)
        control.cancel()

    monkeypatch.setattr(TaskControl, "report", report_then_cancel)

    # WHEN the batch is started
    dialog.ui.issue_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)

    # THEN nobody was issued a certificate, no number was used, and the dialog says so
    assert dialog.result is None
    assert dialog.last_progress[0] == 1
    assert _numbers(db) == []
    with db.read() as s:
        assert all(row.last_value == 0 for row in s.scalars(select(NumberSequence)))
    assert dialog.ui.message_label.text() == (
        "Issuing was cancelled: no certificate was issued and no number was used.")
    assert dialog.ui.stack.currentWidget() is dialog.ui.plan_page and dialog.ui.issue_button.isEnabled()

    # and issuing again starts from the first number
    monkeypatch.setattr(TaskControl, "report", report)
    with qtbot.waitSignal(dialog.issued, timeout=60_000):
        dialog.ui.issue_button.click()
    assert _numbers(db) == ["КИР-2026-00001", "КИР-2026-00002", "КИР-2026-00003"]


def test_a_name_the_font_cannot_print_waits_for_a_decision(open_dialog, qtbot, db):
    # GIVEN a closed session where a name has a character the certificate font lacks
    session_id, (andreev, li, borisov) = _session(db, ("Андреев", "Пётр"), ("Ли", "Мин中"), ("Борисов", "Олег"))
    dialog = open_dialog(session_id)

    # WHEN «Issue 3 certificates» is clicked
    dialog.ui.issue_button.click()

    # THEN nothing is issued: the text is listed and the coordinator decides
    assert dialog.ui.glyphs_frame.isVisible()
    assert dialog.ui.glyphs_text.toPlainText() == "Ли Мин中 — 中 (U+4E2D)"
    assert "empty boxes" in dialog.ui.glyphs_title_label.text()
    assert not dialog.ui.issue_button.isEnabled()
    assert dialog.task is None and _numbers(db) == []

    # WHEN they go back, nothing is issued either
    dialog.ui.back_button.click()
    assert not dialog.ui.glyphs_frame.isVisible() and dialog.ui.issue_button.isEnabled()
    assert _numbers(db) == []

    # WHEN they decide to issue the others now (a certificate is never printed with empty boxes)
    dialog.ui.issue_button.click()
    assert dialog.ui.issue_anyway_button.text() == "Issue &the other 2, leave out 1"
    with qtbot.waitSignal(dialog.issued, timeout=60_000) as issued:
        dialog.ui.issue_anyway_button.click()

    # THEN the two are issued and Ли still waits for a corrected name
    assert {c.person_id for c in issued.args[0].issued} == {andreev, borisov}
    assert _numbers(db) == ["КИР-2026-00001", "КИР-2026-00002"]
    assert li not in {c.person_id for c in issued.args[0].issued}


def test_a_design_text_the_font_cannot_print_allows_only_going_back(open_dialog, db):
    from factory_desk.services import certificate_templates as designs

    session_id, _ids = _session(db, ("Андреев", "Пётр"))
    default = designs.template(db)
    designs.save_template(db, name=default.name, definition={**default.definition, "title": "証明書"},
                          language=default.language, template_id=default.id)
    dialog = open_dialog(session_id)

    dialog.ui.issue_button.click()

    assert dialog.ui.glyphs_frame.isVisible() and not dialog.ui.issue_anyway_button.isVisible()
    assert "before issuing" in dialog.ui.glyphs_title_label.text()
    assert _numbers(db) == []


def test_people_holding_a_certificate_are_listed_with_their_number(open_dialog, db):
    session_id, (andreev, _borisov) = _session(db, ("Андреев", "Пётр"), ("Борисов", "Олег"))
    certificates.issue_certificates(db, session_id, person_ids=[andreev])

    dialog = open_dialog(session_id)

    assert [(p.full_name, p.note) for p in dialog.plan.holders] == [("Андреев Пётр", "КИР-2026-00001")]
    assert dialog.ui.people_tabs.tabText(2) == "Already hold one (1)"
    assert dialog.ui.issue_button.text() == "&Issue 1 certificates"


def test_a_session_not_closed_offers_nothing_to_issue(open_dialog, db):
    session_id, _ids = _session(db, ("Андреев", "Пётр"), close=False)

    dialog = open_dialog(session_id)

    assert dialog.ui.closed_label.isVisible()
    assert "not closed yet" in dialog.ui.closed_label.text()
    assert "Close the session…" in dialog.ui.closed_label.text()
    assert not dialog.ui.issue_button.isVisible() and not dialog.can_issue()
    assert not dialog.ui.design_combo.isEnabled()
    dialog.check_and_issue()
    assert dialog.task is None and _numbers(db) == []
