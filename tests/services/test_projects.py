"""Improvement projects' cards, status and review, lists and portfolio, over a real database: a card saved and read
back whole, «overdue» derived from the planned finish and today, the review only for a coordinator, the filters of
the list, the portfolio figures per quarter of a hand-made set, and an audit entry for every change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import (
    AppUser,
    AuditEntry,
    Factory,
    ImprovementProject,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.person_records import merge_people
from factory_desk.services.personal_data import erase_person
from factory_desk.services.project_results import Effects, set_effects
from factory_desk.services.projects import (
    OVERDUE,
    ProjectDraft,
    ProjectError,
    delete_project,
    draft_of,
    is_overdue,
    portfolio,
    project_card,
    project_count,
    project_rows,
    project_years,
    save_project,
    set_review,
    set_status,
)
from factory_desk.services.users import RoleError
from factory_desk.store.search_keys import stale_search_keys

TODAY = dt.date(2026, 5, 20)
TRAINED = dt.date(2026, 3, 10)


@pytest.fixture
def world(db):
    """Two factories with a held session each, two organisations and four people."""
    with db.write() as s:
        kirishi = Factory(name="Фабрика процессов Кириши", code="КИР")
        tosno = Factory(name="Фабрика процессов Тосно", code="ТОС")
        programme = Programme(name="Основы бережливого производства", rounds=3, days=1)
        clinic = Organisation(full_name="ГБУЗ «Киришская клиническая межрайонная больница»",
                              short_name="Киришская больница")
        mfc = Organisation(full_name="МФЦ Тосненского района", short_name="МФЦ Тосно")
        s.add_all([kirishi, tosno, programme, clinic, mfc])
        s.flush()
        sessions = []
        for factory, day in ((kirishi, TRAINED), (tosno, TRAINED + dt.timedelta(days=7))):
            training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="held", min_group=1)
            training.days.append(SessionDay(day_no=1, date=day))
            s.add(training)
            sessions.append(training)
        people = [
            Person(surname="Иванова", first_name="Мария", patronymic="Петровна", position="Главный врач",
                   organisation_id=clinic.id, **Person.derived("Иванова", "Мария", "Петровна")),
            Person(surname="Ёлкин", first_name="Пётр", position="Заведующий регистратурой",
                   organisation_id=clinic.id, **Person.derived("Ёлкин", "Пётр")),
            Person(surname="Сидоров", first_name="Олег", position="Медбрат", organisation_id=clinic.id,
                   **Person.derived("Сидоров", "Олег")),
            Person(surname="Петров", first_name="Иван", position="Директор МФЦ", organisation_id=mfc.id,
                   **Person.derived("Петров", "Иван")),
        ]
        s.add_all(people)
        s.flush()
        return {"kirishi": kirishi.id, "tosno": tosno.id, "clinic": clinic.id, "mfc": mfc.id,
                "sessions": [t.id for t in sessions], "people": [p.id for p in people]}


def clinic_draft(world, **changes) -> ProjectDraft:
    sponsor, leader, nurse, _ = world["people"]
    draft = ProjectDraft(
        title="  Сокращение  очереди в регистратуре ", organisation_id=world["clinic"], sub_programme="Здравоохранение",
        sponsor_id=sponsor, leader_id=leader, description="Очередь к окну регистратуры по утрам.",
        planned_start=dt.date(2026, 3, 24), planned_kickoff=dt.date(2026, 4, 14), planned_finish=dt.date(2026, 5, 1),
        passport_url="https://example.org/passport.pdf", background="Жалобы пациентов на очереди.",
        current_condition="Ожидание 45 минут.", target_condition="Ожидание 15 минут.",
        root_causes="Одно окно на все вопросы.", countermeasures="Электронная очередь.", plan="Апрель — запуск.",
        team=[(leader, "Руководитель"), (nurse, "Участник")], session_ids=[world["sessions"][0]],
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def audit_actions(db, project_id):
    with db.read() as s:
        return [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "improvement_project", AuditEntry.entity_id == project_id).order_by(AuditEntry.id))]


def test_a_card_saved_is_read_back_whole(db, world):
    # GIVEN a project drafted from the Kirishi session
    # WHEN it is saved
    project_id = save_project(db, clinic_draft(world), user_name="coordinator")
    # THEN the card holds every field, the people with their positions and the session it came from
    card = project_card(db, project_id)
    assert card.title == "Сокращение очереди в регистратуре"
    assert card.organisation == "Киришская больница"
    assert card.status == "in_development" and card.review_state == "none"
    assert (card.sponsor.name, card.sponsor.position) == ("Иванова Мария Петровна", "Главный врач")
    assert (card.leader.name, card.leader.position) == ("Ёлкин Пётр", "Заведующий регистратурой")
    assert [(t.name, t.role) for t in card.team] == [("Ёлкин Пётр", "Руководитель"), ("Сидоров Олег", "Участник")]
    assert [(s.id, s.factory, s.first_day) for s in card.sessions] == [
        (world["sessions"][0], "Фабрика процессов Кириши", TRAINED)]
    assert card.planned_finish == dt.date(2026, 5, 1)
    assert card.root_causes == "Одно окно на все вопросы."
    assert card.passport_url == "https://example.org/passport.pdf"
    assert card.metrics == [] and card.follow_ups == [] and card.attachments == []
    # AND its search text holds the title, the organisation's names and the leader's name, folded; it sorts by title
    with db.read() as s:
        row = s.get(ImprovementProject, project_id)
        assert row.search_text == ("сокращение очереди в регистратуре киришская больница гбуз «киришская "
                                   "клиническая межрайонная больница» елкин петр")
        assert row.sort_key
    # WHEN the draft read back is changed: another team member out, the second session added
    draft = draft_of(db, project_id)
    assert draft.title == card.title and draft.session_ids == [world["sessions"][0]]
    draft.team = [(world["people"][1], "Руководитель проекта")]
    draft.session_ids = world["sessions"]
    draft.actual_start = dt.date(2026, 3, 25)
    save_project(db, draft, user_name="coordinator")
    card = project_card(db, project_id)
    assert [(t.name, t.role) for t in card.team] == [("Ёлкин Пётр", "Руководитель проекта")]
    assert [s.id for s in card.sessions] == world["sessions"]
    assert card.actual_start == dt.date(2026, 3, 25)
    # THEN both writes are in the audit log, the second naming what changed
    assert audit_actions(db, project_id) == ["project_created", "project_updated"]
    with db.read() as s:
        changed = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "project_updated")).one()["changed"]
    assert changed == ["actual_start", "sessions", "team"]


def test_a_project_needs_a_title_and_finishes_after_it_starts(db, world):
    with pytest.raises(ValidationError) as caught:
        save_project(db, clinic_draft(world, title="   "))
    assert caught.value.field == "title"
    with pytest.raises(ValidationError) as caught:
        save_project(db, clinic_draft(world, planned_finish=dt.date(2026, 3, 1)))
    assert str(caught.value) == "A project cannot finish (01.03.2026) before it starts (24.03.2026)."
    with pytest.raises(ProjectError, match="no improvement project with the number 999"):
        project_card(db, 999)
    with db.read() as s:
        assert s.scalars(select(ImprovementProject)).all() == []


def test_overdue_follows_the_planned_finish_and_today(db, world):
    # GIVEN a project being implemented whose planned finish is 1 May
    project_id = save_project(db, clinic_draft(world))
    set_status(db, project_id, "implementing", user_name="coordinator", today=dt.date(2026, 3, 26))
    card = project_card(db, project_id)
    # THEN it is not overdue on 1 May, and is on 2 May; the list's «overdue» filter agrees
    assert not is_overdue(card, dt.date(2026, 5, 1))
    assert is_overdue(card, dt.date(2026, 5, 2))
    assert project_count(db, status=OVERDUE, today=dt.date(2026, 5, 1)) == 0
    assert [r.id for r in project_rows(db, status=OVERDUE, today=TODAY)] == [project_id]
    assert project_rows(db, today=TODAY)[0].overdue
    # WHEN it is completed
    set_status(db, project_id, "completed", user_name="coordinator", today=TODAY)
    card = project_card(db, project_id)
    # THEN it is no longer overdue, its actual start and finish are recorded, and the status is not stored as
    # «overdue» at any time
    assert not is_overdue(card, TODAY)
    assert project_count(db, status=OVERDUE, today=TODAY) == 0
    assert (card.status, card.actual_start, card.actual_finish) == ("completed", dt.date(2026, 3, 26), TODAY)
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "project_status_changed")
                            .order_by(AuditEntry.id)).all()
    assert [(e.details["from"], e.details["to"], e.user_name) for e in entries] == [
        ("in_development", "implementing", "coordinator"), ("implementing", "completed", "coordinator")]
    with pytest.raises(ValidationError, match="no project status “overdue”"):
        set_status(db, project_id, OVERDUE)


def test_the_review_needs_a_coordinator(db, world):
    project_id = save_project(db, clinic_draft(world))
    with db.write() as s:
        s.add(AppUser(login="trainer1", role="trainer"))
    # WHEN a trainer tries to mark it checked THEN a sentence refuses, and nothing changes
    with pytest.raises(RoleError) as caught:
        set_review(db, project_id, "checked", user_name="trainer1")
    assert "Only a coordinator reviews projects" in str(caught.value) and "trainer1" in str(caught.value)
    assert project_card(db, project_id).review_state == "none"
    # WHEN a coordinator (a login without an account has the default role, coordinator) does
    set_review(db, project_id, "needs_work", user_name="anna")
    set_review(db, project_id, "checked", user_name="anna")
    assert project_card(db, project_id).review_state == "checked"
    assert audit_actions(db, project_id)[-2:] == ["project_review_changed", "project_review_changed"]
    with pytest.raises(ValidationError):
        set_review(db, project_id, "approved", user_name="anna")


def test_list_filters_and_search(db, world):
    # GIVEN a clinic project from Kirishi (overdue) and an MFC project from Tosno in 2027
    clinic = save_project(db, clinic_draft(world))
    mfc = save_project(db, ProjectDraft(
        title="Выдача справок за один визит", organisation_id=world["mfc"], sub_programme="Госуправление",
        leader_id=world["people"][3], planned_start=dt.date(2027, 1, 10), planned_finish=dt.date(2027, 6, 1),
        session_ids=[world["sessions"][1]]))
    both = {clinic, mfc}
    ids = lambda **filters: {r.id for r in project_rows(db, today=TODAY, **filters)}  # noqa: E731
    assert ids() == both
    assert ids(organisation_id=world["mfc"]) == {mfc}
    assert ids(factory_id=world["kirishi"]) == {clinic}
    assert ids(sub_programme="Госуправление") == {mfc}
    assert ids(status="in_development") == both
    assert ids(status=OVERDUE) == {clinic}
    assert ids(year=2027) == {mfc} and ids(year=2026) == {clinic} and ids(year=2025) == set()
    # the year filter offers the years it finds projects in, an actual start alone included
    assert project_years(db) == [2027, 2026]
    with db.write() as session:
        session.get(ImprovementProject, mfc).actual_start = dt.date(2028, 2, 1)
    assert project_years(db) == [2028, 2027, 2026] and ids(year=2028) == {mfc}
    # a search folds case and ё, and finds the organisation's and the leader's names too
    assert ids(search="ОЧЕРЕДИ") == {clinic}
    assert ids(search="елкин") == {clinic}
    assert ids(search="мфц справок") == {mfc}
    assert project_count(db, search="больница") == 1
    # rows come alphabetically, paged
    rows = project_rows(db, today=TODAY)
    assert [r.title for r in rows] == ["Выдача справок за один визит", "Сокращение очереди в регистратуре"]
    assert (rows[0].organisation, rows[0].leader) == ("МФЦ Тосно", "Петров Иван")
    assert [r.id for r in project_rows(db, limit=1, offset=1, today=TODAY)] == [clinic]
    # the page after a row, found by its place in the order (as the page scrolls), the filters still applied
    assert [r.id for r in project_rows(db, after=(rows[0].sort_key, rows[0].id), today=TODAY)] == [clinic]
    assert project_rows(db, after=(rows[1].sort_key, rows[1].id), today=TODAY) == []
    assert project_rows(db, after=(rows[0].sort_key, rows[0].id), search="мфц", today=TODAY) == []
    assert project_count(db, factory_id=world["tosno"]) == 1


def test_the_search_follows_a_renamed_organisation_and_a_renamed_erased_or_merged_leader(db, world):
    # GIVEN the clinic project, led by Ёлкин
    clinic = save_project(db, clinic_draft(world))
    found = lambda text: {r.id for r in project_rows(db, search=text, today=TODAY)}  # noqa: E731
    assert found("елкин") == found("киришская") == {clinic}
    # WHEN only its status changes THEN its text stands; WHEN it is retitled THEN the new title finds it
    set_status(db, clinic, "launched", today=TODAY)
    assert found("очереди") == {clinic}
    with db.write() as s:
        s.get(ImprovementProject, clinic).title = "Запись к врачу без очереди"
    assert found("запись") == {clinic} and found("регистратуре") == set() and found("елкин") == {clinic}
    # WHEN the organisation is renamed THEN the project is found by the new name, not the old one
    with db.write() as s:
        organisation = s.get(Organisation, world["clinic"])
        organisation.full_name, organisation.short_name = "ГБУЗ ЛО «Киришская КМБ»", "Киришская КМБ"
    assert found("кмб") == {clinic} and found("больница") == set()
    # WHEN the leader marries THEN the new surname finds the project
    with db.write() as s:
        s.get(Person, world["people"][1]).surname = "Ёлкина-Смирнова"
    assert found("смирнова") == {clinic}
    # WHEN the leader (Сидоров, after a change of leader) is merged into a duplicate record THEN the kept
    # record's name finds the project
    with db.write() as s:
        s.get(ImprovementProject, clinic).leader_id = world["people"][2]
        twin = Person(surname="Сидоров", first_name="Олег", patronymic="Ильич", organisation_id=world["clinic"])
        s.add(twin)
        s.flush()
        twin_id = twin.id
    merge_people(db, twin_id, world["people"][2], reason="Один человек")
    assert found("ильич") == {clinic}
    # WHEN the leader's data are erased on request THEN the name finds nothing any more
    erase_person(db, twin_id, reason="Просьба участника")
    assert found("сидоров") == set() and found("кмб") == {clinic}
    # AND the check of search columns finds nothing stale; a text written around the ORM is found and rebuilt
    with db.write() as s:
        s.execute(update(ImprovementProject).values(search_text="устарело"))
    with db.engine.begin() as connection:
        assert stale_search_keys(connection)["improvement_project"] == 1
        stale_search_keys(connection, rebuild=True)
        assert stale_search_keys(connection)["improvement_project"] == 0
    assert found("кмб") == {clinic}


def test_portfolio_per_quarter(db, world):
    # GIVEN a hand-made set for 2026 (planned start, actual start, actual finish, hours, money, costs)
    specs = [
        (dt.date(2026, 1, 15), dt.date(2026, 2, 1), dt.date(2026, 5, 20), "120", "50000", "10000"),  # Q1 Q1 Q2
        (dt.date(2026, 2, 10), dt.date(2026, 4, 2), dt.date(2026, 6, 30), "80.5", "20000", None),  # Q1 Q2 Q2
        (dt.date(2026, 6, 1), dt.date(2026, 7, 1), None, None, None, None),  # Q2 Q3 —
        (dt.date(2025, 11, 1), dt.date(2025, 12, 1), dt.date(2026, 10, 5), "300", "150000", "40000"),  # — — Q4
        (dt.date(2025, 3, 1), dt.date(2025, 3, 2), dt.date(2025, 9, 1), "999", "999", "999"),  # another year
    ]
    for number, (planned, opened, closed, hours, money, costs) in enumerate(specs):
        project_id = save_project(db, ProjectDraft(
            title=f"Проект {number}", planned_start=planned, actual_start=opened, actual_finish=closed,
            session_ids=[world["sessions"][number == 3]]))
        set_effects(db, project_id, Effects(freed_hours_per_year=hours, economic_effect=money, costs=costs))
    # WHEN the portfolio of 2026 is asked for
    result = portfolio(db, year=2026)
    # THEN each quarter counts the projects planned, opened and closed in it, and the effects of those closed
    figures = [(q.quarter, q.planned, q.opened, q.closed, q.freed_hours_per_year, q.economic_effect, q.costs)
               for q in result.quarters]
    assert figures == [
        (1, 2, 1, 0, 0, 0, 0),
        (2, 1, 1, 2, Decimal("200.5"), Decimal("70000"), Decimal("10000")),
        (3, 0, 1, 0, 0, 0, 0),
        (4, 0, 0, 1, Decimal("300"), Decimal("150000"), Decimal("40000")),
    ]
    total = result.total
    assert (total.planned, total.opened, total.closed) == (3, 3, 3)
    assert (total.freed_hours_per_year, total.economic_effect, total.costs) == (
        Decimal("500.5"), Decimal("220000"), Decimal("50000"))
    # AND only the Tosno project counts for Tosno
    tosno = portfolio(db, year=2026, factory_id=world["tosno"])
    assert [q.closed for q in tosno.quarters] == [0, 0, 0, 1]


def test_delete_project_is_audited(db, world):
    project_id = save_project(db, clinic_draft(world))
    delete_project(db, project_id, user_name="coordinator")
    with pytest.raises(ProjectError):
        project_card(db, project_id)
    assert audit_actions(db, project_id)[-1] == "project_deleted"
