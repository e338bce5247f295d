"""What the sign-in sheet of a session prints, read from the database: a sheet per day, the people holding a
place in alphabetical order with their codes, the trainers lead first; refusals for no such session or day and
for a cancelled session; the centre's document language; and the sheet made end to end from the database."""

from __future__ import annotations

import datetime as dt

import pytest
from documents.pdf_reading import barcodes_by_row, flat, page_count, pages_text
from sqlalchemy import insert, select

from factory_desk.documents.layout import A4_PORTRAIT, mm
from factory_desk.documents.sign_in_sheet import sign_in_sheet_pdf
from factory_desk.domain.badges import badge_code
from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    Trainer,
    TrainingSession,
    session_trainer,
    utcnow,
)
from factory_desk.services.documents import document_language, set_document_language
from factory_desk.services.sign_in import SignInError, sign_in_data


def _add(db, *rows):
    with db.write() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def place(db):
    """A factory with an address, a programme, two organisations (one with a short name) and three trainers."""
    with db.write() as s:
        plant = Organisation(full_name="Общество с ограниченной ответственностью «Ромашка»", short_name="ООО «Ромашка»")
        finieris = Organisation(full_name="SIA «Latvijas Finieris»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР", address="г. Кириши, ул. Ленина, д. 1")
        programme = Programme(name="Основы бережливого производства", days=2)
        lead = Trainer(surname="Яковлева", first_name="Мария", patronymic="Петровна")
        assistants = [Trainer(surname="Bērziņa", first_name="Līga"), Trainer(surname="Андреев", first_name="Олег")]
        s.add_all([plant, finieris, factory, programme, lead, *assistants])
        s.flush()
        return {"plant": plant.id, "finieris": finieris.id, "factory": factory.id, "programme": programme.id,
                "lead": lead.id, "assistants": [t.id for t in assistants]}


def _session(db, place, *dates, status="confirmed", trainers=True):
    training = TrainingSession(programme_id=place["programme"], factory_id=place["factory"], status=status,
                               min_group=1, max_group=20,
                               cancel_reason="Тренер заболел" if status == "cancelled" else None)
    for number, date in enumerate(dates or (dt.date(2026, 3, 10),), start=1):
        training.days.append(SessionDay(day_no=number, date=date, starts_at=dt.time(9, 30), ends_at=dt.time(16, 0)))
    session_id = _add(db, training)[0]
    if trainers:
        with db.write() as s:
            s.execute(insert(session_trainer), [
                {"session_id": session_id, "trainer_id": place["assistants"][0], "role": "assistant"},
                {"session_id": session_id, "trainer_id": place["lead"], "role": "lead"},
                {"session_id": session_id, "trainer_id": place["assistants"][1], "role": "assistant"}])
    return session_id


def _enrol(db, session_id, people, status="enrolled"):
    """people: (surname, first name, organisation id, position, own badge code); returns their ids."""
    ids = _add(db, *(Person(surname=surname, first_name=first, organisation_id=organisation, position=position,
                            badge_code=own) for surname, first, organisation, position, own in people))
    with db.write() as s:
        last = s.scalar(select(Enrolment.waitlist_position).where(Enrolment.session_id == session_id)
                        .order_by(Enrolment.waitlist_position.desc()).limit(1)) or 0
        for offset, person_id in enumerate(ids, start=1):
            s.add(Enrolment(session_id=session_id, person_id=person_id, status=status,
                            waitlist_position=last + offset if status == "waitlisted" else None))
    return ids


def test_a_sheet_per_day_with_the_session_the_trainers_lead_first_and_the_people_holding_a_place(db, place):
    # GIVEN a two-day session with three people holding a place, one waiting and one who cancelled
    session_id = _session(db, place, dt.date(2026, 3, 10), dt.date(2026, 3, 12))
    enrolled = _enrol(db, session_id, [
        ("Šķēle", "Žanis", place["finieris"], "Operators", None),
        ("Ёлкин", "Пётр", place["plant"], "Мастер участка", "EMP-0042"),
        ("Bērziņš", "Jānis", None, "", None),
    ])
    _enrol(db, session_id, [("Ждущий", "Иван", place["plant"], "", None)], status="waitlisted")
    _enrol(db, session_id, [("Отказавшийся", "Иван", place["plant"], "", None)], status="cancelled")
    # WHEN the sheets are read
    days = sign_in_data(db, session_id)
    # THEN there is one per day, each with the session's header
    assert [(d.day_no, d.days, d.date) for d in days] == [(1, 2, dt.date(2026, 3, 10)), (2, 2, dt.date(2026, 3, 12))]
    first = days[0]
    assert (first.programme, first.factory, first.factory_address) == (
        "Основы бережливого производства", "Фабрика процессов Кириши", "г. Кириши, ул. Ленина, д. 1")
    assert (first.starts_at, first.ends_at) == (dt.time(9, 30), dt.time(16, 0))
    assert first.trainers == ("Яковлева Мария Петровна", "Bērziņa Līga", "Андреев Олег")
    # AND the people holding a place, alphabetically (Latin before Cyrillic, Ё with Е, Š after S), numbered,
    # with the organisation's short name, and their own code or the one made from their id
    bērziņš, šķēle, ёлкин = enrolled[2], enrolled[0], enrolled[1]
    assert [(r.number, r.person_id, r.full_name, r.organisation, r.position, r.badge_code) for r in first.rows] == [
        (1, bērziņš, "Bērziņš Jānis", "", "", badge_code(bērziņš)),
        (2, šķēle, "Šķēle Žanis", "SIA «Latvijas Finieris»", "Operators", badge_code(šķēle)),
        (3, ёлкин, "Ёлкин Пётр", "ООО «Ромашка»", "Мастер участка", "EMP-0042"),
    ]
    assert days[1].rows == first.rows


def test_one_day_can_be_asked_for(db, place):
    session_id = _session(db, place, dt.date(2026, 3, 10), dt.date(2026, 3, 11))
    [second] = sign_in_data(db, session_id, day_no=2)
    assert (second.day_no, second.date) == (2, dt.date(2026, 3, 11))


def test_an_erased_person_keeps_no_line_on_the_sheet(db, place):
    session_id = _session(db, place)
    kept, erased = _enrol(db, session_id, [("Иванов", "Иван", None, "", None), ("Петров", "Пётр", None, "", None)])
    with db.write() as s:
        s.get(Person, erased).anonymised_at = utcnow()
    assert [row.person_id for row in sign_in_data(db, session_id)[0].rows] == [kept]


def test_an_own_code_a_scanner_cannot_carry_gives_way_to_the_code_made_from_the_id(db, place):
    session_id = _session(db, place)
    [person] = _enrol(db, session_id, [("Иванов", "Иван", None, "", "ПРОПУСК-7")])
    assert sign_in_data(db, session_id)[0].rows[0].badge_code == badge_code(person)


@pytest.mark.parametrize(("case", "sentence"), [
    ("no session", "There is no session with the number 999999."),
    ("no day", "The session «Основы бережливого производства» of 10.03.2026 has no day 3."),
    ("cancelled", "The session «Основы бережливого производства» of 10.03.2026 was cancelled: "
                  "it has no sign-in sheet."),
])
def test_a_sheet_that_cannot_be_made_is_refused_with_a_sentence(db, place, case, sentence):
    session_id = _session(db, place, status="cancelled" if case == "cancelled" else "confirmed")
    with pytest.raises(SignInError) as refused:
        sign_in_data(db, 999999 if case == "no session" else session_id, day_no=3 if case == "no day" else None)
    assert str(refused.value) == sentence


def test_the_document_language_is_russian_until_set_and_each_change_is_audited(db):
    assert document_language(db) == "ru"
    set_document_language(db, "lv", user_name="Координатор")
    assert document_language(db) == "lv"
    set_document_language(db, "lv", user_name="Координатор")  # no change, no entry
    set_document_language(db, "en", user_name="Координатор")
    assert document_language(db) == "en"
    with db.read() as s:
        entries = [(e.user_name, e.details) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "setting_changed").order_by(AuditEntry.id))]
    assert entries == [("Координатор", {"key": "document_language", "from": "ru", "to": "lv"}),
                       ("Координатор", {"key": "document_language", "from": "lv", "to": "en"})]
    with pytest.raises(ValidationError) as refused:
        set_document_language(db, "de")
    assert str(refused.value) == "Documents can be printed in Russian, Latvian or English, not in “de”."
    assert document_language(db) == "en"


def test_the_sheet_made_from_the_database_reads_and_scans_as_the_roster_says(db, place):
    # GIVEN a two-day session of 16 people, the document language Latvian
    session_id = _session(db, place, dt.date(2026, 3, 10), dt.date(2026, 3, 11))
    _enrol(db, session_id, [
        ("Константинопольский-Преображенский", "Максимилиан", place["plant"], "Начальник цеха", None),
        ("Ģērmane", "Ķirste", place["finieris"], "Operatore", "EMP-0042"),
        *((f"Участник{index:02d}", "Иван", place["plant"], "Оператор", None) for index in range(14)),
    ])
    set_document_language(db, "lv")
    # WHEN the sheet is made as the print action makes it
    days = sign_in_data(db, session_id)
    data = sign_in_sheet_pdf(days, document_language(db))
    # THEN a page per day, in Latvian, every name readable and every barcode the code of its row's person
    assert page_count(data) == 2
    first, second = pages_text(data)
    assert first.splitlines()[0] == "Dalībnieku reģistrācijas lapa"
    assert "Константинопольский-Преображенский Максимилиан" in flat(first)
    assert "Ģērmane Ķirste" in flat(second)
    expected = {row.number: row.badge_code for row in days[0].rows}
    assert "EMP-0042" in expected.values()
    for page in range(2):
        assert barcodes_by_row(data, page, number_column_right=A4_PORTRAIT.left + 9.5 * mm) == expected
