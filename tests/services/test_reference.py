"""Reference data: factories with their municipalities, programmes with their round metrics, trainers with
their factories and absences; deactivating what sessions refer to, deleting what nothing does; the audit."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import (
    AuditEntry,
    Factory,
    Municipality,
    NumberSequence,
    Organisation,
    Person,
    PoolEntry,
    Programme,
    RoundMetric,
    RoundResult,
    SessionDay,
    Trainer,
    TrainerAbsence,
    TrainingSession,
)
from factory_desk.services.reference import (
    AbsenceDetails,
    FactoryDetails,
    MetricDetails,
    ProgrammeDetails,
    ReferenceError,
    ReferenceKind,
    TrainerDetails,
    add_municipality,
    choices,
    delete_reference,
    get_factory,
    get_programme,
    get_trainer,
    list_factories,
    list_programmes,
    list_trainers,
    municipalities,
    save_factory,
    save_programme,
    save_trainer,
    set_active,
)

DAY = dt.date(2026, 12, 8)


def audit(db, entity: str, entity_id: int) -> list[tuple[str, str, dict]]:
    with db.read() as s:
        return [tuple(row) for row in s.execute(
            select(AuditEntry.action, AuditEntry.user_name, AuditEntry.details)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id).order_by(AuditEntry.id))]


def count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def kirovsk(db) -> int:
    """A factory serving two municipalities, with one trainer."""
    with db.write() as s:
        kirov = Municipality(name="Кировский муниципальный район", region="Ленинградская область")
        tosno = Municipality(name="Тосненский район", region="Ленинградская область")
        factory = Factory(name="Фабрика процессов Кировска", code="КИР", region="Ленинградская область",
                          specialisation="Машиностроение", municipalities=[tosno, kirov])
        s.add_all([factory, Trainer(surname="Соколова", first_name="Анна", factories=[factory])])
        s.flush()
        return factory.id


def a_session(db, factory_id: int, programme_id: int, trainer_id: int | None = None) -> int:
    with db.write() as s:
        training = TrainingSession(programme_id=programme_id, factory_id=factory_id)
        training.days.append(SessionDay(day_no=1, date=DAY))
        if trainer_id is not None:
            training.trainers.append(s.get(Trainer, trainer_id))
        s.add(training)
        s.flush()
        return training.id


def a_programme(db, name: str = "Фабрика процессов") -> int:
    return save_programme(db, ProgrammeDetails(name=name, metrics=(
        MetricDetails(None, "good_units", "Годные изделия", "шт"),
        MetricDetails(None, "defects", "Брак", "шт", lower_is_better=True),
        MetricDetails(None, "lead_time", "Время выполнения заказа", "мин", lower_is_better=True))))


# --- factories ---------------------------------------------------------------------------------------------

def test_factories_are_listed_with_municipalities_trainers_and_sessions(db, kirovsk):
    # GIVEN a factory with a trainer, two municipalities and one session, and a second factory
    other = save_factory(db, FactoryDetails(name="Latgales Procesu fabrika", code="LGL", region="Latgale",
                                            timezone="Europe/Riga"))
    a_session(db, kirovsk, a_programme(db))
    # WHEN listed
    rows = list_factories(db)
    # THEN alphabetically (Latin before Cyrillic), municipalities by name, with their figures
    assert [(r.name, r.code, r.municipalities, r.trainers, r.sessions) for r in rows] == [
        ("Latgales Procesu fabrika", "LGL", (), 0, 0),
        ("Фабрика процессов Кировска", "КИР", ("Кировский муниципальный район", "Тосненский район"), 1, 1)]
    assert rows[0].id == other and rows[0].timezone == "Europe/Riga"


@pytest.mark.parametrize(("query", "found"), [("кир", ["КИР"]), ("ТОСНЕНСКИЙ", ["КИР"]), ("latgale", ["LGL"]),
                                              ("машиностр кировский", ["КИР"]), ("нет такого", [])])
def test_a_factory_is_found_by_any_of_its_words_case_and_accents_ignored(db, kirovsk, query, found):
    save_factory(db, FactoryDetails(name="Latgales Procesu fabrika", code="LGL", region="Latgale"))
    assert [r.code for r in list_factories(db, query)] == found


def test_a_new_factory_is_saved_tidied_with_its_municipalities_and_audited(db, kirovsk):
    # GIVEN the known municipalities and a new one added
    tosno = next(m.id for m in municipalities(db) if m.name == "Тосненский район")
    volosovo = add_municipality(db, " Волосовский  район ", "Ленинградская область", user_name="Ольга")
    # WHEN a factory is saved with a code in lower case and spaces around its words
    factory_id = save_factory(db, FactoryDetails(
        name="  Фабрика процессов   Бегуниц ", code=" бег ", address="д. Бегуницы", region="Ленинградская область",
        specialisation="АПК", timezone="Europe/Moscow", municipality_ids=(volosovo, tosno)), user_name="Ольга")
    # THEN it is stored tidied, the code in capitals, with both municipalities
    details = get_factory(db, factory_id)
    assert (details.name, details.code, details.address) == ("Фабрика процессов Бегуниц", "БЕГ", "д. Бегуницы")
    assert details.municipality_ids == tuple(sorted((volosovo, tosno)))
    assert audit(db, "factory", factory_id) == [("factory_created", "Ольга", {"changed": [
        "address", "code", "is_active", "municipality_ids", "name", "region", "specialisation", "timezone"]})]
    assert audit(db, "municipality", volosovo) == [
        ("municipality_created", "Ольга", {"name": "Волосовский район", "region": "Ленинградская область"})]


def test_an_edit_of_a_factory_names_the_changed_fields_in_the_audit(db, kirovsk):
    details = get_factory(db, kirovsk)
    save_factory(db, replace(details, specialisation="Машиностроение и металлообработка", municipality_ids=()))
    assert get_factory(db, kirovsk).municipality_ids == ()
    assert audit(db, "factory", kirovsk)[-1] == (
        "factory_updated", "", {"changed": ["municipality_ids", "specialisation"]})
    # AND the municipalities themselves stay in the register
    assert count(db, Municipality) == 2


def test_a_municipality_typed_again_is_the_one_already_registered(db, kirovsk):
    known = next(m.id for m in municipalities(db) if m.name == "Тосненский район")
    assert add_municipality(db, "ТОСНЕНСКИЙ РАЙОН", "ленинградская область") == known
    assert count(db, Municipality) == 2
    with pytest.raises(ValidationError, match="needs its name"):
        add_municipality(db, "  ")


@pytest.mark.parametrize(("details", "sentence"), [
    (FactoryDetails(name="Фабрика процессов  кировска", code="НОВ"),
     "There is already a factory named Фабрика процессов Кировска (code КИР)."),
    (FactoryDetails(name="Новая фабрика", code="кир"), "The code КИР is already that of the factory "
                                                      "Фабрика процессов Кировска."),
])
def test_a_name_or_code_of_another_factory_is_refused_with_a_sentence_naming_it(db, kirovsk, details, sentence):
    with pytest.raises(ValidationError) as refused:
        save_factory(db, details)
    assert str(refused.value) == sentence
    assert count(db, Factory) == 1


@pytest.mark.parametrize(("code", "field"), [("", "code"), ("КИРОВСК-ПОЛИТЕХ", "code"), ("К.И.Р", "code"),
                                             ("КИР ОВ", None)])
def test_a_factory_code_is_one_to_twelve_letters_or_digits(db, code, field):
    details = FactoryDetails(name="Фабрика", code=code)
    if field is None:  # spaces inside are dropped: «КИР ОВ» is «КИРОВ»
        assert get_factory(db, save_factory(db, details)).code == "КИРОВ"
        return
    with pytest.raises(ValidationError, match="1 to 12 letters or digits") as refused:
        save_factory(db, details)
    assert refused.value.field == field


def test_a_factory_needs_a_name_and_a_known_time_zone_and_municipalities(db, kirovsk):
    with pytest.raises(ValidationError, match="needs its name"):
        save_factory(db, FactoryDetails(name=" ", code="X"))
    with pytest.raises(ValidationError, match="“Europe/Kirovsk” is not a time zone") as refused:
        save_factory(db, FactoryDetails(name="Фабрика", code="X", timezone="Europe/Kirovsk"))
    assert refused.value.field == "timezone"
    with pytest.raises(ValidationError, match="no municipality with the number 999"):
        save_factory(db, FactoryDetails(name="Фабрика", code="X", municipality_ids=(999,)))
    # A zone outside the short list is accepted when the system knows it.
    saved = save_factory(db, FactoryDetails(name="Фабрика", code="X", timezone="Asia/Novosibirsk"))
    assert get_factory(db, saved).timezone == "Asia/Novosibirsk"
    with pytest.raises(ReferenceError, match="no factory with the number 999"):
        get_factory(db, 999)


# --- programmes --------------------------------------------------------------------------------------------

def test_a_programme_is_saved_with_its_metrics_in_order_and_audited(db):
    programme_id = save_programme(db, ProgrammeDetails(
        name="Фабрика офисных процессов", kind="office", hours=Decimal("7.5"), days=2, min_group=10, max_group=14,
        rounds=4, description="Офис", certificate_wording="прошёл(а)  обучение",
        metrics=(MetricDetails(None, " wip ", "Документы в работе", "шт", True),
                 MetricDetails(None, "errors", " Ошибки ", "шт", True))), user_name="Ольга")
    p = get_programme(db, programme_id)
    assert (p.name, p.kind, p.hours, p.days, p.min_group, p.max_group, p.rounds, p.certificate_wording) == (
        "Фабрика офисных процессов", "office", Decimal("7.5"), 2, 10, 14, 4, "прошёл(а) обучение")
    assert [(m.code, m.name, m.unit, m.lower_is_better) for m in p.metrics] == [
        ("wip", "Документы в работе", "шт", True), ("errors", "Ошибки", "шт", True)]
    assert audit(db, "programme", programme_id)[0][:2] == ("programme_created", "Ольга")
    assert [(r.name, r.metrics, r.sessions) for r in list_programmes(db)] == [("Фабрика офисных процессов", 2, 0)]


def test_metrics_are_reordered_renamed_removed_and_added_by_the_list_given(db):
    # GIVEN a programme with three metrics
    programme_id = a_programme(db)
    good, defects, lead = get_programme(db, programme_id).metrics
    # WHEN the list comes back reordered, two codes swapped, one removed and a new one with a removed code
    save_programme(db, replace(get_programme(db, programme_id), metrics=(
        lead, replace(defects, code="good_units"), replace(good, code="defects"), MetricDetails(None, "wip", "НЗП"))))
    # THEN the metrics are in that order, with the ids of the kept ones
    p = get_programme(db, programme_id)
    assert [(m.id, m.code) for m in p.metrics] == [
        (lead.id, "lead_time"), (defects.id, "good_units"), (good.id, "defects"), (p.metrics[3].id, "wip")]
    with db.read() as s:
        assert s.scalars(select(RoundMetric.position).where(RoundMetric.programme_id == programme_id)
                         .order_by(RoundMetric.position)).all() == [1, 2, 3, 4]
    assert audit(db, "programme", programme_id)[-1] == ("programme_updated", "", {"changed": ["metrics"]})
    # AND a removed metric and the code of a removed one can be reused in one save
    save_programme(db, replace(get_programme(db, programme_id), metrics=(MetricDetails(None, "lead_time", "Время"),)))
    assert [m.code for m in get_programme(db, programme_id).metrics] == ["lead_time"]
    assert count(db, RoundMetric) == 1


@pytest.mark.parametrize(("change", "sentence"), [
    ({"hours": Decimal(0)}, "more than 0 and at most 1000 academic hours, not 0"),
    ({"days": 61}, "from 1 to 60 days, not 61"),
    ({"days": 0}, "from 1 to 60 days, not 0"),
    ({"rounds": 11}, "from 0 to 10 simulation rounds, not 11"),
    ({"min_group": 17}, "minimum is not above its maximum: 17–16 cannot be"),
    ({"min_group": 0}, "0–16 cannot be"),
    ({"max_group": 101}, "12–101 cannot be"),
    ({"kind": "factory"}, "There is no programme kind “factory”."),
    ({"name": "  "}, "A programme needs its name."),
    ({"metrics": (MetricDetails(None, "good", "Годные"), MetricDetails(None, "GOOD", "Ещё раз"))},
     "Two metrics have the code GOOD"),
    ({"metrics": (MetricDetails(None, "годные", "Годные"),)}, "The metric code “годные” is not valid"),
    ({"metrics": (MetricDetails(None, "2nd", "Второй"),)}, "The metric code “2nd” is not valid"),
    ({"metrics": (MetricDetails(None, "good units", "Годные"),)}, "The metric code “good units” is not valid"),
    ({"metrics": (MetricDetails(None, "good", " "),)}, "Each round metric needs a code and a name."),
])
def test_a_programme_outside_its_rules_is_refused_with_a_sentence(db, change, sentence):
    with pytest.raises(ValidationError, match=sentence.replace("(", r"\(")):
        save_programme(db, replace(ProgrammeDetails(name="Фабрика процессов"), **change))
    assert count(db, Programme) == 0


def test_a_second_programme_of_the_same_name_is_refused(db):
    a_programme(db)
    with pytest.raises(ValidationError, match="There is already a programme named Фабрика процессов"):
        save_programme(db, ProgrammeDetails(name="фабрика  ПРОЦЕССОВ"))


def test_a_metric_with_recorded_results_cannot_be_removed_nor_its_rounds_reduced(db, kirovsk):
    # GIVEN a session that recorded «defects» in round 3
    programme_id = a_programme(db)
    good, defects, lead = get_programme(db, programme_id).metrics
    session_id = a_session(db, kirovsk, programme_id)
    with db.write() as s:
        s.add(RoundResult(session_id=session_id, round_no=3, metric_id=defects.id, value=Decimal(4)))
    details = get_programme(db, programme_id)
    # WHEN the metric is removed THEN the sentence says why, and nothing changes
    with pytest.raises(ValidationError) as refused:
        save_programme(db, replace(details, metrics=(good, lead)))
    assert str(refused.value) == "The metric Брак (defects) has results recorded in sessions: it cannot be removed."
    assert len(get_programme(db, programme_id).metrics) == 3
    # AND two rounds are refused while three were recorded
    with pytest.raises(ValidationError, match="recorded results of round 3: it cannot have fewer rounds"):
        save_programme(db, replace(details, rounds=2))
    # AND the metric may still be renamed and moved
    save_programme(db, replace(details, metrics=(replace(defects, name="Дефекты"), good, lead)))
    assert [m.name for m in get_programme(db, programme_id).metrics][0] == "Дефекты"


def test_a_metric_of_another_programme_cannot_be_saved_into_this_one(db):
    first, second = a_programme(db), a_programme(db, "Другая")
    foreign = get_programme(db, first).metrics[0]
    with pytest.raises(ValidationError, match="no metric with the number"):
        save_programme(db, replace(get_programme(db, second), metrics=(foreign,)))


# --- trainers ----------------------------------------------------------------------------------------------

def test_a_trainer_is_saved_with_names_tidied_factories_and_absences(db, kirovsk):
    trainer_id = save_trainer(db, TrainerDetails(
        surname="ФЁДОРОВ", first_name="алексей", patronymic=" Игоревич ", email=" A.Fedorov@KPT.Example ",
        phone="8 (916) 123-45-67", notes=" В отпуске летом ", factory_ids=(kirovsk,),
        absences=(AbsenceDetails(None, dt.date(2026, 12, 20), dt.date(2026, 12, 25), " Отпуск "),
                  AbsenceDetails(None, dt.date(2026, 12, 1), dt.date(2026, 12, 1), "Больничный"))),
        user_name="Ольга")
    t = get_trainer(db, trainer_id)
    assert (t.surname, t.first_name, t.patronymic, t.email, t.phone, t.notes) == (
        "Фёдоров", "Алексей", "Игоревич", "A.Fedorov@kpt.example", "+7 916 123-45-67", "В отпуске летом")
    assert t.factory_ids == (kirovsk,)
    assert [(a.first_day.day, a.last_day.day, a.reason) for a in t.absences] == [(1, 1, "Больничный"),
                                                                               (20, 25, "Отпуск")]
    # The log names the changed fields, never the trainer's name or contacts.
    assert audit(db, "trainer", trainer_id) == [("trainer_created", "Ольга", {"changed": [
        "absences", "email", "factory_ids", "first_name", "is_active", "notes", "patronymic", "phone",
        "surname"]})]


def test_absences_are_updated_removed_and_added_by_their_ids(db, kirovsk):
    trainer_id = save_trainer(db, TrainerDetails(surname="Громов", absences=(
        AbsenceDetails(None, dt.date(2026, 12, 1), dt.date(2026, 12, 3)),
        AbsenceDetails(None, dt.date(2026, 12, 10), dt.date(2026, 12, 12)))))
    first, second = get_trainer(db, trainer_id).absences
    save_trainer(db, replace(get_trainer(db, trainer_id), absences=(
        replace(second, last_day=dt.date(2026, 12, 14), reason="Командировка"),
        AbsenceDetails(None, dt.date(2027, 1, 5), dt.date(2027, 1, 6)))))
    t = get_trainer(db, trainer_id)
    assert [(a.id == second.id, a.last_day, a.reason) for a in t.absences] == [
        (True, dt.date(2026, 12, 14), "Командировка"), (False, dt.date(2027, 1, 6), "")]
    assert count(db, TrainerAbsence) == 2
    assert audit(db, "trainer", trainer_id)[-1] == ("trainer_updated", "", {"changed": ["absences"]})


@pytest.mark.parametrize(("absences", "sentence"), [
    ((AbsenceDetails(None, dt.date(2026, 12, 5), dt.date(2026, 12, 4)),),
     "An absence cannot end on 04.12.2026, before it begins on 05.12.2026."),
    ((AbsenceDetails(None, dt.date(2026, 12, 10), dt.date(2026, 12, 20)),
      AbsenceDetails(None, dt.date(2026, 12, 1), dt.date(2026, 12, 10))),
     "The absences 01.12.2026–10.12.2026 and 10.12.2026–20.12.2026 overlap: make them one."),
])
def test_an_absence_ending_before_it_begins_or_overlapping_another_is_refused(db, absences, sentence):
    with pytest.raises(ValidationError) as refused:
        save_trainer(db, TrainerDetails(surname="Громов", absences=absences))
    assert str(refused.value) == sentence
    assert count(db, Trainer) == 0


@pytest.mark.parametrize(("details", "sentence"), [
    (TrainerDetails(surname=" "), "A trainer needs at least a surname."),
    (TrainerDetails(surname="Громов2"), "A name cannot contain digits."),
    (TrainerDetails(surname="Громов", email="gromov@"), "This e-mail address is not valid."),
    (TrainerDetails(surname="Громов", phone="12"), "This phone number does not look valid."),
    (TrainerDetails(surname="Громов", factory_ids=(999,)), "There is no factory with the number 999."),
])
def test_a_trainer_outside_the_rules_for_people_is_refused(db, details, sentence):
    with pytest.raises(ValidationError) as refused:
        save_trainer(db, details)
    assert str(refused.value) == sentence


def test_trainers_are_listed_by_factory_and_search_with_their_next_absence(db, kirovsk):
    other = save_factory(db, FactoryDetails(name="Latgales Procesu fabrika", code="LGL"))
    save_trainer(db, TrainerDetails(surname="Ozoliņa", first_name="Inese", factory_ids=(other,), absences=(
        AbsenceDetails(None, dt.date(2026, 11, 1), dt.date(2026, 11, 3), "Past"),
        AbsenceDetails(None, dt.date(2026, 12, 20), dt.date(2026, 12, 24), "Atvaļinājums"),
        AbsenceDetails(None, dt.date(2027, 2, 1), dt.date(2027, 2, 2)))))
    rows = list_trainers(db, today=DAY)
    assert [(r.name, r.factories) for r in rows] == [("Ozoliņa Inese", ("Latgales Procesu fabrika",)),
                                                     ("Соколова Анна", ("Фабрика процессов Кировска",))]
    assert rows[0].next_absence.reason == "Atvaļinājums" and rows[1].next_absence is None
    assert [r.name for r in list_trainers(db, factory_id=kirovsk)] == ["Соколова Анна"]
    assert [r.name for r in list_trainers(db, "ozolina")] == ["Ozoliņa Inese"]
    assert [r.name for r in list_trainers(db, "latgales")] == ["Ozoliņa Inese"]


# --- choices, deactivation and deletion --------------------------------------------------------------------

def test_choices_offer_the_active_factories_programmes_and_trainers(db, kirovsk):
    programme_id = a_programme(db)
    trainer_id = next(r.id for r in list_trainers(db))
    chosen = choices(db)
    assert [(f.id, f.code) for f in chosen.factories] == [(kirovsk, "КИР")]
    assert [(p.id, p.days, p.min_group, p.max_group) for p in chosen.programmes] == [(programme_id, 1, 12, 16)]
    assert [(t.id, t.name, t.factory_ids) for t in chosen.trainers] == [(trainer_id, "Соколова Анна",
                                                                        frozenset({kirovsk}))]
    # WHEN all three are deactivated THEN none is offered, unless inactive ones are asked for
    for kind, row_id in ((ReferenceKind.FACTORY, kirovsk), ("programme", programme_id), ("trainer", trainer_id)):
        set_active(db, kind, row_id, False, user_name="Ольга")
    chosen = choices(db)
    assert (chosen.factories, chosen.programmes, chosen.trainers) == ((), (), ())
    everything = choices(db, include_inactive=True)
    assert [f.is_active for f in everything.factories] == [False]
    assert len(everything.programmes) == len(everything.trainers) == 1


def test_deactivation_hides_from_active_lists_and_is_audited_once(db, kirovsk):
    set_active(db, "factory", kirovsk, False, user_name="Ольга")
    set_active(db, "factory", kirovsk, False)  # already: nothing to log
    assert list_factories(db, include_inactive=False) == []
    assert [r.is_active for r in list_factories(db)] == [False]
    set_active(db, "factory", kirovsk, True)
    assert [a[0] for a in audit(db, "factory", kirovsk)] == ["factory_deactivated", "factory_activated"]
    assert list_factories(db, include_inactive=False)[0].id == kirovsk


def test_what_nothing_refers_to_is_deleted_with_an_audit_entry(db, kirovsk):
    programme_id = a_programme(db)
    trainer_id = next(r.id for r in list_trainers(db))
    delete_reference(db, "trainer", trainer_id, user_name="Ольга")
    delete_reference(db, ReferenceKind.PROGRAMME, programme_id)
    delete_reference(db, "factory", kirovsk)
    assert (count(db, Trainer), count(db, Programme), count(db, RoundMetric), count(db, Factory)) == (0, 0, 0, 0)
    assert audit(db, "trainer", trainer_id) == [("trainer_deleted", "Ольга", {})]
    assert audit(db, "programme", programme_id)[-1] == ("programme_deleted", "", {"name": "Фабрика процессов"})
    assert audit(db, "factory", kirovsk)[-1] == ("factory_deleted", "", {"name": "Фабрика процессов Кировска"})
    with pytest.raises(ReferenceError, match="no factory with the number"):
        delete_reference(db, "factory", kirovsk)


def test_what_sessions_refer_to_cannot_be_deleted_and_the_sentence_says_to_deactivate(db, kirovsk):
    programme_id = a_programme(db)
    trainer_id = next(r.id for r in list_trainers(db))
    a_session(db, kirovsk, programme_id, trainer_id)
    for kind, row_id, sentence in (
            ("factory", kirovsk, "The factory Фабрика процессов Кировска has sessions, so it cannot be deleted. "
                                 "Deactivate it instead"),
            ("programme", programme_id, "The programme Фабрика процессов has sessions, so it cannot be deleted."),
            ("trainer", trainer_id, "The trainer Соколова Анна has sessions, so they cannot be deleted.")):
        with pytest.raises(ReferenceError) as refused:
            delete_reference(db, kind, row_id)
        assert str(refused.value).startswith(sentence)
    assert (count(db, Trainer), count(db, Programme), count(db, Factory)) == (1, 1, 1)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.action.like("%_deleted"))).scalar_one() == 0


def test_a_programme_people_wait_for_and_a_factory_that_numbered_certificates_are_kept(db, kirovsk):
    programme_id = a_programme(db)
    with db.write() as s:
        person = Person(surname="Иванов", organisation=Organisation(full_name="АО «КМЗ»"))
        s.add_all([person, NumberSequence(factory_id=kirovsk, year=2026, last_value=3)])
        s.flush()
        s.add(PoolEntry(person_id=person.id, programme_id=programme_id))
    with pytest.raises(ReferenceError, match="People are waiting for the programme Фабрика процессов"):
        delete_reference(db, "programme", programme_id)
    with pytest.raises(ReferenceError, match="Certificates were numbered at the factory"):
        delete_reference(db, "factory", kirovsk)


def test_an_unknown_kind_or_row_is_refused(db):
    with pytest.raises(ValueError):
        set_active(db, "organisation", 1, False)
    with pytest.raises(ReferenceError, match="no trainer with the number 5"):
        set_active(db, "trainer", 5, False)
    with pytest.raises(ReferenceError, match="no programme with the number 5"):
        get_programme(db, 5)
