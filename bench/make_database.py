"""Build the benchmark database: the demo region with 200,000 people (SQLite file, or any --db URL).

    .venv/bin/python bench/make_database.py [--people 200000] [--db bench/out/region-200k.sqlite]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from factory_desk.services.database import open_database, optimize_database
from factory_desk.services.demo import fill_demo

OUT = Path(__file__).resolve().parent / "out"
DEFAULT = OUT / "region-200k.sqlite"


def build(url: str, people: int) -> float:
    db, _ = open_database(url)
    try:
        started = time.perf_counter()
        fill_demo(db, people=people)
        optimize_database(db)
        return time.perf_counter() - started
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=200_000)
    parser.add_argument("--db", default=str(DEFAULT))
    args = parser.parse_args()
    if "://" not in args.db:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        Path(args.db).unlink(missing_ok=True)
    seconds = build(args.db, args.people)
    print(f"{args.people} people written to {args.db} in {seconds:.1f} s")


if __name__ == "__main__":
    main()
