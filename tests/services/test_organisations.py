"""The organisations register: search and filters, saving with ИНН rules, and an organisation's card."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import (
    AuditEntry,
    Certificate,
    Enrolment,
    Factory,
    ImprovementProject,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.organisations import (
    OrganisationDetails,
    OrganisationError,
    filter_choices,
    get_organisation,
    list_organisations,
    organisation_card,
    save_organisation,
)

ROMASHKA_INN = "7707083893"
SCHOOL_INN = "5408131552"


@pytest.fixture
def registry(db):
    with db.write() as s:
        plant = Organisation(full_name="Общество с ограниченной ответственностью «Ромашка»", short_name="ООО «Ромашка»",
                             inn=ROMASHKA_INN, org_type="enterprise", sector="Машиностроение",
                             region="Ленинградская область", national_project_since=2021)
        school = Organisation(full_name="Школа №5", inn=SCHOOL_INN, org_type="education", sector="Образование",
                              region="Новгородская область")
        daugavpils = Organisation(full_name="Daugavpils pilsētas dome", org_type="municipal",
                                  region="Latgale")
        s.add_all([plant, school, daugavpils])
        s.flush()
        s.add_all([Person(surname="Иванов", first_name="Иван", organisation_id=plant.id),
                   Person(surname="Петрова", first_name="Анна", organisation_id=plant.id, position="Мастер"),
                   Person(surname="Сидоров", organisation_id=school.id)])
        return {"plant": plant.id, "school": school.id, "daugavpils": daugavpils.id}


def test_organisations_are_alphabetical_with_their_people_counted(db, registry):
    # GIVEN three organisations WHEN listed without a search
    rows = list_organisations(db)
    # THEN by their short (or full) name, with how many people each sent
    assert [(r.name, r.people) for r in rows] == [
        ("Daugavpils pilsētas dome", 0), ("ООО «Ромашка»", 2), ("Школа №5", 1)]
    assert rows[1].inn == ROMASHKA_INN and rows[1].national_project_since == 2021


def test_a_search_matches_folded_words_of_the_name_and_the_inn(db, registry):
    # GIVEN the register WHEN a coordinator types parts of names in any case or without diacritics
    # THEN the matching organisations are found
    assert [r.id for r in list_organisations(db, "ромашк")] == [registry["plant"]]
    assert [r.id for r in list_organisations(db, "DAUGAVPILS pilsetas")] == [registry["daugavpils"]]
    assert [r.id for r in list_organisations(db, "54081")] == [registry["school"]]
    assert list_organisations(db, "ромашка школа") == []
    assert list_organisations(db, "100%") == []


def test_filters_by_type_sector_region_and_national_project(db, registry):
    assert [r.id for r in list_organisations(db, org_type="education")] == [registry["school"]]
    assert [r.id for r in list_organisations(db, sector="Машиностроение")] == [registry["plant"]]
    assert [r.id for r in list_organisations(db, region="Latgale")] == [registry["daugavpils"]]
    assert [r.id for r in list_organisations(db, national_project=True)] == [registry["plant"]]
    assert {r.id for r in list_organisations(db, national_project=False)} == {registry["school"],
                                                                               registry["daugavpils"]}
    choices = filter_choices(db)
    assert choices.sectors == ["Машиностроение", "Образование"]
    assert choices.regions == ["Latgale", "Ленинградская область", "Новгородская область"]


def test_an_organisation_is_created_and_updated_with_an_audit_entry(db, registry):
    # GIVEN a new organisation's details WHEN saved
    new_id = save_organisation(db, OrganisationDetails(full_name="  ГБУЗ  «Больница»", inn="", org_type="healthcare",
                                                       national_project_since=2024), user_name="Кузнецова")
    # THEN it is in the register, names tidied and without an ИНН
    details = get_organisation(db, new_id)
    assert (details.full_name, details.inn, details.org_type, details.national_project_since) == (
        "ГБУЗ «Больница»", "", "healthcare", 2024)
    # WHEN it is edited
    details.short_name, details.region = "Больница", "Псковская область"
    assert save_organisation(db, details, user_name="Кузнецова") == new_id
    # THEN the change is kept and both writes are in the audit log
    assert [r.name for r in list_organisations(db, "больниц")] == ["Больница"]
    with db.read() as s:
        entries = s.execute(select(AuditEntry.action, AuditEntry.user_name, AuditEntry.details)
                            .where(AuditEntry.entity == "organisation", AuditEntry.entity_id == new_id)
                            .order_by(AuditEntry.id)).all()
    assert [(a, u) for a, u, _d in entries] == [("organisation_created", "Кузнецова"),
                                                ("organisation_updated", "Кузнецова")]
    assert entries[1][2]["changed"] == ["region", "short_name"]


def test_a_bad_inn_is_refused_by_its_check_digits_and_nothing_is_written(db, registry):
    with pytest.raises(ValidationError) as caught:
        save_organisation(db, OrganisationDetails(full_name="ООО «Лютик»", inn="7707083894"))
    assert caught.value.field == "inn"
    assert [r.name for r in list_organisations(db, "лютик")] == []


def test_a_duplicate_inn_is_refused_naming_the_organisation_that_has_it(db, registry):
    # GIVEN «Ромашка» with its ИНН WHEN another organisation is saved with the same ИНН
    with pytest.raises(ValidationError) as caught:
        save_organisation(db, OrganisationDetails(full_name="ООО «Лютик»", inn=f" {ROMASHKA_INN} "))
    # THEN the sentence names «Ромашка» and nothing is written
    assert caught.value.field == "inn"
    assert "ООО «Ромашка»" in str(caught.value) and ROMASHKA_INN in str(caught.value)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Organisation)).scalar_one() == 3
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == 0
    # AND an organisation saved again with its own ИНН is not a duplicate of itself
    details = get_organisation(db, registry["plant"])
    details.phone = "+7 812 000-00-00"
    assert save_organisation(db, details) == registry["plant"]


def test_an_unknown_organisation_is_said_to_be_missing(db, registry):
    with pytest.raises(OrganisationError, match="number 999"):
        get_organisation(db, 999)


def test_the_card_counts_people_sessions_certificates_and_projects(db, registry):
    # GIVEN two people of «Ромашка» enrolled in one session, one with a certificate, and a project
    with db.write() as s:
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства")
        s.add_all([factory, programme])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id)
        training.days.append(SessionDay(day_no=1, date=dt.date(2026, 3, 10)))
        s.add(training)
        s.flush()
        people = s.scalars(select(Person.id).where(Person.organisation_id == registry["plant"])).all()
        enrolments = [Enrolment(session_id=training.id, person_id=p) for p in people]
        s.add_all(enrolments)
        s.flush()
        s.add(Certificate(number="КИР-2026-00001", enrolment_id=enrolments[0].id, snapshot={}))
        s.add(ImprovementProject(title="Склад без поиска", organisation_id=registry["plant"]))
    # WHEN its card is opened
    card = organisation_card(db, registry["plant"])
    # THEN it shows its people alphabetically and its figures
    assert (card.name, card.inn, card.people_count) == ("ООО «Ромашка»", ROMASHKA_INN, 2)
    assert [(p.name, p.position) for p in card.people] == [("Иванов Иван", ""), ("Петрова Анна", "Мастер")]
    assert (card.enrolments, card.certificates, card.projects_count) == (1, 1, 1)
    assert [p.title for p in card.projects] == ["Склад без поиска"]
    assert organisation_card(db, registry["daugavpils"]).people_count == 0


def test_a_year_outside_the_national_project_and_an_unknown_type_are_refused(db, registry):
    with pytest.raises(ValidationError, match="not 1990") as caught:
        save_organisation(db, OrganisationDetails(full_name="ООО «Лютик»", national_project_since=1990))
    assert caught.value.field == "national_project_since"
    with pytest.raises(ValidationError) as caught:
        save_organisation(db, OrganisationDetails(full_name="ООО «Лютик»", org_type="bakery"))
    assert caught.value.field == "org_type"
    assert list_organisations(db, "лютик") == []
