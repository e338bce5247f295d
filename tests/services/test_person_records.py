"""The register kept clean and lawful: duplicates found and merged, a person's data exported and erased."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select, update

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.models import (
    AttendanceMark,
    AuditEntry,
    Certificate,
    Enrolment,
    Factory,
    Feedback,
    ImprovementProject,
    Organisation,
    Person,
    PoolEntry,
    Programme,
    ProjectMember,
    SessionDay,
    TrainingSession,
    person_word,
)
from factory_desk.domain.models import TestResult as Score  # pytest would collect a class named Test…
from factory_desk.services.people import count_people, search_people
from factory_desk.services.person_records import (
    duplicate_groups,
    erase_person,
    export_person_data,
    find_duplicates,
    merge_people,
)


def _add(db, *rows):
    with db.write() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def place(db):
    """Two organisations, a factory, a programme and two one-day sessions."""
    with db.write() as s:
        plant, school = Organisation(full_name="ООО «Ромашка»"), Organisation(full_name="Школа №5")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства")
        s.add_all([plant, school, factory, programme])
        s.flush()
        sessions = []
        for day in (dt.date(2026, 3, 10), dt.date(2026, 4, 14)):
            training = TrainingSession(programme_id=programme.id, factory_id=factory.id)
            training.days.append(SessionDay(day_no=1, date=day))
            s.add(training)
            sessions.append(training)
        s.flush()
        return {"plant": plant.id, "school": school.id, "sessions": [t.id for t in sessions]}


def _enrol(db, person_id, session_id, *, mark=None, tests=(), feedback=None, certificate=None):
    with db.write() as s:
        enrolment = Enrolment(session_id=session_id, person_id=person_id)
        s.add(enrolment)
        s.flush()
        if mark:
            s.add(AttendanceMark(enrolment_id=enrolment.id, day_no=1, status_code=mark))
        for kind, score in tests:
            s.add(Score(enrolment_id=enrolment.id, kind=kind, score=Decimal(score)))
        if feedback is not None:
            s.add(Feedback(enrolment_id=enrolment.id, recommend=feedback, comment="Полезно"))
        if certificate:
            s.add(Certificate(number=certificate, enrolment_id=enrolment.id, snapshot={
                "number": certificate, "full_name": "Иванов Иван Иванович", "surname": "Иванов",
                "first_name": "Иван", "patronymic": "Иванович", "organisation": "ООО «Ромашка»",
                "programme": "Основы бережливого производства"}))
        return enrolment.id


def _per_session(db):
    with db.read() as s:
        return dict(s.execute(select(Enrolment.session_id, func.count()).group_by(Enrolment.session_id)).all())


# --- duplicates ---------------------------------------------------------------------------------------------

def test_the_same_person_typed_differently_is_found_in_the_same_organisation_first(db, place):
    # GIVEN «Иванов Иван» and «Семёнов Пётр» at the plant, and another «Иванов Иван» at the school
    ivanov, semenov, other = _add(db,
                                  Person(surname="Иванов", first_name="Иван", organisation_id=place["plant"],
                                         position="Мастер"),
                                  Person(surname="Семёнов", first_name="Пётр", organisation_id=place["plant"]),
                                  Person(surname="Иванов", first_name="Иван", organisation_id=place["school"]))
    _enrol(db, ivanov, place["sessions"][0])
    # WHEN a coordinator types «ИВАНОВ  Иван» and «Семенов Петр» for the plant
    found = find_duplicates(db, "ИВАНОВ ", " Иван", organisation_id=place["plant"])
    # THEN the plant's Иванов comes first, as the same person, with his position and enrolments
    assert [(c.id, c.same_organisation) for c in found] == [(ivanov, True), (other, False)]
    assert (found[0].full_name, found[0].organisation, found[0].position, found[0].enrolments) == (
        "Иванов Иван", "ООО «Ромашка»", "Мастер", 1)
    assert [c.id for c in find_duplicates(db, "Семенов", "Петр", organisation_id=place["plant"])] == [semenov]
    # AND a person is not their own duplicate, nor is anyone with another name
    assert [c.id for c in find_duplicates(db, "Иванов", "Иван", organisation_id=place["plant"],
                                          exclude_id=ivanov)] == [other]
    assert find_duplicates(db, "Иванова", "Иван", organisation_id=place["plant"]) == []


def test_the_list_of_possible_duplicates_groups_people_by_name_and_organisation(db, place):
    # GIVEN two records of one Семёнов at the plant, one at the school, and an erased person twice
    a, b, _school, _c = _add(db,
                             Person(surname="Семёнов", first_name="Пётр", organisation_id=place["plant"]),
                             Person(surname="СЕМЕНОВ", first_name="петр", organisation_id=place["plant"]),
                             Person(surname="Семёнов", first_name="Пётр", organisation_id=place["school"]),
                             Person(surname="Кузнецов", organisation_id=place["plant"]))
    loose = _add(db, Person(surname="Лис", first_name="Ян"), Person(surname="лис", first_name="ян"))
    gone = _add(db, Person(surname="Удалов", organisation_id=place["plant"]),
                Person(surname="Удалов", organisation_id=place["plant"]))
    erase_person(db, gone[0], reason="Заявление")
    erase_person(db, gone[1], reason="Заявление")
    # WHEN the list is asked for
    groups = duplicate_groups(db)
    # THEN there are two groups, alphabetically: the two records without an organisation, the two plant records
    assert [sorted(c.id for c in group) for group in groups] == [sorted(loose), [a, b]]
    assert {c.organisation for c in groups[1]} == {"ООО «Ромашка»"}
    assert duplicate_groups(db, limit=1) == groups[:1]


def test_an_erased_person_is_never_a_duplicate(db, place):
    (person,) = _add(db, Person(surname="Петров", first_name="Пётр", organisation_id=place["plant"]))
    erase_person(db, person, reason="Заявление")
    assert find_duplicates(db, "Петров", "Пётр", organisation_id=place["plant"]) == []
    assert find_duplicates(db, "—", organisation_id=place["plant"]) == []


# --- merge --------------------------------------------------------------------------------------------------

def test_a_merge_keeps_everything_of_both_records(db, place):
    first, second = place["sessions"]
    # GIVEN one man entered twice: the kept record has a session with a certificate and no e-mail; the other
    # has the same first session (with the post-test and feedback), a second session, a project and a pool entry
    keep, merge = _add(db,
                       Person(surname="Иванов", first_name="Иван", organisation_id=place["plant"]),
                       Person(surname="ИВАНОВ", first_name="Иван", organisation_id=place["plant"],
                              email="ivanov@romashka.example", position="Мастер",
                              consent_date=dt.date(2026, 1, 20), consent_form="written", badge_code="B-17"))
    _enrol(db, keep, first, mark="present", tests=[("pre", 40)], certificate="КИР-2026-00001")
    _enrol(db, merge, first, tests=[("post", 80)], feedback=9)
    _enrol(db, merge, second, mark="late", certificate="КИР-2026-00002")
    with db.write() as s:
        project = ImprovementProject(title="Очередь в регистратуре", organisation_id=place["plant"],
                                     sponsor_id=merge, leader_id=keep)
        s.add(project)
        s.flush()
        s.add_all([ProjectMember(project_id=project.id, person_id=keep),
                   ProjectMember(project_id=project.id, person_id=merge, role="Хронометраж"),
                   PoolEntry(person_id=keep, note="по письму"), PoolEntry(person_id=merge, note="повторно")])
        project_id = project.id
    before = _per_session(db)
    assert before == {first: 2, second: 1}
    # WHEN the second record is merged into the first
    result = merge_people(db, keep, merge, user_name="coordinator", reason="Один человек")
    # THEN the kept man has both sessions, the marks, both tests, the feedback and both certificates
    assert _per_session(db) == {first: 1, second: 1}
    with db.read() as s:
        assert s.get(Person, merge) is None
        assert s.scalar(select(func.count()).select_from(person_word).where(person_word.c.person_id == merge)) == 0
        enrolments = {e.session_id: e.id for e in s.scalars(select(Enrolment).where(Enrolment.person_id == keep))}
        assert set(enrolments) == {first, second}
        marks = s.execute(select(AttendanceMark.enrolment_id, AttendanceMark.status_code)).all()
        assert sorted(marks) == sorted([(enrolments[first], "present"), (enrolments[second], "late")])
        tests = s.execute(select(Score.kind, Score.enrolment_id).order_by(Score.kind)).all()
        assert tests == [("post", enrolments[first]), ("pre", enrolments[first])]
        assert s.scalar(select(Feedback.enrolment_id)) == enrolments[first]
        certificates = dict(s.execute(select(Certificate.number, Certificate.enrolment_id)).all())
        assert certificates == {"КИР-2026-00001": enrolments[first], "КИР-2026-00002": enrolments[second]}
        # AND the project knows him once, as sponsor, leader and team member (with the role he had)
        project = s.get(ImprovementProject, project_id)
        assert (project.sponsor_id, project.leader_id) == (keep, keep)
        assert s.execute(select(ProjectMember.person_id, ProjectMember.role)).all() == [(keep, "Хронометраж")]
        # AND one pool entry with both notes; the empty fields are filled from the merged record
        assert s.execute(select(PoolEntry.person_id, PoolEntry.note)).all() == [(keep, "по письму; повторно")]
        kept = s.get(Person, keep)
        assert (kept.surname, kept.email, kept.position, kept.consent_form, kept.badge_code) == (
            "Иванов", "ivanov@romashka.example", "Мастер", "written", "B-17")
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "people_merged")).one()
    assert (audit.entity_id, audit.reason, audit.user_name) == (keep, "Один человек", "coordinator")
    assert audit.details["kept_id"] == keep and audit.details["merged_id"] == merge
    assert audit.details["moved"]["enrolments"] == 1 and audit.details["moved"]["enrolments_combined"] == 1
    assert result.moved["certificates"] == 1 and result.moved["test_results"] == 1
    assert "Иванов" not in json.dumps(audit.details, ensure_ascii=False)
    # AND search shows one Иванов
    assert [r.id for r in search_people(db, "иванов").rows] == [keep]


def test_the_richer_enrolment_of_the_merged_record_is_the_one_kept(db, place):
    first, _second = place["sessions"]
    # GIVEN the kept record's enrolment is bare, the merged one's has attendance and a certificate
    keep, merge = _add(db, Person(surname="Орлова", first_name="Анна", organisation_id=place["plant"]),
                       Person(surname="Орлова", first_name="Анна", organisation_id=place["plant"]))
    _enrol(db, keep, first)
    richer = _enrol(db, merge, first, mark="present", certificate="КИР-2026-00003")
    # WHEN merged
    merge_people(db, keep, merge)
    # THEN the richer enrolment now belongs to the kept person, with its certificate
    with db.read() as s:
        assert s.execute(select(Enrolment.id, Enrolment.person_id)).all() == [(richer, keep)]
        assert s.scalar(select(Certificate.enrolment_id)) == richer


def test_a_merge_that_would_lose_a_certificate_is_refused_and_changes_nothing(db, place):
    first, second = place["sessions"]
    # GIVEN both records have a certificate for the same session (and the merged one a second session)
    keep, merge = _add(db, Person(surname="Иванов", first_name="Иван", organisation_id=place["plant"]),
                       Person(surname="Иванов", first_name="Иван", organisation_id=place["plant"], email="i@x.example"))
    _enrol(db, merge, second, mark="present")
    _enrol(db, keep, first, certificate="КИР-2026-00001")
    _enrol(db, merge, first, certificate="КИР-2026-00002")
    before = _per_session(db)
    # WHEN a merge is tried
    with pytest.raises(FactoryDeskError) as refused:
        merge_people(db, keep, merge, reason="Один человек")
    # THEN it says why, and both records are as they were
    assert "certificate" in refused.value.message and "Основы бережливого производства 10.03.2026" in str(refused.value)
    assert _per_session(db) == before
    with db.read() as s:
        assert s.get(Person, merge) is not None and s.get(Person, keep).email == ""
        assert s.scalar(select(func.count()).select_from(Enrolment).where(Enrolment.person_id == merge)) == 2
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_a_merge_of_different_scores_for_one_session_is_refused(db, place):
    first, _second = place["sessions"]
    keep, merge = _add(db, Person(surname="Лис", organisation_id=place["plant"]),
                       Person(surname="Лис", organisation_id=place["plant"]))
    _enrol(db, keep, first, tests=[("pre", 40)])
    _enrol(db, merge, first, tests=[("pre", 60)])
    with pytest.raises(FactoryDeskError, match="different"):
        merge_people(db, keep, merge)
    assert _per_session(db) == {first: 2}


def test_a_merge_is_refused_for_one_record_twice_an_unknown_one_or_an_erased_one(db, place):
    keep, merge = _add(db, Person(surname="Лис", organisation_id=place["plant"]),
                       Person(surname="Лис", organisation_id=place["plant"]))
    with pytest.raises(FactoryDeskError, match="same record"):
        merge_people(db, keep, keep)
    with pytest.raises(FactoryDeskError, match="no person"):
        merge_people(db, keep, 999_999)
    erase_person(db, merge, reason="Заявление")
    with pytest.raises(FactoryDeskError, match="erased"):
        merge_people(db, keep, merge)


# --- personal data ------------------------------------------------------------------------------------------

@pytest.fixture
def trained(db, place):
    """Иванов with two sessions (one with a certificate), a pre-test, feedback and a project."""
    (person,) = _add(db, Person(surname="Иванов", first_name="Иван", patronymic="Иванович",
                                organisation_id=place["plant"], position="Мастер", email="ivanov@romashka.example",
                                phone="+7 900 000-00-00", badge_code="B-17", consent_date=dt.date(2026, 1, 20),
                                consent_form="written", category="enterprise_employee"))
    _enrol(db, person, place["sessions"][0], mark="present", tests=[("pre", 40), ("post", 85)], feedback=10,
           certificate="КИР-2026-00001")
    _enrol(db, person, place["sessions"][1], mark="absent")
    with db.write() as s:
        s.execute(update(AttendanceMark).where(AttendanceMark.status_code == "absent").values(note="Болел, справка"))
        project = ImprovementProject(title="Очередь в регистратуре", organisation_id=place["plant"],
                                     leader_id=person)
        s.add(project)
        s.add(PoolEntry(person_id=person))
    return person


def test_a_persons_data_are_exported_to_excel(db, trained, tmp_path):
    # WHEN the person's data are exported to .xlsx
    path = export_person_data(db, trained, tmp_path / "данные.xlsx", user_name="coordinator")
    # THEN the workbook shows the person, both sessions, the scores, the certificate number and the project
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Person", "Sessions", "Attendance", "Tests", "Feedback", "Certificates", "Projects",
                               "Changes"]
    person = {row[0]: row[1] for row in book["Person"].iter_rows(min_row=2, values_only=True)}
    assert (person["Surname"], person["E-mail"], person["Organisation"], person["Category"]) == (
        "Иванов", "ivanov@romashka.example", "ООО «Ромашка»", "Enterprise employee")
    sessions = list(book["Sessions"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2].date()) for r in sessions] == [
        ("Основы бережливого производства", "Фабрика процессов Кириши", dt.date(2026, 3, 10)),
        ("Основы бережливого производства", "Фабрика процессов Кириши", dt.date(2026, 4, 14))]
    assert sorted(r[3] for r in book["Tests"].iter_rows(min_row=2, values_only=True)) == [40, 85]
    assert [r[0] for r in book["Certificates"].iter_rows(min_row=2, values_only=True)] == ["КИР-2026-00001"]
    assert [r[2] for r in book["Projects"].iter_rows(min_row=2, values_only=True)] == ["Leader"]
    with db.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "personal_data_exported")).one()
    assert (audit.entity_id, audit.user_name, audit.details) == (trained, "coordinator", {"format": "xlsx"})


def test_a_persons_data_are_exported_to_json(db, trained, tmp_path):
    path = export_person_data(db, trained, tmp_path / "данные.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "Иванов" in path.read_text(encoding="utf-8")  # not \u-escaped
    assert data["person"]["consent_date"] == "2026-01-20"
    assert [e["first_day"] for e in data["enrolments"]] == ["2026-03-10", "2026-04-14"]
    assert [(c["number"], c["status"]) for c in data["certificates"]] == [("КИР-2026-00001", "Issued")]
    assert [e["status"] for e in data["enrolments"]] == ["Enrolled", "Enrolled"]
    assert sorted(t["score"] for t in data["tests"]) == [40, 85]
    assert [m["status"] for m in data["attendance"]] == ["Present", "Absent"]


def test_an_export_to_another_kind_of_file_is_refused(db, trained, tmp_path):
    with pytest.raises(FactoryDeskError, match=".xlsx or .json"):
        export_person_data(db, trained, tmp_path / "данные.pdf")


def _people_by_organisation_and_category(db):
    with db.read() as s:
        return s.execute(select(Person.organisation_id, Person.category, func.count())
                         .group_by(Person.organisation_id, Person.category)).all()


def test_erasure_removes_the_name_everywhere_and_keeps_the_statistics(db, trained, place, tmp_path):
    # GIVEN a colleague of the same organisation, and the statistics before
    _add(db, Person(surname="Петрова", organisation_id=place["plant"]))
    statistics = _people_by_organisation_and_category(db)
    sessions = _per_session(db)
    # WHEN Иванов's data are erased on his request
    erase_person(db, trained, user_name="coordinator", reason="Заявление от 01.06.2026")
    # THEN search does not find him, by name or in the full list, and the count beside the list drops
    assert search_people(db, "иванов").rows == []
    assert [r.surname for r in search_people(db).rows] == ["Петрова"]
    assert [r.surname for r in search_people(db, organisation_id=place["plant"]).rows] == ["Петрова"]
    assert count_people(db) == 1 and count_people(db, organisation_id=place["plant"]) == 1
    with db.read() as s:
        person = s.get(Person, trained)
        assert (person.surname, person.first_name, person.patronymic, person.position, person.email,
                person.phone, person.badge_code, person.consent_date) == ("—", "", "", "", "", "", None, None)
        assert person.anonymised_at is not None and "иванов" not in person.search_text
        assert s.scalar(select(func.count()).select_from(person_word).where(person_word.c.person_id == trained)) == 0
        snapshot = s.scalar(select(Certificate.snapshot))
        assert "Иван" not in json.dumps(snapshot, ensure_ascii=False)
        assert snapshot["full_name"] == "—" and snapshot["organisation"] == "ООО «Ромашка»"
        assert s.scalar(select(func.count()).select_from(AttendanceMark)) == 2
        # free text about him goes (it may name him or his health); the scores stay for the reports
        assert s.execute(select(Feedback.recommend, Feedback.comment)).one() == (10, "")
        assert set(s.scalars(select(AttendanceMark.note))) == {""}
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "personal_data_erased")).one()
        assert s.scalar(select(func.count()).select_from(PoolEntry)) == 0
    assert (audit.entity_id, audit.reason, audit.user_name) == (trained, "Заявление от 01.06.2026", "coordinator")
    assert "Иван" not in json.dumps(audit.details, ensure_ascii=False)
    # AND the counts per organisation and category, and per session, are unchanged
    assert _people_by_organisation_and_category(db) == statistics
    assert _per_session(db) == sessions
    # AND an export made afterwards has no trace of the name
    text = export_person_data(db, trained, tmp_path / "после.json").read_text(encoding="utf-8")
    assert "Иван" not in text and "ivanov@" not in text and "КИР-2026-00001" in text


def test_a_second_erasure_is_refused(db, trained):
    erase_person(db, trained, reason="Заявление")
    with pytest.raises(FactoryDeskError, match="already erased"):
        erase_person(db, trained, reason="Заявление")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "personal_data_erased")) == 1
