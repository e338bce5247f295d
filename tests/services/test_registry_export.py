"""Exporting the registers from the database under test: the right people, in order, nothing erased."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.models import Organisation, Person, utcnow
from factory_desk.services.registry_export import export_organisations, export_people


@pytest.fixture
def registry(db):
    with db.write() as s:
        plant = Organisation(full_name="Акционерное общество «Кировский завод»", short_name="АО «Кировский завод»",
                             inn="7707083893", org_type="enterprise")
        dome = Organisation(full_name="Daugavpils valstspilsētas pašvaldība", org_type="municipal")
        s.add_all([plant, dome])
        s.flush()
        s.add_all([
            Person(surname="Семёнов", first_name="Пётр", organisation_id=plant.id, category="enterprise_employee",
                   phone="+7 921 000-00-00", consent_date=dt.date(2026, 3, 2), consent_form="written"),
            Person(surname="Ёлкина", first_name="Анна", organisation_id=plant.id),
            Person(surname="Bērziņš", first_name="Jānis", organisation_id=dome.id, category="municipal_employee"),
            Person(surname="=cmd|' /C calc'!A0", first_name="Злоумышленник", organisation_id=plant.id),
            Person(surname="Удалённая", first_name="", organisation_id=plant.id, anonymised_at=utcnow()),
        ])
    return db


def test_people_export_is_alphabetical_labelled_and_leaves_out_the_erased(registry, tmp_path):
    # WHEN everybody is exported to Excel
    result = export_people(registry, tmp_path / "people.xlsx")
    # THEN the anonymised person is missing, the order is alphabetical, codes are words
    assert result.rows == 4
    sheet = openpyxl.load_workbook(result.file).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["Surname", "First name", "Patronymic"]
    # (a "surname" that is really a formula sorts by its letters: c, after B)
    assert [r[0] for r in rows[1:]] == ["Bērziņš", "=cmd|' /C calc'!A0", "Ёлкина", "Семёнов"]
    semenov = rows[4]
    assert semenov[5:8] == ["АО «Кировский завод»", "7707083893", "Enterprise employee"]
    assert semenov[10] == dt.datetime(2026, 3, 2) and semenov[11] == "Written"
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]


def test_people_export_with_a_search_and_in_the_users_language(registry, tmp_path):
    russian = {("Export", "Surname"): "Фамилия", ("Labels", "Enterprise employee"): "Работник предприятия"}
    result = export_people(registry, tmp_path / "семёновы.csv", query="семенов",
                           translate=lambda context, text: russian.get((context, text), text))
    lines = result.file.read_text(encoding="utf-8-sig").splitlines()
    assert result.rows == 1
    assert lines[0].startswith("Фамилия;")
    assert lines[1].startswith("Семёнов;Пётр;") and "Работник предприятия" in lines[1]


def test_organisations_export_counts_their_people(registry, tmp_path):
    result = export_organisations(registry, tmp_path / "organisations.csv")
    lines = result.file.read_text(encoding="utf-8-sig").splitlines()
    assert result.rows == 2
    assert lines[1].split(";")[:4] == ["Daugavpils valstspilsētas pašvaldība", "", "", "Municipal body"]
    plant = lines[2].split(";")
    assert plant[1] == "АО «Кировский завод»" and plant[2] == "7707083893" and plant[8] == "3"


def test_a_cancelled_export_writes_no_file(registry, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(FactoryDeskError, match="cancelled"):
        export_people(registry, folder / "people.xlsx", cancelled=lambda: True)
    assert list(folder.iterdir()) == []
