"""Build the calendar benchmark database: ten years of a 20-factory region with about 50,000 sessions.

    .venv/bin/python bench/make_calendar.py [--db bench/out/calendar-10y.sqlite] [--sessions 50000]
                                            [--people 200000] [--today 2026-11-22]

Each factory runs a group on most working days (two rooms on some), nine and a half years back and half a
year ahead. Past sessions are reported (the last fortnight's partly only held), a few of every kind were
cancelled; the next fortnight is confirmed or open, the months after it open or planned. Groups have 12 to
16 people out of 200,000, fewer in the months ahead; some full groups have a waiting list, a few groups
close to their date are under the minimum, a few have free places while people wait. Everything is
bulk-inserted; people get their search and sort keys but no word index (the calendar does not search).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select

from factory_desk.domain.models import (
    Enrolment,
    Factory,
    Person,
    Programme,
    SessionDay,
    Trainer,
    TrainingSession,
    session_trainer,
    trainer_factory,
)
from factory_desk.services.database import open_database, optimize_database

OUT = Path(__file__).resolve().parent / "out"
DEFAULT = OUT / "calendar-10y.sqlite"
CHUNK = 10_000

CITIES = [
    ("Кириши", "КИР", "Europe/Moscow"), ("Тихвин", "ТИХ", "Europe/Moscow"), ("Выборг", "ВЫБ", "Europe/Moscow"),
    ("Гатчина", "ГАТ", "Europe/Moscow"), ("Великий Новгород", "ВНГ", "Europe/Moscow"),
    ("Псков", "ПСК", "Europe/Moscow"), ("Вологда", "ВОЛ", "Europe/Moscow"), ("Череповец", "ЧЕР", "Europe/Moscow"),
    ("Петрозаводск", "ПТЗ", "Europe/Moscow"), ("Мурманск", "МУР", "Europe/Moscow"),
    ("Архангельск", "АРХ", "Europe/Moscow"), ("Калининград", "КЛГ", "Europe/Kaliningrad"),
    ("Тверь", "ТВЕ", "Europe/Moscow"), ("Ярославль", "ЯРО", "Europe/Moscow"), ("Кострома", "КОС", "Europe/Moscow"),
    ("Иваново", "ИВА", "Europe/Moscow"), ("Ухта", "УХТ", "Europe/Moscow"), ("Сыктывкар", "СЫК", "Europe/Moscow"),
    ("Daugavpils", "DAU", "Europe/Riga"), ("Rēzekne", "REZ", "Europe/Riga"),
]
# (name, days, weight): most groups are one-day simulations; a few take a multi-day cycle.
PROGRAMMES = [
    ("Основы бережливого производства", 1, 30), ("Фабрика офисных процессов", 1, 20),
    ("Картирование потока создания ценности", 1, 12), ("Система 5С на рабочем месте", 1, 12),
    ("Быстрая переналадка (SMED)", 1, 8), ("Стандартизированная работа", 1, 8),
    ("Бережливая поликлиника", 1, 5), ("Тренер по бережливому производству", 3, 3),
    ("Руководитель проекта улучшений", 2, 2),
]
SURNAMES = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
            "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов"]
FIRST = ["Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Иван", "Мария", "Елена", "Ольга", "Анна"]
FATHERS = ["Александрович", "Сергеевич", "Андреевич", "Иванович", "Петрович", "Алексеевна", "Ивановна"]


def working_days(first: dt.date, last: dt.date) -> list[dt.date]:
    days, day = [], first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def status_of(first: dt.date, last: dt.date, today: dt.date, rng: random.Random) -> str:
    if rng.random() < 0.03:
        return "cancelled"
    if last < today:
        return "held" if (today - last).days <= 14 and rng.random() < 0.4 else "reported"
    if first <= today:
        return "confirmed"
    ahead = (first - today).days
    if ahead <= 14:
        return "confirmed" if rng.random() < 0.6 else "open"
    if ahead <= 60:
        return "open" if rng.random() < 0.8 else "planned"
    return "planned"


def plan_sessions(count: int, factories: int, today: dt.date, rng: random.Random) -> list[dict[str, Any]]:
    """(factory index, programme index, days, room) for about `count` sessions over ten years."""
    days = working_days(today - dt.timedelta(days=int(365.25 * 9.5)), today + dt.timedelta(days=182))
    weights = [w for _, _, w in PROGRAMMES]
    average_days = sum(d * w for _, d, w in PROGRAMMES) / sum(weights)
    per_room = len(days) / average_days * factories
    second_room = max(0.0, min(1.0, (count - 0.97 * per_room) / per_room))
    planned: list[dict[str, Any]] = []
    for factory in range(factories):
        for room, chance in ((1, 0.97), (2, second_room)):
            i = 0
            while i < len(days):
                programme = rng.choices(range(len(PROGRAMMES)), weights=weights)[0]
                length = PROGRAMMES[programme][1]
                if rng.random() < chance and i + length <= len(days):
                    planned.append({"factory": factory, "programme": programme, "room": room,
                                    "dates": days[i:i + length]})
                    i += length
                else:
                    i += 1
    rng.shuffle(planned)
    return sorted(planned[:count], key=lambda p: (p["dates"][0], p["factory"], p["room"]))


def build(url: str, sessions: int, people: int, today: dt.date, seed: int = 4) -> dict[str, int]:
    rng = random.Random(seed)
    db, _ = open_database(url)
    try:
        with db.write() as session:
            counts = _write(session, sessions, people, today, rng)
        optimize_database(db)
        return counts
    finally:
        db.dispose()


def _write(session: Any, sessions: int, people: int, today: dt.date, rng: random.Random) -> dict[str, int]:
    factory_ids = session.scalars(insert(Factory).returning(Factory.id, sort_by_parameter_order=True), [
        {"name": f"Фабрика процессов {city}", "code": code, "timezone": zone,
         "address": f"{city}, ул. Ленина, д. {n + 1}" if zone != "Europe/Riga" else f"{city}, Rīgas iela {n + 1}"}
        for n, (city, code, zone) in enumerate(CITIES)]).all()
    programme_ids = session.scalars(insert(Programme).returning(Programme.id, sort_by_parameter_order=True), [
        {"name": name, "days": days, "hours": 8 * days} for name, days, _ in PROGRAMMES]).all()
    trainer_rows = []
    for _ in range(len(CITIES) * 3):
        surname, first, father = rng.choice(SURNAMES), rng.choice(FIRST[:6]), rng.choice(FATHERS[:5])
        trainer_rows.append({"surname": surname, "first_name": first, "patronymic": father,
                             **Person.derived(surname, first, father)})
    trainer_ids = session.scalars(insert(Trainer).returning(Trainer.id, sort_by_parameter_order=True),
                                  trainer_rows).all()
    # three trainers per factory; the first of the next factory helps out
    staff = {f: [trainer_ids[(3 * f + k) % len(trainer_ids)] for k in range(4)] for f in range(len(CITIES))}
    session.execute(insert(trainer_factory), [{"trainer_id": t, "factory_id": factory_ids[f]}
                                              for f, ids in staff.items() for t in ids])
    person_table = cast(Table, Person.__table__)
    for start in range(0, people, CHUNK):
        rows = []
        for _ in range(start, min(start + CHUNK, people)):
            surname, first, father = rng.choice(SURNAMES), rng.choice(FIRST), rng.choice(FATHERS)
            rows.append({"surname": surname, "first_name": first, "patronymic": father,
                         **Person.derived(surname, first, father)})
        session.execute(insert(person_table), rows)
    person_ids = session.scalars(select(Person.id)).all()

    plan = plan_sessions(sessions, len(CITIES), today, rng)
    session_rows = []
    for planned in plan:
        status = status_of(planned["dates"][0], planned["dates"][-1], today, rng)
        planned["status"] = status
        session_rows.append({"programme_id": programme_ids[planned["programme"]],
                             "factory_id": factory_ids[planned["factory"]], "status": status,
                             "min_group": 12, "max_group": 16,
                             "cancel_reason": "Мало заявок" if status == "cancelled" else None})
    ids: list[int] = []
    for start in range(0, len(session_rows), CHUNK):
        ids += session.scalars(insert(TrainingSession).returning(TrainingSession.id, sort_by_parameter_order=True),
                               session_rows[start:start + CHUNK]).all()
    day_rows, trainer_links, enrolment_rows = [], [], []
    for planned, session_id in zip(plan, ids, strict=True):
        morning = planned["room"] == 1 or rng.random() < 0.5
        starts, ends = (dt.time(9), dt.time(17)) if morning else (dt.time(10), dt.time(18))
        for number, day in enumerate(planned["dates"], start=1):
            day_rows.append({"session_id": session_id, "day_no": number, "date": day, "starts_at": starts,
                             "ends_at": ends})
        team = rng.sample(staff[planned["factory"]], 2 if rng.random() < 0.3 else 1)
        trainer_links += [{"session_id": session_id, "trainer_id": t, "role": "lead" if k == 0 else "assistant"}
                          for k, t in enumerate(team)]
        enrolment_rows += _group(session_id, planned, today, person_ids, rng)
    for rows, table in ((day_rows, SessionDay.__table__), (trainer_links, session_trainer),
                        (enrolment_rows, Enrolment.__table__)):
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(cast(Table, table)), rows[start:start + CHUNK])
    return {"factories": len(factory_ids), "sessions": len(ids), "session days": len(day_rows),
            "enrolments": len(enrolment_rows), "people": people}


def _group(session_id: int, planned: dict[str, Any], today: dt.date, person_ids: list[int],
           rng: random.Random) -> list[dict[str, Any]]:
    """The enrolments of one group: full in the past, filling up ahead; a waiting list behind some."""
    ahead = (planned["dates"][0] - today).days
    if ahead <= 0 or planned["status"] == "cancelled":
        enrolled, waiting = rng.randint(12, 16), 0
    elif ahead <= 14:
        roll = rng.random()
        if roll < 0.08:  # under the minimum close to its date
            enrolled, waiting = rng.randint(4, 11), 0
        elif roll < 0.12:  # places freed while people wait: to be promoted
            enrolled, waiting = rng.randint(13, 15), rng.randint(1, 2)
        elif roll < 0.35:  # full, with a waiting list
            enrolled, waiting = 16, rng.randint(1, 4)
        else:
            enrolled, waiting = rng.randint(12, 16), 0
    else:
        enrolled, waiting = max(0, min(16, int(16 * rng.random() * 90 / max(ahead, 30)))), 0
    chosen = rng.sample(person_ids, enrolled + waiting + 1)
    # every row names every column: a bulk insert takes its columns from the first row
    rows = [_enrolment(session_id, p, "enrolled") for p in chosen[:enrolled]]
    rows += [_enrolment(session_id, p, "waitlisted", position=n)
             for n, p in enumerate(chosen[enrolled:enrolled + waiting], start=1)]
    if rng.random() < 0.2:  # somebody dropped out
        rows.append(_enrolment(session_id, chosen[-1], "cancelled", reason="Больничный"))
    return rows


def _enrolment(session_id: int, person_id: int, status: str, position: int | None = None,
               reason: str | None = None) -> dict[str, Any]:
    return {"session_id": session_id, "person_id": person_id, "status": status, "waitlist_position": position,
            "source": "import", "status_reason": reason}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT))
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=200_000)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    if "://" not in args.db:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        Path(args.db).unlink(missing_ok=True)
    started = time.perf_counter()
    counts = build(args.db, args.sessions, args.people, args.today)
    print(", ".join(f"{value:,} {name}" for name, value in counts.items()),
          f"written to {args.db} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()

