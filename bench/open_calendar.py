"""The calendar and the Today page on a 10-year database (bench/make_calendar.py): what opening them costs.

    .venv/bin/python bench/open_calendar.py [--db bench/out/calendar-10y.sqlite | --db postgresql://…]
                                       [--runs 30] [--postgres] [--today 2026-11-23]

With --postgres, a throwaway PostgreSQL server is started on loopback, the SQLite file is restored into it
with the app's own `db restore` path, and the same questions are asked there. Each is asked `runs` times
through the service the screens use; the median and the worst time are printed. Goal: ≤ 50 ms for a month.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from factory_desk.domain.models import SessionDay, TrainingSession
from factory_desk.services.calendar import entries_between, factory_choices, today_overview
from factory_desk.store.database import Database

try:
    from make_calendar import DEFAULT
except ImportError:  # run as a module
    from bench.make_calendar import DEFAULT


def month_grid(day: dt.date) -> tuple[dt.date, dt.date]:
    """The 6-week grid a month view shows: from the Monday on or before the 1st, 42 days."""
    first = day.replace(day=1)
    start = first - dt.timedelta(days=first.weekday())
    return start, start + dt.timedelta(days=41)


def measure(work: Callable[[], int], runs: int) -> tuple[float, float, int]:
    times, found = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        found = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), found


def report(db: Database, runs: int, today: dt.date) -> None:
    with db.read() as session:
        sessions = session.scalar(select(func.count()).select_from(TrainingSession))
        first, last = session.execute(select(func.min(SessionDay.date), func.max(SessionDay.date))).one()
    print(f"{db.name}: {sessions:,} sessions from {first} to {last}, {db.url.get_backend_name()}; today {today}")
    factory = factory_choices(db)[0]
    grid = month_grid(today)
    week = (today - dt.timedelta(days=today.weekday()), today + dt.timedelta(days=6 - today.weekday()))
    past = month_grid(today.replace(year=today.year - 5))
    entries_between(db, *grid)  # warm-up: the statement compiled, the pages cached
    questions: list[tuple[str, Callable[[], int]]] = [
        ("month grid (42 days), all factories", lambda: len(entries_between(db, *grid))),
        ("month grid, one factory", lambda: len(entries_between(db, *grid, factory_id=factory.id))),
        ("month grid five years ago, all factories", lambda: len(entries_between(db, *past))),
        ("week, all factories", lambda: len(entries_between(db, *week))),
        ("Today page, all factories", lambda: _overview_size(db, today, None)),
        ("Today page, one factory", lambda: _overview_size(db, today, factory.id)),
    ]
    print(f"{'question':<42} {'median ms':>10} {'worst ms':>10} {'entries':>8}")
    for label, work in questions:
        median, worst, found = measure(work, runs)
        print(f"{label:<42} {median:>10.1f} {worst:>10.1f} {found:>8}")
    overview = today_overview(db, today)
    print("Today page sections: " + ", ".join(
        f"{name} {len(getattr(overview, name))}"
        for name in ("today", "this_week", "under_minimum", "held_without_report", "promotable")))


def _overview_size(db: Database, today: dt.date, factory_id: int | None) -> int:
    found = today_overview(db, today, factory_id=factory_id)
    return (len(found.this_week) + len(found.under_minimum) + len(found.held_without_report)
            + len(found.promotable))


def on_postgres(sqlite_file: str, runs: int, today: dt.date) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg_server import PostgresServer
    from sqlalchemy import create_engine, text

    from factory_desk.services.database import open_database, restore_database

    server = PostgresServer().start()
    try:
        engine = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("CREATE DATABASE calendar"))
        engine.dispose()
        db, _ = open_database(server.url("calendar"))
        started = time.perf_counter()
        restore_database(db, Path(sqlite_file))
        print(f"restored {sqlite_file} into PostgreSQL in {time.perf_counter() - started:.1f} s")
        report(db, runs, today)
        db.dispose()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    if args.postgres:
        on_postgres(args.db, args.runs, args.today)
        return
    db = Database(args.db)
    report(db, args.runs, args.today)
    db.dispose()


if __name__ == "__main__":
    main()
