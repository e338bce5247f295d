"""One person: filters of the list, the editor's save with its checks, and the card's sessions, attendance,
certificates and projects."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from factory_desk.domain import clock
from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import (
    AttendanceMark,
    AuditEntry,
    Certificate,
    Enrolment,
    Factory,
    ImprovementProject,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.people import PeopleFilter, count_people, search_people
from factory_desk.services.person_details import PersonDetails, get_person, person_card, save_person
from factory_desk.services.personal_data import PersonalDataError, erase_person


@pytest.fixture
def register(db):
    """Two organisations; five people; two of them attended a session, one was only enrolled."""
    with db.write() as s:
        plant, school = Organisation(full_name="ООО «Ромашка»"), Organisation(full_name="Rēzeknes tehnikums")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства")
        s.add_all([plant, school, factory, programme])
        s.flush()
        people = {
            "ivanov": Person(surname="Иванов", first_name="Иван", organisation_id=plant.id),
            "ivanova": Person(surname="Иванова", first_name="Анна", organisation_id=plant.id,
                              category="civil_servant"),
            "petrov": Person(surname="Петров", first_name="Пётр", organisation_id=plant.id),
            "berzins": Person(surname="Bērziņš", first_name="Jānis", organisation_id=school.id, category="student"),
            "ozola": Person(surname="Ozola", first_name="Ieva", organisation_id=school.id, category="student"),
        }
        s.add_all(people.values())
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="held")
        training.days.append(SessionDay(day_no=1, date=dt.date(2026, 3, 10)))
        s.add(training)
        s.flush()
        for key, mark in (("ivanov", "present"), ("berzins", "late"), ("petrov", "absent"), ("ozola", None)):
            enrolment = Enrolment(session_id=training.id, person_id=people[key].id)
            s.add(enrolment)
            s.flush()
            if mark:
                s.add(AttendanceMark(enrolment_id=enrolment.id, day_no=1, status_code=mark))
            if key == "ivanov":
                s.add(Certificate(number="КИР-2026-00001", enrolment_id=enrolment.id,
                                  snapshot={"full_name": "Иванов Иван"}))
        s.add(ImprovementProject(title="Очередь в регистратуре", organisation_id=plant.id,
                                 leader_id=people["ivanov"].id))
        return {"plant": plant.id, "school": school.id, **{k: p.id for k, p in people.items()}}


def _names(page):
    return [row.full_name for row in page.rows]


@pytest.mark.parametrize(("filters", "expected"), [
    (PeopleFilter(trained=True), ["Bērziņš Jānis", "Иванов Иван"]),
    (PeopleFilter(trained=False), ["Ozola Ieva", "Иванова Анна", "Петров Пётр"]),
    (PeopleFilter(category="student"), ["Bērziņš Jānis", "Ozola Ieva"]),
    (PeopleFilter(category="student", trained=False), ["Ozola Ieva"]),
])
def test_the_list_narrows_to_a_category_and_to_trained_or_not_yet_trained_people(db, register, filters, expected):
    # GIVEN people of two categories; present and late count as trained, absent and unmarked do not
    # WHEN the list is filtered (and counted)
    # THEN exactly the matching people are listed, alphabetically, and counted
    assert _names(search_people(db, "", filters=filters)) == expected
    assert count_people(db, "", filters=filters) == len(expected)


def test_a_filter_and_a_search_together(db, register):
    # GIVEN the register
    # WHEN "иван" is searched among the plant's people not yet trained
    filters = PeopleFilter(organisation_id=register["plant"], trained=False)
    # THEN only Иванова is found: Иванов attended
    assert _names(search_people(db, "иван", filters=filters)) == ["Иванова Анна"]
    assert count_people(db, "иван", filters=filters) == 1
    assert _names(search_people(db, "иван", filters=PeopleFilter(category="civil_servant"))) == ["Иванова Анна"]
    assert count_people(db, "иван", filters=PeopleFilter(category="civil_servant")) == 1


def test_a_new_person_is_saved_with_a_clean_name_and_an_audit_entry(db, register):
    # GIVEN a person typed in capitals with extra spaces and a phone in local form
    details = PersonDetails(surname="  ИВАНОВА-ПЕТРОВА ", first_name="мария", patronymic="ИВАНОВНА",
                            organisation_id=register["plant"], email=" Maria@Romashka.RU ", phone="8 (916) 123-45-67",
                            consent_date=dt.date(2026, 2, 1), consent_form="written")
    # WHEN it is saved
    person_id = save_person(db, details, user_name="Координатор")
    # THEN it is stored in proper case, found by search, and the creation is audited without the name
    saved = get_person(db, person_id)
    assert (saved.surname, saved.first_name, saved.patronymic) == ("Иванова-Петрова", "Мария", "Ивановна")
    assert saved.email == "Maria@romashka.ru"
    assert saved.phone == "+7 916 123-45-67"
    assert (saved.consent_date, saved.consent_form) == (dt.date(2026, 2, 1), "written")
    assert _names(search_people(db, "петрова мар")) == ["Иванова-Петрова Мария Ивановна"]
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity_id == person_id)).scalar_one()
        assert (entry.action, entry.user_name) == ("person_created", "Координатор")
        assert "Иванова" not in str(entry.details)


@pytest.mark.parametrize(("change", "field"), [
    ({"surname": "   "}, "surname"),
    ({"first_name": "Иван2"}, "first_name"),
    ({"email": "ivanov@mail"}, "email"),
    ({"phone": "12"}, "phone"),
    ({"consent_date": clock.today() + dt.timedelta(days=1)}, "consent_date"),
])
def test_a_save_that_breaks_a_rule_is_refused_naming_the_field_and_writes_nothing(db, register, change, field):
    # GIVEN a person's details with one bad field
    details = PersonDetails(surname="Сидоров", first_name="Олег", organisation_id=register["plant"])
    for name, value in change.items():
        setattr(details, name, value)
    # WHEN saved THEN refused, naming the field
    with pytest.raises(ValidationError) as refused:
        save_person(db, details)
    assert refused.value.field == field
    assert count_people(db, "сидоров") == 0


def test_a_badge_code_of_another_person_is_refused(db, register):
    with db.write() as s:
        s.get(Person, register["petrov"]).badge_code = "10000001"
    details = get_person(db, register["ivanov"])
    details.badge_code = "10000001"
    with pytest.raises(ValidationError) as refused:
        save_person(db, details)
    assert refused.value.field == "badge_code"
    assert "10000001" in str(refused.value)


def test_an_edit_changes_the_fields_and_records_which(db, register):
    details = get_person(db, register["petrov"])
    details.position, details.category = "Мастер", "civil_servant"
    save_person(db, details)
    again = get_person(db, register["petrov"])
    assert (again.position, again.category) == ("Мастер", "civil_servant")
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "person_updated")).scalar_one()
        assert entry.details == {"changed": ["category", "position"]}


def test_an_erased_person_cannot_be_edited(db, register):
    erase_person(db, register["petrov"], reason="Просьба")
    details = get_person(db, register["petrov"])
    assert details.anonymised
    details.surname = "Петров"
    with pytest.raises(PersonalDataError):
        save_person(db, details)


def test_the_card_lists_sessions_with_attendance_certificates_and_projects(db, register):
    # GIVEN Иванов attended, got a certificate and leads a project
    # WHEN the card is read
    card = person_card(db, register["ivanov"])
    # THEN it shows all three, with the organisation
    assert card.organisation == "ООО «Ромашка»"
    assert [(e["programme"], e["first_day"]) for e in card.sections["enrolments"]] == [
        ("Основы бережливого производства", dt.date(2026, 3, 10))]
    assert [m["status"] for m in card.sections["attendance"]] == ["Present"]
    assert [c["number"] for c in card.sections["certificates"]] == ["КИР-2026-00001"]
    assert [(p["title"], p["role"]) for p in card.sections["projects"]] == [("Очередь в регистратуре", "Leader")]
