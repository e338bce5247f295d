"""People search on a 200,000-person database: the first page a coordinator sees as they type.

    .venv/bin/python bench/search.py [--db bench/out/region-200k.sqlite] [--runs 30] [--postgres]

With --postgres, a throwaway PostgreSQL server is started on loopback, the SQLite database is restored into
it with the app's own `db restore` path, and the same queries are measured there.

Each query is run `runs` times through the same service the People screen uses; the median and the
worst time are printed. Goal: ≤ 30 ms for the first page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from factory_desk.services.people import PeopleFilter, count_people, search_people
from factory_desk.store.database import Database

try:
    from make_database import DEFAULT
except ImportError:  # run as a module
    from bench.make_database import DEFAULT

QUERIES = [
    ("", "no filter: the first page, alphabetical"),
    ("иван", "common: иван (ИВАН, Иванов, Иванова…)"),
    ("семенов", "ё folded: семенов → Семёнов"),
    ("berzins", "Latvian diacritics: berzins → Bērziņš"),
    ("петр семен", "two words, any order"),
    ("ж", "one letter"),
    ("zzzqqq", "nothing matches (a full scan)"),
]


def measure(db: Database, query: str, runs: int) -> tuple[float, float, int]:
    times = []
    found = 0
    for _ in range(runs):
        started = time.perf_counter()
        found = len(search_people(db, query).rows)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), found


def on_postgres(sqlite_file: str, runs: int) -> None:
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg_server import PostgresServer

    from factory_desk.services.database import open_database, restore_database

    server = PostgresServer().start()
    try:
        from sqlalchemy import create_engine, text

        engine = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("CREATE DATABASE region"))
        engine.dispose()
        db, _ = open_database(server.url("region"))
        started = time.perf_counter()
        restore_database(db, Path(sqlite_file))
        print(f"restored {sqlite_file} into PostgreSQL in {time.perf_counter() - started:.1f} s")
        report(db, runs)
        db.dispose()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    if args.postgres:
        on_postgres(args.db, args.runs)
        return
    db = Database(args.db)
    report(db, args.runs)
    db.dispose()


def report(db: Database, runs: int) -> None:
    total = count_people(db)
    print(f"{db.name}: {total} people, {db.url.get_backend_name()}")
    search_people(db, "warm-up")
    print(f"{'query':<42} {'median ms':>10} {'worst ms':>10} {'rows':>6}")
    for query, label in QUERIES:
        median, worst, rows = measure(db, query, runs)
        print(f"{label:<42} {median:>10.1f} {worst:>10.1f} {rows:>6}")
    # a deep page by keyset: the 51st page of the alphabetical list
    after = None
    for _ in range(50):
        after = search_people(db, after=after, limit=100).next_after
    started = time.perf_counter()
    search_people(db, after=after, limit=100)
    print(f"{'page 51 by keyset (no filter)':<42} {(time.perf_counter() - started) * 1000:>10.1f}")
    started = time.perf_counter()
    count_people(db, "иван")
    print(f"{'count of matches for иван':<42} {(time.perf_counter() - started) * 1000:>10.1f}")
    # The filters of the People list: a page and the count beside it, as a filter change asks for them.
    for query, filters, label in (
        ("", PeopleFilter(category="student"), "category: students, page + count"),
        ("", PeopleFilter(trained=True), "trained, page + count"),
        ("", PeopleFilter(trained=False), "not yet trained, page + count"),
        ("иван", PeopleFilter(category="student", trained=False), "иван + student + not trained, page + count"),
    ):
        times = []
        for _ in range(max(3, runs // 3)):
            started = time.perf_counter()
            search_people(db, query, filters=filters)
            count_people(db, query, filters=filters)
            times.append((time.perf_counter() - started) * 1000)
        print(f"{label:<42} {statistics.median(times):>10.1f} {max(times):>10.1f}")


if __name__ == "__main__":
    main()
