"""`factory-desk sessions …`: plan a session, enrol people with a waiting list, withdraw, cancel, list and
show — sentences or JSON, one-line errors, conflicts listed as sentences."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from factory_desk.cli import main
from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    Trainer,
    TrainingSession,
)
from factory_desk.domain.text import sort_key


@pytest.fixture
def region(db):
    """Two factories, a programme for groups of 2–3, a trainer with ё in the name, five people."""
    with db.write() as s:
        plant = Organisation(full_name="ООО «Ромашка»")
        kirishi = Factory(name="Фабрика процессов Кириши", code="КИР")
        volkhov = Factory(name="Фабрика процессов Волхов", code="ВОЛ")
        lean = Programme(name="Основы бережливого производства", min_group=2, max_group=3)
        office = Programme(name="Фабрика офисных процессов", kind="office")
        trainer = Trainer(surname="Семёнов", first_name="Пётр", patronymic="Ильич",
                          sort_key=sort_key("Семёнов", "Пётр", "Ильич"))
        s.add_all([plant, kirishi, volkhov, lean, office, trainer])
        s.flush()
        people = [Person(surname=surname, first_name="Иван", organisation_id=plant.id)
                  for surname in ("Андреев", "Борисов", "Васильев", "Григорьев", "Дмитриев")]
        s.add_all(people)
        s.flush()
        return {"kirishi": kirishi.id, "volkhov": volkhov.id, "office": office.id, "trainer": trainer.id,
                "people": [p.id for p in people]}


def run(capsys, db_url, *args):
    """The command's exit code, what it printed and what it said on stderr."""
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _create(capsys, db_url, *extra):
    code, out, err = run(capsys, db_url, "sessions", "create", "--date", "10.03.2031", "--factory",
                         "фабрика процессов кириши", "--programme", "ОСНОВЫ бережливого производства", "--json", *extra)
    assert code == 0, err
    return json.loads(out)["id"]


def test_a_session_is_created_by_names_and_shown(db, db_url, region, capsys):
    # WHEN a session is created naming the factory, programme and trainer in any case and with е for ё
    session_id = _create(capsys, db_url, "--trainer", "семенов петр ильич", "--min", "2", "--max", "3")

    # THEN show gives its programme, factory, day, status, group size and trainer
    code, out, _err = run(capsys, db_url, "sessions", "show", str(session_id), "--json")
    shown = json.loads(out)
    assert code == 0
    assert {key: shown[key] for key in ("id", "programme", "factory", "dates", "starts_at", "ends_at", "status",
                                        "min", "max", "trainers", "enrolled", "waitlist")} == {
        "id": session_id, "programme": "Основы бережливого производства", "factory": "Фабрика процессов Кириши",
        "dates": ["2031-03-10"], "starts_at": "09:00", "ends_at": "17:00", "status": "planned", "min": 2,
        "max": 3, "trainers": ["Семёнов Пётр Ильич"], "enrolled": [], "waitlist": []}
    # AND the audit log says the command line made it
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "session_created")).one()
    assert (entry.entity_id, entry.user_name) == (session_id, "command line")
    # AND as sentences it reads as a card
    code, out, _err = run(capsys, db_url, "sessions", "show", str(session_id))
    assert out.splitlines()[:5] == [
        f"Session {session_id}: «Основы бережливого производства», Фабрика процессов Кириши",
        "Days: 10.03.2031, 09:00–17:00", "Status: Planned", "Group: 2–3 people; enrolled 0, waiting 0",
        "Trainers: Семёнов Пётр Ильич"]


def test_the_trainer_can_be_named_by_surname_and_the_text_output_gives_the_id(db, db_url, region, capsys):
    code, out, err = run(capsys, db_url, "sessions", "create", "--date", "2031-03-11", "--factory", "ВОЛ",
                         "--programme", "Фабрика офисных процессов", "--trainer", "Семенов", "--starts", "10:00",
                         "--ends", "16:30")
    assert code == 0, err
    with db.read() as s:
        training = s.scalars(select(TrainingSession)).one()
        day = s.scalars(select(SessionDay)).one()
    assert out == f"Session {training.id} was created.\n"
    assert (training.factory_id, str(day.starts_at), str(day.ends_at)) == (region["volkhov"], "10:00:00", "16:30:00")


def test_conflicts_stop_a_new_session_unless_a_reason_is_given(db, db_url, region, capsys):
    # GIVEN a session at the factory that morning
    _create(capsys, db_url)

    # WHEN another is created there at the same time without a reason
    code, out, err = run(capsys, db_url, "sessions", "create", "--date", "2031-03-10", "--factory", "КИР",
                         "--programme", "Фабрика офисных процессов")

    # THEN nothing is created and the conflict is a sentence on stderr
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "factory-desk: This change has conflicts. It can be saved only with a reason for going ahead anyway.",
        "  – Фабрика процессов Кириши already has «Основы бережливого производства» on 10.03.2031, 09:00–17:00."]
    with db.read() as s:
        assert len(s.scalars(select(TrainingSession)).all()) == 1

    # AND with a reason it is created
    code, out, err = run(capsys, db_url, "sessions", "create", "--date", "2031-03-10", "--factory", "КИР",
                         "--programme", "Фабрика офисных процессов", "--reason", "Два зала", "--json")
    assert code == 0, err
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "conflict_overridden")).one()
    assert (entry.entity_id, entry.reason) == (json.loads(out)["id"], "Два зала")


@pytest.mark.parametrize(("args", "code", "sentence"), [
    (["--date", "31.02.2031", "--factory", "КИР", "--programme", "Фабрика офисных процессов"], 2,
     "factory-desk: “31.02.2031” is not a date: write it as YYYY-MM-DD or DD.MM.YYYY. (see factory-desk --help)"),
    (["--date", "2031-03-10", "--factory", "Тихвин", "--programme", "Фабрика офисных процессов"], 1,
     "factory-desk: No factory named “Тихвин” is in the database."),
    (["--date", "2031-03-10", "--factory", "Фабрика", "--programme", "Фабрика офисных процессов"], 1,
     "factory-desk: No factory is named “Фабрика”; similar names: Фабрика процессов Волхов; "
     "Фабрика процессов Кириши."),
    (["--date", "2031-03-10", "--factory", "КИР", "--programme", "Основы"], 1,
     "factory-desk: No programme is named “Основы”; similar names: Основы бережливого производства."),
    (["--date", "2031-03-10", "--factory", "КИР", "--programme", "Фабрика офисных процессов", "--trainer", "Иванов"],
     1, "factory-desk: No trainer named “Иванов” is in the database."),
    (["--date", "2031-03-10", "--factory", "КИР", "--programme", "Фабрика офисных процессов", "--max", "20"], 1,
     "factory-desk: The group size 12–20 differs from the programme's 12–16: say why."),
    (["--date", "2031-03-10", "--factory", "КИР", "--programme", "Фабрика офисных процессов", "--starts", "9"], 2,
     "factory-desk: “9” is not a time of day: write it as HH:MM. (see factory-desk --help)"),
])
def test_a_session_that_cannot_be_created_is_one_sentence(db_url, region, capsys, args, code, sentence):
    assert run(capsys, db_url, "sessions", "create", *args) == (code, "", sentence + "\n")


def test_people_are_enrolled_to_the_maximum_then_waitlisted_and_refusals_say_why(db, db_url, region, capsys):
    # GIVEN a session for three, and a person already in another session that day
    session_id = _create(capsys, db_url)
    a, b, c, d, busy = region["people"]
    code, out, err = run(capsys, db_url, "sessions", "create", "--date", "2031-03-10", "--factory", "ВОЛ",
                         "--programme", "Фабрика офисных процессов", "--json")
    other = json.loads(out)["id"]
    assert run(capsys, db_url, "sessions", "enrol", str(other), str(busy))[0] == 0

    # WHEN five people (one unknown, one busy) are enrolled
    code, out, err = run(capsys, db_url, "sessions", "enrol", str(session_id), str(a), str(b), "9999", str(busy),
                         str(c), str(d), "--json")

    # THEN each has a result: places up to three, the waiting list in order, refusals with their sentence
    assert code == 0, err
    assert json.loads(out) == [
        {"person": a, "result": "enrolled", "reason": "", "position": None},
        {"person": b, "result": "enrolled", "reason": "", "position": None},
        {"person": 9999, "result": "refused", "reason": "There is no person with the number 9999 in the register.",
         "position": None},
        {"person": busy, "result": "refused",
         "reason": "Дмитриев Иван is already enrolled in «Фабрика офисных процессов» at Фабрика процессов Волхов "
                   "on 10.03.2031, 09:00–17:00.", "position": None},
        {"person": c, "result": "enrolled", "reason": "", "position": None},
        {"person": d, "result": "waitlisted", "reason": "", "position": 1},
    ]
    # AND show lists the enrolled and the queue as person ids, in order
    shown = json.loads(run(capsys, db_url, "sessions", "show", str(session_id), "--json")[1])
    assert (shown["enrolled"], shown["waitlist"]) == ([a, b, c], [d])

    # WHEN the busy person is enrolled with a reason THEN they join the queue
    code, out, err = run(capsys, db_url, "sessions", "enrol", str(session_id), str(busy), "--reason",
                         "Офисная сессия только утром")
    assert (code, out) == (0, f"Person {busy}: on the waiting list, number 2.\n")
    # AND enrolling someone already there says so and changes nothing
    code, out, err = run(capsys, db_url, "sessions", "enroll", str(session_id), str(a), str(d))
    assert (code, out.splitlines()) == (0, [f"Person {a}: Already enrolled: left as it was.",
                                            f"Person {d}: Already on the waiting list: left as it was."])


def test_a_list_of_only_refused_people_fails(db_url, region, capsys):
    session_id = _create(capsys, db_url)
    code, out, err = run(capsys, db_url, "sessions", "enrol", str(session_id), "9999")
    assert (code, out, err) == (1, "Person 9999: refused. There is no person with the number 9999 in the register.\n",
                                "")


def test_withdrawing_a_person_promotes_the_first_waiting_and_says_who(db, db_url, region, capsys):
    session_id = _create(capsys, db_url)
    a, b, c, d, e = region["people"]
    run(capsys, db_url, "sessions", "enrol", str(session_id), str(a), str(b), str(c), str(d), str(e))

    # WHEN an enrolled person withdraws THEN the first waiting takes the place
    code, out, err = run(capsys, db_url, "sessions", "withdraw", str(session_id), str(b), "--json")
    assert (code, json.loads(out)) == (0, {"session": session_id, "person": b, "withdrawn": True, "promoted": d})
    shown = json.loads(run(capsys, db_url, "sessions", "show", str(session_id), "--json")[1])
    assert (shown["enrolled"], shown["waitlist"]) == ([a, c, d], [e])

    # WHEN someone waiting withdraws, as sentences THEN nobody is promoted
    code, out, err = run(capsys, db_url, "sessions", "withdraw", str(session_id), str(e), "--reason", "Отпуск")
    assert (code, out.splitlines()) == (0, [f"Person {e} was withdrawn from session {session_id}.",
                                            "Nobody was promoted from the waiting list."])
    with db.read() as s:
        assert s.scalar(select(Enrolment.status_reason).where(Enrolment.person_id == e)) == "Отпуск"
    # AND withdrawing a place as sentences names the person promoted
    run(capsys, db_url, "sessions", "enrol", str(session_id), str(b))
    code, out, err = run(capsys, db_url, "sessions", "withdraw", str(session_id), str(a))
    assert out.splitlines()[1] == f"Борисов Иван (id {b}) moved up from the waiting list into the place."

    # AND withdrawing someone who is not there is one sentence
    code, out, err = run(capsys, db_url, "sessions", "withdraw", str(session_id), str(a))
    assert (code, err) == (1, "factory-desk: Андреев Иван is neither enrolled nor waiting in the session «Основы "
                              "бережливого производства» of 10.03.2031.\n")


def test_cancelling_a_session_needs_a_reason_and_then_nobody_can_be_enrolled(db, db_url, region, capsys):
    session_id = _create(capsys, db_url)
    code, _out, err = run(capsys, db_url, "sessions", "cancel", str(session_id))
    assert code == 2 and err == "factory-desk: Missing: --reason. (see factory-desk --help)\n"

    code, out, err = run(capsys, db_url, "sessions", "cancel", str(session_id), "--reason", "Тренер заболел")
    assert (code, out) == (0, f"Session {session_id} is cancelled.\n")
    shown = json.loads(run(capsys, db_url, "sessions", "show", str(session_id), "--json")[1])
    assert (shown["status"], shown["cancel_reason"]) == ("cancelled", "Тренер заболел")
    assert run(capsys, db_url, "sessions", "show", str(session_id))[1].splitlines()[2] == (
        "Status: Cancelled (Тренер заболел)")

    code, out, err = run(capsys, db_url, "sessions", "enrol", str(session_id), str(region["people"][0]))
    assert (code, out) == (1, "")
    assert err == ("factory-desk: The session «Основы бережливого производства» of 10.03.2031 was cancelled: "
                   "nobody can be enrolled in it.\n")
    assert run(capsys, db_url, "sessions", "cancel", "9999", "--reason", "x", "--json") == (
        1, "", "factory-desk: There is no session with the number 9999.\n")


def test_sessions_are_listed_in_a_range_once_each_with_their_fill(db, db_url, region, capsys):
    # GIVEN a session in Кириши with two people, one in Волхов, one the month after
    first = _create(capsys, db_url)
    run(capsys, db_url, "sessions", "enrol", str(first), *map(str, region["people"][:2]))
    second = json.loads(run(capsys, db_url, "sessions", "create", "--date", "2031-03-12", "--factory", "ВОЛ",
                            "--programme", "Фабрика офисных процессов", "--trainer", "Семёнов", "--json")[1])["id"]
    run(capsys, db_url, "sessions", "create", "--date", "2031-04-20", "--factory", "ВОЛ", "--programme",
        "Фабрика офисных процессов")

    # WHEN March is listed
    code, out, err = run(capsys, db_url, "sessions", "list", "--from", "2031-03-01", "--to", "31.03.2031", "--json")

    # THEN both March sessions come by date with their counts
    assert code == 0, err
    listed = json.loads(out)
    assert [s["id"] for s in listed] == [first, second]
    assert {key: listed[0][key] for key in ("programme", "factory", "status", "dates", "enrolled", "waitlisted",
                                            "min", "max")} == {
        "programme": "Основы бережливого производства", "factory": "Фабрика процессов Кириши", "status": "planned",
        "dates": ["2031-03-10"], "enrolled": 2, "waitlisted": 0, "min": 2, "max": 3}
    assert listed[1]["trainers"] == ["Семёнов П. И."]
    # AND one factory's, as sentences
    code, out, err = run(capsys, db_url, "sessions", "list", "--from", "2031-03-01", "--to", "2031-03-31",
                         "--factory", "фабрика процессов кириши")
    assert out.splitlines() == [
        f"10.03.2031 09:00–17:00  «Основы бережливого производства», Фабрика процессов Кириши — Planned; "
        f"enrolled 2 of 3, waiting 0 (session {first})",
        "Sessions: 1."]
    # AND an empty range says so, and a range backwards is one sentence
    assert run(capsys, db_url, "sessions", "list", "--from", "2031-05-01")[1] == (
        "No sessions from 01.05.2031 to 31.05.2031.\n")
    assert run(capsys, db_url, "sessions", "list", "--from", "2031-05-01", "--to", "2031-04-01")[2] == (
        "factory-desk: --to (01.04.2031) comes before --from (01.05.2031). (see factory-desk --help)\n")
