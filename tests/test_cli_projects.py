"""`factory-desk projects`: the list as sentences or JSON, filtered by status («overdue» included); the A3 report
saved as a PDF; the portfolio exported to Excel; an unknown project or a bad status refused in one line with a
non-zero exit code."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import openpyxl
import pytest
from documents.pdf_reading import flat, pages_text

from factory_desk.cli import main
from factory_desk.domain.models import (
    Factory,
    ImprovementProject,
    MetricMeasurement,
    Organisation,
    Programme,
    ProjectMetric,
    SessionDay,
    TrainingSession,
    project_session,
)

LONG_AGO = dt.date(2020, 1, 1)
FAR_AHEAD = dt.date(2099, 1, 1)


@pytest.fixture
def projects(db):
    with db.write() as s:
        plant = Organisation(full_name="ООО «Ромашка»")
        s.add(plant)
        s.flush()
        done = ImprovementProject(title="Балансировка линии", organisation_id=plant.id, status="completed",
                                  planned_start=LONG_AGO, actual_start=LONG_AGO, planned_finish=LONG_AGO,
                                  actual_finish=LONG_AGO, economic_effect=Decimal(1000))
        done.metrics = [ProjectMetric(name="Запас", unit="шт", baseline=Decimal(1200), target=Decimal(400),
                                      measurements=[MetricMeasurement(measured_on=LONG_AGO, value=Decimal(380))])]
        late = ImprovementProject(title="Склад по 5S", organisation_id=plant.id, status="launched",
                                  planned_finish=LONG_AGO)
        fresh = ImprovementProject(title="Адаптация", status="in_development", planned_finish=FAR_AHEAD)
        s.add_all([done, late, fresh])
        s.flush()
        return {"done": done.id, "late": late.id, "fresh": fresh.id}


def run(capsys, db_url, *args):
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_list_as_sentences_and_as_json_by_status(db_url, projects, capsys):
    code, out, err = run(capsys, db_url, "projects", "list")
    assert code == 0, err
    assert out.splitlines() == [
        f"{projects['fresh']}\tАдаптация — — (In development; planned finish 01.01.2099)",
        f"{projects['done']}\tБалансировка линии — ООО «Ромашка» (Completed; planned finish 01.01.2020)",
        f"{projects['late']}\tСклад по 5S — ООО «Ромашка» (Launched, overdue; planned finish 01.01.2020)"]
    code, out, err = run(capsys, db_url, "projects", "list", "--status", "overdue", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert [(p["id"], p["status"], p["overdue"]) for p in listed] == [(projects["late"], "launched", True)]
    code, out, err = run(capsys, db_url, "projects", "list", "--status", "completed", "--json")
    (done,) = json.loads(out)
    assert (done["title"], done["metrics"], done["targets_reached"], done["economic_effect"]) == (
        "Балансировка линии", 1, 1, 1000.0)


def test_the_a3_is_saved_and_an_unknown_project_refused(db_url, projects, capsys, tmp_path):
    target = tmp_path / "a3.pdf"
    code, out, err = run(capsys, db_url, "projects", "a3", str(projects["done"]), "-o", str(target))
    assert code == 0, err
    assert out.strip() == f"The A3 report of project {projects['done']} was saved to {target}."
    text = flat(pages_text(target.read_bytes())[0]).replace("\u00a0", " ")
    assert text.startswith("A3-отчёт по проекту улучшения") and "Запас шт 1200 380 (01.01.2020) 400" in text
    code, out, err = run(capsys, db_url, "projects", "a3", str(projects["done"]), "-o", str(target), "--language",
                         "lv", "--json")
    assert json.loads(out) == {"project": projects["done"], "file": str(target), "language": "lv",
                               "title": "Балансировка линии", "metrics": 1}
    code, out, err = run(capsys, db_url, "projects", "a3", "4242", "-o", str(tmp_path / "x.pdf"))
    assert (code, out, err) == (1, "", "factory-desk: There is no project with the number 4242.\n")
    assert not (tmp_path / "x.pdf").exists()


def test_the_portfolio_export_and_bad_arguments(db_url, projects, capsys, tmp_path):
    target = tmp_path / "portfolio.xlsx"
    code, out, err = run(capsys, db_url, "projects", "export", str(target), "--year", "2020", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert (made["projects"], made["year"]) == (3, 2020)
    assert made["quarters"][0] == {"quarter": 1, "planned": 1, "opened": 1, "closed": 1, "freed_hours_per_year": 0.0,
                                   "economic_effect": 1000.0, "costs": 0.0}
    book = openpyxl.load_workbook(target)
    assert [row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)] == [
        "Адаптация", "Балансировка линии", "Склад по 5S"]
    code, out, err = run(capsys, db_url, "projects", "export", str(tmp_path / "p.csv"))
    assert (code, err) == (1, "factory-desk: The portfolio is exported to an .xlsx file, not “.csv”.\n")
    code, out, err = run(capsys, db_url, "projects", "list", "--status", "lost")
    assert code == 2 and err.startswith("factory-desk: “lost” is not a choice for --status")


def test_the_list_and_the_export_of_one_factory(db_url, db, projects, capsys, tmp_path):
    # GIVEN the completed project came from a session at Kirishi; the others from no session
    with db.write() as s:
        kirishi, luga = Factory(name="Фабрика процессов Кириши", code="КИР"), Factory(name="Фабрика Луга", code="ЛУГ")
        lean = Programme(name="Основы бережливого производства")
        s.add_all([kirishi, luga, lean])
        s.flush()
        held = TrainingSession(programme_id=lean.id, factory_id=kirishi.id, status="held")
        held.days.append(SessionDay(day_no=1, date=LONG_AGO))
        s.add(held)
        s.flush()
        s.execute(project_session.insert().values(project_id=projects["done"], session_id=held.id))
    # WHEN the list and the export are asked for that factory, by its code or its name
    code, out, err = run(capsys, db_url, "projects", "list", "--factory", "КИР")
    assert code == 0, err
    # THEN only its project is listed and exported
    assert out.splitlines() == [
        f"{projects['done']}\tБалансировка линии — ООО «Ромашка» (Completed; planned finish 01.01.2020)"]
    target = tmp_path / "kirishi.xlsx"
    code, out, err = run(capsys, db_url, "projects", "export", str(target), "--factory", "Фабрика процессов Кириши",
                         "--json")
    assert code == 0, err
    assert json.loads(out)["projects"] == 1
    book = openpyxl.load_workbook(target)
    assert [row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)] == ["Балансировка линии"]
    # AND a factory with no projects lists none; an unknown one is refused in a sentence
    code, out, err = run(capsys, db_url, "projects", "list", "--factory", "ЛУГ")
    assert (code, out) == (0, "No projects.\n")
    code, out, err = run(capsys, db_url, "projects", "list", "--factory", "Псков")
    assert (code, out, err) == (1, "", "factory-desk: No factory named “Псков” is in the database.\n")
