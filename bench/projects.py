"""Improvement projects at the promised scale: the 10-year calendar region with about 10,000 projects added.

    .venv/bin/python bench/projects.py [--source bench/out/calendar-10y.sqlite] [--db bench/out/projects-10y.sqlite]
                                       [--projects 10000] [--runs 30] [--postgres] [--keep] [--today 2026-11-21]

Copies the calendar database (bench/make_calendar.py builds it: 20 factories, 50,000 sessions, 200,000 people) and
adds to the copy, from a fixed seed: 400 organisations when it has none, and projects that come out of held or
reported sessions (one, some two), led by a participant of the first one, with two to four more of its
participants in the team, a sponsor, an organisation (mostly one near the session's factory) and a sub-programme.
A project is planned to start one to eight weeks after its session and to take two to ten months; by «today» it is
in development, launched, implementing or completed, and some whose planned finish has passed are not completed
(overdue). Each has one to three metrics with one to five measurements, follow-ups 30 and 90 days after its start
(the old ones done, the recent ones partly, those ahead not), effects and a review once completed. Titles are
Russian (some Latvian at the Latgale factories); «линии» and «ёмкостей» occur in some of them.

Then each question the Projects page, the Today page and a project's window ask is asked `runs` times through the
same service functions, and its median and worst time printed. The register's questions are asked as
ProjectsPage.search() asks them on each filter change or keystroke: the first page of 200, the count of matches and,
when something is filtered, the count of all. Goal: ≤ 50 ms for each.

«Today» is the day after the last held or reported session in the file (the day the calendar was built for),
unless --today says otherwise; the services read it from domain.clock, pinned to it here as the test suite pins it.
--keep measures an already built projects-10y.sqlite without building it again. With --postgres, a throwaway
PostgreSQL server is started on loopback, the projects file is restored into it with the app's own `db restore`
path, and the same questions are asked there.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select

from factory_desk.domain import clock
from factory_desk.domain.models import (
    Enrolment,
    Factory,
    ImprovementProject,
    MetricMeasurement,
    Organisation,
    OrganisationType,
    Person,
    ProjectFollowUp,
    ProjectMember,
    ProjectMetric,
    ProjectStatus,
    ReviewState,
    SessionDay,
    TrainingSession,
    project_session,
)
from factory_desk.domain.models.projects import refresh_project_search
from factory_desk.domain.text import fold, normalize_spaces, sort_key
from factory_desk.services.database import open_database, optimize_database
from factory_desk.services.project_results import due_follow_ups
from factory_desk.services.projects import (
    OVERDUE,
    portfolio,
    project_card,
    project_count,
    project_rows,
    project_years,
    sub_programmes,
)
from factory_desk.store.database import Database

try:
    from make_calendar import CITIES
    from make_calendar import DEFAULT as CALENDAR
except ImportError:  # run as a module
    from bench.make_calendar import CITIES
    from bench.make_calendar import DEFAULT as CALENDAR

OUT = Path(__file__).resolve().parent / "out"
DEFAULT = OUT / "projects-10y.sqlite"
CHUNK = 10_000
PAGE = 200  # ui.widgets.rows_model.PAGE_SIZE: the register reads this many rows at a time

# --- what the projects are made of ---------------------------------------------------------------------------------

LINES = ["розлива", "упаковки", "сборки", "окраски", "фасовки", "штамповки", "розлива молока", "сварки кузовов"]
SHOPS = ["цехе № 1", "цехе № 2", "цехе № 3", "механическом цехе", "инструментальном участке", "лаборатории",
         "бухгалтерии", "отделе закупок", "складе готовой продукции", "ремонтной службе"]
RUSSIAN = [
    (lambda r: f"Сокращение времени переналадки линии {r.choice(LINES)}", 6),
    (lambda r: f"Снижение брака на линии {r.choice(LINES)}", 4),
    (lambda r: f"Сокращение простоев линии {r.choice(LINES)}", 3),
    (lambda r: f"Стандартизация работы операторов линии {r.choice(LINES)}", 2),
    (lambda r: f"Снижение запасов ёмкостей на {r.choice(['складе', 'участке фасовки', 'складе сырья'])}", 4),
    (lambda r: f"Организация рабочих мест по системе 5С в {r.choice(SHOPS)}", 10),
    (lambda r: f"Сокращение пути перемещения материалов в {r.choice(SHOPS)}", 6),
    (lambda r: f"Визуальное управление в {r.choice(SHOPS)}", 5),
    (lambda r: "Сокращение времени ожидания пациентов в "
               + r.choice(["регистратуре", "приёмном отделении", "процедурном кабинете", "кабинете УЗИ"]), 8),
    (lambda r: "Сокращение сроков оформления "
               + r.choice(["договоров", "заявок на закупку", "пропусков", "командировок", "больничных листов"]), 8),
    (lambda r: "Оптимизация процесса "
               + r.choice(["приёмки сырья", "отгрузки готовой продукции", "выдачи справок", "закупки материалов",
                           "зачисления в школу", "начисления зарплаты"]), 10),
    (lambda r: f"Быстрая переналадка пресса № {r.randint(1, 40)}", 4),
    (lambda r: "Снижение энергопотребления "
               + r.choice(["компрессорной станции", "котельной", "печи обжига", "сушильной камеры"]), 4),
    (lambda r: f"Сокращение незавершённого производства в {r.choice(SHOPS)}", 4),
]
LATVIAN = [
    (lambda r: f"Pārkārtošanās laika samazināšana {r.choice(['pildīšanas', 'iepakošanas', 'montāžas'])} līnijā", 3),
    (lambda r: f"5S ieviešana {r.choice(['noliktavā', 'darbnīcā', 'laboratorijā'])}", 3),
    (lambda r: "Pacientu gaidīšanas laika samazināšana reģistratūrā", 2),
    (lambda r: "Dokumentu aprites paātrināšana grāmatvedībā", 2),
]
SUB_PROGRAMMES = [("Производительность труда", 35), ("Бережливое управление", 20), ("Бережливая поликлиника", 15),
                  ("Бережливое образование", 10), ("Эффективный регион", 10), ("", 10)]
METRICS = [  # name, unit, baseline range, lower is better
    ("Время переналадки", "мин", (40, 180), True), ("Доля брака", "%", (2, 12), True),
    ("Время ожидания", "мин", (15, 90), True), ("Производительность", "шт/смену", (200, 1200), False),
    ("Запасы на складе", "дн", (10, 60), True), ("Время оформления", "дн", (3, 20), True),
    ("Выработка на одного работника", "шт/ч", (20, 80), False), ("Путь перемещения", "м", (120, 900), True),
]
ORG_STEMS = ["Северо", "Ладож", "Волхов", "Балт", "Нев", "Онеж", "Свир", "Тихвин", "Кириш", "Выборг"]
ORG_ENDS = ["сталь", "хим", "маш", "лес", "пром", "энерго", "строй", "агро", "фарм", "транс"]
ORG_FORMS = [("ООО", "Общество с ограниченной ответственностью", OrganisationType.ENTERPRISE),
             ("АО", "Акционерное общество", OrganisationType.ENTERPRISE),
             ("ГБУЗ", "Государственное бюджетное учреждение здравоохранения", OrganisationType.HEALTHCARE),
             ("МБОУ", "Муниципальное бюджетное общеобразовательное учреждение", OrganisationType.EDUCATION)]


# --- building -----------------------------------------------------------------------------------------------------

def copy_calendar(source: Path, target: Path) -> None:
    """A fresh copy of the calendar file (with its write-ahead log, if one was left), stale copies removed."""
    if not source.exists():
        sys.exit(f"{source} is missing: build it first with  .venv/bin/python bench/make_calendar.py")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    if Path(f"{source}-wal").exists():
        shutil.copyfile(f"{source}-wal", f"{target}-wal")


def day_after_last_session(db: Database) -> dt.date:
    with db.read() as session:
        last = session.scalar(select(func.max(SessionDay.date)).join(TrainingSession).where(
            TrainingSession.status.in_(("held", "reported"))))
    if last is None:
        sys.exit("the database has no held or reported session to make projects from")
    return cast(dt.date, last) + dt.timedelta(days=1)


def build(path: Path, projects: int, today: dt.date | None, seed: int = 7) -> tuple[dt.date, dict[str, int]]:
    rng = random.Random(seed)
    db, _ = open_database(str(path))
    try:
        today = today or day_after_last_session(db)
        with db.write() as session:
            counts = _write(session, projects, today, rng)
        optimize_database(db)
        return today, counts
    finally:
        db.dispose()


def _insert(session: Any, model: Any, rows: list[dict[str, Any]], returning: bool = False) -> list[int]:
    """Bulk insert in chunks (every row names the same columns); the new ids in order when asked."""
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        if returning:
            ids += session.scalars(insert(model).returning(model.id, sort_by_parameter_order=True), chunk).all()
        else:
            session.execute(insert(cast(Table, getattr(model, "__table__", model))), chunk)
    return ids


def _organisations(session: Any, factories: int) -> dict[int, list[int]]:
    """Factory index → the organisations near it (400 are made when the database has none)."""
    ids = session.scalars(select(Organisation.id).order_by(Organisation.id)).all()
    if not ids:
        rows = []
        for n, (stem, end) in enumerate((s, e) for s in ORG_STEMS for e in ORG_ENDS):
            for k, (short, full, kind) in enumerate(ORG_FORMS):
                city = CITIES[(n * len(ORG_FORMS) + k) % factories][0]
                name = {OrganisationType.HEALTHCARE: f"Городская поликлиника № {n + 1}",
                        OrganisationType.EDUCATION: f"Средняя школа № {n + 1}"}.get(kind, f"{stem}{end}")
                full_name, short_name = f"{full} «{name}»", f"{short} «{name}»"
                rows.append({"full_name": full_name, "short_name": short_name, "org_type": kind.value,
                             "region": city, **Organisation.derived(full_name, short_name)})
        ids = _insert(session, Organisation, rows, returning=True)
    near: dict[int, list[int]] = {f: [] for f in range(factories)}
    for n, organisation_id in enumerate(ids):
        near[n % factories].append(organisation_id)
    return near


def _write(session: Any, count: int, today: dt.date, rng: random.Random) -> dict[str, int]:
    factory_ids = session.scalars(select(Factory.id).order_by(Factory.id)).all()
    factory_index = {fid: n for n, fid in enumerate(factory_ids)}
    latgale = {factory_index[fid] for fid in session.scalars(
        select(Factory.id).where(Factory.timezone == "Europe/Riga"))}
    near = _organisations(session, len(factory_ids))
    all_organisations = [o for ids in near.values() for o in ids]
    held = session.execute(
        select(TrainingSession.id, TrainingSession.factory_id, func.max(SessionDay.date))
        .join(SessionDay, SessionDay.session_id == TrainingSession.id)
        .where(TrainingSession.status.in_(("held", "reported")))
        .group_by(TrainingSession.id, TrainingSession.factory_id).order_by(TrainingSession.id)).all()
    by_factory: dict[int, list[tuple[dt.date, int]]] = {}
    for session_id, factory_id, last in held:
        by_factory.setdefault(factory_id, []).append((last, session_id))
    for sessions in by_factory.values():
        sessions.sort()
    participants: dict[int, list[int]] = {}
    for session_id, person_id in session.execute(
            select(Enrolment.session_id, Enrolment.person_id).join(TrainingSession)
            .where(TrainingSession.status.in_(("held", "reported")), Enrolment.status == "enrolled")
            .order_by(Enrolment.session_id, Enrolment.person_id)):
        participants.setdefault(session_id, []).append(person_id)
    people = session.scalars(select(Person.id).order_by(Person.id)).all()

    chosen = rng.sample(range(len(held)), count)
    projects: list[dict[str, Any]] = []
    links: list[list[int]] = []
    teams: list[list[int]] = []
    russian = [make for make, _ in RUSSIAN], [w for _, w in RUSSIAN]
    latvian = [make for make, _ in LATVIAN], [w for _, w in LATVIAN]
    subs = [s for s, _ in SUB_PROGRAMMES], [w for _, w in SUB_PROGRAMMES]
    for index in chosen:
        session_id, factory_id, last = held[index]
        f = factory_index[factory_id]
        sessions = [session_id]
        if rng.random() < 0.3:  # a second group of the same factory a few weeks before or after
            line = by_factory[factory_id]
            at = bisect.bisect_left(line, (last, session_id))
            other = line[max(0, min(len(line) - 1, at + rng.choice((-3, -2, -1, 1, 2, 3))))][1]
            if other != session_id:
                sessions.append(other)
        group = participants.get(session_id) or [rng.choice(people)]
        leader = rng.choice(group)
        team = rng.sample([p for p in group if p != leader], min(len(group) - 1, rng.randint(2, 4)))
        titles = latvian if f in latgale and rng.random() < 0.6 else russian
        title = normalize_spaces(rng.choices(titles[0], weights=titles[1])[0](rng))
        organisation = rng.choice(near[f]) if rng.random() < 0.85 else rng.choice(all_organisations)
        project = _project(title, last, today, rng)
        project.update(organisation_id=organisation, leader_id=leader,
                       sponsor_id=rng.choice(people),
                       sub_programme=rng.choices(subs[0], weights=subs[1])[0])
        projects.append(project)
        links.append(sessions)
        teams.append(team)
    project_ids = _insert(session, ImprovementProject, projects, returning=True)

    link_rows = [{"project_id": pid, "session_id": sid} for pid, ids in zip(project_ids, links, strict=True)
                 for sid in ids]
    member_rows = [{"project_id": pid, "person_id": person, "role": "участник"}
                   for pid, team in zip(project_ids, teams, strict=True) for person in team]
    metric_rows, measurement_plans, follow_ups = [], [], []
    for pid, project in zip(project_ids, projects, strict=True):
        metric_rows += _metrics(pid, project, today, rng, measurement_plans)
        follow_ups += _follow_ups(pid, project, today, rng)
    _insert(session, project_session, link_rows)
    _insert(session, ProjectMember, member_rows)
    metric_ids = _insert(session, ProjectMetric, metric_rows, returning=True)
    measurement_rows = [{"metric_id": mid, "measured_on": day, "value": value, "note": note}
                        for mid, plan in zip(metric_ids, measurement_plans, strict=True)
                        for day, value, note in plan]
    _insert(session, MetricMeasurement, measurement_rows)
    _insert(session, ProjectFollowUp, follow_ups)
    # Bulk inserts pass the model's events by: the search texts get the organisation's and leader's names here,
    # as `index_new_people` gives bulk-inserted people their word index.
    refresh_project_search(session.connection())
    overdue = sum(1 for p in projects if p["status"] != "completed" and p["planned_finish"] < today)
    return {"organisations": len(all_organisations), "projects": len(project_ids),
            "overdue": overdue, "session links": len(link_rows), "team members": len(member_rows),
            "metrics": len(metric_ids), "measurements": len(measurement_rows), "follow-ups": len(follow_ups),
            "open follow-ups due by today": sum(1 for r in follow_ups if r["done_on"] is None
                                                and r["due_date"] <= today)}


def _day(rng: random.Random, low: int, high: int) -> dt.timedelta:
    return dt.timedelta(days=rng.randint(low, high))


def _project(title: str, session_last: dt.date, today: dt.date, rng: random.Random) -> dict[str, Any]:
    """One project's row (organisation, people and sub-programme are added by the caller)."""
    planned_start = session_last + _day(rng, 7, 60)
    planned_finish = planned_start + _day(rng, 60, 300)
    status, actual_start, actual_finish = ProjectStatus.IN_DEVELOPMENT.value, None, None
    if planned_start <= today:
        actual_start = min(today, planned_start + _day(rng, -5, 20))
        if planned_finish < today:
            age = (today - planned_finish).days
            if rng.random() < (0.97 if age > 365 else 0.9 if age > 120 else 0.6):
                status = ProjectStatus.COMPLETED.value
                actual_finish = max(actual_start, min(today, planned_finish + _day(rng, -20, 45)))
            else:  # overdue
                status = rng.choices(("implementing", "launched", "in_development"), weights=(70, 25, 5))[0]
        else:
            status = "launched" if (today - actual_start).days < 45 else "implementing"
            if rng.random() < 0.1:
                status = ProjectStatus.IN_DEVELOPMENT.value
        if status == ProjectStatus.IN_DEVELOPMENT.value:
            actual_start = None
    completed = status == ProjectStatus.COMPLETED.value
    review = ReviewState.NONE.value
    if completed:
        review = rng.choices(("checked", "on_review", "needs_work"), weights=(80, 15, 5))[0]
    elif status == "implementing" and rng.random() < 0.1:
        review = ReviewState.ON_REVIEW.value
    kickoff = planned_start + _day(rng, 0, 14)
    economic = Decimal(rng.randrange(50_000, 5_000_000, 100)) if completed and rng.random() < 0.7 else None
    row: dict[str, Any] = {
        "title": title, "search_text": fold(title), "sort_key": sort_key(title), "status": status,
        "review_state": review, "planned_start": planned_start, "actual_start": actual_start,
        "planned_kickoff": kickoff, "actual_kickoff": actual_start and min(today, kickoff + _day(rng, 0, 7)),
        "planned_finish": planned_finish, "actual_finish": actual_finish,
        "description": f"{title}: проект участников обучения, защищён на итоговом занятии.",
        "passport_url": "", "value_stream_map_url": "",
        "background": "Заказчики жалуются на сроки; процесс не описан, нормативов нет.",
        "current_condition": "Карта потока: 14 шагов, из них 5 создают ценность; время выполнения 6 дней.",
        "target_condition": "9 шагов, время выполнения 2 дня, стандарт работы утверждён.",
        "root_causes": "Лишние согласования, ожидание подписи, поиск документов и инструмента.",
        "countermeasures": "Убрать два согласования, ввести доску задач и стандарт рабочего места.",
        "plan": "Картирование, пилот на одном участке, тиражирование.",
        "effect_confirmation": "Замеры до и после, протокол" if completed else "",
        "follow_up_text": "",
        "freed_hours_per_year": Decimal(rng.randrange(50, 3000)) / 2 if completed else None,
        "economic_effect": economic,
        "costs": (economic * Decimal(rng.randint(0, 30)) / 100).quantize(Decimal("0.01")) if economic else None,
        "social_effect": "Меньше переработок, выше удовлетворённость" if completed and rng.random() < 0.4 else "",
        "ecological_effect": "Меньше отходов упаковки" if completed and rng.random() < 0.1 else "",
        "cultural_effect": "Сотрудники сами предлагают улучшения" if completed and rng.random() < 0.2 else "",
    }
    return row


def _metrics(project_id: int, project: dict[str, Any], today: dt.date, rng: random.Random,
             plans: list[list[tuple[dt.date, Decimal, str]]]) -> list[dict[str, Any]]:
    """1–3 metrics; their measurements (date, value, note) are appended to `plans`, one list per metric."""
    begun = project["actual_start"] or project["planned_start"]
    first = min(today, begun) - dt.timedelta(days=14)
    last = max(first, min(today, project["actual_finish"] or today))
    rows = []
    for position, (name, unit, (low, high), lower) in enumerate(rng.sample(METRICS, rng.randint(1, 3)), start=1):
        baseline = Decimal(rng.randint(low, high))
        target = (baseline * Decimal(rng.randint(50, 80) if lower else rng.randint(120, 160)) / 100).quantize(
            Decimal("0.1"))
        rows.append({"project_id": project_id, "name": name, "unit": unit, "baseline": baseline, "target": target,
                     "lower_is_better": lower, "position": position})
        n = rng.randint(1, 5)
        days = sorted(first + dt.timedelta(days=rng.randint(0, (last - first).days)) for _ in range(n))
        plan = []
        for k, day in enumerate(days):
            share = Decimal(k) / Decimal(max(1, n - 1)) * Decimal(rng.randint(60, 110)) / 100
            value = (baseline + (target - baseline) * share).quantize(Decimal("0.1"))
            plan.append((day, value, "исходное значение" if k == 0 else ""))
        plans.append(plan)
    return rows


def _follow_ups(project_id: int, project: dict[str, Any], today: dt.date, rng: random.Random) -> list[dict[str, Any]]:
    """30 and 90 days after the start: the old ones done, the last two months' partly, those ahead not."""
    anchor = project["actual_start"] or project["planned_start"]
    rows = []
    for days in (30, 90):
        due = anchor + dt.timedelta(days=days)
        done = None
        if due < today and rng.random() < (0.99 if (today - due).days > 60 else 0.6):
            done = min(today, due + _day(rng, -3, 10))
        rows.append({"project_id": project_id, "due_date": due, "done_on": done,
                     "note": "Результат удерживается, стандарт соблюдается" if done else ""})
    return rows


# --- measuring ----------------------------------------------------------------------------------------------------

def measure(work: Callable[[], str], runs: int) -> tuple[float, float, str]:
    times, found = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        found = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), found


def register(db: Database, **filters: Any) -> str:
    """What ProjectsPage.search() asks on a filter change or keystroke: the first page, the count (only when the
    page is full: rows_model.count_of) and, when anything is filtered, the count of all."""
    from factory_desk.ui.widgets.rows_model import count_of

    rows = project_rows(db, limit=PAGE, **filters)
    count = count_of(rows, lambda: project_count(db, **filters))
    if any(value for name, value in filters.items() if name != "search") or filters.get("search", "").strip():
        project_count(db)
    return f"{len(rows)} of {count}"


def report(db: Database, runs: int, today: dt.date) -> None:
    clock.pin(today)
    p = ImprovementProject
    with db.read() as session:
        projects = session.scalar(select(func.count()).select_from(p))
        factory_id, factory = session.execute(
            select(Factory.id, Factory.name).join(TrainingSession).join(project_session)
            .group_by(Factory.id, Factory.name).order_by(func.count().desc(), Factory.id).limit(1)).one()
        organisation_id, organisation = session.execute(
            select(Organisation.id, Organisation.short_name).join(p, p.organisation_id == Organisation.id)
            .group_by(Organisation.id, Organisation.short_name).order_by(func.count().desc(), Organisation.id)
            .limit(1)).one()
        # the card: a completed project with three metrics and the most measurements
        measured = (select(ProjectMetric.project_id, func.count(MetricMeasurement.id).label("n"))
                    .join(MetricMeasurement).group_by(ProjectMetric.project_id).subquery())
        card_id = session.scalar(select(p.id).join(measured, measured.c.project_id == p.id)
                                 .where(p.status == "completed").order_by(measured.c.n.desc(), p.id).limit(1))
    print(f"{db.name}: {projects:,} projects, {db.url.get_backend_name()}; today {today}; "
          f"factory «{factory}», organisation «{organisation}», card of project {card_id}")
    year = today.year
    register(db)  # warm-up: the statements compiled, the pages cached
    anchor = project_rows(db, limit=1, offset=1999)[0]  # the 2,000th row, where a scrolled page would end
    questions: list[tuple[str, Callable[[], str]]] = [
        ("first page (200), no filter", lambda: f"{len(project_rows(db, limit=PAGE))} rows"),
        ("count, no filter", lambda: f"{project_count(db)}"),
        ("register, no filter (page + count)", lambda: register(db)),
        ("search «линии»", lambda: register(db, search="линии")),
        ("search «емкостей» → ёмкостей (ё folded)", lambda: register(db, search="емкостей")),
        ("search «семенов» → leader Семёнов", lambda: register(db, search="семенов")),
        ("search «л» (first keystroke)", lambda: register(db, search="л")),
        ("search, nothing matches", lambda: register(db, search="жщзх")),
        ("status: overdue", lambda: register(db, status=OVERDUE)),
        ("status: completed", lambda: register(db, status="completed")),
        ("one factory", lambda: register(db, factory_id=factory_id)),
        ("one organisation", lambda: register(db, organisation_id=organisation_id)),
        (f"year {year}", lambda: register(db, year=year)),
        (f"one factory + year {year} + «линии»",
         lambda: register(db, factory_id=factory_id, year=year, search="линии")),
        ("next page, offset 2,000", lambda: f"{len(project_rows(db, limit=PAGE, offset=2000))} rows"),
        ("next page after row 2,000 (as the page scrolls)",
         lambda: f"{len(project_rows(db, limit=PAGE, after=(anchor.sort_key, anchor.id)))} rows"),
        ("project_years", lambda: f"{len(project_years(db))} years"),
        ("sub_programmes", lambda: f"{len(sub_programmes(db))}"),
        (f"portfolio {year}, all factories", lambda: f"{portfolio(db, year=year).total.closed} closed"),
        (f"portfolio {year}, one factory",
         lambda: f"{portfolio(db, year=year, factory_id=factory_id).total.closed} closed"),
        ("Today: due_follow_ups", lambda: f"{len(due_follow_ups(db, today))} due"),
        ("project_card", lambda: _card_size(db, card_id)),
    ]
    print(f"{'question':<44} {'median ms':>10} {'worst ms':>10}  found")
    for label, work in questions:
        median, worst, found = measure(work, runs)
        print(f"{label:<44} {median:>10.1f} {worst:>10.1f}  {found}")


def _card_size(db: Database, project_id: int) -> str:
    card = project_card(db, project_id)
    return (f"{len(card.metrics)} metrics, {sum(len(m.measurements) for m in card.metrics)} measurements, "
            f"{len(card.team)} in team, {len(card.sessions)} sessions")


def on_postgres(sqlite_file: Path, runs: int, today: dt.date) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg_server import PostgresServer
    from sqlalchemy import create_engine, text

    from factory_desk.services.database import restore_database

    server = PostgresServer().start()
    try:
        engine = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("CREATE DATABASE projects"))
        engine.dispose()
        db, _ = open_database(server.url("projects"))
        started = time.perf_counter()
        restore_database(db, sqlite_file)
        print(f"restored {sqlite_file} into PostgreSQL in {time.perf_counter() - started:.1f} s")
        report(db, runs, today)
        db.dispose()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, default=CALENDAR)
    parser.add_argument("--db", type=Path, default=DEFAULT)
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--keep", action="store_true", help="measure the projects file already built")
    args = parser.parse_args()
    if args.keep and args.db.exists():
        db = Database(str(args.db))
        today = args.today or day_after_last_session(db)
        db.dispose()
    else:
        started = time.perf_counter()
        copy_calendar(args.source, args.db)
        copied = time.perf_counter()
        today, counts = build(args.db, args.projects, args.today)
        print(f"copied {args.source.name} in {copied - started:.1f} s; added "
              + ", ".join(f"{value:,} {name}" for name, value in counts.items())
              + f" in {time.perf_counter() - copied:.1f} s (ANALYZE included); today {today}")
    if args.postgres:
        on_postgres(args.db, args.runs, today)
        return
    db = Database(str(args.db))
    report(db, args.runs, today)
    db.dispose()


if __name__ == "__main__":
    main()
