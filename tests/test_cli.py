"""The command line as a user or a script runs it: a real process, sentences or JSON, one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factory_desk import __version__

OLD_FILE = Path(__file__).parent / "resources" / "factory-desk-rev0001.sqlite"


def run(*args: str, language: str = "en_US.UTF-8", db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": language, "LC_ALL": language, "LANGUAGE": ""}
    env.pop("FACTORY_DESK_DB", None)
    if db is not None:
        env["FACTORY_DESK_DB"] = db
    return subprocess.run([sys.executable, "-m", "factory_desk", *args], capture_output=True, text=True,
                          env=env, timeout=300, check=False)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Factory Desk {__version__}"


def test_without_a_command_the_app_opens(db_url, tmp_path):
    # GIVEN the command line with no command (what the Start-menu shortcut runs)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "ru_RU.UTF-8"}
    log = Path(env["XDG_STATE_HOME"]) / "FactoryDesk" / "log" / "factory-desk.log"
    process = subprocess.Popen([sys.executable, "-m", "factory_desk", "--db", db_url], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # WHEN it starts THEN the window comes up and opens the database, and the process keeps running
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if log.exists() and "Opened database" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        assert process.poll() is None, process.communicate()[1]
        assert "Opened database" in log.read_text(encoding="utf-8")
        assert "Traceback" not in log.read_text(encoding="utf-8")
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_demo_then_check_on_the_engine_under_test(db_url):
    # GIVEN an empty database WHEN the demo fills it
    demo = run("--db", db_url, "demo", "--json")
    assert demo.returncode == 0, demo.stderr
    summary = json.loads(demo.stdout)
    assert summary["created"] is True and summary["people"] == 400 and summary["sessions"] >= 20
    # THEN the check finds it healthy, in JSON and in a sentence
    check = run("db", "check", "--json", db=db_url)
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads(check.stdout)
    assert report["healthy"] is True and report["people"] == 400 and report["problems"] == []
    sentence = run("--db", db_url, "db", "check")
    assert sentence.returncode == 0 and "is healthy" in sentence.stdout
    # AND a second demo refuses in one line without touching the data
    again = run("--db", db_url, "demo")
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "Traceback" not in again.stderr
    # AND --if-empty skips politely
    skipped = run("--db", db_url, "demo", "--if-empty")
    assert skipped.returncode == 0 and "already has data" in skipped.stdout


def test_check_fails_for_an_old_schema_and_upgrade_fixes_it(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_FILE, path)
    check = run("--db", str(path), "db", "check")
    assert check.returncode == 1 and "older schema" in check.stdout
    upgrade = run("--db", str(path), "db", "upgrade")
    assert upgrade.returncode == 0 and "upgraded from schema 0001" in upgrade.stdout
    assert "saved as" in upgrade.stdout and list(tmp_path.glob("old.before-upgrade-0001-*.sqlite"))
    assert run("--db", str(path), "db", "check").returncode == 0


def test_backup_and_restore_from_the_command_line(db_url, tmp_path):
    assert run("--db", db_url, "demo", "--people", "30").returncode == 0
    backup = tmp_path / "copy.sqlite"
    made = run("--db", db_url, "db", "backup", str(backup), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["file"] == str(backup)
    # the backup is itself a healthy Factory Desk database
    assert run("--db", str(backup), "db", "check").returncode == 0
    restored = run("--db", db_url, "db", "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "was restored from" in restored.stdout and "previous content was saved" in restored.stdout


def test_a_newer_database_is_refused_in_one_sentence(tmp_path):
    path = tmp_path / "newer.sqlite"
    shutil.copy(OLD_FILE, path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    result = run("--db", str(path), "demo")
    assert result.returncode == 1
    assert result.stderr.startswith("factory-desk: This database was made by a newer version of Factory Desk")
    assert result.stderr.count("\n") == 1
    check = run("--db", str(path), "db", "check", "--json")
    assert check.returncode == 1 and json.loads(check.stdout)["healthy"] is False


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("db", "frobnicate"), "“frobnicate” is not a choice"),
        (("demo", "--people", "many"), "--people needs a whole number, not “many”"),
        (("db", "backup"), "Missing: FILE"),
        (("--db", "mysql://server/db", "db", "check"), "not “mysql”"),
        (("--db", "/nonexistent-folder/sub/x.sqlite", "db", "check"), "does not exist"),
        (("db", "restore", "/nonexistent/backup.sqlite"), "does not exist"),
    ],
)
def test_errors_are_one_line_without_a_traceback(tmp_path, args, expected):
    result = run(*args, db=str(tmp_path / "x.sqlite"))
    assert result.returncode != 0
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_sentences_are_in_russian_for_a_russian_user(tmp_path):
    result = run("--db", str(tmp_path / "x.sqlite"), "db", "upgrade", language="ru_RU.UTF-8")
    assert result.returncode == 0
    assert "Создана новая база данных" in result.stdout
    error = run("--db", str(tmp_path / "x.sqlite"), "db", "restore", str(tmp_path / "nope.sqlite"),
                language="ru_RU.UTF-8")
    assert "не существует" in error.stderr
    usage = run("demo", "--people", "много", language="ru_RU.UTF-8")
    assert usage.returncode == 2
    assert usage.stderr == "factory-desk: Для --people нужно целое число, а не «много». (см. factory-desk --help)\n"


def test_exporting_people_and_organisations_from_the_command_line(db_url, tmp_path):
    import openpyxl

    assert run("--db", db_url, "demo", "--people", "60").returncode == 0
    # WHEN a Russian-speaking coordinator exports everybody to Excel, and the organisations to CSV
    people = run("--db", db_url, "people", "export", str(tmp_path / "люди.xlsx"), language="ru_RU.UTF-8")
    organisations = run("--db", db_url, "organisations", "export", str(tmp_path / "организации.csv"), "--json")
    # THEN the files hold everyone, with Russian headings and category names
    assert people.returncode == 0, people.stderr
    assert people.stdout.startswith("Выгружено людей: 60")
    sheet = openpyxl.load_workbook(tmp_path / "люди.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["Фамилия", "Имя", "Отчество"]
    assert sheet.max_row == 61
    assert organisations.returncode == 0 and json.loads(organisations.stdout)["rows"] == 38
    # AND a search narrows the export as it narrows the list in the app
    some = run("--db", db_url, "people", "export", str(tmp_path / "some.csv"), "--search", "а", "--json")
    assert 0 < json.loads(some.stdout)["rows"] < 60


def test_importing_a_list_from_the_command_line(db_url, tmp_path):
    import openpyxl

    # GIVEN the list an organisation sent: a title block with its name and ИНН, a total row at the end
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ООО «Ромашка», ИНН 7707083893"])
    sheet.append([])
    sheet.append(["ФИО", "Должность", "E-mail"])
    sheet.append(["ПЕТРОВА МАРИЯ ИВАНОВНА", "Технолог", "petrova@romashka.example"])
    sheet.append(["Ozoliņš Pēteris", "Inženieris", "peteris@"])
    sheet.append(["Итого: 2 человека"])
    book.save(tmp_path / "список.xlsx")
    # WHEN it is checked without writing
    dry = run("--db", db_url, "people", "import", str(tmp_path / "список.xlsx"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Checked only, nothing was written: 2 of 3 rows can be imported." in dry.stdout
    # AND imported with a report
    done = run("--db", db_url, "people", "import", str(tmp_path / "список.xlsx"), "--report",
               str(tmp_path / "отчёт.csv"))
    assert done.returncode == 0, done.stderr
    assert "Imported: 2 new people, 0 already in the database, 1 new organisations" in done.stdout
    assert "Row 5: Ozoliņš Pēteris" in done.stdout  # its e-mail is reported
    assert (tmp_path / "отчёт.csv").read_text(encoding="utf-8-sig").count("\n") == 4
    # THEN a second import finds everybody already there
    again = json.loads(run("--db", db_url, "people", "import", str(tmp_path / "список.xlsx"), "--json").stdout)
    assert (again["created_people"], again["existing_people"]) == (0, 2)
    assert {row["organisation"] for row in again["rows"] if row["name"]} == {"ООО «Ромашка»"}
    # AND a broken file is one sentence
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    broken = run("--db", db_url, "people", "import", str(tmp_path / "broken.xlsx"))
    assert broken.returncode == 1 and broken.stderr.count("\n") == 1 and "Traceback" not in broken.stderr
