"""An installed wheel (not the source tree) starts and finds its fonts, forms, translations and migrations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SMOKE = r"""
import sys, time
from pathlib import Path
import factory_desk
from factory_desk.paths import font_files, resource_dir
assert Path(factory_desk.__file__).is_relative_to(Path(sys.prefix)), factory_desk.__file__
assert all(path.is_file() for path in font_files().values())
assert (resource_dir() / "translations" / "factory_desk_ru.qm").is_file()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from factory_desk.ui import app as gui
window = gui.start(sys.argv[1])  # the same start-up as `factory-desk`
window.resize(1280, 800)

def opened(ok):
    QApplication.processEvents()
    window.grab().save(sys.argv[2])
    navigation = window.ui.navigation_list
    print(ok, window.database.name if ok else "")
    print("|".join(navigation.item(row).text() for row in range(navigation.count())))
    QTimer.singleShot(0, window.close)

window.opening_finished.connect(opened)
QTimer.singleShot(60_000, QApplication.quit)  # never hang the test run
sys.exit(QApplication.exec())
"""


@pytest.mark.slow
def test_an_installed_wheel_runs(tmp_path):
    # GIVEN a wheel built from the source tree, installed without its sources in a fresh venv
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(dist), str(ROOT)], check=True, capture_output=True)
    wheel = next(dist.glob("factory_desk-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "--disable-pip-version-check", str(wheel)],
                   check=True, capture_output=True)
    # its dependencies come from the test environment (already downloaded), after its own site-packages
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FACTORY_DESK_DB", None)
    command = venv / "bin" / "factory-desk"
    database = tmp_path / "wheel.sqlite"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(command), "--db", str(database), *args], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=300, check=False)

    # WHEN it runs the demo and the check
    demo = run("demo", "--people", "60", "--json")
    check = run("db", "check", "--json")
    # THEN both work from the installed package
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["people"] == 60
    assert check.returncode == 0 and json.loads(check.stdout)["healthy"] is True
    # AND its main window opens in Russian with the shipped fonts and translations
    shot = tmp_path / "window.png"
    window = subprocess.run([str(python), "-c", SMOKE, str(database), str(shot)], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=300, check=False)
    assert window.returncode == 0, window.stderr
    opened, navigation = window.stdout.strip().splitlines()[-2:]
    assert opened == f"True {database}"
    assert navigation.split("|")[:2] == ["Занятия", "Люди и организации"]
    assert shot.stat().st_size > 10_000
