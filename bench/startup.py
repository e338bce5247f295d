"""Cold start of the desktop app on a 200,000-person database, measured from outside the process.

    .venv/bin/python bench/startup.py [--db bench/out/region-200k.sqlite] [--runs 7]

Each run starts a fresh Python process that goes through the app's real start-up (`ui.app.start`, the
function `factory-desk` runs) offscreen, and reports two moments, counted from just before the process
was launched: the main window's first paint, and the first paint after the database is open and the
first screen shows its figures. Goal: first paint ≤ 0.6 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

try:
    from make_database import DEFAULT
except ImportError:
    from bench.make_database import DEFAULT

CHILD = r"""
import json, sys, time
launched = float(sys.argv[2])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
from factory_desk.ui import app as gui

moments = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            now = time.time() - launched
            moments.setdefault("first_paint", now)
            if window is not None and window.database is not None and "database_open" not in moments:
                moments["database_open"] = now
                QApplication.instance().quit()
        return False

window = None
qapp = gui.application([sys.argv[0]])
watch = Watch()
qapp.installEventFilter(watch)
window = gui.start(sys.argv[1])
window.resize(1280, 800)
QApplication.exec()
print(json.dumps(moments))
"""


def one_run(db: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launched = time.time()
    result = subprocess.run([sys.executable, "-c", CHILD, db, repr(launched)], capture_output=True, text=True,
                            env=env, check=True, timeout=120)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if "://" not in args.db and not Path(args.db).exists():
        raise SystemExit(f"{args.db} does not exist; run bench/make_database.py first")
    one_run(args.db)  # warm the disk cache: the figures are for a cold process, not a cold disk
    runs = [one_run(args.db) for _ in range(args.runs)]
    for moment in ("first_paint", "database_open"):
        values = sorted(run[moment] for run in runs)
        print(f"{moment:<15} median {statistics.median(values):.3f} s   best {values[0]:.3f} s   "
              f"worst {values[-1]:.3f} s   ({args.runs} runs)")


if __name__ == "__main__":
    main()
