"""The documents of improvement projects read from a real database: one project for its A3 (people, sessions,
metrics with their latest value, overdue judged on the day), the portfolio rows by status («overdue» included), the
quarters of a year (planned, opened, closed and the effects of those closed), and the Excel export read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select

from factory_desk.domain.models import (
    Factory,
    ImprovementProject,
    MetricMeasurement,
    Organisation,
    Person,
    Programme,
    ProjectFollowUp,
    ProjectMember,
    ProjectMetric,
    SessionDay,
    TrainingSession,
    project_session,
)
from factory_desk.exchange.export import ExportError
from factory_desk.i18n import error_text
from factory_desk.services.project_documents import (
    ProjectDocumentError,
    a3_project,
    export_portfolio,
    portfolio_rows,
)

TODAY = dt.date(2026, 6, 15)


def make_projects(db) -> dict[str, int]:
    """Three projects of «ООО «Ромашка»»: a completed one with two metrics, closed in Q2 2026; one being implemented
    past its planned finish (overdue); one in development that starts in Q3."""
    with db.write() as s:
        plant = Organisation(full_name="Общество с ограниченной ответственностью «Ромашка»", short_name="ООО «Ромашка»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства", rounds=0)
        s.add_all([plant, factory, programme])
        s.flush()
        leader = Person(surname="Иванов", first_name="Иван", patronymic="Петрович", position="Начальник цеха",
                        organisation_id=plant.id)
        sponsor = Person(surname="Петрова", first_name="Анна", position="Директор", organisation_id=plant.id)
        member = Person(surname="Bērziņš", first_name="Jānis", position="Meistars", organisation_id=plant.id)
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="held", min_group=1)
        training.days.append(SessionDay(day_no=1, date=dt.date(2026, 1, 20)))
        s.add_all([leader, sponsor, member, training])
        s.flush()
        done = ImprovementProject(
            title="Снижение времени ожидания в регистратуре", organisation_id=plant.id, sub_programme="Поликлиника",
            status="completed", review_state="checked", leader_id=leader.id, sponsor_id=sponsor.id,
            planned_start=dt.date(2026, 2, 1), actual_start=dt.date(2026, 2, 3), planned_finish=dt.date(2026, 5, 1),
            actual_finish=dt.date(2026, 4, 28), background="Очереди до 40 человек.", current_condition="60 минут.",
            target_condition="15 минут.", root_causes="Один поток.", countermeasures="Разделить потоки.",
            plan="Заведующий, 1 месяц.", effect_confirmation="Хронометраж: 14 минут.", follow_up_text="Замеры.",
            freed_hours_per_year=Decimal("540.0"), economic_effect=Decimal("259200.00"), costs=Decimal("120000"),
            social_effect="Меньше жалоб.")
        done.members.append(ProjectMember(person_id=member.id, role="Хронометражист"))
        done.metrics = [
            ProjectMetric(name="Время ожидания", unit="мин", baseline=Decimal(60), target=Decimal(15), position=1,
                          measurements=[MetricMeasurement(measured_on=dt.date(2026, 2, 3), value=Decimal(60)),
                                        MetricMeasurement(measured_on=dt.date(2026, 4, 20), value=Decimal("14.5"))]),
            ProjectMetric(name="Дозвон с первого раза", unit="%", baseline=Decimal(35), target=Decimal(80),
                          lower_is_better=False, position=2,
                          measurements=[MetricMeasurement(measured_on=dt.date(2026, 4, 20), value=Decimal(76))]),
        ]
        done.follow_ups = [ProjectFollowUp(due_date=dt.date(2026, 2, 19), done_on=dt.date(2026, 2, 20),
                                           note="Идёт по плану.")]
        late = ImprovementProject(title="=Склад по 5S", organisation_id=plant.id, status="implementing",
                                  planned_start=dt.date(2026, 1, 10), actual_start=dt.date(2026, 1, 12),
                                  planned_finish=dt.date(2026, 6, 1), economic_effect=Decimal(5000))
        new = ImprovementProject(title="Адаптация новых сотрудников", status="in_development",
                                 planned_start=dt.date(2026, 7, 1), planned_finish=dt.date(2026, 12, 1))
        s.add_all([done, late, new])
        s.flush()
        s.execute(project_session.insert().values(project_id=done.id, session_id=training.id))
        return {"done": done.id, "late": late.id, "new": new.id}


def test_a_project_is_read_for_its_a3_with_people_sessions_and_latest_values(db):
    ids = make_projects(db)
    project = a3_project(db, ids["done"], today=TODAY)
    assert (project.title, project.organisation, project.status, project.overdue) == (
        "Снижение времени ожидания в регистратуре", "ООО «Ромашка»", "completed", False)
    assert project.leader.text() == "Иванов Иван Петрович, Начальник цеха"
    assert project.sponsor.text() == "Петрова Анна, Директор"
    assert [m.text() for m in project.team] == ["Bērziņš Jānis, Хронометражист"]
    assert project.sessions == ("Основы бережливого производства, 20.01.2026",)
    wait, calls = project.metrics
    assert (wait.actual.value, wait.reached, round(wait.change_percent)) == (Decimal("14.5"), True, -76)
    assert (calls.actual.value, calls.reached) == (Decimal(76), False)
    assert a3_project(db, ids["late"], today=TODAY).overdue
    assert not a3_project(db, ids["late"], today=dt.date(2026, 6, 1)).overdue  # due today is not yet overdue


def test_an_unknown_project_is_refused_with_a_sentence(db):
    with pytest.raises(ProjectDocumentError) as caught:
        a3_project(db, 4242)
    assert error_text(caught.value) == "There is no project with the number 4242."


def test_portfolio_rows_by_status_and_overdue(db):
    ids = make_projects(db)
    assert [r.id for r in portfolio_rows(db, today=TODAY)] == [ids["new"], ids["late"], ids["done"]]  # «=» is no letter
    assert [r.id for r in portfolio_rows(db, status="overdue", today=TODAY)] == [ids["late"]]
    assert [r.id for r in portfolio_rows(db, status="completed", today=TODAY)] == [ids["done"]]
    assert portfolio_rows(db, status="launched", today=TODAY) == []


def test_the_portfolio_export_reads_back_with_its_rows_and_quarters(db, tmp_path):
    ids = make_projects(db)
    (tmp_path / "out").mkdir()
    made = export_portfolio(db, tmp_path / "out" / "portfolio.xlsx", year=2026, today=TODAY)
    assert (made.projects, made.year) == (3, 2026)
    book = openpyxl.load_workbook(made.file)
    assert book.sheetnames == ["Projects", "Quarters 2026"]
    projects = list(book["Projects"].iter_rows(values_only=True))
    assert projects[0][:8] == ("No.", "Project", "Organisation", "Sub-programme", "Status", "Overdue", "Review",
                               "Leader")
    by_id = {row[0]: row for row in projects[1:]}
    done, late = by_id[ids["done"]], by_id[ids["late"]]
    assert done[1:8] == ("Снижение времени ожидания в регистратуре", "ООО «Ромашка»", "Поликлиника", "Completed",
                         None, "Checked", "Иванов Иван Петрович")
    assert done[12] == dt.datetime(2026, 4, 28)
    assert done[13] == ("Время ожидания, мин: 60 → 14,5 (target 15); Дозвон с первого раза, %: 35 → 76 (target 80)")
    assert done[14:18] == ("1 / 2", 540, 259200, 120000)
    assert late[4:6] == ("Being implemented", "yes")
    assert late[1] == "=Склад по 5S" and book["Projects"].cell(row=projects.index(late) + 1, column=2).data_type == "s"
    quarters = list(book["Quarters 2026"].iter_rows(values_only=True))
    assert quarters[0] == ("Quarter", "Planned", "Opened", "Closed", "Freed hours a year", "Economic effect", "Costs")
    assert quarters[1:] == [("Q1 2026", 2, 2, 0, 0, 0, 0), ("Q2 2026", 0, 0, 1, 540, 259200, 120000),
                            ("Q3 2026", 1, 0, 0, 0, 0, 0), ("Q4 2026", 0, 0, 0, 0, 0, 0),
                            ("2026 in all", 3, 2, 1, 540, 259200, 120000)]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["portfolio.xlsx"]  # no partial file left
    # AND a factory's portfolio holds the projects of its sessions only, and their quarters
    with db.read() as s:
        kirishi = s.scalar(select(Factory.id).where(Factory.code == "КИР"))
    made = export_portfolio(db, tmp_path / "kirishi.xlsx", year=2026, factory_id=kirishi, today=TODAY)
    book = openpyxl.load_workbook(made.file)
    assert [row[0] for row in book["Projects"].iter_rows(min_row=2, values_only=True)] == [ids["done"]]
    assert list(book["Quarters 2026"].iter_rows(min_row=6, values_only=True)) == [
        ("2026 in all", 1, 1, 1, 540, 259200, 120000)]


def test_the_export_refuses_another_kind_of_file(db, tmp_path):
    with pytest.raises(ExportError) as caught:
        export_portfolio(db, tmp_path / "portfolio.csv")
    assert error_text(caught.value) == "The portfolio is exported to an .xlsx file, not “.csv”."


def test_the_a3_prints_the_projects_before_and_after_photos_from_its_attachments(db):
    import io

    import pypdf
    from PIL import Image

    from factory_desk.services.project_documents import a3_report_file
    from factory_desk.services.project_results import add_attachment

    def png(colour: str) -> bytes:
        out = io.BytesIO()
        Image.new("RGB", (320, 240), colour).save(out, "PNG")
        return out.getvalue()

    ids = make_projects(db)
    add_attachment(db, ids["done"], "photo_before", "очередь-до.png", png("red"), "image/png")
    add_attachment(db, ids["done"], "passport", "паспорт.pdf", b"%PDF-1.4 not a photo", "application/pdf")
    add_attachment(db, ids["done"], "photo_after", "очередь-после.png", png("green"), "image/png")
    project = a3_project(db, ids["done"], today=TODAY)
    assert [p.name for p in project.photos_before] == ["очередь-до.png"]
    assert [p.name for p in project.photos_after] == ["очередь-после.png"]
    assert a3_project(db, ids["late"], today=TODAY).photos_before == ()
    made = a3_report_file(db, ids["done"], "ru", today=TODAY)
    page = pypdf.PdfReader(io.BytesIO(made.data)).pages[0]
    assert len(page.images) == 2
    text = page.extract_text()
    assert "Фото «до»" in text and "Фото «после»" in text
