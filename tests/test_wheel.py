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
import sys
from pathlib import Path
import factory_desk
from factory_desk.paths import font_files, resource_dir
assert Path(factory_desk.__file__).is_relative_to(Path(sys.prefix)), factory_desk.__file__
assert all(path.is_file() for path in font_files().values())
assert (resource_dir() / "translations" / "factory_desk_ru.qm").is_file()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from factory_desk.i18n import install_translators
install_translators("ru")
from factory_desk.services.database import open_database
from factory_desk.ui.main_window import MainWindow
db, _ = open_database(sys.argv[1])
window = MainWindow(db)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[2])
print(window.windowTitle())
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
    env = {**os.environ, "LANG": "en_US.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
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
    assert "Factory Desk" in window.stdout
    assert shot.stat().st_size > 10_000
