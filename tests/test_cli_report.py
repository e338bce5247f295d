"""`factory-desk report session`: the PDF written to the file asked for, in the centre's document language or the one
asked for, a sentence or JSON; a cancelled or unknown session, a folder that does not exist and a bad language are
refused in one line with a non-zero exit code, and no file is left behind."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from documents.pdf_reading import flat, pages_text

from factory_desk.cli import main
from factory_desk.domain.models import Factory, Organisation, Person, Programme, SessionDay, TrainingSession
from factory_desk.services.attendance import mark
from factory_desk.services.documents import set_document_language
from factory_desk.services.enrolment import enrol
from factory_desk.services.evaluation import set_feedback
from factory_desk.services.session_status import change_status

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def sessions(db):
    """A session held with three people (two came, one gave feedback) and a second, cancelled one."""
    with db.write() as s:
        plant = Organisation(full_name="ООО «Ромашка»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        lean = Programme(name="Основы бережливого производства", rounds=0)
        s.add_all([plant, factory, lean])
        s.flush()
        people = [Person(surname=surname, first_name="Иван", organisation_id=plant.id)
                  for surname in ("Андреев", "Bērziņš", "Васильев")]
        held = TrainingSession(programme_id=lean.id, factory_id=factory.id, status="confirmed", min_group=1)
        held.days.append(SessionDay(day_no=1, date=DAY))
        dropped = TrainingSession(programme_id=lean.id, factory_id=factory.id, status="confirmed", min_group=1)
        dropped.days.append(SessionDay(day_no=1, date=DAY + dt.timedelta(days=7)))
        s.add_all([*people, held, dropped])
        s.flush()
        ids = [p.id for p in people]
        held_id, dropped_id = held.id, dropped.id
    enrol(db, held_id, ids)
    mark(db, held_id, ids[0], "present")
    mark(db, held_id, ids[1], "late")
    mark(db, held_id, ids[2], "absent")
    set_feedback(db, held_id, ids[0], 10, "Спасибо!")
    change_status(db, dropped_id, "cancelled", reason="Мало участников")
    return {"held": held_id, "cancelled": dropped_id}


def run(capsys, db_url, *args):
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_report_is_written_to_the_file_in_the_centres_language(db_url, sessions, capsys, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "отчёт.pdf"
    code, out, err = run(capsys, db_url, "report", "session", str(sessions["held"]), "-o", str(target))
    assert code == 0, err
    assert out.strip() == f"The report of session {sessions['held']} was saved to {target}."
    text = flat(" ".join(pages_text(target.read_bytes()))).replace("\u00a0", " ")
    assert text.startswith("Отчёт о проведении обучения")
    assert "Записаны 3" in text and "Присутствовали 2" in text and "Завершили программу 2" in text
    assert "ООО «Ромашка» 3 2 2" in text and "Индекс NPS +100" in text
    assert "Bērziņš Иван ООО «Ромашка» Опоздание Завершено" in text
    assert [p.name for p in target.parent.iterdir()] == ["отчёт.pdf"]  # nothing half-written left beside it


def test_the_language_can_be_asked_for_and_json_says_what_was_written(db, db_url, sessions, capsys, tmp_path):
    set_document_language(db, "lv")
    target = tmp_path / "report.pdf"
    code, out, err = run(capsys, db_url, "report", "session", str(sessions["held"]), "-o", str(target),
                         "--language", "en", "--json")
    assert code == 0, err
    assert json.loads(out) == {"session": sessions["held"], "file": str(target), "language": "en", "enrolled": 3,
                               "attended": 2, "completed": 2, "certificates": 0, "nps": 100}
    assert pages_text(target.read_bytes())[0].startswith("Training session report")
    # without --language, the centre's language (Latvian here)
    code, out, err = run(capsys, db_url, "report", "session", str(sessions["held"]), "-o", str(target))
    assert code == 0, err
    assert pages_text(target.read_bytes())[0].startswith("Pārskats par apmācības norisi")


def test_a_cancelled_or_unknown_session_is_refused_in_one_line_and_no_file_is_written(db_url, sessions, capsys,
                                                                                       tmp_path):
    target = tmp_path / "report.pdf"
    code, out, err = run(capsys, db_url, "report", "session", str(sessions["cancelled"]), "-o", str(target))
    assert code == 1 and out == ""
    assert err == ("factory-desk: The session «Основы бережливого производства» of 17.03.2026 was cancelled: there is "
                   "nothing to report.\n")
    code, out, err = run(capsys, db_url, "report", "session", "4242", "-o", str(target))
    assert (code, err) == (1, "factory-desk: There is no session with the number 4242.\n")
    assert not target.exists()


def test_a_folder_that_cannot_be_made_and_a_bad_language_are_refused_in_one_line(db_url, sessions, capsys, tmp_path):
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    target = tmp_path / "notes.txt" / "report.pdf"
    code, out, err = run(capsys, db_url, "report", "session", str(sessions["held"]), "-o", str(target))
    assert code == 1
    assert err.startswith(f"factory-desk: The file {target} could not be written: ") and err.count("\n") == 1
    code, out, err = run(capsys, db_url, "report", "session", str(sessions["held"]), "-o", str(tmp_path / "x.pdf"),
                         "--language", "de")
    assert code == 2
    assert err == ("factory-desk: “de” is not a choice for --language; choose from 'ru', 'lv', 'en'. "
                   "(see factory-desk --help)\n")
    code, out, err = run(capsys, db_url, "report", "session", str(sessions["held"]))
    assert code == 2 and "-o/--output" in err
